using System;
using System.Collections.Generic;
using System.Text;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// Names compare folded, accents aside, because one system often drops what the other keeps: José in
    /// the directory is Jose in the PSA, and that is one name. But when both sides write a word with its marks
    /// and the marks differ, the writer chose them: in Vietnamese Hà and Hạ, Tú and Tư, Hưng and Hùng are
    /// different given names that fold to one. By name alone, such a pair is for a person to confirm.
    /// </summary>
    internal static class NameMarks
    {
        /// <summary>A word of the account's names and a word of the contact's fold alike, both carry marks, and the marks differ.</summary>
        public static bool Differ(Account account, PsaContact contact) => Differ(account, contact, slipsAllowed: false);

        /// <summary>
        /// The same, where one accent typed for another of the marks Western European keyboards give (é for è, ô for ó) is a slip: at the
        /// account's own address, Renée and Renèe are one person (round 72a), while Hà and Hạ, Hưng and Hùng, Nguyễn and Nguyên (a
        /// Vietnamese mark, or two marks on one letter) still differ.
        /// </summary>
        public static bool DifferBeyondASlip(Account account, PsaContact contact) => Differ(account, contact, slipsAllowed: true);

        private static bool Differ(Account account, PsaContact contact, bool slipsAllowed)
        {
            // Plain ASCII on either side (most names) leaves nothing to compare: no word is split.
            if (!HasMarks(contact.FirstName) && !HasMarks(contact.LastName)) return false;
            var fromFields = account.FirstName != null || account.LastName != null;
            if (fromFields ? !HasMarks(account.FirstName) && !HasMarks(account.LastName) : !HasMarks(account.DisplayName)) return false;

            var theirs = MarkedWords(contact.FirstName, contact.LastName);
            var mine = fromFields ? MarkedWords(account.FirstName, account.LastName) : MarkedWords(account.DisplayName, null);
            foreach (var a in mine)
            {
                foreach (var b in theirs)
                {
                    if (NameNormalizer.Compact(a) == NameNormalizer.Compact(b) && !SameWriting(a, b) && !(slipsAllowed && OnlyWesternMarks(a) && OnlyWesternMarks(b))) return true;
                }
            }
            return false;
        }

        /// <summary>Every mark of the word is one a Western European keyboard types (acute, grave, circumflex, tilde, diaeresis, cedilla, ring,
        /// caron, ogonek, dot above, double acute), one per letter.</summary>
        private static bool OnlyWesternMarks(string word)
        {
            var marksOnLetter = 0;
            foreach (var c in UnicodeText.Normalize(word, NormalizationForm.FormD))
            {
                if (!IsMark(c))
                {
                    marksOnLetter = 0;
                    continue;
                }
                if (++marksOnLetter > 1) return false;
                if (c != '\u0300' && c != '\u0301' && c != '\u0302' && c != '\u0303' && c != '\u0308' && c != '\u0327' && c != '\u030A' &&
                    c != '\u030C' && c != '\u0328' && c != '\u0307' && c != '\u030B') return false;
            }
            return true;
        }

        /// <summary>The same, for two names written as one text each (company names: "Công ty Hưng Thịnh" and "Công ty Hùng Thịnh").</summary>
        public static bool Differ(string? a, string? b)
        {
            if (!HasMarks(a) || !HasMarks(b)) return false;
            foreach (var x in MarkedWords(a, null))
            {
                foreach (var y in MarkedWords(b, null))
                {
                    if (NameNormalizer.Compact(x) == NameNormalizer.Compact(y) && !SameWriting(x, y)) return true;
                }
            }
            return false;
        }

        private static bool HasMarks(string? text) => text != null && !NameNormalizer.IsAscii(text);

        private static readonly char[] WordSeparators = { ' ', '-', '\t', ',', '.', '(', ')', '\u00A0' };

        private static List<string> MarkedWords(string? first, string? last)
        {
            var words = new List<string>(4);
            foreach (var part in new[] { first, last })
            {
                if (part == null) continue;
                foreach (var word in part.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries))
                {
                    if (CarriesMarks(word)) words.Add(word);
                }
            }
            return words;
        }

        /// <summary>
        /// The word has a mark on a letter (é, ạ, ư). A word merely in another script (ΕΛΕΝΗ, Greek capitals, written
        /// without their accents by custom) carries none, and is to Ελένη what Jose is to José.
        /// </summary>
        private static bool CarriesMarks(string word)
        {
            var lastBase = '\0';
            foreach (var c in UnicodeText.Normalize(word, NormalizationForm.FormD))
            {
                // Hebrew points and Arabic vowels and hamza are optional in how people type a name (NameNormalizer): no writer's choice.
                if (IsMark(c))
                {
                    if (!NameNormalizer.IsArabicOrHebrew(lastBase)) return true;
                    continue;
                }
                lastBase = c;
            }
            return false;
        }

        /// <summary>
        /// Two words written alike (<see cref="Written"/>); and a word in capitals is Turkish's I question: capital I is dotless ı's
        /// capital and İ dotted i's, and the invariant lower case keeps İ as it is, so KILIÇ is Kılıç and ÇELİK is Çelik (round 69a:
        /// İBRAHİM | KILIÇ, ŞÜKRÜ | ÇELİK were Review ConflictingName beside the same names in small letters).
        /// </summary>
        private static bool SameWriting(string a, string b)
        {
            var x = Written(a);
            var y = Written(b);
            if (string.Equals(x, y, StringComparison.Ordinal)) return true;
            if (OnlyMarksLeftOut(x, y)) return true;
            if (!InCapitals(a) && !InCapitals(b)) return false;
            return string.Equals(DottedAndDotlessI(x), DottedAndDotlessI(y), StringComparison.Ordinal);
        }

        /// <summary>
        /// Letter by letter, the marks are the same or one side has none: an accent left out (Núñez and Nuñez, round 70b: Review
        /// ConflictingName), not another one chosen. Two different marks on one letter (Hà and Hạ, Hùng and Hưng, Nguyễn and
        /// Nguyên) still differ.
        /// </summary>
        private static bool OnlyMarksLeftOut(string x, string y)
        {
            var a = UnicodeText.Normalize(x, NormalizationForm.FormD);
            var b = UnicodeText.Normalize(y, NormalizationForm.FormD);
            int i = 0, j = 0;
            while (i < a.Length && j < b.Length)
            {
                if (a[i] != b[j] || IsMark(a[i])) return false;
                var markA = ++i;
                while (i < a.Length && IsMark(a[i])) i++;
                var markB = ++j;
                while (j < b.Length && IsMark(b[j])) j++;
                var lengthA = i - markA;
                var lengthB = j - markB;
                if (lengthA > 0 && lengthB > 0 && (lengthA != lengthB || string.CompareOrdinal(a, markA, b, markB, lengthA) != 0)) return false;
            }
            return i == a.Length && j == b.Length;
        }

        private static bool IsMark(char c)
        {
            var category = System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c);
            return category == System.Globalization.UnicodeCategory.NonSpacingMark || category == System.Globalization.UnicodeCategory.SpacingCombiningMark;
        }

        private static string DottedAndDotlessI(string written) => written.Replace("\u0307", string.Empty).Replace('\u0130', 'i').Replace('\u0131', 'i');

        private static bool InCapitals(string word)
        {
            var letters = 0;
            foreach (var c in word)
            {
                if (!char.IsLetter(c)) continue;
                if (!char.IsUpper(c)) return false;
                letters++;
            }
            return letters > 1;
        }

        /// <summary>
        /// The word as written, in one Unicode form and case: é typed as one letter or as e and a combining accent is
        /// one spelling, and so are Greek σ and its final form ς (ΝΙΚΟΣ lowers to νικοσ), and Romanian ș and ț written
        /// with a comma below or, as older code pages and Turkish keyboards give them, with a cedilla (Ștefan, Ştefan):
        /// one letter in two encodings, not two marks a writer chose.
        /// </summary>
        private static string Written(string word) =>
            UnicodeText.Normalize(word, NormalizationForm.FormKC).ToLowerInvariant().Replace('ς', 'σ').Replace('\u0219', '\u015F').Replace('\u021B', '\u0163');
    }
}
