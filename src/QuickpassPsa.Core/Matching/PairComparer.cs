using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// Compares one account with one contact field by field, at graded levels as record-linkage tools do
    /// (exact, folded, nickname, Jaro-Winkler high and low, initial; addresses exact, one or two edits
    /// apart, same mailbox at another domain; mobiles by significant digits). First and last names are
    /// compared straight and crossed; the better reading wins. Runs only on the few candidates blocking
    /// found, and allocates nothing.
    /// </summary>
    internal sealed class PairComparer
    {
        public const double JaroWinklerHigh = 0.92;
        public const double JaroWinklerLow = 0.85;

        /// <summary>Shorter mailbox names are too close to each other by chance ("al@" and "ali@").</summary>
        public const int MinimumNearMissLocal = 5;

        private readonly NicknameTable _nicknames;
        private readonly Func<AccountProfile, int, bool> _phoneShared;

        /// <param name="phoneShared">True when a number sits on several accounts or several contacts.</param>
        public PairComparer(NicknameTable nicknames, Func<AccountProfile, int, bool> phoneShared)
        {
            _nicknames = nicknames;
            _phoneShared = phoneShared;
        }

        public ComparisonVector Compare(AccountProfile account, IndexedContact contact)
        {
            var vector = new ComparisonVector { Email = CompareEmail(account, contact), Phone = ComparePhone(account, contact) };
            // The same national digits under two written country codes are two numbers (+44 7700 900123, +1 770 090 0123).
            // Two extensions of one switchboard (x214, x215) are two desks, whose people the number cannot tell apart.
            if (vector.Phone >= PhoneLevel.Shared && PhoneNormalizer.TwoLines(account.PhoneCountry, account.PhoneExtension, contact.PhoneCountry, contact.PhoneExtension))
            {
                vector.Phone = PhoneNormalizer.CountryCodesDiffer(account.PhoneCountry, contact.PhoneCountry) ? PhoneLevel.Different : PhoneLevel.Shared;
            }
            CompareNames(account, contact, ref vector);
            // "sgibson |" at sgibson@, compared with Susan Gibson: an email connector named the contact by the mailbox, which spells the
            // account's name; no name to compare (as a contact without one), not another person's (round 63b: FirstName=Different).
            if (contact.NamedByMailbox is { } mailbox && NameDetails.IsMailboxOfTheName(mailbox, account.CompareNames))
            {
                vector.First = NameLevel.Missing;
                vector.Last = NameLevel.Missing;
                vector.Swapped = false;
            }
            // One slip in the mailbox name and one in the domain (loti.cole@reprodentak.com for lori.cole@reprodental.com; round 65a:
            // Review ConflictingEmail, where two slips in either part alone are a near miss): a near miss beside both names equal only.
            // Between near names (John Smyth at contoso.com, John Smith at contso.com) it is two people's addresses as often (bench
            // 100k: 11 name links were made Review by such a rival).
            if (vector.Email <= EmailLevel.Conflicting && !vector.Swapped && vector.First >= NameLevel.Folded && vector.Last >= NameLevel.Folded &&
                HasSlipInEachPart(account, contact))
            {
                vector.Email = EmailLevel.NearMiss;
            }
            if (vector.Email == EmailLevel.NearMiss) vector.NearMissLooksMistyped = IsMistypedCopy(account, contact.Emails);
            if (vector.Email >= EmailLevel.ExactAlias && (vector.First == NameLevel.JaroWinklerHigh || vector.First == NameLevel.JaroWinklerLow) && !vector.Swapped)
            {
                vector.FirstIsOneSlip = FirstIsOneSlip(account, contact);
            }
            return vector;
        }

        /// <summary>
        /// One of the account's given names is one of the contact's, mistyped (<see cref="IsMistypedGivenName"/>), or
        /// cut short on the contact (<see cref="IsCutShortOnTheContact"/>).
        /// </summary>
        internal static bool FirstIsOneSlip(AccountProfile account, IndexedContact contact)
        {
            foreach (var a in account.CompareNames)
            {
                foreach (var c in contact.CompareNames)
                {
                    if (IsMistypedGivenName(a.First, c.First) || IsCutShortOnTheContact(account, contact, a.First, c.First)) return true;
                }
            }
            return false;
        }

        /// <summary>
        /// The contact's given name is the account's cut short (Max for Maxine, Hec for Hector: a field truncated
        /// on entry), and the shared address is the account's own mailbox name, which spells the full name out
        /// (maxine.gregory@ as the primary, or at an old domain under the same mailbox name). An address kept on a
        /// colleague's mailbox has another mailbox name than the colleague's primary, so it is not this.
        /// </summary>
        private static bool IsCutShortOnTheContact(AccountProfile account, IndexedContact contact, string accountFirst, string contactFirst)
        {
            if (contactFirst.Length < 3 || accountFirst.Length <= contactFirst.Length || !accountFirst.StartsWith(contactFirst, StringComparison.Ordinal)) return false;
            var primary = account.Primary;
            if (primary == null) return false;
            var primaryAt = primary.LastIndexOf('@');
            if (LinkChecks.IndexOfWithin(primary, primaryAt, accountFirst) < 0) return false;
            foreach (var email in contact.Emails)
            {
                var at = email.LastIndexOf('@');
                if (Array.IndexOf(account.Addresses, email) >= 0 && at == primaryAt && string.CompareOrdinal(email, 0, primary, 0, at) == 0) return true;
            }
            return false;
        }

        /// <summary>
        /// Two folded given names that are one name mistyped, not two names. Only the slips that make no other
        /// name count: two letters swapped (Micheal/Michael), a letter doubled or not (Phillip/Philip), and an h
        /// put in or left out (Jonathan/Jonatan, Kavitha/Kavita). Any letter for another makes another name as
        /// often as a typo does (Rajesh/Rakesh, Gerald/Gerard, Paula/Paul's ending, Frances/Francis), and so does
        /// a vowel put in (Kristin/Kristian, Jesse/Jessie, Julia/Julian).
        /// </summary>
        internal static bool IsMistypedGivenName(string a, string b)
        {
            if (!EvidenceCollector.IsTypo(a, b, isGivenName: true)) return false;
            if (a.Length == b.Length)
            {
                // One slip of equal length is a swap of two neighbours or a substitution; only the swap is a typo, and not
                // every swap: the last two letters swapped make another name (Christina/Christian, Kristina/Kristian), and
                // so do two names the nickname table knows apart (Kristen/Kirsten).
                for (var i = 0; i + 1 < a.Length; i++)
                {
                    if (a[i] == b[i]) continue;
                    return a[i] == b[i + 1] && a[i + 1] == b[i] && string.CompareOrdinal(a, i + 2, b, i + 2, a.Length - i - 2) == 0 &&
                           i + 2 < a.Length && !KnownApart(a, b);
                }
                return false;
            }
            var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
            var at = 0;
            while (at < shorter.Length && shorter[at] == longer[at]) at++;
            if (at == shorter.Length) return false; // a letter added at the end: another ending, another name
            var added = longer[at];
            var doubled = (at > 0 && longer[at - 1] == added) || longer[at + 1] == added;
            return doubled || added == 'h';
        }


        /// <summary>Two given names the nickname table has, in no common group: two names (Kristen, Kirsten), not one mistyped (Micheal is Michael's).</summary>
        private static bool KnownApart(string a, string b) =>
            NicknameTable.Default.Knows(a) && NicknameTable.Default.Knows(b) && !NicknameTable.Default.AreEquivalent(a, b);

        /// <summary>
        /// One of the account's surnames is one slip from one of the contact's (Kowalski/Kowalsky, not Martin/Martinez), and
        /// no two of their spellings are two families' (<see cref="SurnameVariants"/>). Every pair is looked at: Schäffer and
        /// Schäfer are also schaffer/schaefer, one letter for another, beside schaeffer/schaefer, a doubled letter; the
        /// mixed pair's slip is only the two ways of writing ä.
        /// </summary>
        internal static bool LastIsOneSlip(AccountProfile account, IndexedContact contact)
        {
            var slip = false;
            foreach (var a in account.CompareNames)
            {
                foreach (var c in contact.CompareNames)
                {
                    if (SurnameVariants.AreTwoSpellings(a.Last, c.Last)) return false;
                    if (EvidenceCollector.IsTypo(a.Last, c.Last, isGivenName: false)) slip = true;
                }
            }
            return slip;
        }

        private PhoneLevel ComparePhone(AccountProfile account, IndexedContact contact)
        {
            var a = account.Phone;
            var b = contact.Phone;
            // A number the contact carries but not as its own speaks against a link: another number, or the account's very number
            // under a relative's or an old line's label (the account is the labelled person) or under a word the module does not
            // know ("(papá)", "{Vater}": a relative's label it has not learnt is the likelier reading than an own line's).
            if (a != null && b == null && contact.HasUnownedNumber) return PhoneLevel.Different;
            if (a == null || b == null) return PhoneLevel.Missing;
            var same = string.Equals(a, b, StringComparison.Ordinal)
                // equal digits, unless one is written nationally with a trunk 0 its country never dials (+1 770 ..., 0770 ...)
                ? !PhoneNormalizer.TwoNumbers(account.PhoneCountry, account.PhoneNational, contact.PhoneCountry, contact.PhoneNational)
                : PhoneNormalizer.SameNumberWrittenTwoWays(a, account.PhoneCountry, account.PhoneNational, b, contact.PhoneCountry, contact.PhoneNational, account.Account.MobilePhone, contact.Contact.MobilePhone) ||
                  PhoneNormalizer.SameWithKeptZero(a, account.PhoneCountry, account.PhoneNational, b, contact.PhoneCountry, contact.PhoneNational) ||
                  PhoneNormalizer.SameWithOtherTrunk(a, account.PhoneCountry, account.PhoneNational, b, contact.PhoneCountry, contact.PhoneNational) ||
                  PhoneNormalizer.SameWithSevenOrEight(a, account.PhoneCountry, b, contact.PhoneCountry) ||
                  PhoneNormalizer.SameWithLeadingOne(a, account.PhoneCountry, account.Account.MobilePhone, b, contact.PhoneCountry, contact.Contact.MobilePhone);
            // One of the contact's other numbers (a second Cell item, a field with two numbers): the contact's own.
            if (!same && Array.IndexOf(contact.OtherPhones, a) >= 0) same = true;
            if (!same) return PhoneLevel.Different;
            return IsShared(account, contact) ? PhoneLevel.Shared : PhoneLevel.Equal;
        }

        // The account's mobile is the same object for all its candidates: whether it is shared (two hash
        // lookups) is asked once per account, not once per candidate.
        private string? _sharedAsked;
        private bool _sharedAnswer;

        /// <summary>
        /// The account's number is on several accounts or several contacts (a family or desk phone). Asked of a contact with the
        /// account's own extension (x215 and x215), the line is: that desk on another account or contact, or the bare number there
        /// (round 53: two namesakes at one switchboard, each at his own desk, were never told apart). Against a bare number, or
        /// from an account without an extension, it is the number: a switchboard's main line is every desk's.
        /// </summary>
        public bool IsShared(AccountProfile account, IndexedContact? contact = null)
        {
            var phone = account.Phone!;
            if (!ReferenceEquals(phone, _sharedAsked))
            {
                _sharedAnswer = _phoneShared(account, 0);
                _lineSharedAnswer = account.PhoneExtension == 0 ? _sharedAnswer : _phoneShared(account, account.PhoneExtension);
                _sharedAsked = phone;
            }
            return contact != null && account.PhoneExtension != 0 && contact.PhoneExtension == account.PhoneExtension &&
                   string.Equals(contact.Phone, phone, StringComparison.Ordinal)
                ? _lineSharedAnswer
                : _sharedAnswer;
        }

        private bool _lineSharedAnswer;

        /// <summary>One of these addresses is a mistyped copy of one of the account's (<see cref="LooksMistyped"/>).</summary>
        internal static bool IsMistypedCopy(AccountProfile account, IReadOnlyList<string> emails)
        {
            foreach (var email in emails)
            {
                if (IsMistypedCopy(account, email)) return true;
            }
            return false;
        }

        /// <summary>This address is a near miss of one of the account's that looks like a slip of the keyboard.</summary>
        internal static bool IsMistypedCopy(AccountProfile account, string email)
        {
            foreach (var address in account.Addresses)
            {
                // With a slip in each part too (loti.cole@reprodentak.com): a mistyped copy, not another organisation's address.
                if (CompareAddress(address, email, primary: false, slipInEachPart: true) == EmailLevel.NearMiss && LooksMistyped(address, email)) return true;
            }
            return false;
        }

        /// <summary>
        /// Two addresses a near miss apart (<see cref="IsNearMiss"/>) that differ the way a slip of the keyboard
        /// makes them, not the way mailbox naming tells namesakes apart. Not a slip: a word more or less
        /// (john.m.smith and john.smith), another one-letter word (john.a.smith and john.b.smith), a tail of
        /// two letters or more (jkorvenbergjr and jkorvenberg), or, in a one-word mailbox name, another start
        /// (jsmith, josmith and asmith: initials). Dropped, doubled, swapped or wrong letters anywhere else,
        /// and a separator more or less, are slips.
        /// </summary>
        internal static bool LooksMistyped(string a, string b)
        {
            int atA = a.LastIndexOf('@'), atB = b.LastIndexOf('@');
            if (atA < 0 || atB < 0) return false;
            // The same mailbox at a domain that differs in a short label is another country's or branch's
            // organisation (contoso.de and contoso.dk, uk. and us.contoso.com, .co.uk and .co.za), not a slip.
            if (atA == atB && string.CompareOrdinal(a, 0, b, 0, atA) == 0 && DiffersInShortLabels(a, atA + 1, b, atB + 1)) return false;
            var lettersA = Letters(a, atA);
            var lettersB = Letters(b, atB);
            if (lettersA == lettersB) return true; // a separator, or the domain, mistyped
            var wordsA = a.Substring(0, atA).Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);
            var wordsB = b.Substring(0, atB).Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);
            if (HasOneWordMore(wordsA, wordsB) || HasOneWordMore(wordsB, wordsA)) return false;
            // A separator dropped or added and a letter added at the end besides (smithjm@ and smith.j@, david.c@ and davidch@): the
            // letters differ as namesakes' mailboxes do (round 62a: Suggested at 2 stars), as smithj/smithjm do below.
            if (wordsA.Length != wordsB.Length && (HasOneLetterTail(lettersA, lettersB) || HasOneLetterTail(lettersB, lettersA))) return false;
            // ...or the letters differ at once (m.nguyen@ and hnguyen@): another person's initial, as for mnguyen@ and hnguyen@ below.
            if (wordsA.Length != wordsB.Length && (lettersA.Length < 2 || lettersB.Length < 2 || lettersA[0] != lettersB[0] || lettersA[1] != lettersB[1])) return false;
            if (wordsA.Length == wordsB.Length)
            {
                for (var i = 0; i < wordsA.Length; i++)
                {
                    if (wordsA[i] != wordsB[i] && (wordsA[i].Length == 1 || wordsB[i].Length == 1)) return false;
                    // A letter added at a word's end (smithj/smithjm, david/davida, pclark/pclarka): another initial
                    // or another name, as namesakes' mailboxes are told apart; a doubled last letter is a slip.
                    if (HasOneLetterTail(wordsA[i], wordsB[i]) || HasOneLetterTail(wordsB[i], wordsA[i])) return false;
                }
            }
            if (HasTail(lettersA, lettersB) || HasTail(lettersB, lettersA)) return false;
            if (wordsA.Length == 1 && wordsB.Length == 1)
            {
                var same = 0;
                while (same < lettersA.Length && same < lettersB.Length && lettersA[same] == lettersB[same]) same++;
                if (same < 2) return false;
            }
            return true;
        }

        /// <summary><paramref name="longer"/> is <paramref name="shorter"/> and one more letter, not the last one doubled.</summary>
        private static bool HasOneLetterTail(string longer, string shorter) =>
            shorter.Length > 0 && longer.Length == shorter.Length + 1 && longer.StartsWith(shorter, StringComparison.Ordinal) &&
            char.IsLetter(longer[longer.Length - 1]) && longer[longer.Length - 1] != shorter[shorter.Length - 1];

        /// <summary>
        /// Two domains (<paramref name="a"/> from <paramref name="startA"/>, <paramref name="b"/> from
        /// <paramref name="startB"/>) with the same number of labels whose differing labels are all short (a country
        /// or a branch). Read in place: it runs for every near-miss pair.
        /// </summary>
        private static bool DiffersInShortLabels(string a, int startA, string b, int startB)
        {
            if (a.Length - startA == b.Length - startB && string.CompareOrdinal(a, startA, b, startB, a.Length - startA) == 0) return false;
            // Digits that differ name another organisation too (team1 and team2, contoso24 and contoso42; round 66c: Suggested).
            if (DigitsDiffer(a, startA, b, startB)) return true;
            while (true)
            {
                // A hyphen parts a label's words as a dot parts labels (contoso-uk and contoso-us, de-contoso and dk-contoso; round 66c).
                var endA = a.IndexOfAny(LabelSeparators, startA);
                var endB = b.IndexOfAny(LabelSeparators, startB);
                if (endA < 0) endA = a.Length;
                if (endB < 0) endB = b.Length;
                int lengthA = endA - startA, lengthB = endB - startB;
                var same = lengthA == lengthB && string.CompareOrdinal(a, startA, b, startB, lengthA) == 0;
                if (!same && (lengthA > 3 || lengthB > 3)) return false;
                var lastA = endA == a.Length;
                var lastB = endB == b.Length;
                if (lastA || lastB) return lastA && lastB;
                startA = endA + 1;
                startB = endB + 1;
            }
        }

        private static readonly char[] LabelSeparators = { '.', '-' };

        private static bool DigitsDiffer(string a, int startA, string b, int startB)
        {
            int i = startA, j = startB;
            while (true)
            {
                while (i < a.Length && !IsDigit(a[i])) i++;
                while (j < b.Length && !IsDigit(b[j])) j++;
                if (i == a.Length || j == b.Length) return i != a.Length || j != b.Length;
                if (a[i++] != b[j++]) return true;
            }
        }

        /// <summary>The longer list is the shorter with one word put in somewhere.</summary>
        private static bool HasOneWordMore(string[] longer, string[] shorter)
        {
            if (longer.Length != shorter.Length + 1) return false;
            for (var skip = 0; skip < longer.Length; skip++)
            {
                var equal = true;
                for (int i = 0, j = 0; i < longer.Length && equal; i++)
                {
                    if (i == skip) continue;
                    equal = longer[i] == shorter[j++];
                }
                if (equal) return true;
            }
            return false;
        }

        private static bool HasTail(string longer, string shorter) =>
            longer.Length >= shorter.Length + 2 && longer.StartsWith(shorter, StringComparison.Ordinal);

        private static readonly char[] WordSeparators = { '.', '_', '-' };

        private static string Letters(string address, int at)
        {
            var builder = new System.Text.StringBuilder(at);
            for (var i = 0; i < at; i++)
            {
                var c = address[i];
                if (c != '.' && c != '_' && c != '-') builder.Append(c);
            }
            return builder.ToString();
        }

        private static EmailLevel CompareEmail(AccountProfile account, IndexedContact contact)
        {
            var best = EmailLevel.None;
            foreach (var email in contact.Emails)
            {
                var level = EmailLevel.None;
                foreach (var address in account.Addresses)
                {
                    var l = CompareAddress(address, email, address == account.Primary);
                    if (l > level) level = l;
                }
                if (level == EmailLevel.None && account.HasDomainOf(email)) level = EmailLevel.Conflicting;
                if (level > best) best = level;
            }
            return best;
        }

        private static bool HasSlipInEachPart(AccountProfile account, IndexedContact contact)
        {
            foreach (var email in contact.Emails)
            {
                foreach (var address in account.Addresses)
                {
                    if (CompareAddress(address, email, primary: false, slipInEachPart: true) == EmailLevel.NearMiss) return true;
                }
            }
            return false;
        }

        /// <summary>
        /// An address of the account and one of the contact's, at one domain, whose mailbox names differ in one letter only, that
        /// letter being each person's own initial of a name that differs (mnguyen@ and hnguyen@ for Minh and Hyun-woo Nguyen,
        /// sunil.s@ and sunil.r@ for Sunil Sharma and Sunil Reddy): how a company tells namesakes' mailboxes apart.
        /// </summary>
        internal static bool InitialsTellApart(AccountProfile account, IndexedContact contact)
        {
            foreach (var address in account.Addresses)
            {
                foreach (var email in contact.Emails)
                {
                    var at = address.LastIndexOf('@');
                    var atE = email.LastIndexOf('@');
                    if (address.Length - at != email.Length - atE || string.CompareOrdinal(address, at, email, atE, address.Length - at) != 0) continue;
                    // The mailbox names without their separators: m.nguyen@ and hnguyen@ differ in the initial alone (round 62a).
                    var mineLetters = Letters(address, at);
                    var theirLetters = Letters(email, atE);
                    if (mineLetters.Length != theirLetters.Length) continue;
                    var differ = -1;
                    for (var i = 0; i < mineLetters.Length && differ != -2; i++)
                    {
                        if (mineLetters[i] != theirLetters[i]) differ = differ == -1 ? i : -2;
                    }
                    if (differ < 0) continue;
                    foreach (var mine in account.CompareNames)
                    {
                        foreach (var theirs in contact.CompareNames)
                        {
                            if (OwnInitials(mine.First, theirs.First, mineLetters[differ], theirLetters[differ]) || OwnInitials(mine.Last, theirs.Last, mineLetters[differ], theirLetters[differ])) return true;
                        }
                    }
                }
            }
            return false;
        }

        /// <summary>
        /// An address of the account and one of the contact's, at one domain, each holding its own person's name where the two
        /// names differ (sophie.baker@ and sophie.barker@ for Sophie Baker and Sophie Barker): a near miss the names explain.
        /// </summary>
        internal static bool AddressesFollowNames(AccountProfile account, IndexedContact contact)
        {
            foreach (var address in account.Addresses)
            {
                var at = address.LastIndexOf('@');
                foreach (var email in contact.Emails)
                {
                    var atE = email.LastIndexOf('@');
                    if (address.Length - at != email.Length - atE || string.CompareOrdinal(address, at, email, atE, address.Length - at) != 0) continue;
                    foreach (var mine in account.CompareNames)
                    {
                        foreach (var theirs in contact.CompareNames)
                        {
                            if (EachHoldsItsOwn(address, at, mine.Last, email, atE, theirs.Last) || EachHoldsItsOwn(address, at, mine.First, email, atE, theirs.First)) return true;
                        }
                    }
                }
            }
            return false;
        }

        private static bool EachHoldsItsOwn(string address, int at, string mine, string email, int atE, string theirs) =>
            mine.Length > 1 && theirs.Length > 1 && mine != theirs &&
            ((LinkChecks.IndexOfWithin(address, at, mine) >= 0 && LinkChecks.IndexOfWithin(email, atE, theirs) >= 0 &&
              LinkChecks.IndexOfWithin(address, at, theirs) < 0 && LinkChecks.IndexOfWithin(email, atE, mine) < 0) ||
             // One name the other's with a letter more (daniela.hale@ and daniel.hale@ for Daniela and Daniel Hale; round 65a: the new
             // hire stayed Review on Daniel's contact): each mailbox holds its own name as a whole word, and not the other's.
             (HoldsWord(address, at, mine) && HoldsWord(email, atE, theirs) && !HoldsWord(address, at, theirs) && !HoldsWord(email, atE, mine)));

        /// <summary>The mailbox name (before <paramref name="at"/>) has <paramref name="word"/> as one of its dot-, dash- or underscore-separated words.</summary>
        internal static bool HoldsWord(string address, int at, string word)
        {
            var found = LinkChecks.IndexOfWithin(address, at, word);
            while (found >= 0)
            {
                var end = found + word.Length;
                if ((found == 0 || IsWordBreak(address[found - 1])) && (end == at || IsWordBreak(address[end]))) return true;
                found = found + 1 > at - word.Length ? -1 : address.IndexOf(word, found + 1, at - found - 1, StringComparison.Ordinal);
            }
            return false;
        }

        private static bool IsWordBreak(char c) => c == '.' || c == '-' || c == '_';

        private static bool OwnInitials(string mine, string theirs, char myLetter, char theirLetter) =>
            mine.Length > 0 && theirs.Length > 0 && mine[0] == myLetter && theirs[0] == theirLetter && mine != theirs;

        /// <summary>Two folded addresses: exact, near miss, same mailbox elsewhere, or nothing.</summary>
        internal static EmailLevel CompareAddress(string address, string email, bool primary, bool slipInEachPart = false)
        {
            if (string.Equals(address, email, StringComparison.Ordinal)) return primary ? EmailLevel.ExactPrimary : EmailLevel.ExactAlias;
            if (Math.Abs(address.Length - email.Length) > 2) return EmailLevel.None;
            var atA = address.LastIndexOf('@');
            var atE = email.LastIndexOf('@');
            var sameLocal = atA == atE && string.CompareOrdinal(address, 0, email, 0, atA) == 0;
            var sameDomain = address.Length - atA == email.Length - atE && string.CompareOrdinal(address, atA, email, atE, address.Length - atA) == 0;
            if (sameDomain) return IsNearMiss(address, atA, email, atE) ? EmailLevel.NearMiss : EmailLevel.None;
            if (sameLocal)
            {
                // A typo in the domain ("contso.com") is a near miss; another domain altogether is an alias.
                var domainA = address.Substring(atA + 1);
                var domainE = email.Substring(atE + 1);
                return domainA.Length >= 5 && Similarity.DamerauLevenshtein(domainA, domainE) <= 2 ? EmailLevel.NearMiss : EmailLevel.AliasDomain;
            }
            // One slip in the mailbox name and one in the domain, asked for only beside equal names (IsSlipInEachPart). Lengths
            // first: most pairs here are two different addresses, and stop at them.
            if (slipInEachPart && Math.Abs(atA - atE) <= 1 && Math.Abs((address.Length - atA) - (email.Length - atE)) <= 1 && IsNearMiss(address, atA, email, atE, 1))
            {
                // Not a domain that differs in a short label (contoso.de and contoso.dk): another country's organisation.
                var domainA = address.Substring(atA + 1);
                if (domainA.Length >= 5 && Similarity.DamerauLevenshtein(domainA, email.Substring(atE + 1)) == 1 &&
                    !DiffersInShortLabels(address, atA + 1, email, atE + 1))
                {
                    return EmailLevel.NearMiss;
                }
            }
            return EmailLevel.None;
        }

        /// <summary>
        /// Mailbox names one or two edits apart, both long enough, with the same digits: "john.smith2" is
        /// the second John Smith's mailbox, not a typo for "john.smith".
        /// </summary>
        private static bool IsNearMiss(string a, int atA, string b, int atB, int most = 2)
        {
            if (atA < MinimumNearMissLocal || atB < MinimumNearMissLocal) return false;
            // The digits, in order, must be the same on both sides.
            int i = 0, j = 0;
            while (true)
            {
                while (i < atA && !IsDigit(a[i])) i++;
                while (j < atB && !IsDigit(b[j])) j++;
                if (i == atA || j == atB)
                {
                    if (i != atA || j != atB) return false;
                    break;
                }
                if (a[i] != b[j]) return false;
                i++;
                j++;
            }
            var distance = Similarity.DamerauLevenshtein(a, atA, b, atB);
            return distance >= 1 && distance <= most;
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private void CompareNames(AccountProfile account, IndexedContact contact, ref ComparisonVector vector)
        {
            var bestScore = double.MinValue;
            foreach (var a in account.CompareNames)
            {
                foreach (var c in contact.CompareNames)
                {
                    var first = CachedLevel(a.First, c.First, given: true);
                    var last = CachedLevel(a.Last, c.Last, given: false);
                    if (first == NameLevel.Folded && IsExact(account.Account.FirstName, contact.Named.FirstName)) first = NameLevel.Exact;
                    if (last == NameLevel.Folded && IsExact(account.Account.LastName, contact.Named.LastName)) last = NameLevel.Exact;
                    var score = MatchWeights.Of(first, isFirst: true) + MatchWeights.Of(last, isFirst: false);
                    if (score > bestScore)
                    {
                        bestScore = score;
                        vector.First = first;
                        vector.Last = last;
                        vector.Swapped = false;
                    }

                    // Crossed: the account's first name against the contact's last, and the other way round.
                    var crossedFirst = CachedLevel(a.First, c.Last, given: true);
                    var crossedLast = CachedLevel(a.Last, c.First, given: false);
                    if (crossedFirst <= NameLevel.Missing || crossedLast <= NameLevel.Missing) continue;
                    var crossed = MatchWeights.Of(crossedFirst, isFirst: true) + MatchWeights.Of(crossedLast, isFirst: false);
                    if (crossed > bestScore)
                    {
                        bestScore = crossed;
                        vector.First = crossedFirst;
                        vector.Last = crossedLast;
                        vector.Swapped = true;
                    }
                }
            }
            if (bestScore == double.MinValue)
            {
                vector.First = NameLevel.Missing;
                vector.Last = NameLevel.Missing;
            }
        }

        private static bool IsExact(string? a, string? b) =>
            a != null && b != null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

        // Folded names are pooled strings (StringPool), so the same pair of names is usually the same pair of
        // objects: near a common name every candidate repeats the comparisons of the last one ("james" against
        // "james", "smith" against "smith", each four ways). A level depends only on the two texts, so a small
        // direct-mapped cache keyed by the objects (one comparer per match run, one thread) answers those
        // without a Jaro-Winkler or a nickname lookup; a miss just computes, so a collision costs nothing.
        private const int CacheSize = 4096;
        private readonly string?[] _cachedA = new string?[CacheSize];
        private readonly string?[] _cachedB = new string?[CacheSize];
        private readonly NameLevel[] _cachedLevel = new NameLevel[CacheSize];

        private NameLevel CachedLevel(string a, string b, bool given)
        {
            var slot = ((RuntimeHelpers.GetHashCode(a) * 31) ^ RuntimeHelpers.GetHashCode(b)) & (CacheSize / 2 - 1);
            if (given) slot += CacheSize / 2;
            if (ReferenceEquals(_cachedA[slot], a) && ReferenceEquals(_cachedB[slot], b)) return _cachedLevel[slot];
            var level = Level(a, b, given);
            _cachedA[slot] = a;
            _cachedB[slot] = b;
            _cachedLevel[slot] = level;
            return level;
        }

        /// <summary>The level of two compact folded names.</summary>
        internal NameLevel Level(string a, string b, bool given)
        {
            if (a.Length == 0 || b.Length == 0) return NameLevel.Missing;
            if (string.Equals(a, b, StringComparison.Ordinal)) return NameLevel.Folded;
            // One letter for a name (J for John); two unequal one-character names (静 and 敏) are two names.
            if (a.Length == 1 || b.Length == 1) return a[0] == b[0] && NameNormalizer.CanBeAnInitial(a[0]) ? NameLevel.Initial : NameLevel.Different;
            if (given && IsNickname(a, b)) return NameLevel.Nickname;
            // Fyodor and Fedor, Solovyov and Solovev, Oliinyk and Oliynyk: two schemes' spellings of one Cyrillic name are one name, as the
            // name in Cyrillic is each of them (round 71b: the account's own address on its person's contact was ConflictingName). A given
            // name so is a nickname's level (Pyotr and Petr are in the table): it links at the account's own address, never by a mobile alone.
            if (Transliteration.AreTwoRomanisations(a, b, given)) return given ? NameLevel.Nickname : NameLevel.Folded;
            // "bte Hamidi" and "binti Hamidi": one Malay patronymic written two ways (round 73b: ConflictingName at her own address).
            if (!given && SurnameVariants.SamePatronymic(a, b)) return NameLevel.Folded;
            if (given && DiffersByFinalVowel(a, b)) return NameLevel.Different;
            var similarity = Similarity.JaroWinkler(a, b);
            return similarity >= JaroWinklerHigh ? NameLevel.JaroWinklerHigh : similarity >= JaroWinklerLow ? NameLevel.JaroWinklerLow : NameLevel.Different;
        }

        // The account's side of a comparison is the same few names for every candidate: its equivalents are
        // looked up once, not once per candidate (a hash of the name each time).
        private string? _lastName;
        private IReadOnlyList<string>? _lastEquivalents;

        private bool IsNickname(string a, string b)
        {
            if (!ReferenceEquals(a, _lastName))
            {
                _lastEquivalents = _nicknames.EquivalentsOfCompact(a);
                _lastName = a;
            }
            var equivalents = _lastEquivalents!;
            for (var i = 0; i < equivalents.Count; i++)
            {
                if (string.Equals(equivalents[i], b, StringComparison.Ordinal)) return true;
            }
            return false;
        }

        /// <summary>Maria/Mario, Antonia/Antonio, Daniela/Daniele: relatives, not typos of each other.</summary>
        internal static bool DiffersByFinalVowel(string a, string b) =>
            a.Length == b.Length && a.Length >= 3 && string.CompareOrdinal(a, 0, b, 0, a.Length - 1) == 0 &&
            IsGenderVowel(a[a.Length - 1]) && IsGenderVowel(b[b.Length - 1]);

        private static bool IsGenderVowel(char c) => c == 'a' || c == 'o' || c == 'e' || c == 'i';
    }
}
