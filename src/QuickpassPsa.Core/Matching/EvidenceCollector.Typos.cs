using System;

namespace QuickpassPsa.Core.Matching
{
    // Which two spellings of a name are one name mistyped, and which are two names.
    internal sealed partial class EvidenceCollector
    {
        /// <summary>
        /// One slip (insertion, deletion, substitution, transposition) in a name of at least five letters,
        /// the first letter right. Given names that differ only by a final a/o/e/i (Maria/Mario,
        /// Antonia/Antonio, Daniela/Daniele) are different people, not typos.
        /// </summary>
        internal static bool IsTypo(string a, string b, bool isGivenName) =>
            IsSlipToReview(a, b, isGivenName) && (a[0] != b[0] || Similarity.JaroWinkler(a, b) >= 0.9);

        /// <summary>
        /// <see cref="IsTypo"/> without its similarity floor: any one slip, as finding a candidate to review needs. The floor
        /// drops one letter changed in the middle of a short name (Smith and Smyth, Jones and Janes at 0.88-0.89) and a
        /// romanisation's Oliinyk and Oliynyk (round 72b: no candidate, and a twin made), which are candidates a person
        /// should see; the checks that let evidence link keep the floor (<see cref="PairComparer.LastIsOneSlip"/>).
        /// </summary>
        internal static bool IsSlipToReview(string a, string b, bool isGivenName)
        {
            if (a.Length < 5 || b.Length < 5 || Math.Abs(a.Length - b.Length) > 1) return false;
            if (a[0] != b[0]) return IsFirstLetterSpelling(a, b, isGivenName);
            if (isGivenName && a.Length == b.Length && a.Substring(0, a.Length - 1) == b.Substring(0, b.Length - 1) &&
                IsGenderVowel(a[a.Length - 1]) && IsGenderVowel(b[b.Length - 1]))
            {
                return false;
            }
            if (!isGivenName && IsGenderedSurnamePair(a, b)) return false;
            return Similarity.DamerauLevenshtein(a, b) == 1;
        }

        /// <summary>
        /// The same name spelt with another first letter that sounds alike (Krystal and Crystal, Zofia and Sofia, Khloe and Chloe,
        /// Carlsson and Karlsson, Cohen and Kohen), or a given name with a Y before its first vowel (Yelena and Elena, Yevgeny and
        /// Evgeny): two spellings of one name, a typo candidate to review (round 48: none was a candidate).
        /// </summary>
        private static bool IsFirstLetterSpelling(string a, string b, bool isGivenName)
        {
            if (a.Length == b.Length)
            {
                return string.CompareOrdinal(a, 1, b, 1, a.Length - 1) == 0 && SoundAlike(a[0], b[0]);
            }
            var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
            return isGivenName && longer[0] == 'y' && (shorter[0] == 'e' || shorter[0] == 'u' || shorter[0] == 'a') &&
                   string.CompareOrdinal(longer, 1, shorter, 0, shorter.Length) == 0;
        }

        private static bool SoundAlike(char x, char y) =>
            (x == 'c' && y == 'k') || (x == 'k' && y == 'c') || (x == 's' && y == 'z') || (x == 'z' && y == 's') ||
            (x == 'j' && y == 'y') || (x == 'y' && y == 'j') || (x == 'i' && y == 'y') || (x == 'y' && y == 'i');

        /// <summary>
        /// A four-letter surname and the same with one of its letters doubled (Hall and Halll, Bell and Belll, Ward and
        /// Wardd): a slip of the keyboard that makes no other name, so a candidate to review although <see cref="IsTypo"/>
        /// looks only at names of five letters or more. Other slips of four letters (Hall, Hull, Halle) make other names.
        /// </summary>
        internal static bool IsShortSurnameDoubled(string a, string b)
        {
            var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
            if (shorter.Length != 4 || longer.Length != 5) return false;
            var at = 0;
            while (at < shorter.Length && shorter[at] == longer[at]) at++;
            if (at == 0 || longer[at] != longer[at - 1]) return false;
            return string.CompareOrdinal(shorter, at, longer, at + 1, shorter.Length - at) == 0;
        }

        /// <summary>
        /// A four-letter name with two neighbouring letters swapped, the first letter right (Jonh and John, Jhon and John,
        /// Mray and Mary, Cehn and Chen): the commonest slip of the keyboard in a short name, a candidate to review although
        /// <see cref="IsTypo"/> looks only at names of five letters or more (Jonh Smith found no candidate, and New-PsaContact
        /// would make a twin). Some swaps make another name (Dean and Dena, Gary and Gray): a candidate a reviewer turns down, never
        /// link evidence (the link checks keep to <see cref="IsTypo"/>). Substitutions stay out: four letters with one changed make
        /// another name too often to be worth a candidate (Joan, Jean, John).
        /// </summary>
        internal static bool IsShortTransposition(string a, string b)
        {
            if (a.Length != 4 || b.Length != 4 || a[0] != b[0] || a == b) return false;
            var at = 1;
            while (a[at] == b[at]) at++;
            return at < 3 && a[at] == b[at + 1] && a[at + 1] == b[at] && string.CompareOrdinal(a, at + 2, b, at + 2, 4 - at - 2) == 0;
        }

        private static bool IsGenderVowel(char c) => c == 'a' || c == 'o' || c == 'e' || c == 'i';

        /// <summary>
        /// A husband's and a wife's form of one surname (Ivanov/Ivanova, Kowalski/Kowalska, Novotny/Novotna):
        /// an "a" added or put in the last letter's place. A couple, not a typo.
        /// </summary>
        internal static bool IsGenderedSurnamePair(string a, string b)
        {
            if (a.Length == b.Length)
            {
                return a.Length > 1 && string.CompareOrdinal(a, 0, b, 0, a.Length - 1) == 0 && a[a.Length - 1] != b[b.Length - 1] &&
                       (a[a.Length - 1] == 'a' || b[b.Length - 1] == 'a');
            }
            var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
            return longer.Length == shorter.Length + 1 && longer[longer.Length - 1] == 'a' && longer.StartsWith(shorter, StringComparison.Ordinal);
        }
    }
}
