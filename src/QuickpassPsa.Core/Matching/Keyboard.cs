using System;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// Slips a typist makes on a keyboard, as opposed to the ways two spellings of a name differ: two neighbouring
    /// letters swapped, or a key struck for the one beside it. Neighbours on the three layouts names are typed on most
    /// (QWERTY, German QWERTZ, French AZERTY), letters only: names are compared folded.
    /// </summary>
    internal static class Keyboard
    {
        private static readonly string[][] Layouts =
        {
            new[] { "qwertyuiop", "asdfghjkl", "zxcvbnm" },
            new[] { "qwertzuiop", "asdfghjkl", "yxcvbnm" },
            new[] { "azertyuiop", "qsdfghjklm", "wxcvbn" },
        };

        // Bit (b - 'a') of Neighbours[a - 'a']: a and b are side by side, or touch across a row, on one of the layouts.
        private static readonly uint[] Neighbours = Build();

        private static uint[] Build()
        {
            var neighbours = new uint[26];
            foreach (var rows in Layouts)
            {
                for (var r = 0; r < rows.Length; r++)
                {
                    for (var c = 0; c < rows[r].Length; c++)
                    {
                        // Each row sits half a key to the right of the one above: key c touches c and c - 1 of the row below.
                        Link(neighbours, rows[r][c], c + 1 < rows[r].Length ? rows[r][c + 1] : '\0');
                        if (r + 1 < rows.Length)
                        {
                            if (c < rows[r + 1].Length) Link(neighbours, rows[r][c], rows[r + 1][c]);
                            if (c > 0 && c - 1 < rows[r + 1].Length) Link(neighbours, rows[r][c], rows[r + 1][c - 1]);
                        }
                    }
                }
            }
            return neighbours;
        }

        private static void Link(uint[] neighbours, char a, char b)
        {
            if (b == '\0') return;
            neighbours[a - 'a'] |= 1u << (b - 'a');
            neighbours[b - 'a'] |= 1u << (a - 'a');
        }

        /// <summary>The two keys are neighbours on a common layout (letters a to z).</summary>
        internal static bool AreNeighbours(char a, char b) =>
            a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z' && (Neighbours[a - 'a'] & (1u << (b - 'a'))) != 0;

        /// <summary>
        /// Two texts of one length that differ by two neighbouring letters swapped (smtih/smith) or by one letter struck
        /// for its neighbour on the keyboard (smoth/smith). A letter put in or left out is no keyboard slip here: it is
        /// also how two spellings of a name differ.
        /// </summary>
        internal static bool IsSlip(string a, string b)
        {
            if (a.Length != b.Length) return false;
            var i = 0;
            while (i < a.Length && a[i] == b[i]) i++;
            if (i == a.Length) return false;
            var rest = i + 1;
            if (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i]) rest = i + 2; // neighbours swapped
            else if (!AreNeighbours(a[i], b[i])) return false;
            return string.CompareOrdinal(a, rest, b, rest, a.Length - rest) == 0;
        }
    }
}
