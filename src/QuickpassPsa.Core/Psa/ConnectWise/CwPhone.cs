using System;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace QuickpassPsa.Core.Psa.ConnectWise
{
    /// <summary>
    /// A ConnectWise phone item keeps its extension in a field of its own (ContactCommunication.extension, at most 15 characters:
    /// psa-api.md A2), beside the number in value. Read, the two are one number as the module writes it elsewhere,
    /// "+1 206 555 0203 x5" (the matcher reads "x5" as the extension, as it reads Autotask's mobilePhone); written, an
    /// extension the account's number carries ("ext. 12", "x12", "#12", ",12", "extension: 12", RFC 3966's "tel:...;ext=12") goes
    /// into the extension field and the number alone into value (round 65b: the extension field was ignored, so a changed extension
    /// was never seen, and a written one landed in value). A note after the extension ("ext. 12 (desk)") stays in value, after the
    /// number. Read and written alike (round 67a): what <see cref="Split"/> takes apart, <see cref="Read"/> puts together so that
    /// it splits the same way again. A number with two extensions ("ext. 7 ext. 8"), or an extension longer than the field, cannot be
    /// stored as it is: <see cref="Problem"/> says so, and the write is refused before anything is sent.
    /// </summary>
    internal static class CwPhone
    {
        /// <summary>The longest extension ConnectWise stores (ContactCommunication.extension).</summary>
        public const int ExtensionLength = 15;

        // An extension mark and its digits: "x", "ext", "extn", "extension" (a word of its own, a full stop or a colon after it), "#",
        // a comma (dialled after a pause), or RFC 3966's ";ext=".
        private static readonly Regex Mark = new Regex(
            @"(?:;\s*ext\s*=|(?<!\p{L})(?:extension|extn|ext|x)(?!\p{L})\.?\s*:?|#|,)\s*(?<extension>\d+)",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        // A note in brackets at the end, with a letter in it: "(desk)", "(mobile)".
        private static readonly Regex Note = new Regex(@"\s*\((?=[^()]*\p{L})[^()]*\)\s*$", RegexOptions.CultureInvariant);

        /// <summary>The item's number as one text: its value, and " x" and its extension when it has one.</summary>
        public static string? Read(JObject item)
        {
            var value = CwJson.String(item, "value")?.Trim();
            if (string.IsNullOrEmpty(value)) return null;
            var extension = CwJson.String(item, "extension")?.Trim();
            return string.IsNullOrEmpty(extension) ? value : value + " x" + extension;
        }

        /// <summary>
        /// The number and its extension as ConnectWise keeps them: "+1 206 555 0216 ext. 7" is ("+1 206 555 0216", "7"),
        /// "tel:+1-206-555-0203;ext=12" is ("+1-206-555-0203", "12"), "+1 206 555 0203 ext.12 (desk)" is ("+1 206 555 0203 (desk)", "12");
        /// a number without an extension mark, or one whose digits before the mark are fewer than seven, is itself with no extension,
        /// and so is one that <see cref="Problem"/> refuses.
        /// </summary>
        public static (string Value, string? Extension) Split(string number)
        {
            var parts = Parse(number);
            return parts.Extension == null || parts.Second != null || parts.Extension.Length > ExtensionLength ? (number.Trim(), null) : (parts.Value, parts.Extension);
        }

        /// <summary>The extension the number is written with (the first, when it has two), or null: how two numbers' extensions are compared.</summary>
        public static string? ExtensionOf(string? number) => string.IsNullOrWhiteSpace(number) ? null : Parse(number!).Extension;

        /// <summary>The number without its extension (and without "tel:"), or the number itself when it has none.</summary>
        public static string NumberOf(string number)
        {
            var parts = Parse(number);
            return parts.Extension == null ? number.Trim() : parts.Value;
        }

        /// <summary>
        /// Why ConnectWise cannot keep the number as it is, or null: it has two extensions (which one the person answers on is not
        /// known), or its extension is longer than the field's 15 characters. (Text, field, value, limit) for the refusal.
        /// </summary>
        public static (string Text, string Field, string Value, int Limit)? Problem(string? number)
        {
            if (string.IsNullOrWhiteSpace(number)) return null;
            var parts = Parse(number!);
            if (parts.Extension == null) return null;
            if (parts.Second != null)
            {
                return ("The mobile '" + number!.Trim() + "' has two extensions (" + parts.Extension + " and " + parts.Second + "); ConnectWise keeps one, in the item's extension field",
                    "extension", number.Trim(), ExtensionLength);
            }
            if (parts.Extension.Length > ExtensionLength)
            {
                return ("The extension '" + parts.Extension + "' of the mobile '" + number!.Trim() + "' has " + parts.Extension.Length +
                    " digits; ConnectWise's extension field holds at most " + ExtensionLength, "extension", parts.Extension, ExtensionLength);
            }
            return null;
        }

        /// <summary>The number, its first extension and a second one when it has two. Value is the number alone, a note kept after it.</summary>
        private static (string Value, string? Extension, string? Second) Parse(string number)
        {
            var text = number.Trim();
            if (text.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)) text = text.Substring(4).Trim();
            var note = Note.Match(text);
            var noted = note.Success ? note.Value.Trim() : null;
            if (note.Success) text = text.Substring(0, note.Index).TrimEnd();

            foreach (Match mark in Mark.Matches(text))
            {
                var value = text.Substring(0, mark.Index).Trim().TrimEnd(',', ';', '#').Trim();
                if (Digits(value) < Matching.PhoneNormalizer.MinimumDigits) continue;
                var rest = text.Substring(mark.Index + mark.Length);
                var second = Mark.Match(rest);
                if (!second.Success && rest.Trim().Length > 0) return (number.Trim(), null, null); // "x12 34": not an extension as written
                return (noted == null ? value : value + " " + noted, mark.Groups["extension"].Value, second.Success ? second.Groups["extension"].Value : null);
            }
            return (number.Trim(), null, null);
        }

        private static int Digits(string text)
        {
            var digits = 0;
            foreach (var c in text)
            {
                if (c >= '0' && c <= '9') digits++;
            }
            return digits;
        }
    }
}
