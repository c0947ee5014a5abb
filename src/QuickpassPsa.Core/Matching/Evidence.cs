using System.Collections.Generic;
using System.Linq;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>What one account has found against one contact so far.</summary>
    internal sealed class Evidence
    {
        public const int EmailPrimaryScore = 100;
        public const int EmailAliasScore = 95;
        public const int NameExactScore = 80;
        public const int NicknameScore = 60;
        public const int SwappedNameScore = 55;
        public const int InitialScore = 50;
        public const int TypoScore = 45;
        public const int AliasDomainScore = 40;
        public const int EmailNearMissScore = 58;
        public const int MobilePhoneScore = 52;
        public const int PartialNameScore = 35;
        public const int SurnamePartScore = 45;
        public const int OtherGivenNameScore = 45;
        public const int OtherScriptScore = 55;
        public const int FormerSurnameScore = 45;
        public const int MailboxNameScore = 50;
        internal const int InactivePenalty = 15;
        internal const int ExtraReasonBonus = 3;

        private int _best;

        public Evidence(IndexedContact contact) => Contact = contact;

        /// <summary>Makes a pooled instance new for another contact (the collector reuses them account after account).</summary>
        public Evidence Reset(IndexedContact contact)
        {
            Contact = contact;
            Reasons.Clear();
            HasEmail = false;
            HasName = false;
            ViaRoleAddress = false;
            AddressConflict = false;
            NamesWrittenOtherwise = false;
            OnlyByAddedGivenName = false;
            Dismissed = false;
            _best = 0;
            Vector = default;
            Weight = 0;
            return this;
        }

        public IndexedContact Contact { get; private set; }
        public List<MatchReason> Reasons { get; } = new List<MatchReason>(2);

        // Flags kept by Add, read for every candidate in Decide (a scan of Reasons each time cost more).
        public bool HasEmail { get; private set; }
        public bool HasName { get; private set; }

        /// <summary>Found by an exact address whose mailbox name is a role (info@, accounts@).</summary>
        public bool ViaRoleAddress { get; set; }

        /// <summary>
        /// Found by the account's address, but the contact's name is another person's (or, for a role address,
        /// not the account's): set with <see cref="Vector"/>. Such an address is not strong evidence.
        /// </summary>
        public bool AddressConflict { get; set; }

        /// <summary>
        /// The contact's name is the account's written otherwise: in another script (Дмитрий Иванов and Dmitry Ivanov), or
        /// as the display name the person goes by (Wei Zhang shown as David Zhang). Set with <see cref="Vector"/>; the
        /// letter-by-letter levels then say nothing against the pair (no other surname, no other person).
        /// </summary>
        public bool NamesWrittenOtherwise { get; set; }

        /// <summary>
        /// The exact name was found only under a key the display name adds a given name to (fields Mary | Lee shown as "Mary Ann
        /// Lee" found MaryAnn Lee): the fields name someone else, so the pair is for a person to confirm.
        /// </summary>
        public bool OnlyByAddedGivenName { get; set; }

        /// <summary>
        /// No candidate after all: found only by a near-miss address that reads as a colleague's mailbox, not a slip (mnguyen@
        /// and hnguyen@ for Minh and Hyun-woo Nguyen). Left out of the result, so the account can be Unmatched.
        /// </summary>
        public bool Dismissed { get; set; }

        /// <summary>The comparison levels against the account, set once every block has been searched.</summary>
        public ComparisonVector Vector { get; set; }

        /// <summary>The Fellegi-Sunter weight of <see cref="Vector"/> (<see cref="MatchWeights"/>).</summary>
        public double Weight { get; set; }

        /// <summary>The strongest evidence, a little more for each further kind, less for an inactive contact.</summary>
        public int Score
        {
            get
            {
                var score = _best + ExtraReasonBonus * (Reasons.Count - 1);
                if (!Contact.Active) score -= InactivePenalty;
                return score > 100 ? 100 : score;
            }
        }

        public void Add(MatchReason reason, int score)
        {
            if (Reasons.Contains(reason)) return;
            // Primary and alias are the same evidence twice over: keep the stronger.
            if (reason == MatchReason.EmailAlias && Reasons.Contains(MatchReason.EmailPrimary)) return;
            if (reason == MatchReason.EmailPrimary) Reasons.Remove(MatchReason.EmailAlias);
            if (reason == MatchReason.EmailPrimary || reason == MatchReason.EmailAlias) HasEmail = true;
            else if (reason == MatchReason.NameExact) HasName = true;
            // Kept in rank order: inserted after every reason of the same or a lower rank (what a stable sort gives).
            var rank = Rank(reason);
            var at = Reasons.Count;
            while (at > 0 && Rank(Reasons[at - 1]) > rank) at--;
            Reasons.Insert(at, reason);
            if (score > _best) _best = score;
        }

        public MatchCandidate ToCandidate()
        {
            var reasons = ReasonSets.Of(Reasons, Contact.Active ? MatchReason.None : MatchReason.InactiveContact);
            return new MatchCandidate(Contact.Contact, Score, reasons, Vector) { Indexed = Contact };
        }

        private static int Rank(MatchReason reason) => reason switch
        {
            MatchReason.EmailPrimary => 0,
            MatchReason.EmailAlias => 1,
            MatchReason.NameExact => 2,
            MatchReason.EmailNearMiss => 3,
            MatchReason.MobilePhone => 4,
            MatchReason.Nickname => 5,
            MatchReason.SwappedName => 6,
            MatchReason.Initial => 7,
            MatchReason.Typo => 8,
            MatchReason.AliasDomain => 9,
            MatchReason.PartialName => 10,
            MatchReason.SurnamePart => 10,
            MatchReason.OtherGivenName => 10,
            MatchReason.OtherScript => 6,
            MatchReason.MailboxName => 7,
            MatchReason.FormerSurname => 10,
            _ => 11,
        };
    }
}
