using System;
using System.Collections.Generic;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// Name fields a machine filled, not a person: ConnectWise's email connector and Autotask's Incoming Email Processing make a
    /// contact from an email's sender, and a phone system's integration from a call. What they put in a name field is no one's
    /// name, and is read as blank (<see cref="SingleNames.WithoutPlaceholders"/>), as "Unknown" is (round 63b: "Caller |
    /// 0412345678" carrying the account's mobile was taken for a handed-on company phone and dropped, "sgibson |" at the account's
    /// own address was Review ConflictingName, "Mr &amp; Mrs | Fleming" was no candidate of a Fleming; New-PsaContact made twins):
    /// <list type="bullet">
    /// <item>a phone system's caller: "Caller", "Unknown Caller", "Anonymous", "Private Number", or a number ("0412345678");</item>
    /// <item>the contact's own mailbox name, whole address or domain, when the other field holds nothing more ("sgibson |" at
    /// sgibson@, "areed | contoso.com", "kbell@contoso.com | Unknown"); a mailbox name written as a name (janet.roberts, John)
    /// is read as a name, as before;</item>
    /// <item>a couple's titles ("Mr &amp; Mrs | Fleming") before a surname of one word: the surname is the contact's only name.</item>
    /// </list>
    /// </summary>
    internal static class MachineMadeNames
    {
        // Folded without spaces (NameNormalizer.Compact): what phone systems and PSAs write for a caller with no name.
        private static readonly HashSet<string> CallerWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "caller", "unknowncaller", "anonymous", "anonymouscaller", "privatecaller", "privatenumber", "unknownnumber", "wirelesscaller",
            "nocallerid", "callerid", "withheld", "numberwithheld", "restricted", "unavailable", "incomingcall", "missedcall",
        };

        /// <summary>
        /// The mailbox name a contact without a person's name is named by: one field blank or a placeholder, the other one word of four
        /// characters or more that is no given name the nickname table knows ("aellis", "JNORTON"), or an address ("lpatel@contoso.com"),
        /// lower-cased; null otherwise. Only for contacts that have no name keys (no first and last name).
        /// </summary>
        public static LocalPartKey? MailboxInName(string? first, string? last)
        {
            string? only;
            if (SingleNames.IsPlaceholder(last)) only = first;
            else if (SingleNames.IsPlaceholder(first)) only = last;
            else return null;
            if (string.IsNullOrWhiteSpace(only)) return null;
            var text = only!.Trim().ToLowerInvariant();
            var at = text.IndexOf('@');
            var local = at < 0 ? text : text.Substring(0, at);
            if (local.Length < 4) return null;
            foreach (var c in local)
            {
                if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '.' && c != '_' && c != '-') return null;
            }
            if (at < 0 && (NicknameTable.Default.Knows(NameNormalizer.Compact(local)) || EvidenceCollector.IsRoleMailbox(local))) return null;
            return LocalPartKey.Of(local);
        }

        /// <summary>A name field that a phone system filled: a caller placeholder or a telephone number.</summary>
        public static bool IsCaller(string? field)
        {
            if (string.IsNullOrWhiteSpace(field)) return false;
            var text = field!.Trim();
            if (text.Length > LongestCallerText) return false;
            // Most fields are a plain name of letters: looked up as they are, ignoring case, with no folded copy made.
            if (IsAsciiLetters(text)) return CallerWordsIgnoringCase.Contains(text);
            return IsNumber(text) || CallerWords.Contains(NameNormalizer.Compact(text));
        }

        private static readonly HashSet<string> CallerWordsIgnoringCase = new HashSet<string>(CallerWords, StringComparer.OrdinalIgnoreCase);
        private const int LongestCallerText = 24;

        private static bool IsAsciiLetters(string text)
        {
            foreach (var c in text)
            {
                if (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z')) return false;
            }
            return true;
        }

        /// <summary>The telephone number a phone system wrote into a name field ("Caller | 0455111222"), or null.</summary>
        public static string? NumberInName(PsaContact contact) =>
            !string.IsNullOrWhiteSpace(contact.LastName) && IsNumber(contact.LastName!.Trim()) ? contact.LastName!.Trim() :
            !string.IsNullOrWhiteSpace(contact.FirstName) && IsNumber(contact.FirstName!.Trim()) ? contact.FirstName!.Trim() : null;

        /// <summary>Digits and a phone number's marks only, at least five digits: "0412345678", "+61 412 345 678", "(555) 010-0199".</summary>
        private static bool IsNumber(string field)
        {
            var digits = 0;
            foreach (var c in field)
            {
                if (c >= '0' && c <= '9') digits++;
                else if (c != ' ' && c != '+' && c != '-' && c != '(' && c != ')' && c != '.' && c != '/') return false;
            }
            return digits >= 5;
        }

        /// <summary>
        /// The field is one of the contact's own addresses, the domain of one, or (with nothing but that in the other field) its
        /// mailbox name in one word. A mailbox name that is also a given name the nickname table knows (john@ on John |) is kept:
        /// it is the person's name as often as not.
        /// </summary>
        public static bool IsOwnMailbox(string? field, string? otherField, PsaContact contact)
        {
            if (string.IsNullOrWhiteSpace(field) || contact.Emails.Count == 0) return false;
            var text = field!.Trim();
            if (text.IndexOf(' ') >= 0) return false;
            foreach (var email in contact.Emails)
            {
                if (string.IsNullOrEmpty(email)) continue;
                var at = email.LastIndexOf('@');
                if (at <= 0) continue;
                if (string.Equals(text, email.Trim(), StringComparison.OrdinalIgnoreCase)) return true;
                if (text.Length == email.Length - at - 1 && string.Compare(text, 0, email, at + 1, text.Length, StringComparison.OrdinalIgnoreCase) == 0 &&
                    text.IndexOf('.') > 0)
                {
                    return true;
                }
                if (text.Length != at || string.Compare(text, 0, email, 0, at, StringComparison.OrdinalIgnoreCase) != 0) continue;
                if (text.IndexOf('.') >= 0 || text.IndexOf('_') >= 0 || text.IndexOf('-') >= 0) return false; // janet.roberts: a name
                if (!NothingMore(otherField, contact)) return false;
                var compact = NameNormalizer.Compact(text);
                // "Reception" at reception@ is the desk's own name, kept as such (RoleAccounts).
                return compact.Length >= 4 && !NicknameTable.Default.Knows(compact) && !EvidenceCollector.IsRoleMailbox(compact);
            }
            return false;
        }

        /// <summary>The other field is blank, a placeholder, the contact's domain or address, or a caller: it names no one either.</summary>
        private static bool NothingMore(string? otherField, PsaContact contact)
        {
            if (SingleNames.IsPlaceholder(otherField) || IsCaller(otherField)) return true;
            var other = otherField!.Trim();
            if (other.IndexOf(' ') >= 0) return false;
            foreach (var email in contact.Emails)
            {
                if (string.IsNullOrEmpty(email)) continue;
                var at = email.LastIndexOf('@');
                if (string.Equals(other, email.Trim(), StringComparison.OrdinalIgnoreCase)) return true;
                if (at > 0 && other.Length == email.Length - at - 1 && string.Compare(other, 0, email, at + 1, other.Length, StringComparison.OrdinalIgnoreCase) == 0) return true;
            }
            return false;
        }

        /// <summary>
        /// The given names of a couple's record ("John &amp; Mary", "John and Mary", "John + Mary"), each folded, or null: one record for
        /// two people, a candidate to review for each of them (round 63b: John Smith found no candidate in "John &amp; Mary | Smith").
        /// </summary>
        public static string[]? CoupleGivenNames(string? field)
        {
            if (string.IsNullOrWhiteSpace(field) || (field!.IndexOf('&') < 0 && field.IndexOf('+') < 0 && field.IndexOf(" and ", StringComparison.OrdinalIgnoreCase) < 0)) return null;
            var words = field.Split(new[] { ' ', '&', '+' }, StringSplitOptions.RemoveEmptyEntries);
            var names = new List<string>(2);
            foreach (var word in words)
            {
                if (string.Equals(word, "and", StringComparison.OrdinalIgnoreCase) || NameTitles.IsTitle(word, 0)) continue;
                var folded = NameNormalizer.Compact(word);
                if (folded.Length < 2) return null;
                names.Add(folded);
            }
            return names.Count == 2 ? names.ToArray() : null;
        }

        /// <summary>
        /// Two titles or more, joined ("Mr &amp; Mrs", "Mr. and Mrs.", "Dr &amp; Mrs"): a couple's salutation, no given name. One title
        /// alone is left as it is: "Prof | Green" and "Dr | Dre" are names, and "Mrs | Peter Smith" is Peter's wife.
        /// </summary>
        public static bool IsCouplesTitles(string? field)
        {
            if (string.IsNullOrWhiteSpace(field)) return false;
            // The first word read in place: most first names are no title, and no words are split out for them.
            var text = field!.TrimStart();
            var end = 0;
            while (end < text.Length && text[end] != ' ' && text[end] != '&' && text[end] != '+' && text[end] != ',') end++;
            if (end == 0 || !NameTitles.IsTitle(text, 0, end, 0)) return false;
            var words = text.Split(new[] { ' ', '&', '+', ',' }, StringSplitOptions.RemoveEmptyEntries);
            var titles = 0;
            foreach (var word in words)
            {
                if (string.Equals(word, "and", StringComparison.OrdinalIgnoreCase)) continue;
                if (!NameTitles.IsTitle(word.TrimEnd('.'), 0) && !NameTitles.IsTitle(word, 0)) return false;
                titles++;
            }
            return titles > 1;
        }
    }
}
