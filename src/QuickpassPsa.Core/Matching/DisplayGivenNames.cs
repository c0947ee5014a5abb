using System;
using System.Collections.Generic;
using QuickpassPsa.Core.Accounts;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// A given name that an account's display name adds beside the fields' own: a Chinese name beside an English one
    /// ("Joyce Tan Mei Ling", "Tan Mei Ling (Joyce)", "TAN Mei Ling, Joyce" over the fields Joyce | Tan), a name in
    /// another language the person also goes by. The PSA may know the person by it (a contact Mei Ling Tan), so such a
    /// contact is a candidate for a person to confirm; never a link by itself (a relative shares the surname too).
    /// </summary>
    internal static class DisplayGivenNames
    {
        private const int MaxWords = 3;

        /// <summary>
        /// The other given name with the fields' surname ("meiling", "tan"), or null: no display name, one that is the
        /// fields' names, one without the surname in it, or one with nothing but the fields' words (or too much besides).
        /// </summary>
        public static NameKey? Other(Account account)
        {
            var display = account.DisplayName;
            if (string.IsNullOrWhiteSpace(display) || string.IsNullOrWhiteSpace(account.FirstName) || string.IsNullOrWhiteSpace(account.LastName)) return null;
            // Most display names are the fields' names: answered without a split.
            if (NameNormalizer.SameNormalized(display!, account.FirstName!, account.LastName!)) return null;
            var words = NameNormalizer.Normalize(display).Split(' ');
            var firstWords = NameNormalizer.Normalize(account.FirstName).Split(' ');
            var lastWords = NameNormalizer.Normalize(account.LastName).Split(' ');
            foreach (var word in lastWords)
            {
                if (Array.IndexOf(words, word) < 0) return null; // the display name is about the fields' family
            }
            var rest = new List<string>(MaxWords);
            foreach (var word in words)
            {
                if (Array.IndexOf(firstWords, word) >= 0 || Array.IndexOf(lastWords, word) >= 0) continue;
                if (word.Length < 2 || rest.Count == MaxWords) return null;
                rest.Add(word);
            }
            if (rest.Count == 0) return null;
            var given = string.Concat(rest);
            var first = NameNormalizer.Compact(account.FirstName);
            return given == first ? (NameKey?)null : new NameKey(given, NameNormalizer.Compact(account.LastName));
        }
    }
}
