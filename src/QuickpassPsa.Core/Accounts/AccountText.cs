using System;
using System.Globalization;
using System.Text;

namespace QuickpassPsa.Core.Accounts
{
    /// <summary>
    /// The one place where account values are cleaned as they come in (Get-QpAccount's readers and ConvertTo-QpAccount both go
    /// through <see cref="AccountBuilder"/>, which asks this class), and the one rule of which characters no value written to a
    /// PSA may hold (<see cref="Unwritable"/>, New-PsaContact's last gate). Round 73c: "nina.n\u200Bew@contoso.com",
    /// "mailto:mel@..." and "=cmd|' /C calc'!A0" went into the PSA as they came.
    /// </summary>
    public static class AccountText
    {
        /// <summary>Zero width non-joiner and zero width joiner: Persian and Indic names need them, so a name keeps them.</summary>
        private const char ZeroWidthNonJoiner = '\u200C';

        private const char ZeroWidthJoiner = '\u200D';

        private const char ByteOrderMark = '\uFEFF';

        // Quotes, brackets and list punctuation that come with an address pasted from elsewhere ('ann@x', <ann@x>, ann@x;):
        // the ones the matcher sets aside too (EmailNormalizer), and typographic quotes.
        private static readonly char[] Wrappers =
        {
            ' ', '\'', '"', '<', '>', '(', ')', '[', ']', ',', ';', '\u2018', '\u2019', '\u201C', '\u201D', '\u00AB', '\u00BB',
        };

