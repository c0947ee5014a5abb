using System;
using System.Collections.Generic;

namespace QuickpassPsa.Core.Matching.Companies
{
    /// <summary>
    /// Folds a company name to the form customer names and PSA company names are compared in: accents, case,
    /// apostrophes, dots and other punctuation as <see cref="NameNormalizer"/> folds person names; "&amp;" read as
    /// "and"; a leading "The" and trailing legal suffixes (Inc, LLC, Ltd, Limited, GmbH, Pty Ltd, B.V., S.A., AG,
    /// Corp, Co, PLC, LLP...) dropped, because PSAs and Quickpass spell the same company with and without them.
    /// </summary>
    public static class CompanyNameNormalizer
    {
        /// <summary>Legal forms as they read after folding (dots are gone: "L.L.C." is "llc", "B.V." is "bv").</summary>
        private static readonly HashSet<string> LegalSuffixes = new HashSet<string>(StringComparer.Ordinal)
        {
            "inc", "incorporated", "llc", "ltd", "limited", "gmbh", "pty", "bv", "sa", "ag",
            "corp", "corporation", "co", "company", "plc", "llp",
        };

        /// <summary>The words of the name, folded, without a leading "the" or trailing legal suffixes; never empty for a name with letters.</summary>
        public static IReadOnlyList<string> Tokens(string? name)
        {
            if (string.IsNullOrWhiteSpace(name)) return Array.Empty<string>();
            // "&" and "+" would fold to a separator and vanish; spelled out they agree with "and".
            var spelled = name!.Replace("&", " and ").Replace("+", " and ");
            var folded = NameNormalizer.Normalize(spelled);
            if (folded.Length == 0) return Array.Empty<string>();
            var tokens = new List<string>(folded.Split(' '));
            // A name made only of these words ("The Company") keeps its last word: an empty key would equal every other empty key.
            if (tokens.Count > 1 && tokens[0] == "the") tokens.RemoveAt(0);
            while (tokens.Count > 1 && LegalSuffixes.Contains(tokens[tokens.Count - 1])) tokens.RemoveAt(tokens.Count - 1);
            // "Smith & Sons and Co" leaves a dangling "and" once "co" is gone.
            while (tokens.Count > 1 && tokens[tokens.Count - 1] == "and") tokens.RemoveAt(tokens.Count - 1);
            return tokens;
        }

        /// <summary>The normalised name, words separated by single spaces: "Smith &amp; Sons, Inc." → "smith and sons".</summary>
        public static string Normalize(string? name) => string.Join(" ", Tokens(name));

        /// <summary>The comparison key: the normalised words without spaces, so "Fabri Kam" and "FabriKam" agree.</summary>
        public static string Key(string? name) => string.Concat(Tokens(name));
    }
}
