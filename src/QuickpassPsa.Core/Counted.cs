using System.Globalization;

namespace QuickpassPsa.Core
{
    /// <summary>
    /// Counts in text a person reads: "1 account", "3 accounts", "tried once", "tried 3 times" (round 47c: "the request
    /// was tried 1 times"). Every message with a number that can be 1 goes through here.
    /// </summary>
    internal static class Counted
    {
        /// <summary>"1 account", "3 accounts"; <paramref name="plural"/> for words that do not just add an s.</summary>
        public static string Of(long count, string singular, string? plural = null) =>
            count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural ?? singular + "s");

        /// <summary>"once", "twice" reads oddly beside numbers in a log, so: "once", "2 times", "3 times".</summary>
        public static string Times(long count) => count == 1 ? "once" : count.ToString(CultureInfo.InvariantCulture) + " times";
    }
}
