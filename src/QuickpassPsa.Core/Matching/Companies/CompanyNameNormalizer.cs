using System;
using System.Collections.Generic;
using System.Linq;

namespace QuickpassPsa.Core.Matching.Companies
{
    /// <summary>
    /// Folds a company name to the form customer names and PSA company names are compared in: accents, case,
    /// apostrophes, dots and other punctuation as <see cref="NameNormalizer"/> folds person names; "&amp;", "+" and
    /// "and" dropped ("Smith &amp; Sons", "Smith and Sons" and "Smith Sons" agree); a leading "The" and trailing legal
    /// forms (Inc, LLC, Ltd, Limited, GmbH, Pty Ltd, B.V., S.A., AG, Corp, Co, PLC, LLP, GmbH &amp; Co. KG, S.A. de C.V.,
    /// Sp. z o.o., K.K., A/S...) dropped, because PSAs and Quickpass spell the same company with and without them.
    /// The legal form dropped is kept apart (<see cref="LegalForm"/>): "Wingtip Toys Ltd" and "Wingtip Toys Inc" fold
    /// alike but are two legal persons, often a UK and a US sister company.
    /// </summary>
    public static class CompanyNameNormalizer
    {
        /// <summary>
        /// Legal forms as they read after folding (dots are gone: "L.L.C." is "llc", "B.V." is "bv", "Sp. z o.o." is
        /// "sp z oo", "A/S" is "a s"), longest first so that "pty ltd" is one form, not "ltd" after "pty".
        /// </summary>
        private static readonly string[][] LegalForms = new[]
        {
            "gmbh and co kg", "s de rl de cv", "sa de cv", "s de rl", "sp z oo", "sdn bhd", "pty ltd", "pty limited", "pvt ltd", "pte ltd",
            "co ltd", "co limited", "a s", "inc", "incorporated", "llc", "ltd", "limited", "gmbh", "pty", "bv", "sa", "ag", "corp", "corporation",
            "co", "company", "plc", "llp", "lp", "pllc", "kg", "ohg", "sarl", "sas", "srl", "spa", "nv", "oy", "oyj", "ab", "as", "asa", "aps",
            "kk", "se", "ltda", "sro", "bhd", "pvt", "pte",
        }.Select(f => f.Split(' ')).OrderByDescending(f => f.Length).ToArray();

        /// <summary>One spelling of each form, so that Ltd and Limited, Inc and Incorporated are one form.</summary>
        private static readonly Dictionary<string, string> SameForm = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["limited"] = "ltd", ["incorporated"] = "inc", ["corporation"] = "corp", ["company"] = "co",
        };

        /// <summary>The words of the name, folded, without "and", a leading "the" or trailing legal forms; never empty for a name with letters.</summary>
        public static IReadOnlyList<string> Tokens(string? name) => Parse(name).Tokens;

        /// <summary>
        /// The legal form the name ends with, one spelling per form ("ltd" for Ltd and Limited, "co" for Co and Company,
        /// "pty ltd", "gmbh kg": a "Co" before another form is left out); empty when the name carries none.
        /// </summary>
        public static string LegalForm(string? name) => Parse(name).Form;

        /// <summary>Both names carry a legal form, and not the same one: two legal persons (a UK Ltd and its US Inc sister).</summary>
        public static bool LegalFormsDiffer(string? a, string? b)
        {
            var x = LegalForm(a);
            var y = LegalForm(b);
            return x.Length > 0 && y.Length > 0 && x != y;
        }

        /// <summary>The normalised name, words separated by single spaces: "Smith &amp; Sons, Inc." → "smith sons".</summary>
        public static string Normalize(string? name) => string.Join(" ", Tokens(name));

        /// <summary>
        /// The comparison key: the normalised words without spaces, so "Fabri Kam" and "FabriKam" agree. Empty for a name
        /// that is only a legal form or "The" ("Co.", "The Co"): such names would all be one company.
        /// </summary>
        public static string Key(string? name)
        {
            var parsed = Parse(name);
            return parsed.OnlyForm ? string.Empty : string.Concat(parsed.Tokens);
        }

        private static Parsed Parse(string? name)
        {
            if (string.IsNullOrWhiteSpace(name)) return Parsed.Empty;
            // "A+" and "C++" are names ("aplus", "cplusplus"); "&" and a "+" between words would fold to a separator
            // anyway, and spelled out they are dropped with "and" below.
            var spelled = AttachedPlus.Replace(name!, m => string.Concat(Enumerable.Repeat("plus", m.Length))).Replace("&", " and ").Replace("+", " and ");
            var folded = NameNormalizer.Normalize(spelled);
            if (folded.Length == 0) return Parsed.Empty;
            var tokens = new List<string>(folded.Split(' '));
            // A name made only of these words ("The Company") keeps its last word: an empty token list would equal every other.
            if (tokens.Count > 1 && tokens[0] == "the") tokens.RemoveAt(0);

            var form = new List<string>();
            while (tokens.Count > 1)
            {
                if (tokens[tokens.Count - 1] == "and")
                {
                    tokens.RemoveAt(tokens.Count - 1); // "Smith & Sons and Co" leaves a dangling "and" once "co" is gone
                    continue;
                }
                var suffix = LegalForms.FirstOrDefault(f => f.Length < tokens.Count && EndsWith(tokens, f));
                if (suffix == null) break;
                tokens.RemoveRange(tokens.Count - suffix.Length, suffix.Length);
                form.InsertRange(0, suffix);
            }
            var onlyForm = tokens.Count == 1 && (tokens[0] == "the" || LegalForms.Any(f => f.Length == 1 && f[0] == tokens[0]));
            if (tokens.Count > 1) tokens.RemoveAll(t => t == "and");
            // "Co" before another form is part of it ("Co Ltd", "GmbH & Co KG") and says nothing more; alone it is a form of its own.
            var words = form.Where(w => w != "and").Select(w => SameForm.TryGetValue(w, out var same) ? same : w).ToList();
            var canonical = words.Where((w, i) => w != "co" || i == words.Count - 1);
            return new Parsed(tokens, string.Join(" ", canonical), onlyForm);
        }

        private static readonly System.Text.RegularExpressions.Regex AttachedPlus =
            new System.Text.RegularExpressions.Regex(@"(?<=[\p{L}\p{N}])\++", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        /// <summary>A word that is a legal form on its own ("inc", "ltd", "gmbh"), folded.</summary>
        public static bool IsLegalFormWord(string word) => word.Length > 1 && LegalForms.Any(f => f.Length == 1 && f[0] == word);

        private static bool EndsWith(List<string> tokens, string[] suffix)
        {
            var start = tokens.Count - suffix.Length;
            for (var i = 0; i < suffix.Length; i++)
            {
                if (tokens[start + i] != suffix[i]) return false;
            }
            return true;
        }

        private sealed class Parsed
        {
            public static readonly Parsed Empty = new Parsed(Array.Empty<string>(), string.Empty, false);

            public Parsed(IReadOnlyList<string> tokens, string form, bool onlyForm)
            {
                Tokens = tokens;
                Form = form;
                OnlyForm = onlyForm;
            }

            public IReadOnlyList<string> Tokens { get; }
            public string Form { get; }
            public bool OnlyForm { get; }
        }
    }
}
