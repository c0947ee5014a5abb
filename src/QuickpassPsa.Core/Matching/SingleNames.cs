using System;
using System.Collections.Generic;
using QuickpassPsa.Core.Accounts;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// People with one name and no family name (Indonesian "Sukarno", Burmese "Hla Hla" or "Kyaw Zin", some Tamil names), and the
    /// placeholders directories put in the empty field ("-", ".", NLN, FNU): the whole name, folded without spaces, is what the
    /// contact carries in one field (round 60a: "Sukarno" and Sukarno | "" were no candidates, and New-PsaContact made twins).
    /// </summary>
    internal static class SingleNames
    {
        // "No last name", "first name unknown" and the like, as US and Indian systems fill a required field; folded (NameNormalizer.Compact).
        private static readonly HashSet<string> Placeholders = new HashSet<string>(StringComparer.Ordinal)
        {
            "nln", "lnu", "fnu", "nfn", "none", "unknown", "null", "x", "xx", "xxx", "tbd",
        };

        private static readonly HashSet<string> PlaceholdersIgnoringCase = new HashSet<string>(Placeholders, StringComparer.OrdinalIgnoreCase);
        private const int LongestPlaceholder = 7;

        internal static bool IsAsciiLetters(string text)
        {
            foreach (var c in text)
            {
                if (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z')) return false;
            }
            return true;
        }

        /// <summary>A field with no name in it: blank, only marks ("-", ".", "?"), "n/a", or a placeholder word (NLN, FNU).</summary>
        public static bool IsPlaceholder(string? field)
        {
            if (string.IsNullOrWhiteSpace(field)) return true;
            var trimmed = field!.Trim();
            if (string.Equals(trimmed, "n/a", StringComparison.OrdinalIgnoreCase)) return true;
            // Plain ASCII letters (most names): compared as they are, ignoring case; folding would make a string for every field of
            // every account and contact, and the answer is the same.
            if (IsAsciiLetters(trimmed)) return trimmed.Length <= LongestPlaceholder && PlaceholdersIgnoringCase.Contains(trimmed);
            var compact = NameNormalizer.Compact(trimmed);
            return compact.Length == 0 || Placeholders.Contains(compact);
        }

        /// <summary>
        /// The contact itself, or a copy whose placeholder name fields are blank ("Ashley | Unknown", "FNU | Sukarno"), and so are the
        /// fields a phone system filled ("Caller | 0412345678") and a last name that is the contact's own mail domain ("areed |
        /// contoso.com"; <see cref="MachineMadeNames"/>).
        /// </summary>
        public static Psa.PsaContact WithoutPlaceholders(Psa.PsaContact contact)
        {
            var first = !string.IsNullOrWhiteSpace(contact.FirstName) && (IsPlaceholder(contact.FirstName) || MachineMadeNames.IsCaller(contact.FirstName, contact.LastName));
            var last = !string.IsNullOrWhiteSpace(contact.LastName) &&
                       (IsPlaceholder(contact.LastName) || MachineMadeNames.IsCaller(contact.LastName, contact.FirstName) || MachineMadeNames.IsOwnDomain(contact.LastName, contact));
            return first || last ? contact.WithNames(first ? null : contact.FirstName, last ? null : contact.LastName) : contact;
        }

        // Burmese honorifics as a PSA's first-name field holds them before a name with no family name: U (an older man), Daw (an older
        // woman), Ko and Maung/Mg (a young man), Ma (a young woman), Saw and Naw (Karen). Written as is: "Ma." is a Filipina's Maria.
        private static readonly HashSet<string> BurmeseHonorifics = new HashSet<string>(StringComparer.Ordinal) { "U", "Daw", "Ko", "Maung", "Mg", "Ma", "Saw", "Naw" };

        /// <summary>
        /// The first-name field is only a Burmese honorific and the last-name field a whole name of two words or more ("U | Htet Aung",
        /// "Daw | Aye Aye Khin", "Ko | Min Thu"): at the account's own address, a contact the account's whole name is written in this way
        /// is no other person's (round 73b: ConflictingName, Htet | Aung at htet.aung@). By name alone the fields are read as written:
        /// Ma and Ko are Chinese and Korean family names too ("Ma | Mei Ling" is Ma Mei Ling; round 81a: read as "Mei Ling", it linked
        /// Mei | Ling by name and left Mei Ling | Ma to be created twice).
        /// </summary>
        /// <summary>The honorifics folded (NameNormalizer.Compact), for the lookups of a one-name account ("Thida" finds "Ma | Thida").</summary>
        internal static readonly string[] FoldedBurmeseHonorifics = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(BurmeseHonorifics, NameNormalizer.Compact));

        internal static bool IsBurmeseHonorificBeside(string? first, string? last)
        {
            if (first == null) return false;
            if (!BurmeseHonorifics.Contains(first.Trim()) || string.IsNullOrWhiteSpace(last)) return false;
            var words = last!.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2) return false;
            // Every word a capitalised name, none a particle: "U | van Dyke" is an initial and a Dutch surname.
            foreach (var word in words)
            {
                if (!char.IsUpper(word[0])) return false;
            }
            return true;
        }

        /// <summary>
        /// One name and no family name on both sides: the account's is one word, or one word twice, in one field or as its display name
        /// alone ("Sukarno", "Hla Hla"), and the contact carries it in one field (the other empty or a placeholder) or in both (Sukarno |
        /// Sukarno). One name, shared by many people, says little about which person, so an equal name alone is Review (round 73b).
        /// </summary>
        public static bool OneNameOnBothSides(AccountProfile profile, IndexedContact contact)
        {
            var account = profile.Account;
            // A name of two different words in one field ("Kyaw Zin", "John Smith" | "" against "John Smith" | "") links as a whole name
            // does: helpdesks make such contacts for ordinary people (round 75a), and namesakes are Ambiguous as any.
            if (profile.SingleName == null || !IsOneWordOrOneWordTwice(account)) return false;
            return InOneField(contact) || SameWordTwice(contact.Named.FirstName, contact.Named.LastName);
        }

        /// <summary>One name field holds a name of two words or more and the other is empty or a placeholder.</summary>
        public static bool WholeNameInOneField(Account account)
        {
            var firstEmpty = IsPlaceholder(account.FirstName);
            var lastEmpty = IsPlaceholder(account.LastName);
            if (firstEmpty == lastEmpty) return false;
            var only = (firstEmpty ? account.LastName : account.FirstName)!.Trim();
            return only.IndexOf(' ') > 0;
        }

        /// <summary>The contact's name is in one field, the other empty or a placeholder ("John Smith" | "", as a helpdesk makes it).</summary>
        public static bool InOneField(IndexedContact contact) => IsPlaceholder(contact.Named.FirstName) != IsPlaceholder(contact.Named.LastName);

        /// <summary>The account's one name is one word ("Sukarno"), or one word twice ("Hla Hla").</summary>
        private static bool IsOneWordOrOneWordTwice(Account account)
        {
            var only = IsPlaceholder(account.FirstName) ? (IsPlaceholder(account.LastName) ? account.DisplayName : account.LastName) : account.FirstName;
            var words = (only ?? string.Empty).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            return words.Length == 1 || (words.Length == 2 && string.Equals(NameNormalizer.Compact(words[0]), NameNormalizer.Compact(words[1]), StringComparison.Ordinal));
        }

        private static bool SameWordTwice(string? first, string? last) =>
            !IsPlaceholder(first) && !IsPlaceholder(last) && NameNormalizer.Compact(first) == NameNormalizer.Compact(last);

        /// <summary>
        /// The account's one name, folded without spaces, when it has no other: one field filled and the other empty or a placeholder,
        /// or no fields and a display name without a comma. Null otherwise, or for a name of one letter.
        /// </summary>
        public static string? Of(Account account)
        {
            var firstEmpty = IsPlaceholder(account.FirstName);
            var lastEmpty = IsPlaceholder(account.LastName);
            string? only;
            if (firstEmpty && lastEmpty)
            {
                var display = account.DisplayName;
                if (string.IsNullOrWhiteSpace(display) || display!.IndexOf(',') >= 0 || display.IndexOf('@') >= 0) return null;
                only = display;
            }
            else if (firstEmpty == lastEmpty) return null;
            else only = firstEmpty ? account.LastName : account.FirstName;
            var compact = NameNormalizer.Compact(only);
            return compact.Length > 1 ? compact : null;
        }
    }
}
