using System.Globalization;
using System.Linq;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Core.Reporting
{
    /// <summary>Inline SVG charts of status counts: no image file and no chart library, so the report stays one file.</summary>
    internal static class StatusChart
    {
        private const int BarWidth = 240;

        /// <summary>Columns for the whole run, one per status, with the count on top.</summary>
        public static void Overall(MatchReportWriter.Writer w, int[] counts)
        {
            const int height = 120, column = 64, gap = 16;
            var max = counts.Length == 0 ? 0 : counts.Max();
            var statuses = MatchReportWriter.StatusOrder;
            var width = statuses.Length * (column + gap);
            w.Raw("<svg id=\"overall-chart\" width=\"" + width + "\" height=\"" + (height + 40) + "\" role=\"img\" aria-label=\"Accounts by status\">");
            for (var i = 0; i < statuses.Length; i++)
            {
                var status = statuses[i];
                var count = counts[(int)status];
                var h = max == 0 ? 0 : (int)System.Math.Round(height * (double)count / max);
                var x = i * (column + gap);
                w.Raw("<rect class=\"" + status + "\" x=\"" + x + "\" y=\"" + (height - h + 16) + "\" width=\"" + column + "\" height=\"" + h + "\" style=\"fill:" + Colour(status) + "\"><title>" + status + ": " + count + "</title></rect>");
                w.Raw("<text x=\"" + (x + column / 2) + "\" y=\"" + (height - h + 12) + "\" text-anchor=\"middle\" font-size=\"12\">" + count.ToString(CultureInfo.InvariantCulture) + "</text>");
                w.Raw("<text x=\"" + (x + column / 2) + "\" y=\"" + (height + 32) + "\" text-anchor=\"middle\" font-size=\"12\">" + status + "</text>");
            }
            w.Raw("</svg>\n");
        }

        /// <summary>One stacked bar for a customer: each status's share of its accounts.</summary>
        public static void Bar(MatchReportWriter.Writer w, int[] counts, string customer)
        {
            var total = counts.Sum();
            // The viewBox lets the print style draw it narrower (the bar is stretched, not cut).
            w.Raw("<svg class=\"bar\" width=\"" + BarWidth + "\" height=\"14\" viewBox=\"0 0 " + BarWidth + " 14\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"");
            w.Text("Statuses of " + customer);
            w.Raw("\">");
            var x = 0.0;
            foreach (var status in MatchReportWriter.StatusOrder)
            {
                var count = counts[(int)status];
                if (count == 0 || total == 0) continue;
                var width = BarWidth * (double)count / total;
                w.Raw("<rect x=\"" + x.ToString("0.#", CultureInfo.InvariantCulture) + "\" width=\"" + width.ToString("0.#", CultureInfo.InvariantCulture) + "\" height=\"14\" style=\"fill:" + Colour(status) + "\"><title>" + status + ": " + count + "</title></rect>");
                x += width;
            }
            w.Raw("</svg>");
        }

        private static string Colour(MatchStatus status) => status switch
        {
            MatchStatus.Matched => "#1a7f37",
            MatchStatus.Suggested => "#4ac26b",
            MatchStatus.Review => "#d4a72c",
            MatchStatus.Ambiguous => "#e16f24",
            _ => "#cf222e",
        };
    }
}
