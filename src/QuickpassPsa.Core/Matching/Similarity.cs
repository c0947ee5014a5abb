using System;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>String similarity for typo evidence: Jaro-Winkler and Damerau-Levenshtein (optimal string alignment).</summary>
    public static class Similarity
    {
        /// <summary>
        /// Jaro-Winkler similarity (0..1) with the usual prefix scale 0.1 over at most 4 characters.
        /// Reference values: MARTHA/MARHTA 0.961, DWAYNE/DUANE 0.84, DIXON/DICKSONX 0.813.
        /// </summary>
        public static double JaroWinkler(string a, string b)
        {
            if (a == null) throw new ArgumentNullException(nameof(a));
            if (b == null) throw new ArgumentNullException(nameof(b));
            var jaro = Jaro(a, b);
            var prefix = 0;
            var limit = Math.Min(4, Math.Min(a.Length, b.Length));
            while (prefix < limit && a[prefix] == b[prefix]) prefix++;
            return jaro + prefix * 0.1 * (1 - jaro);
        }

        public static double Jaro(string a, string b)
        {
            if (a.Length == 0 && b.Length == 0) return 1;
            if (a.Length == 0 || b.Length == 0) return 0;

            var window = Math.Max(0, Math.Max(a.Length, b.Length) / 2 - 1);
            // Reused buffers: the matcher compares names of every candidate pair, and a fresh pair of arrays
            // per comparison would make the per-account path allocate.
            var aMatched = Buffer(ref _aMatched, a.Length);
            var bMatched = Buffer(ref _bMatched, b.Length);
            var matches = 0;
            for (var i = 0; i < a.Length; i++)
            {
                var from = Math.Max(0, i - window);
                var to = Math.Min(b.Length - 1, i + window);
                for (var j = from; j <= to; j++)
                {
                    if (bMatched[j] || a[i] != b[j]) continue;
                    aMatched[i] = bMatched[j] = true;
                    matches++;
                    break;
                }
            }
            if (matches == 0) return 0;

            var transpositions = 0;
            for (int i = 0, j = 0; i < a.Length; i++)
            {
                if (!aMatched[i]) continue;
                while (!bMatched[j]) j++;
                if (a[i] != b[j]) transpositions++;
                j++;
            }
            double m = matches;
            return (m / a.Length + m / b.Length + (m - transpositions / 2.0) / m) / 3.0;
        }

        /// <summary>
        /// Edit distance counting insertions, deletions, substitutions and transpositions of adjacent
        /// characters, each substring edited at most once (optimal string alignment).
        /// </summary>
        public static int DamerauLevenshtein(string a, string b)
        {
            if (a == null) throw new ArgumentNullException(nameof(a));
            if (b == null) throw new ArgumentNullException(nameof(b));
            return DamerauLevenshtein(a, a.Length, b, b.Length);
        }

        /// <summary>
        /// <see cref="DamerauLevenshtein(string, string)"/> of the first <paramref name="aLength"/> characters of
        /// a and the first <paramref name="bLength"/> of b: the mailbox names of two addresses, without cutting them out.
        /// </summary>
        internal static int DamerauLevenshtein(string a, int aLength, string b, int bLength)
        {
            if (aLength == 0) return bLength;
            if (bLength == 0) return aLength;

            // Three rolling rows instead of a matrix, reused between calls: typo checks run in the matching hot loop.
            var width = bLength + 1;
            var twoBack = Rows(ref _twoBack, width);
            var previous = Rows(ref _previous, width);
            var current = Rows(ref _current, width);
            for (var j = 0; j < width; j++) previous[j] = j;
            for (var i = 1; i <= aLength; i++)
            {
                current[0] = i;
                for (var j = 1; j <= bLength; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) best = Math.Min(best, twoBack[j - 2] + 1);
                    current[j] = best;
                }
                var recycled = twoBack;
                twoBack = previous;
                previous = current;
                current = recycled;
            }
            return previous[bLength];
        }

        [ThreadStatic] private static bool[]? _aMatched;
        [ThreadStatic] private static bool[]? _bMatched;
        [ThreadStatic] private static int[]? _twoBack;
        [ThreadStatic] private static int[]? _previous;
        [ThreadStatic] private static int[]? _current;

        /// <summary>A cleared thread-local buffer of at least this length.</summary>
        private static bool[] Buffer(ref bool[]? buffer, int length)
        {
            if (buffer == null || buffer.Length < length) buffer = new bool[Math.Max(length, 32)];
            else Array.Clear(buffer, 0, length);
            return buffer;
        }

        private static int[] Rows(ref int[]? buffer, int length)
        {
            if (buffer == null || buffer.Length < length) buffer = new int[Math.Max(length, 64)];
            return buffer;
        }
    }
}
