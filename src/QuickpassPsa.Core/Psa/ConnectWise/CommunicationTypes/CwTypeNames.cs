using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace QuickpassPsa.Core.Psa.ConnectWise.CommunicationTypes
{
    /// <summary>
    /// How the findings read a description: its clean form (spaces collapsed and trimmed, and the names Quickpass
    /// looks for in their exact case) and what kind of type its words suggest.
    /// </summary>
    internal static class CwTypeNames
    {
        public const string Email = "Email";
        public const string Mobile = "Mobile";
        public const string Cell = "Cell";

        private static readonly string[] Exact = { Email, Mobile, Cell };
        private static readonly Regex Spaces = new Regex(@"\s+", RegexOptions.CultureInvariant);
        private static readonly Regex Words = new Regex(@"[A-Za-z]+", RegexOptions.CultureInvariant);

        /// <summary>Mobile names the issue lists, best first, when one phone type must become "Mobile" or "Cell".</summary>
        private static readonly string[] MobileRank = { "Mobile Phone", "Cell Phone", "Cellular", "End User Mobile", "Personal Cell" };

        /// <summary>Spaces collapsed to one and trimmed.</summary>
        public static string Normalize(string? description) => Spaces.Replace(description ?? string.Empty, " ").Trim();

        /// <summary>The normalized form, with "email", "MOBILE", "cell" written the way Quickpass looks for them.</summary>
        public static string Canonical(string? description)
        {
            var normalized = Normalize(description);
            return Exact.FirstOrDefault(e => e.Equals(normalized, StringComparison.OrdinalIgnoreCase)) ?? normalized;
        }

        /// <summary>Same name for the server (which compares ignoring case) once spaces are cleaned.</summary>
        public static bool SameName(string? a, string? b) => string.Equals(Normalize(a), Normalize(b), StringComparison.OrdinalIgnoreCase);

        public static bool IsNamed(CwCommunicationType type, string name) => SameName(type.Description, name);

        private static bool HasWord(string? description, params string[] words) =>
            Words.Matches(description ?? string.Empty).Cast<Match>().Any(m => words.Any(w => w.Equals(m.Value, StringComparison.OrdinalIgnoreCase)));

        /// <summary>Named like an email type (the word list is CwMobileNames', which reading contacts uses too).</summary>
        public static bool LooksLikeEmail(string? description) => CwMobileNames.LooksLikeEmail(description);

        /// <summary>Named like a mobile type, in any of the languages CwMobileNames knows (Handy, Móvil, Portable...).</summary>
        public static bool LooksLikeMobile(string? description) => CwMobileNames.LooksLikeMobile(description);

        public static bool LooksLikePhone(string? description) => LooksLikeMobile(description) || HasWord(description, "phone", "direct");

        /// <summary>A personal address is not the one to become the work "Email".</summary>
        public static bool IsPersonal(string? description) => HasWord(description, "personal", "home", "private", "other");

        /// <summary>Rank of a mobile-like name for becoming "Mobile"/"Cell": the issue's list first, then any other.</summary>
        public static int MobileRankOf(string? description)
        {
            var index = Array.FindIndex(MobileRank, r => SameName(r, description));
            return index < 0 ? MobileRank.Length : index;
        }

        /// <summary>'Email ' with quotes, so that a stray space is visible in any text.</summary>
        public static string Quote(string? description) => "'" + (description ?? string.Empty) + "'";
    }
}
