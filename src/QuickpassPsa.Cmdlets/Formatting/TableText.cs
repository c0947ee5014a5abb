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
    /// A line is measured as PowerShell measures it when it pads and cuts a column (one cell per UTF-16 unit, two for an East Asian
    /// wide character): a line this class makes is never cut again by PowerShell. And a line never ends inside a character as the
    /// reader sees it (round 75b: an emoji's two halves were split, each shown as U+FFFD; a combining mark went to the next line,
    /// off its letter): a letter with its marks, an emoji with its modifiers and joiners, stays whole.
    /// </summary>
    public static class TableText
    {
        // Where a word longer than its column may break (IsBreak): after the @ and the dots of an address, a hyphen, an underscore,
        // a slash or a backslash, a comma, a semicolon or a colon.
        private const string BreakAfter = "@.-_/\\,;:";

        /// <summary>The mark at the end of a line where a word longer than its column had to be broken with no place to break (round 75b).</summary>
        public const char BreakMark = '-';

        /// <summary>
        /// The value as lines of at most <paramref name="width"/> screen cells, joined by a line feed: broken at spaces; a word longer
        /// than the column after its @ when the domain fits a line, else at the last place that fits after an @, a dot, a hyphen, an
        /// underscore, a slash or a backslash, or before a dot, else at the width with a hyphen at the end of the line (Chinese, Japanese
        /// and Korean characters break between any two without one). A collection is its
        /// items joined by ", ". Null is the empty string. Letters written with separate combining marks are shown composed ("Zoë").
        /// </summary>
        public static string Wrap(object? value, int width)
        {
            var text = Composed(Text(value));
            if (width < 1 || text.Length == 0) return text;
            var lines = new List<string>();
            foreach (var paragraph in text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
            {
                WrapParagraph(paragraph.Replace('\t', ' '), width, lines);
            }
            return string.Join("\n", lines);
        }

        /// <summary>
        /// The value on one line of at most <paramref name="width"/> cells: whole when it fits, else cut where it fits with an ellipsis
        /// (…) after it, never inside a character. For a column whose full value is always a property of the object, repeated on every
        /// row (Get-PsaContact's CompanyName, round 75b: a long company name took six lines of every row).
        /// </summary>
        public static string Shorten(object? value, int width)
        {
            var text = Composed(Text(value)).Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');
            if (width < 1 || Cells(text) <= width) return text;
            var end = Fit(text, 0, width - 1);
            return text.Substring(0, end).TrimEnd() + "\u2026";
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
        /// The text in Unicode's composed form (NFC): a letter written with a separate combining mark ("Zoe" and U+0308) is one character,
        /// one cell as PowerShell counts it, as the screen shows it. Text that is not valid Unicode (an unpaired surrogate) is kept as it is.
        /// </summary>
        private static string Composed(string text)
        {
            if (text.Length == 0) return text;
            try
            {
                return text.Normalize(NormalizationForm.FormC);
            }
            catch (ArgumentException)
            {
                return text;
            }
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
                    var cut = Cut(rest, width, out var marked);
                    lines.Add(rest.Substring(0, cut) + (marked ? BreakMark.ToString() : string.Empty));
                    rest = rest.Substring(cut);
                }
                line.Append(' ', indent).Append(rest);
                lineCells = indent + Cells(rest);
            }
            if (line.Length > 0 || lines.Count == 0) lines.Add(line.ToString());
        }

        /// <summary>
        /// How many characters of a word longer than the column go on this line: up to its last break that fits, else all that fit with
        /// room for the break mark (<paramref name="marked"/>), else all that fit; never inside a character as the reader sees it.
        /// </summary>
        private static int Cut(string word, int width, out bool marked)
        {
            marked = false;
            var fit = Fit(word, 0, width);
            // Not even one character fits (a wide one in a column of one): it goes on its line alone.
            if (fit == 0) fit = NextBoundary(word, 0);
            // An address whose domain fits a line of its own breaks after its @: "coles@" over "harbourdental.co.uk".
            var at = word.LastIndexOf('@');
            if (at > 0 && at + 1 <= fit && at + 1 < word.Length && Cells(word.Substring(at + 1)) <= width) return at + 1;
            for (var i = fit; i > 0; i--)
            {
                // A break inside the word, not at its very start (".net" stays whole when it can).
                if (i > 1 && i < word.Length && IsBoundary(word, i) && IsBreak(word, i)) return i;
            }
            // No place to break: at the width, with a hyphen at the end of the line ("Featherston-" over "ehaugh"), so the reader sees that
            // the word goes on; Chinese, Japanese and Korean characters break between any two without one.
            if (width >= 2)
            {
                var room = Fit(word, 0, width - 1);
                if (room > 0 && room < word.Length && !(Ideographic(word, BaseIndexBefore(word, room)) && Ideographic(word, room))) { marked = true; return room; }
            }
            return fit;
        }

        /// <summary>The end (a character index) of the longest run of whole characters from <paramref name="start"/> that fits <paramref name="width"/> cells.</summary>
        private static int Fit(string text, int start, int width)
        {
            var end = start;
            var cells = 0;
            while (end < text.Length)
            {
                var next = NextBoundary(text, end);
                var c = Cells(text.Substring(end, next - end));
                if (cells + c > width) break;
                cells += c;
                end = next;
            }
            return end;
        }

        /// <summary>The index after the character as the reader sees it (a text element: a letter with its marks, a surrogate pair, an emoji sequence) at <paramref name="index"/>.</summary>
        private static int NextBoundary(string text, int index)
        {
            var length = StringInfo.GetNextTextElement(text, index).Length;
            return index + Math.Max(1, length);
        }

        /// <summary>Whether a line may end before the character <paramref name="index"/>: it starts a text element.</summary>
        private static bool IsBoundary(string text, int index)
        {
            if (index <= 0 || index >= text.Length) return true;
            var i = 0;
            while (i < index) i = NextBoundary(text, i);
            return i == index;
        }

        /// <summary>A Chinese, Japanese or Korean character (a wide one, or an ideograph beyond the first plane) starts at <paramref name="index"/>.</summary>
        private static bool Ideographic(string word, int index)
        {
            var c = word[index];
            if (IsWide(c)) return true;
            if (!char.IsHighSurrogate(c) || index + 1 >= word.Length || !char.IsLowSurrogate(word[index + 1])) return false;
            var codePoint = char.ConvertToUtf32(c, word[index + 1]);
            return codePoint >= 0x20000 && codePoint <= 0x3FFFD;
        }

        /// <summary>The index of the first character of the text element that ends at <paramref name="index"/> (a letter, not its mark).</summary>
        private static int BaseIndexBefore(string word, int index)
        {
            var i = 0;
            var start = 0;
            while (i < index)
            {
                start = i;
                i = NextBoundary(word, i);
            }
            return start;
        }

        /// <summary>
        /// Whether a word longer than its column may break before its character <paramref name="index"/>: after an @, a dot, a hyphen,
        /// an underscore, a slash, a backslash, a comma, a semicolon or a colon, or before a dot ("harbourdental|.co.uk"); never before
        /// an @, which stays with the mailbox's name.
        /// </summary>
        internal static bool IsBreak(string word, int index) => BreakAfter.IndexOf(word[index - 1]) >= 0 || word[index] == '.';

        /// <summary>
        /// The screen cells of a text, as PowerShell counts them when it pads and cuts a table column: two for an East Asian wide
        /// character, one for any other UTF-16 unit (so an emoji, a surrogate pair, is two, and a combining mark is one).
        /// </summary>
        internal static int Cells(string text)
        {
            var cells = 0;
            for (var i = 0; i < text.Length; i++) cells += IsWide(text[i]) ? 2 : 1;
            return cells;
        }

        private static bool IsWide(char c) =>
            (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F) || (c >= 0xAC00 && c <= 0xD7A3) ||
            (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE6F) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6);
    }
}
