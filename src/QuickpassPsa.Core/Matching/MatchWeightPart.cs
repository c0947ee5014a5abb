using System.Globalization;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// One comparison's share of a candidate's match weight: which field (Email, FirstName, LastName,
    /// MobilePhone), at which level (Exact, Nickname, NearMiss, ...), and its log2 likelihood ratio
    /// (positive for evidence for, negative for evidence against). Plain data, so it serialises as is.
    /// </summary>
    public sealed class MatchWeightPart
    {
        public MatchWeightPart(string comparison, string level, double weight)
        {
            Comparison = comparison;
            Level = level;
            Weight = weight;
        }

        public string Comparison { get; }
        public string Level { get; }
        public double Weight { get; }

        public override string ToString() =>
            Comparison + "=" + Level + " " + (Weight >= 0 ? "+" : string.Empty) + Weight.ToString("0.0", CultureInfo.InvariantCulture);
    }
}
