using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace QuickpassPsa.Core.Psa.ConnectWise
{
    /// <summary>
    /// A ConnectWise phone item keeps its extension in a field of its own (ContactCommunication.extension, at most 15 characters:
    /// psa-api.md A2), beside the number in value. Read, the two are one number as the module writes it elsewhere,
    /// "+1 206 555 0203 x5" (the matcher reads "x5" as the extension, as it reads Autotask's mobilePhone); written, an
    /// extension the account's number carries ("ext. 12", "x12", "#12") goes into the extension field and the number alone into
    /// value (round 65b: the extension field was ignored, so a changed extension was never seen, and a written one landed in value).
    /// </summary>
    internal static class CwPhone
    {
        /// <summary>The longest extension ConnectWise stores (ContactCommunication.extension).</summary>
        public const int ExtensionLength = 15;

        // A number of seven digits or more, then an extension mark and one to six digits (seven and more are a second number,
        // as the matcher reads them), and nothing after them but spaces.
        private static readonly Regex WithExtension = new Regex(
            @"^(?<number>.*?\d[^\p{L}#,]*?)\s*(?:,|#|(?<!\p{L})(?:x|ext|extn|extension)\.?:?)\s*(?<extension>\d{1,6})\s*$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        /// <summary>The item's number as one text: its value, and " x" and its extension when it has one.</summary>
        public static string? Read(JObject item)
        {
            var value = CwJson.String(item, "value")?.Trim();
            if (string.IsNullOrEmpty(value)) return null;
            var extension = CwJson.String(item, "extension")?.Trim();
            return string.IsNullOrEmpty(extension) ? value : value + " x" + extension;
        }

        /// <summary>
        /// The number and its extension as ConnectWise keeps them: "+1 206 555 0216 ext. 7" is ("+1 206 555 0216", "7"); a
        /// number without an extension mark, or one whose digits before the mark are fewer than seven, is itself with no extension.
        /// </summary>
        public static (string Value, string? Extension) Split(string number)
        {
            var text = number.Trim();
            var match = WithExtension.Match(text);
            if (!match.Success) return (text, null);
            var value = match.Groups["number"].Value.Trim();
            var digits = 0;
            foreach (var c in value)
            {
                if (c >= '0' && c <= '9') digits++;
            }
            return digits < Matching.PhoneNormalizer.MinimumDigits ? (text, null) : (value, match.Groups["extension"].Value);
        }
    }
}
