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
