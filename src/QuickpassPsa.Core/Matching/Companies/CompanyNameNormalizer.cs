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
            "kk", "se", "ltda", "sro", "bhd", "pvt", "pte", "ug", "kft", "zrt", "nyrt", "sl", "slu", "lda", "jsc", "ojsc", "pjsc", "doo", "dd",
            "ulc", "pc", "ev", "ggmbh", "ou", "dac", "cic", "eg", "sae", "bvba", "vof", "ek", "kgaa", "sasu", "eurl", "sprl", "lllp", "snc", "sca",
            // Turkish Ltd. Şti.; Greek Α.Ε., Ε.Π.Ε., Ι.Κ.Ε., Ο.Ε., Ε.Ε.; Hebrew בע"מ (its " folds to a space); Arabic ش.م.م, ذ.م.م, ش.م.ع (round 41)
            "ltd sti", "sti", "αε", "επε", "ικε", "οε", "εε", "בעמ", "בע מ", "شمم", "ذمم", "شمع",
        }.Select(f => f.Split(' ')).OrderByDescending(f => f.Length).ToArray();

        /// <summary>
        /// Legal forms that are also a region's code or a word: "Cancer Council SA" (South Australia), "Summit Roofing CO"
        /// (Colorado), "Habitat for Humanity AB" (Alberta), "Contoso PC" (computers). Written in capitals in a name that is
        /// not, such a code is dropped like a form, but a match that rests on dropping it is for a person to confirm.
        /// </summary>
        private static readonly HashSet<string> AmbiguousForms = new HashSet<string>(StringComparer.Ordinal)
        {
            "sa", "ab", "co", "nv", "as", "se", "ag", "pc", "ev", "eg", "lp", "sl", "dd", "ek", "ou",
        };

        /// <summary>Words that are legal forms only in their own spelling: "Lotus Spa" is a day spa, "SpA" an Italian company; "Midwest Ag" farms.</summary>
        private static readonly HashSet<string> WordsUnlessWrittenAsForms = new HashSet<string>(StringComparer.Ordinal) { "spa", "ag" };

        /// <summary>Legal forms written before the name, folded: Indonesian PT and CV, Russian and Ukrainian ООО, ЗАО, ОАО, ПАО, ТОВ.</summary>
        private static readonly HashSet<string> LeadingForms = new HashSet<string>(StringComparer.Ordinal) { "pt", "ооо", "зао", "оао", "пао", "тов", "ао" };

        /// <summary>Japanese and Chinese company forms, written joined to the name, before or after it.</summary>
        private static readonly string[] JapaneseForms = { "株式会社", "有限会社", "合同会社", "股份有限公司", "有限公司" };

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

        /// <summary>
        /// Both names carry a legal form, and not the same one: two legal persons (a UK Ltd and its US Inc sister). Or one
        /// name ends with a code that may be a region as well as a form (<see cref="AmbiguousForms"/>) and the other does not.
        /// </summary>
        public static bool LegalFormsDiffer(string? a, string? b)
        {
            var x = Parse(a);
            var y = Parse(b);
            if (x.Form == y.Form) return false;
            return (x.Form.Length > 0 && y.Form.Length > 0) || x.AmbiguousForm || y.AmbiguousForm;
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
            var spelled = AttachedPlus.Replace(name!, m => string.Concat(Enumerable.Repeat("plus", m.Length)));
            // Symbols that carry meaning in a name would fold to nothing: "C#" and "C", "£1 Shop" and "$1 Shop", "@Home" and "Home".
            foreach (var symbol in Symbols) spelled = spelled.Replace(symbol.Key, " " + symbol.Value + " ");
            spelled = AttachedMinus.Replace(spelled, "$1minus");
            spelled = spelled.Replace("&", " and ").Replace("+", " and ");
            var folded = NameNormalizer.Normalize(spelled);
            if (folded.Length == 0) return Parsed.Empty;
            var tokens = new List<string>(folded.Split(' '));
            // A name made only of these words ("The Company") keeps its last word: an empty token list would equal every other.
            if (tokens.Count > 1 && tokens[0] == "the") tokens.RemoveAt(0);
            // Forms written before the name: "PT Maju Jaya" (Indonesia), "ООО Ромашка" (Russia), "株式会社山田" (Japan, also after it).
            var leading = new List<string>();
            while (tokens.Count > 1 && LeadingForms.Contains(tokens[0]))
            {
                leading.Add(tokens[0]);
                tokens.RemoveAt(0);
            }
            for (var i = 0; i < tokens.Count; i++)
            {
                foreach (var kanji in JapaneseForms)
                {
                    if (tokens[i].Length > kanji.Length && (tokens[i].StartsWith(kanji, StringComparison.Ordinal) || tokens[i].EndsWith(kanji, StringComparison.Ordinal)))
                    {
                        tokens[i] = tokens[i].StartsWith(kanji, StringComparison.Ordinal) ? tokens[i].Substring(kanji.Length) : tokens[i].Substring(0, tokens[i].Length - kanji.Length);
                        leading.Add(kanji);
                    }
                }
                if (tokens[i] == "st") tokens[i] = "saint"; // "St Mary's School" and "Saint Mary's School"
            }

            var form = new List<string>();
            var last = LastWord(name!);
            var ambiguous = false;
            while (tokens.Count > 1)
            {
                if (tokens[tokens.Count - 1] == "and")
                {
                    tokens.RemoveAt(tokens.Count - 1); // "Smith & Sons and Co" leaves a dangling "and" once "co" is gone
                    continue;
                }
                var suffix = LegalForms.FirstOrDefault(f => f.Length < tokens.Count && EndsWith(tokens, f));
                if (suffix == null) break;
                if (form.Count == 0 && suffix.Length == 1 && last != null)
                {
                    // The name's own last word: "Spa" or "Ag" as written is a word; "SA", "CO" in capitals may be a region
                    // ("S.A." with its dots is a form).
                    if (WordsUnlessWrittenAsForms.Contains(suffix[0]) && IsTitleCase(last)) break;
                    if (AmbiguousForms.Contains(suffix[0]) && last.IndexOf('.') < 0 && IsCapitals(last) && !IsCapitals(name!)) ambiguous = true;
                }
                tokens.RemoveRange(tokens.Count - suffix.Length, suffix.Length);
                form.InsertRange(0, suffix);
            }
            var onlyForm = tokens.Count == 1 && (tokens[0] == "the" || LegalForms.Any(f => f.Length == 1 && f[0] == tokens[0]));
            // "and" between words goes ("Smith and Sons" is "Smith Sons"); a first word "and" is the name ("AND Digital", "&Beyond").
            for (var i = tokens.Count - 1; i > 0; i--)
            {
                if (tokens[i] == "and") tokens.RemoveAt(i);
            }
            // "Co., Ltd." (a Japanese, Korean or Chinese company) is a form of its own, not Ltd.
            var canonical = form.Where(w => w != "and").Select(w => SameForm.TryGetValue(w, out var same) ? same : w);
            return new Parsed(tokens, string.Join(" ", leading.Concat(canonical)), onlyForm, ambiguous);
        }

        /// <summary>The last word of a name as written (with its dots: "S.A."), or null.</summary>
        private static string? LastWord(string name)
        {
            var words = name.Trim().TrimEnd('.').Split(new[] { ' ', '\t', ',', '(', ')', '-' }, StringSplitOptions.RemoveEmptyEntries);
            return words.Length == 0 ? null : words[words.Length - 1];
        }

        private static bool IsCapitals(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

        private static bool IsTitleCase(string word) => word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(c => !char.IsLetter(c) || char.IsLower(c));

        private static readonly KeyValuePair<string, string>[] Symbols =
        {
            new KeyValuePair<string, string>("#", "sharp"), new KeyValuePair<string, string>("%", "percent"), new KeyValuePair<string, string>("@", "at"),
            new KeyValuePair<string, string>("£", "pound"), new KeyValuePair<string, string>("$", "dollar"), new KeyValuePair<string, string>("€", "euro"),
            new KeyValuePair<string, string>("¥", "yen"),
        };

        // "A- Tutors": a minus after a single letter is a grade, not a dash ("Smith - Jones" has spaces around it).
        private static readonly System.Text.RegularExpressions.Regex AttachedMinus =
            new System.Text.RegularExpressions.Regex(@"(?<![\p{L}\p{N}])(\p{L})-(?=\s|$)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

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
            public static readonly Parsed Empty = new Parsed(Array.Empty<string>(), string.Empty, false, false);

            public Parsed(IReadOnlyList<string> tokens, string form, bool onlyForm, bool ambiguousForm)
            {
                Tokens = tokens;
                Form = form;
                OnlyForm = onlyForm;
                AmbiguousForm = ambiguousForm;
            }

            /// <summary>The form dropped last is a code that may be a region ("SA", "CO" in capitals).</summary>
            public bool AmbiguousForm { get; }

            public IReadOnlyList<string> Tokens { get; }
            public string Form { get; }
            public bool OnlyForm { get; }
        }
    }
}
