using System;
using System.Collections.Generic;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// Gathers, for one account, every contact with evidence and what the evidence is: exact address,
    /// exact name, a mobile on this account and one contact only, and (only when no address matched
    /// exactly) the fuzzy kinds from blocked candidate sets, near-miss addresses among them. Then compares
    /// each candidate field by field (<see cref="PairComparer"/>) for its match weight.
    /// </summary>
    internal sealed partial class EvidenceCollector
    {
        private readonly ContactIndex _index;
        private readonly NicknameTable _nicknames;
        private readonly bool _fuzzy;
        private readonly PairComparer _comparer;
        private readonly List<int> _nearMiss = new List<int>();
        private readonly List<int> _typos = new List<int>();

        public EvidenceCollector(ContactIndex index, NicknameTable nicknames, bool fuzzy, Func<AccountProfile, int, bool> phoneShared)
        {
            _index = index;
            _nicknames = nicknames;
            _fuzzy = fuzzy;
            _comparer = new PairComparer(nicknames, phoneShared);
        }

        // One map reused for every account (cleared each time): the matcher runs one account at a time.
        private readonly EvidenceSet _found = new EvidenceSet();
        private readonly List<Evidence> _pool = new List<Evidence>();
        private int _used;

        private Evidence Pooled(Evidence evidence)
        {
            _pool.Add(evidence);
            return evidence;
        }

        /// <summary>The evidence per contact for this account; valid until the next call.</summary>
        public EvidenceSet Collect(AccountProfile account, ISet<string>? excluded, bool[]? eliminated = null)
        {
            var found = _found;
            found.Clear();
            _used = 0;
            _eliminated = eliminated;

            foreach (var address in account.Addresses)
            {
                var reason = address == account.Primary ? MatchReason.EmailPrimary : MatchReason.EmailAlias;
                var block = _index.WithEmail(address);
                if (block.Count == 0) continue;
                var role = IsRoleAddress(address);
                foreach (var contact in block)
                {
                    Add(found, excluded, contact, reason, reason == MatchReason.EmailPrimary ? Evidence.EmailPrimaryScore : Evidence.EmailAliasScore);
                    if (role && found.TryGetValue(contact, out var evidence)) evidence.ViaRoleAddress = true;
                }
            }

            foreach (var name in account.Names)
            {
                var block = _index.WithName(name);
                if (block.Count > ContactIndex.CrowdedName)
                {
                    // A name more than ten contacts share says nothing about which one: the contacts found
                    // by address keep the name as evidence, and a few more are listed for the reviewer.
                    foreach (var evidence in found)
                    {
                        if (Array.IndexOf(evidence.Contact.Names, name) >= 0) evidence.Add(MatchReason.NameExact, Evidence.NameExactScore);
                    }
                }
                if (account.Names.Length > 1 && (IsFirstWordOfAFoundName(account, name) || IsPartOfAFoundWholeName(account, name)))
                {
                    // "Anne Marie" found Anne-Marie Roycroft by the whole given name: Anne Roycroft, found by its first word
                    // only, is another given name, a candidate to review and no rival (round 43: both were exact names).
                    AddPartialBlock(found, excluded, block);
                    continue;
                }
                // One key is the fields' own (most accounts): no display name adds to it.
                AddNameBlock(found, excluded, block, name, account.Account,
                    account.Names.Length > 1 && (AddsAGivenName(account.Account, name) || IsBracketedOtherGivenName(account.Account, name)));
            }

            // A mobile on this account and on one contact only: a family or desk phone proves nothing.
            if (account.Phone != null)
            {
                foreach (var contact in _index.WithPhone(account.Phone))
                {
                    if (_comparer.IsShared(account, contact)) continue;
                    // Found by one of its other numbers (a field's second one, a second Cell item): digits alone, compared as such.
                    var byOther = !string.Equals(contact.Phone, account.Phone, StringComparison.Ordinal);
                    if (byOther || (!PhoneNormalizer.TwoLines(account.PhoneCountry, account.PhoneExtension, contact.PhoneCountry, contact.PhoneExtension) &&
                                    !PhoneNormalizer.TwoNumbers(account.PhoneCountry, account.PhoneNational, contact.PhoneCountry, contact.PhoneNational)))
                    {
                        Add(found, excluded, contact, MatchReason.MobilePhone, Evidence.MobilePhoneScore);
                    }
                }
                // The same number written another way (without its '+', with another trunk prefix): found by its last digits,
                // then compared as one number (round 52: "447700900123" and "+44 7700 900123" found nothing, and a twin was made).
                var tail = _comparer.IsShared(account) ? default : _index.WithPhoneTail(account.Phone);
                for (var i = 0; i < tail.Count && i <= ContactIndex.CrowdedName; i++)
                {
                    var contact = tail[i];
                    // Found above when equal; of the same length but other digits, another number (another area code).
                    // (Russia's 7 and 8 in front of one mobile are the one exception: PhoneNormalizer.SameWithSevenOrEight.)
                    if (contact.Phone == null || (contact.Phone.Length == account.Phone.Length &&
                                                  !PhoneNormalizer.SameWithSevenOrEight(account.Phone, account.PhoneCountry, contact.Phone, contact.PhoneCountry))) continue;
                    if (PhoneNormalizer.SameNumber(account.Account.MobilePhone, contact.Contact.MobilePhone)) Add(found, excluded, contact, MatchReason.MobilePhone, Evidence.MobilePhoneScore);
                }
            }

            // Fuzzy evidence is looked for unless an address already settled it: with only a name, the
            // nickname or swapped contact must still reach the candidate list a person reviews.
            if (_fuzzy && !HasEmailEvidence(found)) CollectFuzzy(account, excluded, found);
            // The display name read family name first, also beside an address: "Wong Yong Sheng" at ys.wong@, the address on his
            // brother Yong Ming's record, and his own Yong Sheng | Wong (round 74a: only the brother's was listed for the reviewer).
            else if (_fuzzy) AddSurnameFirstReading(found, excluded, account.Account);

            foreach (var evidence in found) Weigh(account, evidence);
            return found;
        }

        private static bool HasEmailEvidence(EvidenceSet found)
        {
            foreach (var evidence in found)
            {
                if (evidence.HasEmail) return true;
            }
            return false;
        }

        /// <summary>
        /// The contacts of a name block, at most <see cref="ContactIndex.CrowdedName"/> + 1 of them (input
        /// order): a crowded block only makes the account Ambiguous, and adding all of a thousand James
        /// Smiths for each of a thousand James Smith accounts made matching quadratic.
        /// </summary>
        /// <summary>
        /// The contacts with the account's name. Beside one whose own given name is the account's (Marie Gagnon), a contact found
        /// only by the first word of its longer given name (Marie Claude Gagnon) is another given name: a PartialName candidate,
        /// no rival (round 44: Ambiguous where the hyphenated Marie-Claude left Marie Suggested).
        /// </summary>
        private void AddNameBlock(EvidenceSet found, ISet<string>? excluded, ContactBlock block, NameKey name, Accounts.Account account, bool addsAGivenName)
        {
            var count = Math.Min(block.Count, ContactIndex.CrowdedName + 1);
            var anyWhole = false;
            // Not when the account has a second given name itself ("John Paul Smith" shown over the fields John | Smith): then the
            // longer name may be the account's, and the two contacts stay rivals (round 45: the father was linked, not the son).
            if (count > 1 && NameDetails.AccountMiddle(account) == null)
            {
                for (var i = 0; i < count && !anyWhole; i++) anyWhole = !OnlyByFirstWord(block[i], name);
            }
            for (var i = 0; i < count; i++)
            {
                if (anyWhole && OnlyByFirstWord(block[i], name)) Add(found, excluded, block[i], MatchReason.PartialName, Evidence.PartialNameScore);
                else if (!addsAGivenName) Add(found, excluded, block[i], MatchReason.NameExact, Evidence.NameExactScore);
                else
                {
                    var known = found.TryGetValue(block[i], out var before) && before.HasName;
                    Add(found, excluded, block[i], MatchReason.NameExact, Evidence.NameExactScore);
                    if (!known && found.TryGetValue(block[i], out var added)) added.OnlyByAddedGivenName = true;
                }
            }
        }

        /// <summary>The contact's own given name is longer and starts with the key's (marieclaude for marie), the surname the same.</summary>
        private static bool OnlyByFirstWord(IndexedContact contact, NameKey name)
        {
            return contact.Names.Length > 0 && name.StartsGivenNameOf(contact.Names[0]);
        }

        private void AddBlock(EvidenceSet found, ISet<string>? excluded, ContactBlock block, MatchReason reason, int score)
        {
            var count = Math.Min(block.Count, ContactIndex.CrowdedName + 1);
            for (var i = 0; i < count; i++) Add(found, excluded, block[i], reason, score);
        }

        /// <summary>
        /// <paramref name="name"/> is the first word of a longer given name of the account with the same surname ("anne" of
        /// "annemarie") and that longer name found a contact: the contacts with only the first word carry another given name.
        /// </summary>
        private bool IsFirstWordOfAFoundName(AccountProfile account, NameKey name)
        {
            foreach (var other in account.Names)
            {
                // Not a given name the display name adds to the fields' (fields Mary | Lee shown as "Mary Ann Lee"): Mary is
                // the fields' whole given name, and Mary Lee's contact stays a rival of MaryAnn Lee's (round 47: MaryAnn was linked).
                if (name.StartsGivenNameOf(other) && !AddsAGivenName(account.Account, other) && _index.WithName(other).Count > 0) return true;
            }
            return false;
        }

        /// <summary>
        /// The last two words of the account's whole name when it has three or more (<see cref="NameKey.LastTwoWords"/>): from the
        /// fields ("Ma. Luisa" | Reyes: luisa | reyes), or from a display name alone ("María del Carmen Sánchez": carmen | sánchez).
        /// </summary>
        internal static NameKey? LastTwoWordsKey(Accounts.Account account)
        {
            if (!string.IsNullOrWhiteSpace(account.FirstName) || !string.IsNullOrWhiteSpace(account.LastName)) return NameKey.LastTwoWords(account.FirstName, account.LastName);
            if (string.IsNullOrWhiteSpace(account.DisplayName)) return null;
            var parsed = NameDetails.ParsedDisplay(account.DisplayName!);
            if (!parsed.Success) return null;
            // A surname written first in capitals ("TRAN Thi Lan", "NGUYEN Van An"): the last given name with that surname (Lan | Tran; round
            // 67c: no candidate, and a twin made), as "Nguyen Van An" without capitals finds An Nguyen.
            if (parsed.Form == NameForm.CapitalSurnameFirst)
            {
                if (parsed.Middle == null || parsed.Last == null) return null;
                var given = parsed.Middle.Split(' ');
                var lastGiven = NameNormalizer.Compact(given[given.Length - 1]);
                var surname = NameNormalizer.Compact(parsed.Last);
                return lastGiven.Length > 1 && surname.Length > 1 ? new NameKey(lastGiven, surname) : (NameKey?)null;
            }
            return NameKey.LastTwoWords(parsed.First + (parsed.Middle == null ? string.Empty : " " + parsed.Middle), parsed.Last);
        }

        /// <summary>
        /// A display name alone read surname first for its one word in capitals, with two words or more after it ("JOHN Paul Smith"): sign-up
        /// forms and HR exports write a given name in capitals too, so the plain reading's keys as well (john | smith, johnpaul | smith), for
        /// review (last session's note: no candidate, and New-PsaContact would make a twin). Not for a surname of several words in capitals
        /// ("DE LA CRUZ Maria"), which is no given name.
        /// </summary>
        private static (NameKey, NameKey)? PlainReadingKeys(Accounts.Account account)
        {
            if (!string.IsNullOrWhiteSpace(account.FirstName) || !string.IsNullOrWhiteSpace(account.LastName) || string.IsNullOrWhiteSpace(account.DisplayName)) return null;
            var parsed = NameDetails.ParsedDisplay(account.DisplayName!);
            if (parsed.Form != NameForm.CapitalSurnameFirst || parsed.Last == null || parsed.First == null || parsed.Middle == null || parsed.Last.IndexOf(' ') >= 0) return null;
            var after = parsed.Middle.Split(' ');
            var surname = NameNormalizer.Compact(after[after.Length - 1]);
            var first = NameNormalizer.Compact(parsed.Last);
            var given = NameNormalizer.Compact(parsed.Last + " " + parsed.First + (after.Length > 1 ? " " + string.Join(" ", after, 0, after.Length - 1) : string.Empty));
            if (surname.Length < 2 || first.Length < 2) return null;
            return (new NameKey(first, surname), new NameKey(given, surname));
        }

        /// <summary>
        /// A display name alone of two words and one more after a spaced dash ("John Smith - Leeds", "John Smith – Leeds"): the word
        /// after the dash may be a note (an office) or a part of the surname, so the two words before it are a key for review
        /// (round 72a: no candidate, and New-PsaContact made "John Smith -" | "Leeds" beside John Smith's record).
        /// </summary>
        internal static NameKey? BeforeADashKey(Accounts.Account account)
        {
            if (!string.IsNullOrWhiteSpace(account.FirstName) || !string.IsNullOrWhiteSpace(account.LastName) || string.IsNullOrWhiteSpace(account.DisplayName)) return null;
            var display = NameKey.WithoutNote(account.DisplayName!);
            var dash = NameKey.IndexOfSpacedDash(display);
            if (dash <= 0) return null;
            var before = display.Substring(0, dash).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (before.Length != 2) return null;
            var first = NameNormalizer.Compact(before[0]);
            var last = NameNormalizer.Compact(before[1]);
            return first.Length > 1 && last.Length > 1 ? new NameKey(first, last) : (NameKey?)null;
        }

        /// <summary>The first word of a hyphenated first given name of a display name alone, with its surname ("Anne-Marie Roycroft": anne | roycroft).</summary>
        private static NameKey? FirstOfHyphenatedDisplayKey(Accounts.Account account)
        {
            if (!string.IsNullOrWhiteSpace(account.FirstName) || string.IsNullOrWhiteSpace(account.DisplayName)) return null;
            var parsed = NameDetails.ParsedDisplay(account.DisplayName!);
            if (!parsed.Success || parsed.First == null || parsed.Last == null || parsed.First.IndexOf('-') <= 0) return null;
            var first = NameNormalizer.Compact(parsed.First.Substring(0, parsed.First.IndexOf('-')));
            var last = NameNormalizer.Compact(parsed.Last);
            return first.Length > 1 && last.Length > 1 ? new NameKey(first, last) : (NameKey?)null;
        }

        /// <summary>
        /// A key the display name makes by adding a given name to the fields' one, before or after it (fields Mary | Lee shown as
        /// "Mary Ann Lee": maryann | lee; Paul | Smith shown as "John Paul Smith": johnpaul | smith).
        /// </summary>
        internal static bool AddsAGivenName(Accounts.Account account, NameKey key)
        {
            if (string.IsNullOrWhiteSpace(account.FirstName) || string.IsNullOrWhiteSpace(account.LastName) || string.IsNullOrWhiteSpace(account.DisplayName)) return false;
            var fields = new NameKey(NameNormalizer.Compact(account.FirstName), NameNormalizer.Compact(account.LastName));
            return fields.StartsGivenNameOf(key) || fields.EndsGivenNameOf(key) || key.WholeNameExtends(fields);
        }

        /// <summary>
        /// A display-only account whose display name gives a second given name in brackets that is no form of the first ("Wei (David)
        /// Zhang", "Wei Zhang (Mary)"), and the key with it: a working name, or a delegate, a relative or a second person, as over the
        /// fields (round 67c: Suggested at 2 stars to David | Zhang, where the fields Wei | Zhang made it Review OtherGivenName). "Robert
        /// (Bob) Smith" gives a form of Robert, the same person's name.
        /// </summary>
        private bool IsBracketedOtherGivenName(Accounts.Account account, NameKey key)
        {
            if (!string.IsNullOrWhiteSpace(account.FirstName) || !string.IsNullOrWhiteSpace(account.LastName)) return false;
            var display = account.DisplayName;
            if (display == null) return false;
            var open = display.IndexOf('(');
            var close = open < 0 ? -1 : display.IndexOf(')', open + 1);
            if (close < 0) return false;
            var inside = NameNormalizer.Compact(display.Substring(open + 1, close - open - 1));
            if (inside.Length < 2 || key.First != inside) return false;
            foreach (var word in display.Remove(open, close - open + 1).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var compact = NameNormalizer.Compact(word);
                if (compact == inside || _nicknames.AreEquivalent(compact, inside)) return false;
            }
            return true;
        }

        /// <summary>
        /// A display-only account ("Ana Rodríguez Pérez") whose whole name, at one of its splits, found a contact (Ana | Rodríguez
        /// Pérez): a contact found by a key that leaves a word out (Ana | Pérez) is another person, a PartialName candidate and no
        /// rival (round 45: Ambiguous, and Ana Pérez's own account lost its link to ContactClaimed).
        /// </summary>
        private bool IsPartOfAFoundWholeName(AccountProfile account, NameKey name)
        {
            if (account.Account.FirstName != null || string.IsNullOrWhiteSpace(account.Account.DisplayName)) return false;
            var whole = NameNormalizer.Compact(NameKey.WithoutNote(account.Account.DisplayName!));
            if (name.First.Length + name.Last.Length == whole.Length) return false;
            foreach (var other in account.Names)
            {
                if (other.First.Length + other.Last.Length == whole.Length && whole == other.First + other.Last && _index.WithName(other).Count > 0) return true;
            }
            return false;
        }

        /// <summary>A block found by only part of the account's given name, less the contacts its whole name found.</summary>
        private void AddPartialBlock(EvidenceSet found, ISet<string>? excluded, ContactBlock block)
        {
            var count = Math.Min(block.Count, ContactIndex.CrowdedName + 1);
            for (var i = 0; i < count; i++)
            {
                if (found.TryGetValue(block[i], out var known) && known.HasName) continue;
                Add(found, excluded, block[i], MatchReason.PartialName, Evidence.PartialNameScore);
            }
        }

        // Contacts already linked to other accounts on strong evidence, by position, during an elimination round.
        private bool[]? _eliminated;

        private void Add(EvidenceSet found, ISet<string>? excluded, IndexedContact contact, MatchReason reason, int score)
        {
            if (excluded != null && excluded.Contains(contact.Contact.Id)) return;
            if (_eliminated != null && _eliminated[contact.Order]) return;
            if (!found.TryGetValue(contact, out var evidence))
            {
                // Pooled: the evidence of one account is read (Decide) before the next account is collected.
                evidence = _used < _pool.Count ? _pool[_used].Reset(contact) : Pooled(new Evidence(contact));
                _used++;
                found.Add(evidence);
            }
            evidence.Add(reason, score);
        }
    }
}
