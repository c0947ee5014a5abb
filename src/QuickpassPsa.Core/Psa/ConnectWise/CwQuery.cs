using System.Collections.Generic;
using System.Text;

namespace QuickpassPsa.Core.Psa.ConnectWise
{
    /// <summary>
    /// Query strings for ConnectWise: every byte but RFC 3986's unreserved characters is percent-encoded
    /// (UTF-8), so quotes, '&amp;', '+', '*', '%' and brackets in conditions arrive as written (psa-api.md A4
    /// "Escaping Characters"). Written by hand so .NET Framework and .NET give the same bytes.
    /// </summary>
    internal static class CwQuery
    {
        public static string Encode(string value)
        {
            var builder = new StringBuilder(value.Length + 16);
            foreach (var b in Encoding.UTF8.GetBytes(value))
            {
                var c = (char)b;
                if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~')
                {
                    builder.Append(c);
                }
                else
                {
                    builder.Append('%').Append(((int)b).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }
            return builder.ToString();
        }

        /// <summary>"a=1&amp;b=2" from the pairs whose value is not null or empty.</summary>
        public static string Build(IEnumerable<KeyValuePair<string, string?>> pairs)
        {
            var builder = new StringBuilder();
            foreach (var pair in pairs)
            {
                if (string.IsNullOrEmpty(pair.Value)) continue;
                if (builder.Length > 0) builder.Append('&');
                builder.Append(Encode(pair.Key)).Append('=').Append(Encode(pair.Value!));
            }
            return builder.ToString();
        }
    }
}
