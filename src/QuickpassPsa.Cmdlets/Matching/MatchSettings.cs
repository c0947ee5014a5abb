using System;
using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Cmdlets.Matching
{
    /// <summary>
    /// Turns Find-PsaContactMatch's text parameters (-Strategy, -Status) into Core's enums. The cmdlet holds them
    /// as strings: a cmdlet class must not have fields or parameters of Core enum types, because PowerShell loads
    /// cmdlet types before the module initializer can resolve Core (README, "Dependency isolation").
    /// </summary>
    internal static class MatchSettings
    {
        /// <summary>The -Strategy values, as the ValidateSet lists them.</summary>
        public const string Default = nameof(MatchStrategy.Default);
        public const string QuickpassCompatible = nameof(MatchStrategy.QuickpassCompatible);

        public static MatchOptions Options(string? strategy) => new MatchOptions
        {
            Strategy = string.Equals(strategy, QuickpassCompatible, StringComparison.OrdinalIgnoreCase) ? MatchStrategy.QuickpassCompatible : MatchStrategy.Default,
        };

        /// <summary>A filter that keeps the matches whose status is one of <paramref name="statuses"/>; everything when none are given.</summary>
        public static Func<ContactMatch, bool> StatusFilter(IEnumerable<string>? statuses)
        {
            var wanted = new HashSet<MatchStatus>();
            foreach (var name in statuses ?? Enumerable.Empty<string>())
            {
                if (Enum.TryParse(name, ignoreCase: true, out MatchStatus status)) wanted.Add(status);
            }
            return wanted.Count == 0 ? (Func<ContactMatch, bool>)(_ => true) : match => wanted.Contains(match.Status);
        }

        /// <summary>"76 accounts: 60 Suggested, 10 Review, 2 Ambiguous, 4 Unmatched", for the verbose stream.</summary>
        public static string Summary(IReadOnlyList<ContactMatch> matches) =>
            Core.Counted.Of(matches.Count, "account") + ": " + string.Join(", ", matches.GroupBy(m => m.Status).OrderByDescending(g => g.Key).Select(g => g.Count() + " " + g.Key));
    }
}
