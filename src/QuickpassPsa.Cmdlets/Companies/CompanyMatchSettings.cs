using System;
using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Matching.Companies;

namespace QuickpassPsa.Cmdlets.Companies
{
    /// <summary>
    /// Find-PsaCompanyMatch's -Status filter and summary. Kept out of the cmdlet class: a cmdlet must not hold Core
    /// enum types in fields or parameters (they load before the module initializer resolves Core).
    /// </summary>
    internal static class CompanyMatchSettings
    {
        public static Func<CompanyMatch, bool> StatusFilter(IEnumerable<string>? statuses)
        {
            var wanted = new HashSet<MatchStatus>();
            foreach (var name in statuses ?? Enumerable.Empty<string>())
            {
                if (Enum.TryParse(name, ignoreCase: true, out MatchStatus status)) wanted.Add(status);
            }
            return wanted.Count == 0 ? (Func<CompanyMatch, bool>)(_ => true) : match => wanted.Contains(match.Status);
        }

        /// <summary>"12 customers: 10 Suggested, 1 Review, 1 Unmatched", for the verbose stream.</summary>
        public static string Summary(IReadOnlyList<CompanyMatch> matches) =>
            matches.Count + " customers: " + string.Join(", ", matches.GroupBy(m => m.Status).OrderByDescending(g => g.Key).Select(g => g.Count() + " " + g.Key));

        public static CompanyMatchOptions Options(bool includeInactive) => new CompanyMatchOptions { IncludeInactive = includeInactive };
    }
}
