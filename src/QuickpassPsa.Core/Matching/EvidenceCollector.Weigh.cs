using System;
using System.Collections.Generic;

namespace QuickpassPsa.Core.Matching
{
    // Each found contact compared field by field with the account and weighed, and what the comparison rules out.
    internal sealed partial class EvidenceCollector
    {
        /// <summary>Compares the pair field by field, names what the blocks did not, and weighs it.</summary>
        /// <summary>
        /// "U | Htet Aung" at htet.aung@ for the account Htet | Aung: a Burmese honorific in the first-name field and the account's whole
        /// name, word for word, in the last (<see cref="SingleNames.IsBurmeseHonorificBeside"/>). At the account's own address only.
        /// </summary>
        private static bool WholeNameAfterAnHonorific(AccountProfile account, IndexedContact contact)
        {
            var named = contact.Named;
            if (!SingleNames.IsBurmeseHonorificBeside(named.FirstName, named.LastName)) return false;
            var whole = NameNormalizer.Compact(((account.Account.FirstName ?? string.Empty) + " " + (account.Account.LastName ?? string.Empty)).Trim());
            return whole.Length > 0 && whole == NameNormalizer.Compact(named.LastName);
        }

        private void Weigh(AccountProfile account, Evidence evidence)
        {
            var vector = _comparer.Compare(account, evidence.Contact);
            evidence.Vector = vector;
            evidence.Weight = MatchWeights.Total(vector);
            // The account's address on a contact with another person's name (a handed-on or shared mailbox).
            if (evidence.HasEmail)
            {
                var namesConfirm = vector.First >= NameLevel.Nickname && vector.Last >= NameLevel.JaroWinklerHigh;
                // Wei Zhang shown as "David Zhang" (an English working name, or a mailbox handed on with only its display
                // name changed): the contact named exactly as the display name is the person the address now belongs to.
                var displayNamesIt = !namesConfirm && LinkChecks.NamesContradict(vector) &&
                                     (DisplayNamesTheContact(account, evidence.Contact) || RomanisedNamesTheContact(account, evidence.Contact) ||
                                      WholeNameAfterAnHonorific(account, evidence.Contact));
                evidence.NamesWrittenOtherwise = displayNamesIt;
                evidence.AddressConflict = (LinkChecks.NamesContradict(vector) && !displayNamesIt) ||
                    // Alexander Brown shown as "Alex Brown" at alex.brown@, the address on Alexandra Brown's contact: the
                    // short form confirms both, the full given names say two people
                    (vector.First < NameLevel.Folded && NameDetails.FullGivenNamesAreTwo(account.Account.FirstName, evidence.Contact.Named.FirstName)) ||
                    // a role mailbox (info@, frontoffice@) links only the person whose name it carries, or the same mailbox
                    // written as a contact of its own ("Reception" at reception@ for the account "Reception": round 49 linked
                    // "Reception 2" and "Scheduling" so, and left these Review)
                    (evidence.ViaRoleAddress && !namesConfirm && !SameWrittenName(account.Account, evidence.Contact)) ||
                    // a contact without a name confirming it whose main address is someone else's on the account's domain
                    (!namesConfirm && LinkChecks.HasAnotherAddressOnTheDomain(account, evidence.Contact)) ||
                    // a nameless contact found only by one of the account's aliases: a shared address, not a person
                    (evidence.Reasons[0] == MatchReason.EmailAlias && IsNameless(evidence.Contact)) ||
                    // chris.lee@ on Chris Lee's contact, held now by Christine Lee with another mobile: a short or
                    // other form of the first name is no confirmation when the mobiles say two people
                    (vector.Phone == PhoneLevel.Different && vector.First < NameLevel.Folded);
            }
            if (vector.Email == EmailLevel.NearMiss) evidence.Add(MatchReason.EmailNearMiss, Evidence.EmailNearMissScore);
            // Found by nothing but an address a near miss from the account's that reads as a colleague's mailbox (not a slip of the
            // keyboard) with another person's name: no candidate (round 47: Minh Nguyen at mnguyen@ was Review against Hyun-woo
            // Nguyen at hnguyen@, and Sunil Sharma at sunil.s@ against Sunil Reddy at sunil.r@, so New-PsaContact created neither).
            // Found by nothing but the mobile, with another given name and another surname: a company phone handed on to a new hire,
            // no candidate (round 49: Priyanka Nair with the leaver Lysander Kensington's old mobile was refused a contact).
            // Latin names on both sides only: a contact written in Cyrillic, Greek or Chinese is compared by no name here (round 50:
            // Дмитрий Иванов's contact with Dmitry Ivanov's mobile was dropped, and a Latin twin created).
            // Not when a name crosses over: Jun Jie | Tan (shown as "Benjamin Tan Jun Jie") and the contact Tan | Benjamin with his own
            // mobile (round 73b: no candidate, and a twin made).
            if (evidence.Reasons.Count == 1 && evidence.Reasons[0] == MatchReason.MobilePhone && !vector.Swapped &&
                vector.First == NameLevel.Different && vector.Last == NameLevel.Different && AllLatin(account.CompareNames) && AllLatin(evidence.Contact.CompareNames) &&
                !ANameCrossesOver(account.Account, evidence.Contact))
            {
                evidence.Dismissed = true;
            }
            if (vector.Email == EmailLevel.NearMiss && !vector.NearMissLooksMistyped && evidence.Reasons.Count == 1 && evidence.Reasons[0] == MatchReason.EmailNearMiss &&
                (LinkChecks.NamesContradict(vector) || PairComparer.InitialsTellApart(account, evidence.Contact)))
            {
                evidence.Dismissed = true;
            }
            if (vector.Phone == PhoneLevel.Equal) evidence.Add(MatchReason.MobilePhone, Evidence.MobilePhoneScore);
            if (evidence.HasName) return;
            // A contact found by its address or phone: say how its name compares too.
            if (vector.Swapped && vector.NamesAgree(NameLevel.Folded, NameLevel.Folded)) evidence.Add(MatchReason.SwappedName, Evidence.SwappedNameScore);
            else if (vector.First == NameLevel.Nickname && vector.Last >= NameLevel.Folded) evidence.Add(MatchReason.Nickname, Evidence.NicknameScore);
            else if (vector.First == NameLevel.Initial && vector.Last >= NameLevel.Folded) evidence.Add(MatchReason.Initial, Evidence.InitialScore);
            else if ((vector.First == NameLevel.JaroWinklerHigh && vector.Last >= NameLevel.Folded) || (vector.First >= NameLevel.Folded && vector.Last == NameLevel.JaroWinklerHigh))
            {
                evidence.Add(MatchReason.Typo, Evidence.TypoScore);
            }
        }

