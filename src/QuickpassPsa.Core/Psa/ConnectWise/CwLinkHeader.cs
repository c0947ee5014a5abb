using System;

namespace QuickpassPsa.Core.Psa.ConnectWise
{
    /// <summary>
    /// The next page from a ConnectWise <c>Link</c> header (psa-api.md A4 "Pagination"): forward-only sends
    /// <c>&lt;url&gt;; rel="next"</c> while rows follow and an empty header on the last page; navigable paging
    /// sends several links, of which only rel="next" is taken. An entry without rel counts as next (CW-CTC reads
    /// the first <c>&lt;url&gt;</c>).
    /// </summary>
    internal static class CwLinkHeader
    {
        /// <summary>The next URL as written in the header, or null when the header names none.</summary>
        public static string? Next(string? link)
        {
            if (string.IsNullOrWhiteSpace(link)) return null;
            string? firstWithoutRel = null;
            foreach (var entry in SplitEntries(link!))
            {
                var open = entry.IndexOf('<');
                var close = entry.IndexOf('>', open + 1);
                if (open < 0 || close < 0) continue;
                var url = entry.Substring(open + 1, close - open - 1).Trim();
                var parameters = entry.Substring(close + 1);
                var rel = Rel(parameters);
                if (rel == null) firstWithoutRel ??= url;
                else if (rel.Equals("next", StringComparison.OrdinalIgnoreCase)) return url;
            }
            return firstWithoutRel;
        }

        private static string? Rel(string parameters)
        {
            foreach (var part in parameters.Split(';'))
            {
                var eq = part.IndexOf('=');
                if (eq < 0) continue;
                if (!part.Substring(0, eq).Trim().Equals("rel", StringComparison.OrdinalIgnoreCase)) continue;
                return part.Substring(eq + 1).Trim().Trim('"').Trim();
            }
            return null;
        }

        /// <summary>Entries split on commas outside &lt;...&gt; (a URL may hold commas).</summary>
        private static System.Collections.Generic.IEnumerable<string> SplitEntries(string link)
        {
            var depth = 0;
            var start = 0;
            for (var i = 0; i < link.Length; i++)
            {
                var c = link[i];
                if (c == '<') depth++;
                else if (c == '>' && depth > 0) depth--;
                else if (c == ',' && depth == 0)
                {
                    yield return link.Substring(start, i - start);
                    start = i + 1;
                }
            }
            yield return link.Substring(start);
        }
    }
}
