using System;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// Surnames one letter apart that are two families' spellings, not one name mistyped: a doubled letter
    /// (Matthews/Mathews, Janssen/Jansen), a final e, s or g (Clarke/Clark, Parks/Park, Cheng/Chen), -sen and -son
    /// (Hansen/Hanson, Petersen/Peterson), the p of -mpson (Thompson/Thomson), an e before a final s (Davies/Davis), the
    /// c of sch (Fischer/Fisher), Mac for Mc (MacDonald/McDonald), an e or a t put in or left out (Coleman/Colman,
    /// Kelley/Kelly, Schultz/Schulz, Schmidt/Schmid) and a d for a t (Schmidt/Schmitt). A company mobile handed on from
    /// Michael Chen to a new hire Michael Cheng is on one account and one contact, so with the first name it would
    /// read as the same person with a typo.
    /// </summary>
    internal static class SurnameVariants
    {
        // The Malay and Arabic patronymic words in their written forms, compact: binti, bte and bt are one word (daughter of), bin and b.
        // another (son of); ibn is bin.
        private static readonly string[][] PatronymicForms =
        {
            new[] { "binti", "binte", "bint", "bte", "bt" },
            new[] { "bin", "ibn" },
        };

        /// <summary>
        /// Two compact surnames that are one patronymic written two ways: "btehamidi" and "bintihamidi", "ibnosman" and "binosman". The
        /// father's name after the word is the same, three letters or more; a son's and a daughter's word stay two (bin and binti).
        /// </summary>
        internal static bool SamePatronymic(string a, string b)
        {
            if (a.Length < 5 || b.Length < 5 || a[0] != b[0] && !(a[0] == 'i' || b[0] == 'i')) return false;
            foreach (var forms in PatronymicForms)
            {
                foreach (var x in forms)
                {
                    if (!a.StartsWith(x, System.StringComparison.Ordinal)) continue;
                    foreach (var y in forms)
                    {
                        if (x == y || !b.StartsWith(y, System.StringComparison.Ordinal)) continue;
                        if (a.Length - x.Length >= 3 && a.Length - x.Length == b.Length - y.Length &&
                            string.CompareOrdinal(a, x.Length, b, y.Length, a.Length - x.Length) == 0) return true;
                    }
                }
            }
            return false;
        }

        /// <summary>Two folded surnames, one slip apart, that differ in one of the ways two real spellings do.</summary>
        public static bool AreTwoSpellings(string a, string b)
        {
            if (a.Length == b.Length) return SonSen(a, b) || DtSwap(a, b);
            var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
            if (longer.Length != shorter.Length + 1) return false;
            // The one letter the longer has more, at the first place they differ.
            var at = 0;
            while (at < shorter.Length && shorter[at] == longer[at]) at++;
            if (string.CompareOrdinal(shorter, at, longer, at + 1, shorter.Length - at) != 0) return false;
            var extra = longer[at];
            if (at > 0 && longer[at - 1] == extra) return true;                              // a doubled letter
            if (at + 1 < longer.Length && longer[at + 1] == extra) return true;
            if (at == longer.Length - 1 && (extra == 'e' || extra == 's' || extra == 'g')) return true; // a final e, s or g
            if (extra == 'e' && at == longer.Length - 2 && longer[longer.Length - 1] == 's') return true;  // Davies/Davis
            if (extra == 'c' && at > 0 && longer[at - 1] == 's' && at + 1 < longer.Length && longer[at + 1] == 'h') return true; // Fischer/Fisher
            if (extra == 'a' && at == 1 && longer.StartsWith("mac", StringComparison.Ordinal)) return true;                        // MacDonald/McDonald
            if (extra == 'e' || extra == 't') return true;                                                                          // Coleman/Colman, Kelley/Kelly, Schultz/Schulz, Schmidt/Schmid
            return extra == 'p' && at > 0 && longer[at - 1] == 'm' && at + 1 < longer.Length && longer[at + 1] == 's'; // Thompson/Thomson
        }

        /// <summary>
        /// The forms of this folded surname that a family's women and men carry in Czech, Slovak and Lithuanian, more than one slip
        /// apart (Polish Kowalska and Kowalski, Russian Ivanova and Ivanov are one slip apart and found as typos): Nováková and Novák,
        /// Svobodová and Svoboda, Marková and Marek; Rimkienė (a wife) and Rimkus, Kazlauskaitė (a daughter) and Kazlauskas,
        /// Petraitytė and Petraitis, Adomavičiūtė and Adomavičius; each the other way too. Husband, wife and daughter are three
        /// people: a form found so is a candidate to review, never a link. Written into <paramref name="into"/> (six places at
        /// least) as pooled strings (<see cref="StringPool"/>: a surname seen again costs no allocation); the count. Names of
        /// fewer than four letters have none.
        /// </summary>
        internal static int OtherGenderForms(string last, string[] into)
        {
            var n = last.Length;
            if (n < 4 || !IsPlainLatin(last)) return 0;
            var count = 0;
            // A woman's form: Czech and Slovak -ová; Lithuanian -ienė (married), -aitė, -ytė, -(i)ūtė (unmarried), folded.
            if (n >= 6 && EndsWith(last, "ova"))
            {
                var stem = n - 3;
                count = Add(into, count, last, stem, null);                                        // Nováková: Novák
                count = Add(into, count, last, stem, "a");                                         // Svobodová: Svoboda
                if (!IsVowel(last[stem - 1]) && !IsVowel(last[stem - 2]))                          // Marková: Marek, Němcová: Němec
                {
                    count = AddWithE(into, count, last, stem);
                }
                return count;
            }
            if (n >= 7 && EndsWith(last, "iene"))
            {
                var stem = n - 4;
                foreach (var ending in MasculineEndings) count = Add(into, count, last, stem, ending);
                return count;
            }
            if (n >= 7 && EndsWith(last, "aite")) return Add(into, count, last, n - 4, "as");
            if (n >= 6 && EndsWith(last, "yte"))
            {
                count = Add(into, count, last, n - 3, "is");
                return Add(into, count, last, n - 3, "ys");
            }
            if (n >= 6 && EndsWith(last, "ute")) return Add(into, count, last, n - 3, "us"); // Rimkutė: Rimkus, Adomavičiūtė: Adomavičius
            // A man's form: the Lithuanian endings, and the Czech and Slovak consonant or -a.
            if (n >= 5 && last[n - 1] == 's' && (last[n - 2] == 'a' || last[n - 2] == 'i' || last[n - 2] == 'y' || last[n - 2] == 'u'))
            {
                var ius = n >= 6 && EndsWith(last, "ius");
                var stem = ius ? n - 3 : n - 2;
                count = Add(into, count, last, stem, "iene");
                count = Add(into, count, last, stem, ius ? "iute" : last[n - 2] == 'a' ? "aite" : last[n - 2] == 'u' ? "ute" : "yte");
            }
            if (last[n - 1] == 'a') return Add(into, count, last, n - 1, "ova");                   // Svoboda: Svobodová
            if (IsVowel(last[n - 1]) || last[n - 1] == 'y') return count;
            count = Add(into, count, last, n, "ova");                                               // Novák: Nováková
            if (last[n - 2] == 'e' && !IsVowel(last[n - 3])) count = AddWithoutE(into, count, last); // Marek: Marková
            return count;
        }

        private static readonly string[] MasculineEndings = { "as", "is", "ys", "us", "ius" };

        private static bool EndsWith(string text, string ending) => text.EndsWith(ending, StringComparison.Ordinal);

        private static bool IsVowel(char c) => c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';

        private static bool IsPlainLatin(string text)
        {
            foreach (var c in text)
            {
                if (c < 'a' || c > 'z') return false;
            }
            return true;
        }

        /// <summary>last[0..stem) and the ending, pooled.</summary>
        private static int Add(string[] into, int count, string last, int stem, string? ending)
        {
            var length = stem + (ending?.Length ?? 0);
            var buffer = StringPool.Buffer(length);
            last.CopyTo(0, buffer, 0, stem);
            ending?.CopyTo(0, buffer, stem, ending.Length);
            into[count] = StringPool.Current.Get(buffer, length);
            return count + 1;
        }

        /// <summary>Marková to Marek: an e put back before the stem's last consonant.</summary>
        private static int AddWithE(string[] into, int count, string last, int stem)
        {
            var buffer = StringPool.Buffer(stem + 1);
            last.CopyTo(0, buffer, 0, stem - 1);
            buffer[stem - 1] = 'e';
            buffer[stem] = last[stem - 1];
            into[count] = StringPool.Current.Get(buffer, stem + 1);
            return count + 1;
        }

        /// <summary>Marek to Marková: the e before the last consonant dropped, -ova added.</summary>
        private static int AddWithoutE(string[] into, int count, string last)
        {
            var n = last.Length;
            var buffer = StringPool.Buffer(n + 2);
            last.CopyTo(0, buffer, 0, n - 2);
            buffer[n - 2] = last[n - 1];
            buffer[n - 1] = 'o';
            buffer[n] = 'v';
            buffer[n + 1] = 'a';
            into[count] = StringPool.Current.Get(buffer, n + 2);
            return count + 1;
        }

        /// <summary>Schmidt/Schmitt: a d for a t, the rest the same.</summary>
        private static bool DtSwap(string a, string b)
        {
            var differ = -1;
            for (var i = 0; i < a.Length; i++)
            {
                if (a[i] == b[i]) continue;
                if (differ >= 0) return false;
                differ = i;
            }
            return differ >= 0 && ((a[differ] == 'd' && b[differ] == 't') || (a[differ] == 't' && b[differ] == 'd'));
        }

        /// <summary>Hansen/Hanson, Petersen/Peterson: the same letters but an e for an o before a final n.</summary>
        private static bool SonSen(string a, string b)
        {
            var n = a.Length;
            if (n < 4 || a[n - 1] != 'n' || b[n - 1] != 'n' || string.CompareOrdinal(a, 0, b, 0, n - 2) != 0) return false;
            return (a[n - 2] == 'e' && b[n - 2] == 'o') || (a[n - 2] == 'o' && b[n - 2] == 'e');
        }
    }
}
