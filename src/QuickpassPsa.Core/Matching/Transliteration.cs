using System.Collections.Generic;
using System.Text;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// Cyrillic and Greek names in Latin letters, and a loose comparison of two romanisations. A directory may hold
    /// "Дмитрий Иванов" in its fields and "Dmitry Ivanov" as the display name: the same name written twice, which only a
    /// transliteration can show (and "Anna Petrova" over those fields is another person). Romanisation schemes differ
    /// (Dmitriy, Dmitrii, Dmitry; Yuliya, Yulia), so the comparison folds the usual variations away. Other scripts
    /// (Hebrew, Arabic, Japanese) are not transliterated: their names are compared as written.
    /// </summary>
    internal static class Transliteration
    {
        private static readonly Dictionary<char, string> Letters = new Dictionary<char, string>
        {
            // Russian, Ukrainian, Belarusian (folded: lower case)
            ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e", ['ж'] = "zh", ['з'] = "z",
            ['и'] = "i", ['й'] = "y", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o", ['п'] = "p", ['р'] = "r",
            ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts", ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch",
            ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu", ['я'] = "ya", ['і'] = "i", ['ї'] = "yi", ['є'] = "ye",
            ['ґ'] = "g", ['ў'] = "u",
            // Greek (marks already folded away)
            ['α'] = "a", ['β'] = "v", ['γ'] = "g", ['δ'] = "d", ['ε'] = "e", ['ζ'] = "z", ['η'] = "i", ['θ'] = "th", ['ι'] = "i",
            ['κ'] = "k", ['λ'] = "l", ['μ'] = "m", ['ν'] = "n", ['ξ'] = "x", ['ο'] = "o", ['π'] = "p", ['ρ'] = "r", ['σ'] = "s",
            ['ς'] = "s", ['τ'] = "t", ['υ'] = "y", ['φ'] = "f", ['χ'] = "ch", ['ψ'] = "ps", ['ω'] = "o",
        };

        /// <summary>A folded name in Cyrillic or Greek letters (spaces aside).</summary>
        public static bool CanRomanise(string folded)
        {
            var any = false;
            foreach (var c in folded)
            {
                if (c == ' ') continue;
                if (!Letters.ContainsKey(c)) return false;
                any = true;
            }
            return any;
        }

        /// <summary>The folded name in Latin letters (call only when <see cref="CanRomanise"/>).</summary>
        public static string Romanise(string folded)
        {
            var builder = new StringBuilder(folded.Length + 4);
            for (var i = 0; i < folded.Length; i++)
            {
                var c = folded[i];
                if (i + 1 < folded.Length && GreekPairs.TryGetValue(folded.Substring(i, 2), out var pair))
                {
                    builder.Append(pair);
                    i++;
                }
                else
                {
                    builder.Append(Letters.TryGetValue(c, out var latin) ? latin : c.ToString());
                }
            }
            return builder.ToString();
        }

        // Greek letter pairs written as one sound (Παπαδόπουλος is Papadopoulos, Ευάγγελος Evangelos).
        private static readonly Dictionary<string, string> GreekPairs = new Dictionary<string, string>
        {
            ["ου"] = "ou", ["αι"] = "ai", ["ει"] = "ei", ["οι"] = "oi", ["αυ"] = "av", ["ευ"] = "ev", ["γγ"] = "ng", ["γκ"] = "gk",
            ["μπ"] = "b", ["ντ"] = "nt",
        };

        /// <summary>
        /// A folded word in Cyrillic or Greek and a Latin one may be one name spelt two ways (Александр and Alexander, Шварц
        /// and Schwarz): romanised, they are alike (Jaro-Winkler 0.8 or more). Looser than <see cref="SameName"/>, for telling a
        /// record renamed into another script from one reused for someone else (Ольга for Sergei), never for a link.
        /// </summary>
        public static bool MaySpellTheSame(string romanisable, string latin)
        {
            if (!CanRomanise(romanisable) || latin.Length == 0) return false;
            var romanised = Romanise(romanisable);
            return SameName(romanised, latin) || Similarity.JaroWinkler(romanised, latin) >= 0.8;
        }

        /// <summary>
        /// Two romanisations of one name: equal once the usual scheme differences are folded away (iy/ii/y/j, ya/ia,
        /// yu/iu, kh/h, ks/x, tch/ch, w/v, doubled letters).
        /// </summary>
        public static bool SameName(string a, string b)
        {
            var x = Skeleton(a);
            var y = Skeleton(b);
            // Only the scheme differences fold away: one letter more or another (Marina and Maria, Irina and Arina, Ivanov and
            // Ivanova) is another name, as it is between two Latin names.
            return x.Length > 0 && x == y;
        }

        /// <summary>
        /// The form two romanisations of one name share (<see cref="SameName"/>): for a Latin name as it is, for one in Cyrillic or
        /// Greek once romanised; empty for a name in another script.
        /// </summary>
        public static string Key(string folded)
        {
            if (folded.Length == 0) return string.Empty;
            if (NameNormalizer.IsAscii(folded)) return Skeleton(folded);
            return CanRomanise(folded) ? Skeleton(Romanise(folded)) : string.Empty;
        }

        /// <summary>
        /// Two Latin spellings of one Cyrillic name by two romanisation schemes (Fyodor and Fedor, Solovyov and Solovev, Yevgeny and
        /// Evgeny, Oliinyk and Oliynyk, Dmitrii and Dmitry, Iuliia and Yulia): the same once the schemes' own differences are folded
        /// away, ё as "yo" or "e" after a consonant, й and и as "iy", "ii", "y" or "i" (a final "y" only beside "iy" or "ii"), я, ю and е
        /// as "ya", "yu", "ye" or "ia", "iu", "e". Narrower than <see cref="SameName"/>, which reads a Latin name against a Cyrillic one
        /// already known to be a transliteration: between two Latin names, one of them must carry a scheme's mark (<see cref="HasSchemeMark"/>),
        /// and both be five letters or more. Tony and Toni, Bobby and Bobbi (a man's and a woman's), Harry and Gary, Hill and Gill, Jan and
        /// Ian, Mia and Mya, Liu and Lyu, the surnames Bryant and Briant, Yelton and Elton stay two names. Compact folded names (a to z).
        /// </summary>
        public static bool AreTwoRomanisations(string a, string b, bool given)
        {
            if (a.Length < 5 || b.Length < 5 || a == b || !IsLowerLatin(a) || !IsLowerLatin(b)) return false;
            if (!HasSchemeMark(a, given) && !HasSchemeMark(b, given)) return false;
            var finalY = EndsLikeIy(a) || EndsLikeIy(b);
            return SameSchemeKey(a, b, finalY, given);
        }

        private static bool IsLowerLatin(string text)
        {
            foreach (var c in text)
            {
                if (c < 'a' || c > 'z') return false;
            }
            return true;
        }

        private static bool IsConsonant(char c) => c >= 'a' && c <= 'z' && !IsVowel(c) && c != 'y';

        /// <summary>Ends in "iy" or "ii" after a consonant: the -ий of Dmitrii, Dmitriy, Vasilii (written -y by other schemes: Dmitry).</summary>
        private static bool EndsLikeIy(string w) =>
            w.Length >= 4 && w[w.Length - 2] == 'i' && (w[w.Length - 1] == 'y' || w[w.Length - 1] == 'i') && IsConsonant(w[w.Length - 3]);

        /// <summary>
        /// A sign of a scheme's spelling: "yo" after a consonant, "ii", "iy" before a consonant or at the end; in a given name also "ya"
        /// or "yu", a first "iu" or "ia", and a first "ye" before a consonant (Yevgeny, Yelena, Yekaterina). Not in a surname: Bryant and
        /// Briant, Hyatt and Hiatt, Yelton and Elton are English families' spellings, and a surname one slip off is no link by a mobile.
        /// </summary>
        private static bool HasSchemeMark(string w, bool given)
        {
            for (var i = 0; i + 1 < w.Length; i++)
            {
                var c = w[i];
                var next = w[i + 1];
                if (c == 'y' && next == 'o' && i > 0 && IsConsonant(w[i - 1])) return true;
                if (c == 'i' && next == 'i') return true;
                if (c == 'i' && next == 'y' && (i + 2 == w.Length || IsConsonant(w[i + 2]))) return true;
                if (given && c == 'y' && (next == 'a' || next == 'u')) return true;
            }
            return StartsWithYe(w, given) || (given && w[0] == 'i' && (w[1] == 'u' || w[1] == 'a'));
        }

        private static bool StartsWithYe(string w, bool given) => given && w[0] == 'y' && w[1] == 'e' && IsConsonant(w[2]);

        /// <summary>The spelling with the schemes' differences folded away (see <see cref="AreTwoRomanisations"/>), into a scratch buffer; its length.</summary>
        private static int SchemeKey(string w, bool finalY, bool given, char[] into)
        {
            var length = 0;
            var start = 0;
            if (StartsWithYe(w, given))
            {
                into[length++] = 'e'; // Yevgeny and Evgeny, Yelena and Elena
                start = 2;
            }
            for (var i = start; i < w.Length; i++)
            {
                var c = w[i];
                var next = i + 1 < w.Length ? w[i + 1] : '\0';
                if (c == 'y' && next == 'o' && i > 0 && IsConsonant(w[i - 1]))
                {
                    into[length++] = 'e'; // Fyodor and Fedor, Solovyov and Solovev
                    i++;
                }
                else if (c == 'y' && (next == 'a' || next == 'u' || next == 'e'))                         // Yulia and Iulia, Tatyana and Tatiana,
                {
                    if (length == 0 || into[length - 1] != 'i') into[length++] = 'i';                     // Yuliya and Iuliia
                }
                else if (c == 'y' && i > 0 && w[i - 1] == 'i') continue;                                  // Oliynyk and Oliinyk: iy as ii
                else if (c == 'y' && i == w.Length - 1 && finalY && IsConsonant(w[i - 1])) into[length++] = 'i'; // Dmitry beside Dmitrii
                else if (c == 'i' && length > 0 && into[length - 1] == 'i') continue;                     // ii as i
                else into[length++] = c;
            }
            return length;
        }

        [System.ThreadStatic] private static char[]? _left;
        [System.ThreadStatic] private static char[]? _right;

        private static bool SameSchemeKey(string a, string b, bool finalY, bool given)
        {
            var left = _left == null || _left.Length < a.Length ? _left = new char[System.Math.Max(a.Length, 64)] : _left;
            var right = _right == null || _right.Length < b.Length ? _right = new char[System.Math.Max(b.Length, 64)] : _right;
            var x = SchemeKey(a, finalY, given, left);
            var y = SchemeKey(b, finalY, given, right);
            if (x != y) return false;
            for (var i = 0; i < x; i++)
            {
                if (left[i] != right[i]) return false;
            }
            return true;
        }

        private static bool IsVowel(char c) => c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';

        private static string Skeleton(string latin)
        {
            // ё written "yo" (Pyotr, Fyodor, Solovyov) is the "e" a plain romanisation gives it; Ukrainian г is "h" where Russian's
            // is "g" (Serhii, Serhiy and Сергій); a first Е is "Ye" as often as "E" (Yevgeniy and Evgeny); Greek γι before a vowel is
            // "Yi" as often as "Gi" (Yiorgos and Giorgos). Round 55: each was no candidate.
            var text = latin.Replace("yo", "e").Replace("tch", "ch").Replace("kh", "h").Replace("ks", "x").Replace("iy", "i").Replace("ii", "i").Replace("yi", "i")
                .Replace("ya", "ia").Replace("yu", "iu").Replace("ye", "ie").Replace('j', 'i').Replace('y', 'i').Replace('w', 'v').Replace('h', 'g');
            if (text.Length > 2 && text[0] == 'i' && text[1] == 'e') text = text.Substring(1);
            else if (text.Length > 2 && text[0] == 'g' && text[1] == 'i' && IsVowel(text[2])) text = text.Substring(1);
            var builder = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                if (c == ' ' || (builder.Length > 0 && builder[builder.Length - 1] == c)) continue;
                builder.Append(c);
            }
            return builder.ToString();
        }
    }
}
