namespace QuickpassPsa.Core.Matching
{
    /// <summary>How a display name was written, as the parser recognised it.</summary>
    public enum NameForm
    {
        None,
        FirstLast,
        LastCommaFirst,

        /// <summary>"MARTIN Paul", "DE LA CRUZ Maria": the surname in capitals, written first (a French or East Asian directory's style).</summary>
        CapitalSurnameFirst,
        Separated,
        SingleWord,
    }

    /// <summary>
    /// A display name split into its parts. Parts keep the caller's spelling (trimmed); compare them
    /// through <see cref="NameNormalizer"/>. When the parser cannot split, <see cref="Success"/> is
    /// false and <see cref="FailureReason"/> says why.
    /// </summary>
    public sealed class ParsedName
    {
        public string? Title { get; internal set; }
        public string? First { get; internal set; }
        public string? Middle { get; internal set; }
        public string? Last { get; internal set; }
        public string? Suffix { get; internal set; }

        /// <summary>A nickname written in quotes or parentheses: Robert "Bob" Smith.</summary>
        public string? Nickname { get; internal set; }

        public NameForm Form { get; internal set; }
        public bool Success => FailureReason == null;
        public string? FailureReason { get; internal set; }

        public override string ToString() =>
            Success ? (First + (Middle == null ? string.Empty : " " + Middle) + " " + Last).Trim() : "(" + FailureReason + ")";
    }
}