        /// <summary>
        /// The contact's given name and surname are both among the account's name words (its fields and its display name), the other
        /// way round: Jun Jie | Tan shown as "Benjamin Tan Jun Jie" and Tan | Benjamin. One word alone is not enough: many surnames are
        /// given names (Dean Martin and Martin | Riley, a phone handed on; round 75a).
        /// </summary>
        private static bool ANameCrossesOver(Accounts.Account account, IndexedContact contact)
        {
            var first = NameNormalizer.Compact(contact.Named.FirstName);
            var last = NameNormalizer.Compact(contact.Named.LastName);
            if (first.Length < 2 || last.Length < 2 || first == last) return false;
            // The account's given name of two words or more, whole, in the contact's other field: family name first ("Wang | Mei Ling"
            // for Mei Ling | Tan) or after an honorific read as written ("Ma | Mei Ling", "Ko | Eun Ji"; round 82a: no candidate with the
            // account's own mobile, and a twin). One word in common is not (Dean Martin and Martin | Riley).
            // Written either side with a hyphen or run together ("Mei-Ling", "Meiling" | Tan against "Ma | Mei Ling"; round 83a).
            var given = account.FirstName;
            if (given != null && (given.Trim().IndexOfAny(TwoWordMarks) > 0 || contact.Named.LastName?.Trim().IndexOf(' ') > 0) && last == NameNormalizer.Compact(given)) return true;
            var words = AccountWords(account);
            return words.Contains(first) && words.Contains(last) && NameNormalizer.Compact(account.LastName) != last;
        }

        private static readonly char[] TwoWordMarks = { ' ', '-' };

