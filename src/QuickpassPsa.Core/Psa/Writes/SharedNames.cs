using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Core.Psa.Writes
{
    /// <summary>
    /// Names of more than one person, which New-PsaContact never makes one person's contact (<see cref="ContactNames"/>): a couple
    /// as the matcher reads one (<see cref="NameDetails.NamesACouple"/>: "and", "&amp;", "+", "und", "et", "y" between two given names
    /// it knows, a slash), and beyond it what only a name to create needs ruled out (round 75b, each created as one person's contact):
    /// any two capitalised given names joined by a one-letter "and" (y, i, e, a) or a comma in the first-name field ("Maria y Pablo",
    /// "Anna, Ben"), or by a plus without spaces ("Anna+Ben"), or at the start of a display name ("Ana y Luis Ruiz"; "Santiago Ramón y Cajal" joins two surnames after the given
    /// name); two titles joined ("Mr/Mrs"); a full-width ampersand or plus ("Anna ＆ Ben", read as Unicode's compatibility form reads it);
    /// and a family's mailbox ("The Lowe Family", "Lowe family", "Familie Lowe").
    /// </summary>
    internal static class SharedNames
    {
        /// <summary>The text in Unicode's compatibility form (full-width ＆, ＋, ／ and letters as their plain forms), for reading marks only.</summary>
        internal static string Plain(string text)
        {
            try
            {
                return text.Normalize(NormalizationForm.FormKC);
            }
            catch (ArgumentException)
            {
                return text; // an unpaired surrogate: read as written
            }
        }

        // Words that make a name a family's: the last word ("The Lowe Family", "Lowe Household") or the first ("Familie Lowe").
        private static readonly HashSet<string> FamilyLast = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "family", "families", "household", "familie", "residence", "whanau", "whānau", "haushalt", "ohana", "clan" };
        private static readonly HashSet<string> FamilyFirst = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "family", "familie", "famille", "familia", "família", "famiglia", "fam.", "rodzina", "perhe", "familj", "familjen", "gezin", "ehepaar", "eheleute",
        };

        /// <summary>
        /// A family's name rather than a person's: "The Lowe Family", "Lowe Family", "Lowe family", "Familie Lowe", "Famille Dupont",
        /// "Gezin Lowe", "The Smith Household" (one to three words of a name beside the family word, a leading "The" aside), or "The"
        /// before one capitalised word ("The Lowes", "The Joneses").
        /// </summary>
        internal static bool IsFamily(string text)
        {
            // "Chen-Family", "Chen (Family)": a hyphen or brackets around the family's word set it apart as a space does (round 83a).
            var words = new List<string>(Plain(text).Split(new[] { ' ', '\t', '-', '(', ')', '[', ']' }, StringSplitOptions.RemoveEmptyEntries));
            // "Family" or "Household" alone names no person.
            if (words.Count == 1) return IsFamilyWord(words[0]);
            var the = words.Count > 0 && string.Equals(words[0], "the", StringComparison.OrdinalIgnoreCase);
            if (the) words.RemoveAt(0);
            // "The Chens", "The Joneses", "The Chen's": a family by its surname in the plural (round 77a: New-PsaContact created "The
            // Joneses"). Only a plural: "The" | "Nguyen" is Thế Nguyen written without marks (round 79a: refused).
            if (the && words.Count == 1) return words[0].Length > 2 && IsPlural(words[0]);
            if (words.Count < 2 || words.Count > 4) return false;
            // "Family Medicine Clinic", "Family Services", "Family Law": a practice or a desk, not a family (round 79a).
            foreach (var word in words)
            {
                if (PracticeWords.Contains(word.TrimEnd('.', ','))) return false;
            }
            return FamilyLast.Contains(words[words.Count - 1].TrimEnd('.', ',')) || FamilyFirst.Contains(words[0].TrimEnd(','));
        }

        private static bool IsPlural(string word) =>
            word.EndsWith("s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase) ||
            word.EndsWith("s'", StringComparison.OrdinalIgnoreCase);

        // Words beside "Family" that make a practice or a service of it.
        private static readonly HashSet<string> PracticeWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "medicine", "medical", "clinic", "practice", "practitioners", "doctors", "services", "service", "health", "healthcare", "dental",
            "dentistry", "law", "lawyers", "legal", "court", "office", "support", "centre", "center", "care", "counselling", "counseling",
            "therapy", "trust", "foundation", "physicians", "pharmacy", "vet", "veterinary", "restaurant", "store", "shop", "business",
        };

        /// <summary>A word that makes a name a family's ("Family", "Household", "Familie", "Famille"), a full stop or comma after it aside.</summary>
        // Parts of every family word, to tell in place, without a string made, that most names hold none (asked of every account).
        private static readonly string[] FamilyStems = { "famil", "fam.", "househ", "residen", "whanau", "whānau", "haushalt", "ohana", "clan", "gezin", "ehepaar", "eheleute", "rodzina", "perhe", "the " };

        /// <summary>The text may name a family (<see cref="IsFamily"/> says): it holds a part of a family's word, or begins with "The ".</summary>
        internal static bool MayBeFamily(string text)
        {
            foreach (var stem in FamilyStems)
            {
                if (text.IndexOf(stem, StringComparison.OrdinalIgnoreCase) >= 0) return true;
            }
            return false;
        }

        internal static bool IsFamilyWord(string word)
        {
            // Asked of every account's name fields by the matcher: a plain ASCII word needs no compatibility form (Normalize made a
            // buffer for each), and one longer than any family word is none.
            if (word.Length > 12) return false;
            var ascii = true;
            foreach (var c in word)
            {
                if (c > 0x7F) { ascii = false; break; }
            }
            var plain = ascii ? word : Plain(word);
            var end = plain.Length;
            while (end > 0 && (plain[end - 1] == '.' || plain[end - 1] == ',')) end--;
            var bare = end == plain.Length ? plain : plain.Substring(0, end);
            return FamilyLast.Contains(bare) || FamilyFirst.Contains(bare);
        }

        // Two capitalised given names joined by a one-letter "and" (Spanish y, Catalan i, Portuguese and Italian e, Czech and Slovak a).
        private static readonly Regex OneLetterAnd = new Regex(@"(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*\p{L}\s+(y|i|e|a)\s+\p{Lu}[\p{L}'’-]*\p{L}", RegexOptions.CultureInvariant);

        // Two capitalised given names joined by a plus without spaces ("Anna+Ben", "Mark+Olive"); an address's tag is in small letters.
        private static readonly Regex PlusJoined = new Regex(@"(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*\p{L}\+\p{Lu}[\p{L}'’-]*\p{L}", RegexOptions.CultureInvariant);

        // The same at the start of a display name, before a surname: "Ana y Luis Ruiz" (one-letter "and" of Spanish and Catalan only: a
        // Portuguese "e" also joins surnames, "Maria e Silva").
        private static readonly Regex AndAtStart = new Regex(@"^\p{Lu}[\p{L}'’-]*\p{L}\s+(y|i)\s+\p{Lu}[\p{L}'’-]*\p{L}\s+\S", RegexOptions.CultureInvariant);

        // Two titles joined: "Mr/Mrs", "Mr. / Mrs.", "Dr|Mrs".
        private static readonly Regex TitlesJoined = new Regex(@"^\s*(?<one>[\p{L}.]+)\s*[/\\|]\s*(?<two>[\p{L}.]+)(\s|$)", RegexOptions.CultureInvariant);

        /// <summary>A display name of two people beyond the matcher's reading: a full-width mark, "Ana y Luis Ruiz", "Mr/Mrs Lowe".</summary>
        internal static bool DisplayNamesTwo(string display)
        {
            var plain = Plain(display);
            if (!string.Equals(plain, display, StringComparison.Ordinal) && NameDetails.NamesACouple(plain)) return true;
            return AndAtStart.IsMatch(plain.Trim()) || PlusJoined.IsMatch(plain) || TitlesAreTwo(plain);
        }

        private static bool TitlesAreTwo(string text)
        {
            var m = TitlesJoined.Match(text);
            return m.Success && NameTitles.IsTitle(m.Groups["one"].Value.TrimEnd('.'), 2) && NameTitles.IsTitle(m.Groups["two"].Value.TrimEnd('.'), 2);
        }

        /// <summary>
        /// The first-name field names two people: two capitalised given names joined by a one-letter "and" ("Maria y Pablo", "Ana i
        /// Marc", "Jan a Eva"), or by a comma ("Anna, Ben": but "Cole, Anna" beside the surname Cole is "Last, First", and "Smith, John"
        /// alone names one person unless both words are given names), by a plus ("Anna+Ben"), or two titles ("Mr/Mrs").
        /// </summary>
        internal static bool FirstNameFieldNamesTwo(string given, string surname)
        {
            var plain = Plain(given).Trim();
            if (plain.Length == 0) return false;
            if (OneLetterAnd.IsMatch(plain) || PlusJoined.IsMatch(plain) || TitlesAreTwo(plain)) return true;
            var comma = plain.IndexOf(',');
            if (comma <= 0) return false;
            var before = plain.Substring(0, comma).Trim();
            var after = plain.Substring(comma + 1).Trim().TrimEnd(',').Trim();
            if (!IsCapitalisedName(before) || !IsCapitalisedName(after)) return false;
            // A generational suffix or a degree after the comma is the person's ("John, Jr"), a title before the name too.
            if (DisplayNameParser.Parse("Ann Lee, " + after).Suffix != null) return false;
            if (surname.Length > 0) return !string.Equals(NameNormalizer.Compact(before), NameNormalizer.Compact(surname), StringComparison.Ordinal);
            return NicknameTable.Default.Knows(NameNormalizer.Compact(FirstWord(before))) && NicknameTable.Default.Knows(NameNormalizer.Compact(FirstWord(after)));
        }

        private static bool IsCapitalisedName(string text) => text.Length >= 2 && char.IsUpper(text[0]) && NameNotes.HasLetter(text.Substring(1));

        private static string FirstWord(string text)
        {
            var space = text.IndexOf(' ');
            return space < 0 ? text : text.Substring(0, space);
        }
    }
}
