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

        /// <summary>U+FFFD, what a program writes where it could not read a letter: the letter is lost.</summary>
        private const char ReplacementCharacter = '\uFFFD';

        // Quotes, brackets and list punctuation that come with an address pasted from elsewhere ('ann@x', <ann@x>, ann@x;):
        // the ones the matcher sets aside too (EmailNormalizer), and typographic quotes.
        private static readonly char[] Wrappers =
        {
            ' ', '\'', '"', '<', '>', '(', ')', '[', ']', ',', ';', '\u2018', '\u2019', '\u201C', '\u201D', '\u00AB', '\u00BB',
        };

        /// <summary>
        /// The address a value holds, cleaned of what is clearly no part of it, or null when what is left is no address. In order:
        /// invisible characters dropped (zero-width spaces and joiners, a byte-order mark, bidi marks and controls, a soft hyphen:
        /// every Unicode format or control character, outside the BMP too, and variation selectors) and compatibility forms folded
        /// (NFKC: full-width letters and ＠, a no-break space); the address taken from "Name &lt;address&gt;"; quotes, angle brackets
        /// and list punctuation around it dropped; a "mailto:" (and what follows a '?' after it) or one "SMTP:" prefix dropped; a
        /// "?subject=..." after the domain dropped; a full stop after the domain dropped. What is left must have one '@' with text on
        /// both sides, no white space, no brackets, quotes or ':' (so "SIP:ann@...", "X500:..." and "SMTP:smtp:ann@..." are none),
        /// and a domain without empty labels ("dbl@@contoso.com" and "ann@contoso..com" are no addresses). Case is kept: the PSA
        /// stores the address as written.
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
                // One "SMTP:" only: what follows is the address, and a second type ("SMTP:smtp:x@...") makes it none (round 74b:
                // it became "smtp:x@contoso.com"). Another type (SIP:, X500:, X400:, EUM:) is no email address: IsAddress refuses the ':'.
                text = text.Substring(5).Trim(Wrappers);
            }
            // "ann@contoso.com?subject=Hi": a mailto link's query with its "mailto:" lost. A domain holds no '?', so what follows
            // one after the '@' is no part of the address (a '?' before it is a character of the local part: "ann?x@contoso.com").
            var at = text.LastIndexOf('@');
            var question = at < 0 ? -1 : text.IndexOf('?', at);
            if (question > 0) text = text.Substring(0, question).Trim(Wrappers);
            // "ann@contoso.com." at the end of a sentence: the full stop is no part of the domain.
            text = text.TrimEnd('.').Trim(Wrappers);
            return IsAddress(text) ? text : null;
        }

        /// <summary>
        /// One address as an address is written: one '@' with text on both sides, no white space, control or format character
        /// (read by code point: a tag character or a variation selector too), no half of a character (a lone surrogate) and no
        /// U+FFFD where a letter was lost (the address as written is not known), no
        /// bracket, quote or list punctuation, no ':' (an address type such as "SIP:", "X500:" or a second "smtp:" before it),
        /// and a domain that neither starts with a dot nor holds two in a row.
        /// </summary>
        public static bool IsAddress(string? text)
        {
            if (string.IsNullOrEmpty(text)) return false;
            var at = text!.IndexOf('@');
            if (at <= 0 || at != text.LastIndexOf('@') || at == text.Length - 1) return false;
            for (var i = 0; i < text.Length; i += Width(text, i))
            {
                var c = text[i];
                if (char.IsWhiteSpace(c) || char.IsControl(c) || IsInvisible(text, i) || IsLoneSurrogate(text, i) || c == ReplacementCharacter) return false;
                if (c == '<' || c == '>' || c == '"' || c == '(' || c == ')' || c == '[' || c == ']' || c == ',' || c == ';' || c == ':') return false;
            }
            var domain = text.Substring(at + 1);
            return domain[0] != '.' && domain[domain.Length - 1] != '.' && domain.IndexOf("..", StringComparison.Ordinal) < 0;
        }

        /// <summary>
        /// The value without invisible characters, compatibility forms folded: what <see cref="Address"/> starts from, and what a
        /// sign-in name or a list of addresses is read from. Every format character goes, read by code point (zero-width spaces and
        /// joiners, byte-order mark, bidi marks and controls, soft hyphen, tag characters such as U+E0041, variation selectors); a tab,
        /// a line break or a line or paragraph separator (U+2028, U+2029) becomes a space (it separates addresses in a list), any
        /// other control character goes; NFKC folds full-width forms and a no-break space. Half of a character (a lone surrogate, which
        /// no text reader of .NET can fold or compare) becomes U+FFFD, as a JSON reader makes it, so that what holds it is no address
        /// (<see cref="IsAddress"/>).
        /// </summary>
        public static string Visible(string value)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            if (IsPlainAscii(value)) return value;
            var text = Fold(value);
            var kept = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i += Width(text, i))
            {
                var c = text[i];
                if (IsInvisible(text, i)) continue;
                if (IsLineBreak(c))
                {
                    kept.Append(' ');
                    continue;
                }
                if (char.IsControl(c))
                {
                    if (char.IsWhiteSpace(c)) kept.Append(' ');
                    continue;
                }
                if (IsLoneSurrogate(text, i)) kept.Append(ReplacementCharacter);
                else kept.Append(text, i, Width(text, i));
            }
            return kept.ToString();
        }

        /// <summary>
        /// The value with compatibility forms folded (NFKC: full-width letters and digits, a no-break space). Half of a character (a
        /// lone surrogate), which .NET cannot normalise, stays as it is and the text around it is folded (round 74b).
        /// </summary>
        public static string Fold(string value)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            if (!HasNonAscii(value)) return value;
            if (!HoldsHalfCharacter(value)) return value.Normalize(NormalizationForm.FormKC);
            var lone = 0;
            while (!IsLoneSurrogate(value, lone)) lone += Width(value, lone);
            return Fold(value.Substring(0, lone)) + value[lone] + Fold(value.Substring(lone + 1));
        }

        /// <summary>
        /// A name (first, last or display name) as a PSA may show it: control characters dropped (a tab or line break, and the
        /// line and paragraph separators, become one space between words), and so are the bidi embedding, override and isolate
        /// controls (U+202A-U+202E, U+2066-U+2069: "\u202EnnA" shows as "Ann" reversed) and a byte-order mark. Zero width
        /// non-joiner and joiner (U+200C, U+200D) stay: Persian and Indic names are spelt with them. Any other format character
        /// (a zero-width space, a soft hyphen, a left-to-right mark, a tag character outside the BMP) and a variation selector stay
        /// too, and New-PsaContact refuses them (<see cref="Unwritable"/>): whether it is junk or part of the spelling is for the
        /// directory's owner to say. Half of a character (a lone surrogate) becomes U+FFFD, which the lost-letters warning and the
        /// gate name (the matcher cannot read half a character). Null when nothing is left.
        /// </summary>
        public static string? Name(string? value)
        {
            if (value == null) return null;
            var clean = true;
            for (var i = 0; i < value.Length; i++)
            {
                if (DroppedFromName(value[i]) || IsLineBreak(value[i]) || IsLoneSurrogate(value, i))
                {
                    clean = false;
                    break;
                }
                if (Width(value, i) == 2) i++;
            }
            if (clean) return value.Trim().Length == 0 ? null : value.Trim();
            var kept = new StringBuilder(value.Length);
            for (var i = 0; i < value.Length; i += Width(value, i))
            {
                var c = value[i];
                if (IsLineBreak(c) || (char.IsControl(c) && char.IsWhiteSpace(c)))
                {
                    if (kept.Length > 0 && kept[kept.Length - 1] != ' ') kept.Append(' ');
                    continue;
                }
                if (DroppedFromName(c)) continue;
                if (c == ' ' && kept.Length > 0 && kept[kept.Length - 1] == ' ') continue;
                if (IsLoneSurrogate(value, i)) kept.Append(ReplacementCharacter);
                else kept.Append(value, i, Width(value, i));
            }
            var text = kept.ToString().Trim();
            return text.Length == 0 ? null : text;
        }

        /// <summary>
        /// A mobile number without format or control characters, read by code point (a zero-width space between its digits, a bidi
        /// mark, a byte-order mark, a tag character, a variation selector). A tab or line break, and a line or paragraph separator
        /// (U+2028, U+2029), is a space, as between the words of a name (round 74b: "+1 206 555\u2028 1015" reached the PSA), and
        /// the spaces it leaves beside another are one. Half of a character (a lone surrogate) becomes U+FFFD, for the gate to refuse.
        /// </summary>
        public static string? Mobile(string? value)
        {
            if (value == null) return null;
            var kept = new StringBuilder(value.Length);
            var broken = false;
            for (var i = 0; i < value.Length; i += Width(value, i))
            {
                var c = value[i];
                if (IsLineBreak(c) || (char.IsControl(c) && char.IsWhiteSpace(c)))
                {
                    kept.Append(' ');
                    broken = true;
                }
                else if (IsLoneSurrogate(value, i)) kept.Append(ReplacementCharacter);
                else if (!char.IsControl(c) && !IsInvisible(value, i)) kept.Append(value, i, Width(value, i));
            }
            var text = kept.ToString().Trim();
            if (broken)
            {
                while (text.IndexOf("  ", StringComparison.Ordinal) >= 0) text = text.Replace("  ", " ");
            }
            return text.Length == 0 ? null : text;
        }

        /// <summary>
        /// The first code point of a value that no value written to a PSA may hold, read by code point (round 74b: a tag character,
        /// U+E0041, is two chars, neither of them a format character, and passed): a control character (Unicode Cc: a tab, a line
        /// break, a bell); a format character (Cf: a zero-width space, a bidi mark or control, a byte-order mark, a soft hyphen, a
        /// tag character) other than the zero width non-joiner and joiner that names need; a variation selector (U+FE00-U+FE0F,
        /// U+E0100-U+E01EF: U+FE0F after a last name reached the PSA); a line or paragraph separator (U+2028, U+2029); half of a
        /// character (a lone surrogate); and the replacement character U+FFFD, which stands where letters were lost. Null when
        /// there is none.
        /// </summary>
        public static int? Unwritable(string? value)
        {
            if (value == null) return null;
            for (var i = 0; i < value.Length; i += Width(value, i))
            {
                var c = value[i];
                if (c == ZeroWidthNonJoiner || c == ZeroWidthJoiner) continue;
                if (Hidden(value, i) || c == ReplacementCharacter) return CodePoint(value, i);
            }
            return null;
        }

        /// <summary>Whether the value holds half of a character (a lone surrogate), which .NET can neither fold nor compare as text.</summary>
        /// <summary>The value with each half of a character (a lone surrogate) read as U+FFFD; the same string when it holds none.</summary>
        public static string WithoutHalfCharacters(string value)
        {
            if (!HoldsHalfCharacter(value)) return value;
            var chars = value.ToCharArray();
            for (var i = 0; i < value.Length; i += Width(value, i))
            {
                if (IsLoneSurrogate(value, i)) chars[i] = ReplacementCharacter;
            }
            return new string(chars);
        }

        public static bool HoldsHalfCharacter(string value)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            for (var i = 0; i < value.Length; i += Width(value, i))
            {
                if (IsLoneSurrogate(value, i)) return true;
            }
            return false;
        }

        /// <summary>
        /// How a name begins when a spreadsheet would read it as a formula, or null: '=', '+' or '@' ("=cmd|' /C calc'!A0", "+cmd",
        /// "@SUM(1+1)"), and '-' followed by a digit, '=', '+', '@' or '(' ("-2+3", "-=1+1", "-(1)": Excel calculates them; round
        /// 74b). A '-' alone, or before a letter ("-Fay"), is none: "-" is a directory's filler for no name.
        /// </summary>
        public static string? FormulaStart(string? name)
        {
            var text = name?.TrimStart();
            if (string.IsNullOrEmpty(text)) return null;
            var first = HalfWidth(text![0]);
            if (first == '=' || first == '+' || first == '@') return text.Substring(0, 1);
            if (first != '-' || text.Length < 2) return null;
            var next = HalfWidth(text[1]);
            return (next >= '0' && next <= '9') || next == '=' || next == '+' || next == '@' || next == '(' ? text.Substring(0, 2) : null;
        }

        /// <summary>
        /// A compatibility form of an ASCII sign or digit as the sign itself (＝ U+FF1D, ＋, ＠, －, ﹦ U+FE66, ﹢, ﹫, ﹣, ⁼, ₊, and the minus
        /// sign U+2212): a spreadsheet in an East Asian locale reads "＝1+1" as a formula too, and a name typed through an input method
        /// keeps these forms where the account reader's NFKC folding did not run (a value given to a cmdlet directly). Only the first
        /// two characters of a name are folded, one at a time: a name with a letter first costs nothing.
        /// </summary>
        private static char HalfWidth(char c)
        {
            if (c < 0x80) return c;
            if (c == '\u2212') return '-'; // the minus sign has no compatibility form
            if (char.IsSurrogate(c)) return c;
            // Any other compatibility form of one character: full-width ＝ (U+FF1D), small ﹦ (U+FE66), superscript ⁼ (U+207C),
            // subscript ₌, the Hebrew alternative plus ﬩ (U+FB29) (round 76a: the superscripts passed).
            var folded = c.ToString().Normalize(NormalizationForm.FormKC);
            return folded.Length == 1 ? folded[0] : c;
        }

        /// <summary>
        /// The value as a message may quote it: each character that would not show as itself written as its code point, &lt;U+XXXX&gt;
        /// (a control or format character, a tag character as &lt;U+E0041&gt;, a variation selector, a line or paragraph separator,
        /// half of a character, the replacement character U+FFFD), so that none acts on the screen or hides there.
        /// </summary>
        public static string Shown(string? value)
        {
            if (value == null) return string.Empty;
            StringBuilder? shown = null;
            for (var i = 0; i < value.Length; i += Width(value, i))
            {
                var c = value[i];
                var hidden = (Hidden(value, i) && c != ZeroWidthNonJoiner && c != ZeroWidthJoiner) || c == ReplacementCharacter;
                if (hidden && shown == null) shown = new StringBuilder(value, 0, i, value.Length + 16);
                if (shown == null) continue;
                if (hidden) shown.Append("<").Append(Code(CodePoint(value, i))).Append('>');
                else shown.Append(value, i, Width(value, i));
            }
            return shown?.ToString() ?? value;
        }

        /// <summary>"U+202E (RIGHT-TO-LEFT OVERRIDE), an invisible format character" and the like, for messages; a code point outside the BMP as one (U+E0041).</summary>
        public static string Describe(int codePoint)
        {
            var name = KnownName(codePoint);
            return Code(codePoint) + (name == null ? string.Empty : " (" + name + ")") + ", " + Kind(codePoint);
        }

        private static string Code(int codePoint) => "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture);

        private static string Kind(int codePoint)
        {
            if (codePoint < 0x10000 && char.IsControl((char)codePoint)) return "a control character";
            if (codePoint == 0x2028 || codePoint == 0x2029) return "a line break";
            if (codePoint >= 0xD800 && codePoint <= 0xDFFF) return "half of a character whose other half is missing (a lone surrogate: the text was damaged on its way)";
            if (codePoint == ReplacementCharacter) return "the mark a program puts where it could not read a letter (the letters were lost when the text was read in another encoding than it was saved in)";
            if (IsVariationSelector(codePoint)) return "an invisible variation selector";
            if (codePoint >= 0xE0000 && codePoint <= 0xE007F) return "an invisible tag character";
            return "an invisible format character";
        }

        private static string? KnownName(int codePoint)
        {
            if (codePoint >= 0xFE00 && codePoint <= 0xFE0F) return "VARIATION SELECTOR-" + (codePoint - 0xFE00 + 1).ToString(CultureInfo.InvariantCulture);
            if (codePoint >= 0xE0100 && codePoint <= 0xE01EF) return "VARIATION SELECTOR-" + (codePoint - 0xE0100 + 17).ToString(CultureInfo.InvariantCulture);
            if (codePoint >= 0xE0041 && codePoint <= 0xE005A) return "TAG LATIN CAPITAL LETTER " + (char)('A' + codePoint - 0xE0041);
            if (codePoint >= 0xE0061 && codePoint <= 0xE007A) return "TAG LATIN SMALL LETTER " + (char)('A' + codePoint - 0xE0061);
            if (codePoint >= 0xE0030 && codePoint <= 0xE0039) return "TAG DIGIT " + Digits[codePoint - 0xE0030];
            switch (codePoint)
            {
                case 0xE0001: return "LANGUAGE TAG";
                case 0xE0020: return "TAG SPACE";
                case 0xE007F: return "CANCEL TAG";
                case 0x2028: return "LINE SEPARATOR";
                case 0x2029: return "PARAGRAPH SEPARATOR";
                case ReplacementCharacter: return "REPLACEMENT CHARACTER";
            }
            if (codePoint > 0xFFFF) return null;
            switch ((char)codePoint)
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

        private static readonly string[] Digits = { "ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE" };

        /// <summary>How many chars the code point at <paramref name="index"/> takes: 2 for a surrogate pair, else 1.</summary>
        private static int Width(string text, int index) =>
            char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;

        /// <summary>The code point at <paramref name="index"/>: a surrogate pair's, or the char itself (a lone surrogate too).</summary>
        private static int CodePoint(string text, int index) => Width(text, index) == 2 ? char.ConvertToUtf32(text[index], text[index + 1]) : text[index];

        /// <summary>Half of a surrogate pair without its other half: no character at all.</summary>
        private static bool IsLoneSurrogate(string text, int index) => char.IsSurrogate(text[index]) && Width(text, index) == 1;

        /// <summary>
        /// A code point that shows as nothing: a format character (Cf, in or outside the BMP: a tag character U+E0041 is one) or a
        /// variation selector (U+FE00-U+FE0F, U+E0100-U+E01EF, Mn in Unicode but invisible all the same).
        /// </summary>
        private static bool IsInvisible(string text, int index) =>
            CharUnicodeInfo.GetUnicodeCategory(text, index) == UnicodeCategory.Format || IsVariationSelector(CodePoint(text, index));

        /// <summary>What no value may hold: a control character, an invisible code point, a line or paragraph separator, half of a character.</summary>
        private static bool Hidden(string text, int index) =>
            char.IsControl(text[index]) || IsLineBreak(text[index]) || IsLoneSurrogate(text, index) || IsInvisible(text, index);

        private static bool IsVariationSelector(int codePoint) => (codePoint >= 0xFE00 && codePoint <= 0xFE0F) || (codePoint >= 0xE0100 && codePoint <= 0xE01EF);

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
