namespace QuickpassPsa.Core.Matching.Companies
{
    public sealed class CompanyMatchOptions
    {
        /// <summary>Consider inactive companies too; a match to one is never more than Review.</summary>
        public bool IncludeInactive { get; set; }

        /// <summary>Jaro-Winkler similarity of the normalised names from which a near spelling is a Review candidate.</summary>
        public double FuzzyThreshold { get; set; } = 0.95;
    }
}
