using System.Globalization;

namespace QuickpassPsa.Core.Accounts
{
    /// <summary>
    /// Which CSV delimiters can work. Checked before the CSV reader sees one, so a bad -Delimiter is a
    /// clear parameter error instead of the CSV library's exception (or, for a space, a silent misread).
    /// </summary>
    public static class CsvDelimiter
    {
        /// <summary>Null when <paramref name="text"/> is a usable delimiter; otherwise what is wrong and what to give instead.</summary>
        public static string? Problem(string? text)
        {
            if (string.IsNullOrEmpty(text)) return "The delimiter is empty. " + Advice;
            if (text!.Length > 1)
            {
                var hint = text == "\\t" ? " For a tab, write \"`t\" in double quotes." : string.Empty;
                return "The delimiter '" + text + "' is " + text.Length.ToString(CultureInfo.InvariantCulture) +
                    " characters; the CSV reader splits fields on a single character." + hint + " " + Advice;
            }
            return Problem(text[0]);
        }

        /// <summary>Null when <paramref name="delimiter"/> is usable; otherwise what is wrong.</summary>
        public static string? Problem(char delimiter)
        {
            if (delimiter == '\t') return null;
            if (delimiter == '\r' || delimiter == '\n')
                return "A line break cannot be the delimiter: it ends a row, it does not separate fields. " + Advice;
            if (char.IsWhiteSpace(delimiter))
                return "Whitespace (" + Name(delimiter) + ") cannot be the delimiter: it is trimmed from values and pads aligned columns. Tab is the one whitespace delimiter. " + Advice;
            if (delimiter == '"')
                return "The quote character '\"' cannot be the delimiter: it encloses fields that contain the delimiter or line breaks. " + Advice;
            if (delimiter < ' ' || delimiter > '~')
                return "The delimiter " + Name(delimiter) + " is not a printable ASCII character; the CSV reader splits on printable ASCII characters or tab. " + Advice;
            return null;
        }

        private const string Advice = "Give one character, such as ',' ';' '|' or a tab (\"`t\"), or leave -Delimiter out to detect it.";

        private static string Name(char c) =>
            c == ' ' ? "a space" : "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + (c > '~' && !char.IsControl(c) ? " '" + c + "'" : string.Empty);
    }
}
