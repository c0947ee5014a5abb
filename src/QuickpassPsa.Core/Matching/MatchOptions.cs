namespace QuickpassPsa.Core.Matching
{
    public enum MatchStrategy
    {
        /// <summary>Email, then exact name, then safe fuzzy suggestions, one-to-one, never auto-linking on weak evidence.</summary>
        Default,

        /// <summary>Quickpass's documented rule, for comparison: exact email, else exact first and last name.</summary>
        QuickpassCompatible,
    }

    public sealed class MatchOptions
    {
        public MatchStrategy Strategy { get; set; } = MatchStrategy.Default;

        /// <summary>Look for nickname, swapped, initial, typo and alias-domain candidates (Default strategy).</summary>
        public bool Fuzzy { get; set; } = true;

        /// <summary>The nickname equivalences; null uses the built-in table.</summary>
        public NicknameTable? Nicknames { get; set; }
    }
}
