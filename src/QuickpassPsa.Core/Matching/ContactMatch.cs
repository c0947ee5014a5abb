using System;
using System.Collections.Generic;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>The outcome for one account: how sure the matcher is, why, and which contacts it considered.</summary>
    public sealed class ContactMatch
    {
        public ContactMatch(Account account)
        {
            Account = account ?? throw new ArgumentNullException(nameof(account));
        }

        public Account Account { get; }
        public MatchStatus Status { get; internal set; }

        /// <summary>3 for a unique email, 2 for a unique exact name, 1 for weaker evidence, 0 otherwise.</summary>
        public int Stars { get; internal set; }

        /// <summary>The main evidence (the first of <see cref="Reasons"/>).</summary>
        public MatchReason Reason => Reasons.Count > 0 ? Reasons[0] : MatchReason.None;

        /// <summary>Every piece of evidence, main first (as text: joined by "; ", so an Export-Csv cell reads "NameExact; ConflictingEmail").</summary>
        public IReadOnlyList<MatchReason> Reasons
        {
            get => _reasons;
            internal set => _reasons = ValueList<MatchReason>.From(value);
        }

        private ValueList<MatchReason> _reasons = ValueList<MatchReason>.Empty;

        /// <summary>The matched or suggested contact (Matched, Suggested, Review); null for Ambiguous and Unmatched.</summary>
        public PsaContact? Contact { get; internal set; }

        /// <summary>Every contact considered, best first (as text: "2129 (90: NameExact); 2130 (60: Typo)").</summary>
        public IReadOnlyList<MatchCandidate> Candidates
        {
            get => _candidates;
            internal set => _candidates = ValueList<MatchCandidate>.From(value);
        }

        private ValueList<MatchCandidate> _candidates = ValueList<MatchCandidate>.Empty;

        /// <summary>The match weight of <see cref="Contact"/> (or of the best candidate when there is none): see <see cref="MatchCandidate.Weight"/>.</summary>
        public double Weight { get; internal set; }

        /// <summary>The parts of <see cref="Weight"/>: each comparison, its level and its log2 likelihood ratio.</summary>
        public IReadOnlyList<MatchWeightPart> WeightParts => WeightSource?.WeightParts ?? ValueList<MatchWeightPart>.Empty;

        /// <summary>The candidate whose weight this is (its parts are built when read).</summary>
        internal MatchCandidate? WeightSource { get; set; }

        public MatchStrategy Strategy { get; internal set; }

        /// <summary>
        /// When the row was computed (UTC): the time Find-PsaContactMatch began its run, before it read the stored decisions and the
        /// contacts the row is made from; null for a row made otherwise (an older saved row). A decision a person stored after it
        /// is newer than anything the row knows: Save-PsaContactMatch and Set-PsaContactMatch do not replace it with the row's
        /// (QuickpassPsa.DecisionChangedSinceRow).
        /// </summary>
        public DateTime? ComputedAt { get; internal set; }

        /// <summary>
        /// The PSA company the account was matched in (set by Find-PsaContactMatch), so that New-PsaContact can
        /// create an Unmatched row's contact in the right company when one pipeline holds many customers.
        /// </summary>
        public string? CompanyId { get; internal set; }

        /// <summary>The name of <see cref="CompanyId"/>.</summary>
        public string? CompanyName { get; internal set; }

        /// <summary>
        /// The PSA the row was matched on, "ConnectWise" or "Autotask" (set by Find-PsaContactMatch and New-PsaContact; empty for
        /// contacts matched offline from a file). Its company and contact ids are that PSA's: the cmdlets that take rows refuse a
        /// row of the other PSA than their connection's (QuickpassPsa.PsaMismatch), as the same ids name other records there.
        /// </summary>
        public string? Psa { get; internal set; }

        public string? AccountId => Account.Id;
        public string? ContactId => Contact?.Id;

        public override string ToString() => Account + " -> " + Status + (Contact == null ? string.Empty : " " + Contact.Id) + " (" + string.Join(", ", Reasons) + ")";
    }
}
