using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// Folds a name to the form names are compared in: NFKC (compatibility forms such as full-width
    /// letters), then NFD with combining marks dropped (é → e), a fold table for letters that do not
    /// decompose (ø, ł, ß, æ, œ, đ, ı, þ; Greek final ς as σ), invariant lower case, apostrophes removed (O'Brien = O’Brien =
    /// OBrien), hyphens and other separators turned into single spaces (Smith-Jones ~ Smith Jones), dots
    /// removed, and Cyrillic or Greek look-alike letters read as Latin in a name that mixes the scripts. Our own code: no library for this loads cleanly in both PowerShell editions.
    /// </summary>
    public static class NameNormalizer
    {
        private static readonly Dictionary<char, string> FoldTable = new Dictionary<char, string>
        {
            ['ø'] = "o", ['Ø'] = "o", ['ł'] = "l", ['Ł'] = "l", ['ß'] = "ss", ['ẞ'] = "ss",
            ['æ'] = "ae", ['Æ'] = "ae", ['œ'] = "oe", ['Œ'] = "oe", ['đ'] = "d", ['Đ'] = "d",
            ['ð'] = "d", ['Ð'] = "d", ['ı'] = "i", ['þ'] = "th", ['Þ'] = "th", ['ħ'] = "h", ['Ħ'] = "h",
            ['ŀ'] = "l", ['Ŀ'] = "l", ['ŋ'] = "n", ['Ŋ'] = "n", ['ſ'] = "s", ['ŧ'] = "t", ['Ŧ'] = "t",
            // Greek sigma has two small forms, σ inside a word and ς at its end; capital Σ lowers to σ, so ΝΙΚΟΣ
            // would never equal Νικος.
            ['ς'] = "σ",
            // Arabic and Persian letters a keyboard writes two ways for one name (round 69a: علی رضایی and علي رضائي, زهرا کریمی and
            // زهرا كريمي, فاطمه and فاطمة found nothing): Persian yeh and alef maksura as Arabic yeh, Persian kaf (keheh) as Arabic kaf, ta
            // marbuta and the Persian heh forms as heh. (Hamza above or below an alef or a waw, and the short vowels, are marks: dropped.)
            ['\u0649'] = "\u064A", ['\u06CC'] = "\u064A", ['\u06A9'] = "\u0643", ['\u0629'] = "\u0647", ['\u06C0'] = "\u0647", ['\u06D5'] = "\u0647",
        };

        // Cyrillic and Greek letters drawn like Latin ones. Folded only in a name that mixes them with Latin
        // letters ("Аshford" with a Cyrillic А, from a keyboard layout or pasted text), never in a name written
        // in Cyrillic or Greek, which stays as it is.
        private static readonly Dictionary<char, char> LookAlikes = new Dictionary<char, char>
        {
            ['А'] = 'a', ['а'] = 'a', ['В'] = 'b', ['Е'] = 'e', ['е'] = 'e', ['К'] = 'k', ['к'] = 'k', ['М'] = 'm',
            ['Н'] = 'h', ['О'] = 'o', ['о'] = 'o', ['Р'] = 'p', ['р'] = 'p', ['С'] = 'c', ['с'] = 'c', ['Т'] = 't',
            ['Х'] = 'x', ['х'] = 'x', ['У'] = 'y', ['у'] = 'y', ['І'] = 'i', ['і'] = 'i', ['Ј'] = 'j', ['ј'] = 'j',
            ['Ѕ'] = 's', ['ѕ'] = 's', ['һ'] = 'h', ['ԁ'] = 'd', ['ԛ'] = 'q', ['ԝ'] = 'w', ['ӏ'] = 'l',
            ['Α'] = 'a', ['Β'] = 'b', ['Ε'] = 'e', ['Ζ'] = 'z', ['Η'] = 'h', ['Ι'] = 'i', ['Κ'] = 'k', ['Μ'] = 'm',
            ['Ν'] = 'n', ['Ο'] = 'o', ['ο'] = 'o', ['Ρ'] = 'p', ['Τ'] = 't', ['Υ'] = 'y', ['Χ'] = 'x', ['ν'] = 'v',
        };

        /// <summary>
        /// A folded one-letter name that can stand for a longer one: a letter of a script with capitals (J for John,
        /// Ж for Жанна). One Han character (静, 敏, 伟) or Hangul syllable is a whole given name, not an initial.
        /// </summary>
        internal static bool IsInitial(string folded) => folded.Length == 1 && CanBeAnInitial(folded[0]);

        /// <summary>A folded letter of a script with capitals (<see cref="IsInitial"/>).</summary>
        internal static bool CanBeAnInitial(char folded) => char.IsLower(folded);

        /// <summary>The folded form with single spaces between words; empty for null or blank input.</summary>
        public static string Normalize(string? value) => Fold(value, keepSpaces: true);

        /// <summary>The folded form without any spaces: "Smith-Jones", "Smith Jones" and "SmithJones" agree.</summary>
        public static string Compact(string? value) => Fold(value, keepSpaces: false);

        private static string Fold(string? value, bool keepSpaces)
        {
            if (value == null || value.Length == 0) return string.Empty;
            // Plain ASCII (most names) needs no Unicode normalisation and no table lookups: the hot path of matching.
            if (IsAscii(value)) return FoldAscii(value, keepSpaces);
            // Names with accents repeat too (José, Müller), and Unicode normalisation is the costliest step of
            // matching them: each distinct text is folded once per thread.
            var cache = keepSpaces ? (_spaced ??= new Dictionary<string, string>(StringComparer.Ordinal)) : (_compact ??= new Dictionary<string, string>(StringComparer.Ordinal));
            if (cache.TryGetValue(value, out var known)) return known;
            if (cache.Count >= MaxCachedFolds) cache.Clear();
            var made = FoldUnicode(value, keepSpaces);
            cache[value] = made;
            return made;
        }

        [ThreadStatic] private static Dictionary<string, string>? _spaced;
        [ThreadStatic] private static Dictionary<string, string>? _compact;

        /// <summary>Enough for the distinct accented names of a million people; a full cache starts again empty.</summary>
        private const int MaxCachedFolds = 1 << 16;

        /// <summary>Lets this thread's folded names go after a large run (as <see cref="StringPool.ReleaseIfLarge"/>): a PowerShell session keeps its threads for hours.</summary>
        internal static void ReleaseIfLarge()
        {
            if (_spaced != null && _spaced.Count > KeepCachedFolds) _spaced = null;
            if (_compact != null && _compact.Count > KeepCachedFolds) _compact = null;
        }

        private const int KeepCachedFolds = 1 << 12;

        private static string FoldUnicode(string value, bool keepSpaces)
        {
            var decomposed = UnicodeText.Normalize(value, NormalizationForm.FormKC).Normalize(NormalizationForm.FormD);
            var builder = new StringBuilder(decomposed.Length);
            var pendingSpace = false;
            var mixed = MixesLatinWithLookAlikes(decomposed);
            var lastBase = '\0';
            foreach (var raw in decomposed)
            {
                var c = mixed && LookAlikes.TryGetValue(raw, out var latin) ? latin : raw;
                var category = CharUnicodeInfo.GetUnicodeCategory(c);
                if (category == UnicodeCategory.NonSpacingMark || category == UnicodeCategory.EnclosingMark || category == UnicodeCategory.SpacingCombiningMark)
                {
                    // Accents on Latin, Greek and Cyrillic letters are spelling (é = e). In Devanagari, Japanese
                    // kana and other scripts a mark is part of the letter: राम and रमा, ダイスケ and タイスケ are
                    // different names, so the mark stays.
                    if (lastBase >= '\u0530' && !IsArabicOrHebrew(lastBase)) builder.Append(c);
                    continue;
                }
                lastBase = c;
                // The Arabic tatweel (ـ) only stretches a word.
                if (IsApostrophe(c) || c == '.' || c == '\u0640') continue; // O'Brien → obrien, J.R. → jr
                if (FoldTable.TryGetValue(c, out var folded))
                {
                    Append(builder, folded, ref pendingSpace);
                }
                else if (char.IsLetterOrDigit(c))
                {
                    Append(builder, char.ToLowerInvariant(c).ToString(), ref pendingSpace);
                }
                else
                {
                    pendingSpace = keepSpaces && builder.Length > 0; // hyphens, commas, spaces, underscores: one space
                }
            }
            return builder.ToString();
        }

        /// <summary>
        /// A letter of the Hebrew or Arabic script (Persian and Urdu included), whose marks are optional vowel points and hamza
        /// (יוסי and יוֹסִי, أحمد and احمد are one name as people type them), unlike the marks of Devanagari or kana.
        /// </summary>
        internal static bool IsArabicOrHebrew(char c) =>
            (c >= '\u0590' && c <= '\u05FF') || (c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F') || (c >= '\uFB1D' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF');

        private static string FoldAscii(string value, bool keepSpaces)
        {
            // Folded into a scratch buffer and pooled (StringPool): names repeat, and one string per name
            // instead of one per account or contact spares the garbage collector millions of copies.
            var buffer = StringPool.Buffer(value.Length);
            var length = 0;
            var pendingSpace = false;
            FoldAsciiInto(value, buffer, ref length, ref pendingSpace, keepSpaces);
            return length <= MaxPooledLength ? StringPool.Current.Get(buffer, length) : new string(buffer, 0, length);
        }

        /// <summary>Appends the folded form of ASCII text to buffer[length..]; pendingSpace carries a separator over.</summary>
        private static void FoldAsciiInto(string value, char[] buffer, ref int length, ref bool pendingSpace, bool keepSpaces)
        {
            foreach (var c in value)
            {
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9')
                {
                    if (pendingSpace) buffer[length++] = ' ';
                    pendingSpace = false;
                    buffer[length++] = c;
                }
                else if (c >= 'A' && c <= 'Z')
                {
                    if (pendingSpace) buffer[length++] = ' ';
                    pendingSpace = false;
                    buffer[length++] = (char)(c + 32);
                }
                else if (c == '\'' || c == '`' || c == '.')
                {
                    // apostrophes and dots vanish
                }
                else
                {
                    pendingSpace = keepSpaces && length > 0;
                }
            }
        }

        /// <summary>
        /// Normalize(text) == Normalize(first + " " + last), without making any of the three strings (nor
        /// filling the name pool with whole display names): checked for every account whose display name is
        /// not plainly "First Last".
        /// </summary>
        internal static bool SameNormalized(string text, string first, string last)
        {
            if (!IsAscii(text) || !IsAscii(first) || !IsAscii(last)) return Normalize(text) == Normalize(first + " " + last);
            var a = _left ??= new char[64];
            var b = _right ??= new char[64];
            if (a.Length < text.Length) _left = a = new char[text.Length];
            if (b.Length < first.Length + 1 + last.Length) _right = b = new char[first.Length + 1 + last.Length];
            int aLength = 0, bLength = 0;
            bool aPending = false, bPending = false;
            FoldAsciiInto(text, a, ref aLength, ref aPending, keepSpaces: true);
            FoldAsciiInto(first, b, ref bLength, ref bPending, keepSpaces: true);
            bPending = bLength > 0; // the space between first and last is a separator like any other
            FoldAsciiInto(last, b, ref bLength, ref bPending, keepSpaces: true);
            if (aLength != bLength) return false;
            for (var i = 0; i < aLength; i++)
            {
                if (a[i] != b[i]) return false;
            }
            return true;
        }

        [ThreadStatic] private static char[]? _left;
        [ThreadStatic] private static char[]? _right;

        /// <summary>Longer folded text (a whole display name, say) is rarely seen twice: not worth a pool slot.</summary>
        private const int MaxPooledLength = 40;

        /// <summary>Latin letters and Cyrillic or Greek ones in one name (a Latin name with a look-alike letter in it).</summary>
        private static bool MixesLatinWithLookAlikes(string value)
        {
            bool latin = false, other = false;
            foreach (var c in value)
            {
                if (c < 128 ? char.IsLetter(c) : c >= '\u00C0' && c <= '\u024F') latin = true;
                else if (c >= '\u0370' && c <= '\u04FF' || c >= '\u0500' && c <= '\u052F') other = true;
            }
            return latin && other;
        }

        /// <summary>The folded words of several texts, each at least <paramref name="minimumLength"/> letters long, as a set.</summary>
        internal static HashSet<string> WordsOf(int minimumLength, params string?[] texts)
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            foreach (var text in texts)
            {
                foreach (var word in Normalize(text).Split(' '))
                {
                    if (word.Length >= minimumLength && word.Length > 0) words.Add(word);
                }
            }
            return words;
        }

        internal static bool IsAscii(string value)
        {
            foreach (var c in value)
            {
                if (c > 127) return false;
            }
            return true;
        }

        internal static bool IsApostrophe(char c) =>
            c == '\'' || c == '’' || c == '‘' || c == '`' || c == '´' || c == 'ʼ' || c == 'ʹ' || c == '′' || c == 'ʻ';

        private static void Append(StringBuilder builder, string text, ref bool pendingSpace)
        {
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(text);
        }
    }
}