        /// <summary>
        /// The address a value holds, cleaned of what is clearly no part of it, or null when what is left is no address. In order:
        /// invisible characters dropped (zero-width spaces and joiners, a byte-order mark, bidi marks and controls, a soft hyphen:
        /// every Unicode format or control character) and compatibility forms folded (NFKC: full-width letters and ＠, a no-break
        /// space); the address taken from "Name &lt;address&gt;"; quotes, angle brackets and list punctuation around it dropped; a
        /// "mailto:" (and what follows a '?' after it) or "SMTP:" prefix dropped; a full stop after the domain dropped. What is left
        /// must have one '@' with text on both sides, no white space, no brackets or quotes, and a domain without empty labels
        /// ("dbl@@contoso.com" and "ann@contoso..com" are no addresses). Case is kept: the PSA stores the address as written.
        /// </summary>
        public static string? Address(string? value)
        {
            if (value == null) return null;
            var text = Visible(value).Trim();
            // "Ann Lee <ann@contoso.com>" as pasted from a mail client: the address is between the brackets.
            var open = text.LastIndexOf('<');
            var close = text.LastIndexOf('>');
            if (open >= 0 && close > open) text = text.Substring(open + 1, close - open - 1);
            text = text.Trim(Wrappers);
            if (text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            {
                text = text.Substring(7);
                var query = text.IndexOf('?');
                if (query >= 0) text = text.Substring(0, query);
                text = text.Trim(Wrappers);
            }
            else if (text.StartsWith("smtp:", StringComparison.OrdinalIgnoreCase))
            {
                text = text.Substring(5).Trim(Wrappers);
            }
            // "ann@contoso.com." at the end of a sentence: the full stop is no part of the domain.
            text = text.TrimEnd('.').Trim(Wrappers);
            return IsAddress(text) ? text : null;
        }

        /// <summary>
        /// One address as an address is written: one '@' with text on both sides, no white space, control or format character,
        /// no bracket, quote or list punctuation, and a domain that neither starts with a dot nor holds two in a row.
        /// </summary>
        public static bool IsAddress(string? text)
        {
            if (string.IsNullOrEmpty(text)) return false;
            var at = text!.IndexOf('@');
            if (at <= 0 || at != text.LastIndexOf('@') || at == text.Length - 1) return false;
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c) || char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format) return false;
                if (c == '<' || c == '>' || c == '"' || c == '(' || c == ')' || c == '[' || c == ']' || c == ',' || c == ';') return false;
            }
            var domain = text.Substring(at + 1);
            return domain[0] != '.' && domain[domain.Length - 1] != '.' && domain.IndexOf("..", StringComparison.Ordinal) < 0;
        }

        /// <summary>
        /// The value without invisible characters, compatibility forms folded: what <see cref="Address"/> starts from, and what a
        /// sign-in name or a list of addresses is read from. Every format character goes (zero-width spaces and joiners, byte-order
        /// mark, bidi marks and controls, soft hyphen); a tab or line break becomes a space (it separates addresses in a list), any
        /// other control character goes; NFKC folds full-width forms and a no-break space.
        /// </summary>
        public static string Visible(string value)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            if (IsPlainAscii(value)) return value;
            var text = HasNonAscii(value) ? value.Normalize(NormalizationForm.FormKC) : value;
            var kept = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format) continue;
                if (char.IsControl(c))
                {
                    if (char.IsWhiteSpace(c)) kept.Append(' ');
                    continue;
                }
                kept.Append(c);
            }
            return kept.ToString();
        }

        /// <summary>
        /// A name (first, last or display name) as a PSA may show it: control characters dropped (a tab or line break, and the
        /// line and paragraph separators, become one space between words), and so are the bidi embedding, override and isolate
        /// controls (U+202A-U+202E, U+2066-U+2069: "\u202EnnA" shows as "Ann" reversed) and a byte-order mark. Zero width
        /// non-joiner and joiner (U+200C, U+200D) stay: Persian and Indic names are spelt with them. Any other format character
        /// (a zero-width space, a soft hyphen, a left-to-right mark) stays too, and New-PsaContact refuses it (<see cref="Unwritable"/>):
        /// whether it is junk or part of the spelling is for the directory's owner to say. Null when nothing is left.
        /// </summary>
        public static string? Name(string? value)
        {
            if (value == null) return null;
            var clean = true;
            foreach (var c in value)
            {
                if (DroppedFromName(c) || IsLineBreak(c))
                {
                    clean = false;
                    break;
                }
            }
            if (clean) return value.Trim().Length == 0 ? null : value.Trim();
            var kept = new StringBuilder(value.Length);
            foreach (var c in value)
            {
                if (IsLineBreak(c) || (char.IsControl(c) && char.IsWhiteSpace(c)))
                {
                    if (kept.Length > 0 && kept[kept.Length - 1] != ' ') kept.Append(' ');
                    continue;
                }
                if (DroppedFromName(c)) continue;
                if (c == ' ' && kept.Length > 0 && kept[kept.Length - 1] == ' ') continue;
                kept.Append(c);
            }
            var text = kept.ToString().Trim();
            return text.Length == 0 ? null : text;
        }

        /// <summary>A mobile number without format or control characters (a zero-width space between its digits, a bidi mark, a byte-order mark).</summary>
        public static string? Mobile(string? value)
        {
            if (value == null) return null;
            var kept = new StringBuilder(value.Length);
            foreach (var c in value)
            {
                if (char.IsControl(c) && char.IsWhiteSpace(c)) kept.Append(' ');
                else if (!char.IsControl(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format) kept.Append(c);
            }
            var text = kept.ToString().Trim();
            return text.Length == 0 ? null : text;
        }

        /// <summary>
        /// The first character of a value that no value written to a PSA may hold: a control character (Unicode Cc: a tab, a
        /// line break, a bell) or a format character (Cf: a zero-width space, a bidi mark or control, a byte-order mark, a soft
        /// hyphen), other than the zero width non-joiner and joiner that names need. Null when there is none.
        /// </summary>
        public static char? Unwritable(string? value)
        {
            if (value == null) return null;
            foreach (var c in value)
            {
                if (c == ZeroWidthNonJoiner || c == ZeroWidthJoiner) continue;
                if (char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format) return c;
            }
            return null;
        }

        /// <summary>
        /// The character a name begins with when a spreadsheet would read it as a formula ('=', '+' or '@': "=cmd|' /C calc'!A0",
        /// "+cmd", "@SUM(1+1)"), or null. A leading '-' is not one here: "-" alone is a directory's filler for no name.
        /// </summary>
        public static char? FormulaStart(string? name)
        {
            var text = name?.TrimStart();
            if (string.IsNullOrEmpty(text)) return null;
            var first = text![0];
            return first == '=' || first == '+' || first == '@' ? first : (char?)null;
        }

        /// <summary>The value as a message may quote it: each control or format character written as &lt;U+XXXX&gt;, so that none acts on the screen.</summary>
        public static string Shown(string? value)
        {
            if (value == null) return string.Empty;
            StringBuilder? shown = null;
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                var hidden = char.IsControl(c) || (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format && c != ZeroWidthNonJoiner && c != ZeroWidthJoiner);
                if (hidden && shown == null) shown = new StringBuilder(value, 0, i, value.Length + 16);
                if (shown == null) continue;
                if (hidden) shown.Append("<U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('>');
                else shown.Append(c);
            }
            return shown?.ToString() ?? value;
        }

        /// <summary>"U+202E (RIGHT-TO-LEFT OVERRIDE), a bidi control character" and the like, for messages.</summary>
        public static string Describe(char c)
        {
            var code = "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
            var name = KnownName(c);
            var kind = char.IsControl(c) ? "a control character" : "an invisible format character";
            return code + (name == null ? string.Empty : " (" + name + ")") + ", " + kind;
        }

        private static string? KnownName(char c)
        {
            switch (c)
            {
                case '\t': return "TAB";
                case '\n': return "LINE FEED";
                case '\r': return "CARRIAGE RETURN";
                case '\u0007': return "BELL";
                case '\u00AD': return "SOFT HYPHEN";
                case '\u061C': return "ARABIC LETTER MARK";
                case '\u200B': return "ZERO WIDTH SPACE";
                case '\u200E': return "LEFT-TO-RIGHT MARK";
                case '\u200F': return "RIGHT-TO-LEFT MARK";
                case '\u202A': return "LEFT-TO-RIGHT EMBEDDING";
                case '\u202B': return "RIGHT-TO-LEFT EMBEDDING";
                case '\u202C': return "POP DIRECTIONAL FORMATTING";
                case '\u202D': return "LEFT-TO-RIGHT OVERRIDE";
                case '\u202E': return "RIGHT-TO-LEFT OVERRIDE";
                case '\u2060': return "WORD JOINER";
                case '\u2066': return "LEFT-TO-RIGHT ISOLATE";
                case '\u2067': return "RIGHT-TO-LEFT ISOLATE";
                case '\u2068': return "FIRST STRONG ISOLATE";
                case '\u2069': return "POP DIRECTIONAL ISOLATE";
                case ByteOrderMark: return "BYTE ORDER MARK";
                default: return null;
            }
        }

        private static bool DroppedFromName(char c) =>
            char.IsControl(c) || c == ByteOrderMark || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

        private static bool IsLineBreak(char c) => c == '\u2028' || c == '\u2029';

        private static bool IsPlainAscii(string value)
        {
            foreach (var c in value)
            {
                if (c < ' ' || c > '~') return false;
            }
            return true;
        }

        private static bool HasNonAscii(string value)
        {
            foreach (var c in value)
            {
                if (c > 127) return true;
            }
            return false;
        }
    }
}
