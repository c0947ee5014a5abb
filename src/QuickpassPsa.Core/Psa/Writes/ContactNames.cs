using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Core.Psa.Writes
{
    /// <summary>The first and last name a new contact gets from an account, or why it cannot get them.</summary>
    public sealed class ContactNameSplit
    {
        internal ContactNameSplit(string first, string last, string? problem)
        {
            First = first;
            Last = last;
            Problem = problem;
        }

        public string First { get; }
        public string Last { get; }

        /// <summary>Why no usable first and last name could be found; null on success.</summary>
        public string? Problem { get; }

        public bool Success => Problem == null;
    }

    /// <summary>
    /// Names for a new contact. The account's own given name and surname win when it has both (the directory's
    /// fields are better evidence than any parse); else the display name is split with <see cref="DisplayNameParser"/>
    /// (a middle name stays with the first name, so nothing is dropped). A name that cannot be split, such as a
    /// single word, is refused when the PSA needs a last name (Autotask); ConnectWise needs only a first name.
    /// </summary>
    public static class ContactNames
    {
        public static ContactNameSplit From(Account account, bool lastNameRequired)
        {
            var first = Trim(account.FirstName);
            var last = Trim(account.LastName);
            if (first.Length > 0 && last.Length > 0) return new ContactNameSplit(first, last, null);

            var display = Trim(account.DisplayName);
            if (display.Length == 0) display = (first + " " + last).Trim();
            var parsed = DisplayNameParser.Parse(display);
            if (parsed.Success && Trim(parsed.First).Length > 0 && Trim(parsed.Last).Length > 0)
            {
                var given = Trim(parsed.First) + (Trim(parsed.Middle).Length > 0 ? " " + Trim(parsed.Middle) : string.Empty);
                return new ContactNameSplit(given, Trim(parsed.Last), null);
            }
            // "刘敏", "王小明": a Chinese, Japanese or Korean name written as one run, family name first. The family name is most
            // often one character; the matcher reads every split, and the contact needs one (round 46: refused on Autotask).
            if (first.Length == 0 && last.Length == 0 && display.Length >= 2 && display.Length <= 4 && Matching.NameKey.IsEastAsianName(display))
            {
                return new ContactNameSplit(display.Substring(1), display.Substring(0, 1), null);
            }
            if (!lastNameRequired && display.Length > 0) return new ContactNameSplit(first.Length > 0 ? first : display, last, null);

            var why = display.Length == 0
                ? "The account has no name at all"
                : "The name '" + display + "' cannot be split into a first and a last name (" + (parsed.FailureReason ?? "no last name").TrimEnd('.') + ")";
            return new ContactNameSplit(first, last, why);
        }

        private static string Trim(string? value) => (value ?? string.Empty).Trim();
    }
}
