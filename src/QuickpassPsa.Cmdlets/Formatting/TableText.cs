using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace QuickpassPsa.Cmdlets.Formatting
{
    /// <summary>
    /// The text of a table column of QuickpassPsa.Format.ps1xml, broken into lines that fit the column's width, between words.
    /// PowerShell wraps a table value between words only when the session's language is English, French, German, Italian,
    /// Portuguese or Spanish; in any other (Dutch, Japanese, the invariant culture of a Linux container or a service account) it
    /// cuts the value at the column's width, inside a word ("Harbour Denta|l Group", round 65b and round 73a). A view cannot know
    /// the width the table is rendered at, so every column of the module's tables has a width, and its value is broken here.
    /// </summary>
    public static class TableText
    {
        // Where a word longer than its column may break (IsBreak): after the @ and the dots of an address, a hyphen, an underscore,
        // a slash or a backslash, a comma, a semicolon or a colon.
        private const string BreakAfter = "@.-_/\\,;:";

        /// <summary>
        /// The value as lines of at most <paramref name="width"/> screen cells, joined by a line feed: broken at spaces; a word longer
        /// than the column after its @ when the domain fits a line, else at the last place that fits after an @, a dot, a hyphen, an
        /// underscore, a slash or a backslash, or before a dot, else at the width. A collection is its items joined by ", ". Null is the empty string.
        /// </summary>
        public static string Wrap(object? value, int width)
        {
            var text = Text(value);
            if (width < 1 || text.Length == 0) return text;
            var lines = new List<string>();
            foreach (var paragraph in text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
            {
                WrapParagraph(paragraph.Replace('\t', ' '), width, lines);
            }
            return string.Join("\n", lines);
        }

        private static string Text(object? value)
        {
            if (value == null) return string.Empty;
            // A PSObject's ToString is its base object's.
            if (value is string s) return s;
            if (value is IEnumerable items)
            {
                var parts = new List<string>();
                foreach (var item in items) parts.Add(Convert.ToString(item, CultureInfo.InvariantCulture) ?? string.Empty);
                return string.Join(", ", parts);
            }
            return Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
        }

        /// <summary>
        /// One line of text, wrapped. The spaces inside a line are kept as they are (a doubled space in a description shows); a line
        /// breaks at one space, and the next line keeps any other ('Mobile  Phone' at 7 is 'Mobile' over ' Phone').
        /// </summary>
        private static void WrapParagraph(string paragraph, int width, List<string> lines)
        {
            var line = new StringBuilder();
            var lineCells = 0;
            var i = 0;
            while (i < paragraph.Length)
            {
                var spaceStart = i;
                while (i < paragraph.Length && paragraph[i] == ' ') i++;
                var spaces = i - spaceStart;
                var wordStart = i;
                while (i < paragraph.Length && paragraph[i] != ' ') i++;
                var word = paragraph.Substring(wordStart, i - wordStart);
                if (word.Length == 0)
                {
                    // Spaces at the end of the value: kept while they fit.
                    if (lineCells + spaces <= width) line.Append(' ', spaces);
                    break;
                }
                var cells = Cells(word);
                if (lineCells + spaces + cells <= width)
                {
                    line.Append(' ', spaces).Append(word);
                    lineCells += spaces + cells;
                    continue;
                }
                var indent = spaces;
                if (lineCells > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                    lineCells = 0;
                    indent = spaces - 1;
                }
                if (indent + cells > width) indent = 0;
                var rest = word;
                while (Cells(rest) > width)
                {
                    var cut = Cut(rest, width);
                    lines.Add(rest.Substring(0, cut));
                    rest = rest.Substring(cut);
                }
                line.Append(' ', indent).Append(rest);
                lineCells = indent + Cells(rest);
            }
            if (line.Length > 0 || lines.Count == 0) lines.Add(line.ToString());
        }

        /// <summary>How many characters of a word longer than the column go on this line: up to its last break that fits, else all that fit.</summary>
        private static int Cut(string word, int width)
        {
            var fit = 0;
            var cells = 0;
            while (fit < word.Length)
            {
                var next = char.IsHighSurrogate(word[fit]) && fit + 1 < word.Length ? 2 : 1;
                var c = CharCells(word, fit);
                if (cells + c > width) break;
                cells += c;
                fit += next;
            }
            if (fit == 0) fit = char.IsHighSurrogate(word[0]) && word.Length > 1 ? 2 : 1;
            // An address whose domain fits a line of its own breaks after its @: "coles@" over "harbourdental.co.uk".
            var at = word.LastIndexOf('@');
            if (at > 0 && at + 1 <= fit && at + 1 < word.Length && Cells(word.Substring(at + 1)) <= width) return at + 1;
            for (var i = fit; i > 0; i--)
            {
                // A break inside the word, not at its very start (".net" stays whole when it can).
                if (i > 1 && i < word.Length && IsBreak(word, i)) return i;
            }
            return fit;
        }

        /// <summary>
        /// Whether a word longer than its column may break before its character <paramref name="index"/>: after an @, a dot, a hyphen,
        /// an underscore, a slash, a backslash, a comma, a semicolon or a colon, or before a dot ("harbourdental|.co.uk"); never before
        /// an @, which stays with the mailbox's name.
        /// </summary>
        internal static bool IsBreak(string word, int index) => BreakAfter.IndexOf(word[index - 1]) >= 0 || word[index] == '.';

        /// <summary>The screen cells of a text, as PowerShell counts them: two for an East Asian wide character, one for any other.</summary>
        internal static int Cells(string text)
        {
            var cells = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsLowSurrogate(text[i])) continue;
                cells += CharCells(text, i);
            }
            return cells;
        }

        private static int CharCells(string text, int index)
        {
            var c = text[index];
            return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F) || (c >= 0xAC00 && c <= 0xD7A3) ||
                   (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE6F) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6)
                ? 2
                : 1;
        }
    }
}
