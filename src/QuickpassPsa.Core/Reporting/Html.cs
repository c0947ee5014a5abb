using System.Text;

namespace QuickpassPsa.Core.Reporting
{
    /// <summary>
    /// HTML encoding for every value the report shows, in text and in quoted attributes alike: &amp; &lt; &gt; " '
    /// become entities, and control characters (which no name needs and which could confuse a parser) are dropped.
    /// Nothing from the data is ever written raw, so a name like &lt;script&gt; stays text.
    /// </summary>
    internal static class Html
    {
        public static string Encode(string? value)
        {
            if (string.IsNullOrEmpty(value)) return string.Empty;
            StringBuilder? builder = null;
            for (var i = 0; i < value!.Length; i++)
            {
                var c = value[i];
                string? entity = c switch
                {
                    '&' => "&amp;",
                    '<' => "&lt;",
                    '>' => "&gt;",
                    '"' => "&quot;",
                    '\'' => "&#39;",
                    _ => char.IsControl(c) && c != '\t' ? string.Empty : null,
                };
                if (entity == null)
                {
                    builder?.Append(c);
                    continue;
                }
                builder ??= new StringBuilder(value, 0, i, value.Length + 16);
                builder.Append(entity);
            }
            return builder?.ToString() ?? value;
        }
    }
}