        /// <summary>The account's name words, compact: each field whole, each word, and two neighbouring words joined ("jun jie" as junjie).</summary>
        private static HashSet<string> AccountWords(Accounts.Account account)
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            foreach (var text in new[] { account.FirstName, account.LastName, account.DisplayName })
            {
                if (string.IsNullOrWhiteSpace(text)) continue;
                words.Add(NameNormalizer.Compact(text));
                var parts = NameNormalizer.Normalize(text).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
                for (var i = 0; i < parts.Length; i++)
                {
                    words.Add(parts[i]);
                    if (i + 1 < parts.Length) words.Add(parts[i] + parts[i + 1]);
                }
            }
            return words;
        }

        private static bool IsNameless(IndexedContact contact)
        {
            foreach (var name in contact.CompareNames)
            {
                if (name.First.Length > 0 || name.Last.Length > 0) return false;
            }
            return true;
        }

        /// <summary>Every folded name is in plain Latin letters (the form names are compared in).</summary>
        private static bool AllLatin(NameKey[] names)
        {
            foreach (var name in names)
            {
                if (!NameNormalizer.IsAscii(name.First) || !NameNormalizer.IsAscii(name.Last)) return false;
            }
            return names.Length > 0;
        }

        /// <summary>The account's display name (or name fields) and the contact's first and last name are the same text, folded ("Front Desk" and Front | Desk).</summary>
        private static bool SameWrittenName(Accounts.Account account, IndexedContact contact)
        {
            var mine = NameNormalizer.Compact(string.IsNullOrWhiteSpace(account.DisplayName) ? account.FirstName + " " + account.LastName : account.DisplayName);
            return mine.Length >= 3 && mine == NameNormalizer.Compact(contact.Named.FirstName + " " + contact.Named.LastName);
        }

        /// <summary>
        /// The account's names in Cyrillic or Greek are, transliterated, the contact's Latin ones (Дмитрий Иванов and Dmitry
        /// Ivanov at one address): the same person written in two scripts, not another person's name on the address.
        /// </summary>
        private static bool RomanisedNamesTheContact(AccountProfile account, IndexedContact contact)
        {
            foreach (var mine in account.CompareNames)
            {
                foreach (var theirs in contact.CompareNames)
                {
                    if (SameWritten(mine, theirs) || SameWritten(theirs, mine)) return true;
                }
            }
            return false;
        }

        /// <summary><paramref name="romanisable"/> in Cyrillic or Greek is, transliterated, <paramref name="latin"/>.</summary>
        private static bool SameWritten(NameKey romanisable, NameKey latin) =>
            Transliteration.CanRomanise(romanisable.First) && Transliteration.CanRomanise(romanisable.Last) &&
            Transliteration.SameName(Transliteration.Romanise(romanisable.First), latin.First) &&
            Transliteration.SameName(Transliteration.Romanise(romanisable.Last), latin.Last);

        /// <summary>The account's display name gives another given name over the fields' surname, and the contact has exactly that name.</summary>
        private static bool DisplayNamesTheContact(AccountProfile account, IndexedContact contact)
        {
            if (!RoleAccounts.DisplayGivesAnotherGivenName(account.Account, out var displayFirst)) return false;
            // The mailbox was made for the fields' person (wei.zhang2@ for Wei Zhang shown as "David Zhang"): who goes by
            // the display name. A mailbox that names the display's person (john.smith@, fields Jane Smith, display "John
            // Smith") may be the leaver's handed on with the fields updated and the display left: no telling.
            var primary = account.Primary;
            var fieldFirst = NameNormalizer.Compact(account.Account.FirstName);
            if (primary == null || fieldFirst.Length < 2) return false;
            // A working name beside a given name from outside the name list (David for Wei); two listed given names (Jane
            // over John) are two people, the mailbox handed on.
            if (NicknameTable.Default.Knows(fieldFirst) || !NicknameTable.Default.Knows(displayFirst)) return false;
            var at = primary.LastIndexOf('@');
            if (LinkChecks.IndexOfWithin(primary, at, fieldFirst) < 0 || LinkChecks.IndexOfWithin(primary, at, displayFirst) >= 0) return false;
            var last = NameNormalizer.Compact(account.Account.LastName);
            foreach (var name in contact.CompareNames)
            {
                if (name.First == displayFirst && name.Last == last) return true;
            }
            return false;
        }
    }
}
