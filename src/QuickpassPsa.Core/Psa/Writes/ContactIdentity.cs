using System;
using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Core.Psa.Writes
{
    /// <summary>
    /// Whether the contact the PSA holds under an id now is still the person a row linked: a write goes by id, and
    /// the same id on another site or tenant of the PSA (a row saved with Export-Clixml and piped after connecting
    /// elsewhere), or a record reused for someone else, is another person.
    /// </summary>
    internal static class ContactIdentity
    {
        /// <summary>
        /// The same person when an address is shared (names get corrected and change at marriage) or the names are
        /// equal once folded, either way round (addresses get replaced: the update is about to do just that).
        /// </summary>
        public static bool SamePerson(PsaContact linked, PsaContact current)
        {
            var addresses = linked.Emails.Select(EmailNormalizer.Normalize).Where(e => e != null).ToList();
            if (current.Emails.Select(EmailNormalizer.Normalize).Any(e => e != null && addresses.Contains(e))) return true;
            string first = NameNormalizer.Compact(linked.FirstName), last = NameNormalizer.Compact(linked.LastName);
            string nowFirst = NameNormalizer.Compact(current.FirstName), nowLast = NameNormalizer.Compact(current.LastName);
            if (first.Length + last.Length == 0) return false;
            return (first == nowFirst && last == nowLast) || (first == nowLast && last == nowFirst);
        }

        /// <summary>
        /// The contact may still be the account's person: they share an address, or a given name or a surname (a
        /// married name, a corrected first name). A contact with none of these was reused for someone else since the
        /// link was made ("Ann Lee" renamed "Zed Zulu" with Zed's address): writing the account's email and mobile
        /// onto it would overwrite Zed's.
        /// </summary>
        /// <summary>The contact's name is in a script other than Latin, Cyrillic or Greek and the account's is not (or the other way): not compared.</summary>
        public static bool NamesInScriptsNotCompared(Accounts.Account account, PsaContact current)
        {
            var theirs = (current.FirstName ?? string.Empty) + (current.LastName ?? string.Empty);
            var mine = (account.FirstName ?? string.Empty) + (account.LastName ?? string.Empty) + (account.DisplayName ?? string.Empty);
            return theirs.Length > 0 && mine.Length > 0 && OutsideComparedScripts(theirs) != OutsideComparedScripts(mine);
        }

        private static bool OutsideComparedScripts(string text)
        {
            foreach (var c in text)
            {
                // Latin (to U+024F), Greek and Cyrillic (U+0370 to U+04FF) are compared; Hebrew, Arabic, CJK and the rest are not.
                if (char.IsLetter(c) && c > '\u024F' && (c < '\u0370' || c > '\u04FF')) return true;
            }
            return false;
        }

        public static bool MayBeAccountsPerson(Accounts.Account account, PsaContact current)
        {
            var theirs = new HashSet<string>(current.Emails.Select(EmailNormalizer.Normalize).Where(e => e != null)!, StringComparer.Ordinal);
            foreach (var address in new[] { account.Email, account.UserPrincipalName }.Concat(account.ProxyAddresses.Select(p => p.Address)))
            {
                var folded = EmailNormalizer.Normalize(address);
                if (folded != null && theirs.Contains(folded)) return true;
            }
            // Word by word, both sides: "Okafor, Chinedu" in a contact's first-name field is still Chinedu Okafor.
            var contactWords = NameNormalizer.WordsOf(2, current.FirstName, current.LastName);
            // One-character names are names too (李 娜, a Chinese family and given name; round 45: such a contact was taken for nameless).
            if (contactWords.Count == 0) contactWords = NameNormalizer.WordsOf(1, current.FirstName, current.LastName);
            if (contactWords.Count == 0) return true; // a nameless contact says nothing against the account
            var accountWords = NameNormalizer.WordsOf(2, account.FirstName, account.LastName, account.DisplayName);
            foreach (var key in NameKey.ForAccount(account))
            {
                accountWords.Add(key.First);
                accountWords.Add(key.Last);
            }
            foreach (var word in contactWords)
            {
                if (accountWords.Contains(word)) return true;
                // A name in Cyrillic or Greek spelt like the account's Latin one (Александр Шварц for Alexander Schwarz; round 44).
                // Other scripts cannot be compared: no sign of the person, so nothing is written (round 45: Update wrote onto 娜 李).
                foreach (var mine in accountWords)
                {
                    if (Transliteration.MaySpellTheSame(word, mine) || Transliteration.MaySpellTheSame(mine, word)) return true;
                }
                foreach (var mine in accountWords)
                {
                    if (NicknameTable.Default.AreEquivalent(word, mine)) return true;
                }
            }
            return false;
        }
    }
}
