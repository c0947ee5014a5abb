using System;
using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Matching.Companies;

namespace QuickpassPsa.Core.Decisions
{
    /// <summary>
    /// A stored customer-company link is by company id, and an id is only a number: in a store copied to another PSA or site, a
    /// link saved from a row of the other PSA, or after a company record was reused for another customer, the id names another
    /// company (round 60b: Autotask's "Autotask Lab Ltd" [7001], saved into the ConnectWise store, linked the customer to
    /// ConnectWise's "Zeta Holdings" [7001]). The contact links have <see cref="StaleLinks"/>; this is the same check for
    /// company links: the name stored with the link against the company's name in the PSA now.
    /// </summary>
    public static class CompanyLinkNames
    {
        // Words many company names carry: sharing one of them says nothing ("Acme Services" and "Zeta Services").
        private static readonly HashSet<string> Generic = new HashSet<string>(StringComparer.Ordinal)
        {
            "group", "holdings", "holding", "services", "service", "solutions", "partners", "partnership", "associates", "international", "intl",
            "global", "systems", "technologies", "technology", "tech", "consulting", "management", "enterprises", "industries", "the", "of", "and",
            "for", "de", "la", "le", "du", "der", "und", "company", "trust", "foundation", "new", "old",
        };

        /// <summary>
        /// True when <paramref name="currentName"/> names another company than <paramref name="storedName"/>: no distinctive word in
        /// common (legal forms, punctuation and case aside; a word one slip off counts as common, "Contosso" for "Contoso"), not the
        /// same letters spaced otherwise ("Ken Ward" and "Kenward"), and neither name the other's initials ("GDI" for "Graphic Design
        /// Institute"). A rename that keeps the name's words ("Contoso" to "Contoso Ltd", "Northwind Traders" to "Northwind Trading
        /// Group") is no other company. False when either name is unknown: there is nothing to tell by.
        /// </summary>
        public static bool NamesAnother(string? storedName, string? currentName)
        {
            if (string.IsNullOrWhiteSpace(storedName) || string.IsNullOrWhiteSpace(currentName)) return false;
            var then = CompanyNameNormalizer.Tokens(storedName);
            var now = CompanyNameNormalizer.Tokens(currentName);
            if (then.Count == 0 || now.Count == 0) return false;
            var thenKey = CompanyNameNormalizer.Key(storedName);
            if (thenKey.Length > 0 && thenKey == CompanyNameNormalizer.Key(currentName)) return false;
            var thenWords = Distinctive(then);
            var nowWords = Distinctive(now);
            foreach (var word in nowWords)
            {
                foreach (var old in thenWords)
                {
                    if (word == old) return false;
                    if (word.Length >= 4 && old.Length >= 4 && Similarity.DamerauLevenshtein(word, old) <= 1) return false;
                }
            }
            return !Initials(then, now) && !Initials(now, then);
        }

        /// <summary>The words that tell companies apart; all of them when the name has only generic words ("Services Group").</summary>
        private static IReadOnlyList<string> Distinctive(IReadOnlyList<string> tokens)
        {
            var words = tokens.Where(t => !Generic.Contains(t) && !t.All(char.IsDigit)).ToList();
            return words.Count > 0 ? words : tokens;
        }

        /// <summary>One name is a word made of the other's initials ("GDI", "Graphic Design Institute"), two letters or more.</summary>
        private static bool Initials(IReadOnlyList<string> full, IReadOnlyList<string> other)
        {
            if (full.Count < 2) return false;
            var initials = new string(full.Where(w => w.Length > 0).Select(w => w[0]).ToArray());
            var significant = new string(full.Where(w => w.Length > 0 && !Generic.Contains(w)).Select(w => w[0]).ToArray());
            return other.Any(w => w.Length >= 2 && (w == initials || w == significant));
        }
    }
}
