using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using QuickpassPsa.Cmdlets.Errors;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Matching.Companies;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Companies
{
    /// <summary>
    /// Which companies to list when Find-PsaContactMatch -Company 'name' finds no company of that name and the near-name fold is
    /// ambiguous (PsaCompanyCmdletBase.ByName). Round 69: the error listed the matcher's first ten candidates, loosely related
    /// ones among them (every "Contoso ..." whose name begins with the text's words, near spellings by Jaro-Winkler), in the matcher's
    /// order, and counted ten when there were more. Now it lists, over every company, the names that are plausibly the one meant,
    /// closest first:
    /// <list type="number">
    /// <item>the same words once case, punctuation, "&amp;", legal suffixes and a leading "The" are set aside ("Contoso Ltd", "The
    /// Contoso Company" for 'Contoso'), those under the text's own legal form first;</item>
    /// <item>the same letters in other words ("Conto So" for 'Contoso');</item>
    /// <item>the same words but one, and that one a single edit off ("Contosso Ltd", "Kontoso"; words of four letters or more, never
    /// numbers: "Branch 1" and "Branch 2" are two companies);</item>
    /// <item>the same words, the last cut short by the text ('Contoso Pharma' for "Contoso Pharmaceuticals"; four letters or more);</item>
    /// </list>
    /// within each, those under the text's own legal form first, then active companies, then the spelling closest to the text. All of
    /// them are counted; LookupErrors lists ten. Names that only begin with the text's words ("Contoso Holdings" for 'Contoso') or are
    /// near it by their letters alone are not listed: the advice says there are such names and how to list them. When fewer than two
    /// names are plausible, the message says so instead of listing loose ones as if they were. The matcher decides whether the fold
    /// is ambiguous at all (Core/Matching/Companies, unchanged); this only chooses what the error says.
    /// </summary>
    internal static class NearCompanyNames
    {
        /// <summary>The companies whose names are plausibly <paramref name="text"/>, ranked closest first (see the class).</summary>
        internal static IReadOnlyList<PsaCompany> Plausible(string text, IEnumerable<PsaCompany> companies)
        {
            var words = CompanyNameNormalizer.Tokens(text);
            var key = CompanyNameNormalizer.Key(text);
            if (words.Count == 0 || key.Length == 0) return Array.Empty<PsaCompany>();
            var normalized = string.Join(" ", words);
            var form = CompanyNameNormalizer.LegalForm(text);
            var typed = text.Trim().ToLowerInvariant();
            var found = new List<(PsaCompany Company, int Tier, bool OwnForm, double Closeness)>();
            foreach (var company in companies)
            {
                var name = company?.Name?.Trim();
                if (string.IsNullOrEmpty(name)) continue;
                var theirs = CompanyNameNormalizer.Tokens(name);
                var tier = string.Join(" ", theirs) == normalized ? 0
                    : CompanyNameNormalizer.Key(name) == key ? 1
                    : CompanyMatcher.OneTokenTypo(words, theirs) ? 2  // one word one edit off (the matcher's own test)
                    : LastWordCutShort(words, theirs) ? 3
                    : -1;
                if (tier < 0) continue;
                found.Add((company!, tier, form.Length > 0 && CompanyNameNormalizer.LegalForm(name) == form, Similarity.JaroWinkler(typed, name!.ToLowerInvariant())));
            }
            return found
                .OrderBy(f => f.Tier)
                .ThenBy(f => f.OwnForm ? 0 : 1)
                .ThenBy(f => f.Company.Active ? 0 : 1)
                .ThenByDescending(f => f.Closeness)
                .ThenBy(f => f.Company.Name.Trim(), StringComparer.OrdinalIgnoreCase)
                .Select(f => f.Company)
                .ToList();
        }

        /// <summary>
        /// The CompanyAmbiguous error for an ambiguous fold of <paramref name="text"/>: the plausible names of <paramref name="companies"/>,
        /// closest first and all counted (ten listed). The matcher's other <paramref name="candidates"/> (names that only begin with the
        /// text's words, near spellings by their letters) are not listed: the advice says that there are such names and gives
        /// <paramref name="hint"/>, a Get-PsaCompany command that lists the names with the text's longest word.
        /// </summary>
        internal static ErrorRecord Ambiguous(string text, IEnumerable<PsaCompany> companies, IReadOnlyList<CompanyCandidate> candidates, string hint, object target)
        {
            var plausible = Plausible(text, companies);
            var loose = candidates.Select(c => c.Company).Where(c => !plausible.Contains(c)).Distinct().Count();
            var others = loose == 0 ? hint : "Other companies' names only begin with its words or are near spellings of it: " + hint;
            if (plausible.Count > 1)
            {
                return LookupErrors.CompanyAmbiguous("are named like '" + text + "' (" + Like + "), closest first", plausible, target, others);
            }
            if (plausible.Count == 1)
            {
                return LookupErrors.CompanyAmbiguousSaying("No company is named '" + text + "'. Only " + LookupErrors.Quoted(plausible[0]) + " is named like it (" + Like +
                    "); " + Others(loose, other: true) + ", and the near names are ambiguous: exactly one is needed.",
                    target, "If " + LookupErrors.Quoted(plausible[0]) + " is the company you mean, pass its exact name or its -CompanyId. " + hint);
            }
            return LookupErrors.CompanyAmbiguousSaying("No company is named '" + text + "' or like it (" + Like + "); " + Others(loose, other: false) +
                ", too loosely to take or to list. Exactly one is needed.",
                target, hint);
        }

        private const string Like = "the same words once case, punctuation, legal suffixes and a leading 'The' are set aside, or a word one letter off or cut short";

        private static string Others(int companies, bool other) => companies == 1
            ? "1 " + (other ? "other " : string.Empty) + "company's name only begins with its words or is a near spelling of it"
            : companies.ToString(System.Globalization.CultureInfo.InvariantCulture) + (other ? " other" : string.Empty) + " companies' names only begin with its words or are near spellings of it";

        /// <summary>The same number of words, all equal but the last, which the text cuts short: 'Contoso Pharma' for Contoso Pharmaceuticals (four letters or more).</summary>
        private static bool LastWordCutShort(IReadOnlyList<string> typed, IReadOnlyList<string> theirs)
        {
            if (typed.Count != theirs.Count || typed.Count == 0) return false;
            for (var i = 0; i < typed.Count - 1; i++)
            {
                if (typed[i] != theirs[i]) return false;
            }
            var cut = typed[typed.Count - 1];
            var whole = theirs[theirs.Count - 1];
            return cut.Length >= 4 && whole.Length > cut.Length && whole.StartsWith(cut, StringComparison.Ordinal) && !cut.All(char.IsDigit);
        }
    }
}
