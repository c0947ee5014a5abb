namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// Reading data before it is used, the one way netstandard2.0 has to prefetch: at a million contacts or
    /// accounts each object and text is far from the processor's cache, and loads that do not depend on
    /// each other, issued together, are waited for together instead of one after another. The index build
    /// (contacts, near-miss addresses), the deletion tables' lookups and the matching loop (accounts) use it.
    /// </summary>
    internal static class ReadAhead
    {
        /// <summary>How many contacts or accounts are read ahead at a time.</summary>
        public const int Batch = 32;

        /// <summary>The text's last character (0 for none): one load that brings the whole text in.</summary>
        public static int Last(string? text) => text == null || text.Length == 0 ? 0 : text[text.Length - 1];

        /// <summary>Keeps the sum of what was read, so that the loads are not dropped as dead code.</summary>
        public static void Keep(long sum) => _sink = sum;

        private static long _sink;
    }
}
