using System;
using System.Globalization;
using System.Text;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// Folds an email address to the form addresses are compared in: trimmed, the address taken from
    /// "Name &lt;address&gt;" and quotes or brackets around it dropped, "SMTP:"/"smtp:" and "mailto:" prefixes removed, invisible
    /// characters dropped and full-width forms made plain, a final full stop dropped, invariant lower case, and a plus-tag subaddress folded
    /// (ann+tickets@contoso.com → ann@contoso.com). Dots in the local part are kept: only Gmail ignores
    /// them, and treating j.smith and jsmith as one person elsewhere would link strangers.
    /// </summary>
    public static class EmailNormalizer
    {
        // Quotes, brackets and list punctuation that come with an address pasted from elsewhere ('ann@x', <ann@x>, ann@x;).
        private static readonly char[] Wrappers = { ' ', '\t', '\'', '"', '<', '>', '(', ')', '[', ']', ',', ';' };

        /// <summary>The folded address, or null when the value is not an address (no local part or domain).</summary>
        public static string? Normalize(string? value)
        {
            if (string.IsNullOrWhiteSpace(value)) return null;
            if (IsAlreadyFolded(value!)) return value;
            var text = WithoutInvisibles(value!).Trim();
            // "Ann Lee <ann@contoso.com>" as pasted from a mail client: the address is between the brackets.
            var open = text.LastIndexOf('<');
            var close = text.LastIndexOf('>');
            if (open >= 0 && close > open) text = text.Substring(open + 1, close - open - 1).Trim();
            text = text.Trim(Wrappers);
            if (text.StartsWith("smtp:", StringComparison.OrdinalIgnoreCase)) text = text.Substring(5).Trim(Wrappers);
            else if (text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)) text = text.Substring(7).Trim(Wrappers);

            // "ann@contoso.com." at the end of a sentence: the full stop is no part of the domain.
            text = text.TrimEnd('.');
            var at = text.LastIndexOf('@');
            if (at <= 0 || at == text.Length - 1) return null;
            var local = text.Substring(0, at).ToLowerInvariant();
            var domain = Unicode(text.Substring(at + 1).ToLowerInvariant());
            var plus = local.IndexOf('+');
            if (plus > 0) local = local.Substring(0, plus);
            return local + "@" + domain;
        }

        /// <summary>
        /// An address pasted from a web page, Teams or Word may carry characters no one sees: a zero-width space or
        /// joiner, a soft hyphen, a byte-order mark (Unicode format characters); and one typed with an East Asian
        /// input method may have full-width letters or a full-width ＠. Compatibility normalisation (NFKC) gives the
        /// plain forms, so the address is the one the person reads.
        /// </summary>
        private static string WithoutInvisibles(string value)
        {
            var plain = true;
            foreach (var c in value)
            {
                if (c > 127) { plain = false; break; }
            }
            if (plain) return value;
            var text = UnicodeText.Normalize(value, NormalizationForm.FormKC);
            var kept = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format) kept.Append(c);
            }
            return kept.ToString();
        }

        /// <summary>
        /// Most addresses arrive folded already (lower case, no tag, no prefix, no spaces): hand them back
        /// as they are instead of building three new strings, the hot path of matching.
        /// </summary>
        private static bool IsAlreadyFolded(string value)
        {
            var at = -1;
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (c == '@')
                {
                    if (at >= 0) return false;
                    at = i;
                }
                else if (c == '+' || c == ':' || c <= ' ' || c > 127 || (c >= 'A' && c <= 'Z') || c == '<' || c == '>' || c == '\'' || c == '"' ||
                         c == '(' || c == ')' || c == '[' || c == ']' || c == ',' || c == ';')
                {
                    return false;
                }
            }
            return at > 0 && at < value.Length - 1 && value[value.Length - 1] != '.' && value.IndexOf("xn--", at, StringComparison.Ordinal) < 0;
        }

        private static readonly IdnMapping Idn = new IdnMapping();

        /// <summary>
        /// An internationalised domain in one form: its punycode (xn--mller-kva.de, as DNS and some exports write it) read
        /// as the Unicode name (müller.de) that people type. A label that is not valid punycode is left as written.
        /// </summary>
        private static string Unicode(string domain)
        {
            if (domain.IndexOf("xn--", StringComparison.Ordinal) < 0) return domain;
            try
            {
                return Idn.GetUnicode(domain);
            }
            catch (ArgumentException)
            {
                return domain;
            }
        }

        /// <summary>The part before '@' of a normalised address.</summary>
        public static string LocalPart(string normalized) => normalized.Substring(0, normalized.LastIndexOf('@'));

        /// <summary>The part after '@' of a normalised address.</summary>
        public static string Domain(string normalized) => normalized.Substring(normalized.LastIndexOf('@') + 1);
    }
}
