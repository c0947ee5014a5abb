using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// Splits a display name into first, middle and last: "First Last", "First M. Last",
    /// "Last, First [M.]", "first.last" / "first_last" (also an email local part or UPN), with titles
    /// (Dr, Mr, Mrs, Ms, Prof), suffixes (Jr, Sr, II, III, IV, PhD, MD), surname particles (van, van der,
    /// von, de, de la, da, del, di, le, la, St, Mac/Mc written apart), hyphenated names and a nickname in
    /// quotes or parentheses. A single word is not split: the result says so. Also feeds contact creation
    /// for Autotask, which needs first and last apart.
    /// </summary>
    public static class DisplayNameParser
    {
        private static readonly HashSet<string> Suffixes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "jr", "sr", "ii", "iii", "iv", "phd", "md", "dds", "dvm", "esq", "cpa",
            // degrees and post-nominals written after a comma ("Davi Barros, MBA", "Ann Lee, RN", "Raj Patel, P.Eng."): no given name
            "mba", "rn", "jd", "cfa", "msc", "bsc", "peng", "fcca", "acca", "aca", "fca", "cima", "llb", "llm", "mphil", "dphil",
            "edd", "psyd", "pharmd", "dnp", "lpn", "ceng", "pmp", "cissp", "cisa", "cism", "frcp", "mrcp", "frcs", "frcgp", "mrcgp", "dpt",
        };

        // Particles that start a surname; multi-word ones ("van der", "de la") follow from consecutive particles.
        private static readonly HashSet<string> Particles = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "van", "von", "de", "der", "den", "da", "das", "do", "dos", "del", "della", "di", "du", "la", "le", "lo",
            "st", "ste", "saint", "ter", "ten", "bin", "ibn", "mac", "mc",
            // Filipino forms of the Spanish particles: "Juan Dela Cruz" is Juan | Dela Cruz, "Ma. Teresa Delos Santos" Ma. Teresa |
            // Delos Santos, "de los Santos" after "de" (round 80a: Autotask contacts were created as "Juan Dela" | Cruz).
            "dela", "delos", "delas", "los", "las",
            // Malay and South Asian patronymic words: "Siti Nurhaliza binti Tarudin" is Siti Nurhaliza | binti Tarudin, "Arjun a/l Murugan"
            // Arjun | a/l Murugan (round 73b: New-PsaContact made "Siti Nurhaliza binti" | Tarudin).
            "binti", "binte", "bint", "bte", "s/o", "d/o", "a/l", "a/p",
            // Irish: Ó, Ní, Nic, Uí, Mhic start the surname ("Tadhg Ó Briain", "Máire Ní Bhriain"; round 42). Only the written
            // forms with their accent: a bare "O" or "Ni" is as often an initial or a Chinese surname.
            "ó", "ní", "nic", "uí", "mhic",
        };

        // A nickname in double quotes, brackets, or single quotes standing as a word of its own ("William 'Bill' Jones", round 72a:
        // read as a middle name; an apostrophe inside a name, O'Brien, is none).
        private static readonly Regex Nickname = new Regex("[\"“”„«»]([^\"“”„«»]+)[\"“”„«»]|\\(([^)]+)\\)|(?<=\\s)['‘]([^'‘’\\s]+)['’](?=\\s|$)", RegexOptions.Compiled);
        private static readonly Regex Spaces = new Regex("\\s+", RegexOptions.Compiled);

        public static ParsedName Parse(string? displayName)
        {
            var result = new ParsedName();
            var text = (displayName ?? string.Empty).Trim();
            if (text.Length == 0) return Fail(result, NameForm.None, "The name is empty.");

            var separated = false;
            var at = text.IndexOf('@');
            if (at >= 0)
            {
                // An email address or UPN: only its local part carries a name.
                text = text.Substring(0, at);
                separated = true;
            }

            var nickname = Nickname.Match(text);
            if (nickname.Success)
            {
                result.Nickname = (nickname.Groups[1].Success ? nickname.Groups[1].Value : nickname.Groups[2].Success ? nickname.Groups[2].Value : nickname.Groups[3].Value).Trim();
                text = Nickname.Replace(text, " ");
            }

            if (separated || (text.IndexOf(' ') < 0 && (text.IndexOf('.') > 0 || text.IndexOf('_') > 0)))
            {
                var parts = text.Split(new[] { '.', '_' }, StringSplitOptions.RemoveEmptyEntries)
                    .Select(p => p.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9')).Where(p => p.Length > 0).ToList();
                return Assign(result, parts, NameForm.Separated);
            }

            text = Spaces.Replace(text, " ").Trim();
            var comma = text.IndexOf(',');
            if (comma >= 0)
            {
                var left = text.Substring(0, comma).Trim();
                var right = text.Substring(comma + 1).Trim().TrimEnd(',').Trim();
                var rightTokens = Tokens(right);
                if (rightTokens.Count > 0 && rightTokens.All(IsSuffix))
                {
                    // "John Smith, Jr." / "Jane Doe, PhD": the comma sets off a suffix, not the surname.
                    result.Suffix = string.Join(" ", rightTokens.Select(t => t.TrimEnd('.')));
                    text = left;
                }
                else if (left.Length > 0 && rightTokens.Count > 0)
                {
                    // "Last, First [Middle] [Suffix]"
                    var given = rightTokens.ToList();
                    if (given.Count > 1 && IsSuffix(given[given.Count - 1]))
                    {
                        result.Suffix = given[given.Count - 1].TrimEnd('.');
                        given.RemoveAt(given.Count - 1);
                    }
                    var leftTokens = Tokens(left);
                    if (leftTokens.Count > 1 && NameTitles.IsTitle(leftTokens[0], leftTokens.Count - 1)) { result.Title = leftTokens[0].TrimEnd('.'); leftTokens.RemoveAt(0); }
                    while (given.Count > 1 && NameTitles.IsTitle(given[0], given.Count - 1 + 1)) { result.Title = given[0].TrimEnd('.'); given.RemoveAt(0); }
                    result.Last = string.Join(" ", leftTokens);
                    result.First = Clean(given[0]);
                    result.Middle = given.Count > 1 ? string.Join(" ", given.Skip(1).Select(Clean)) : null;
                    result.Form = NameForm.LastCommaFirst;
                    return result;
                }
                else
                {
                    text = (left + " " + right).Trim();
                }
            }

            var tokens = Tokens(text);
            // A title only before a name of two words ("Dr Ann Lee"; "Prof Green", "Dr Dre" are names), and "DI" not before a
            // surname in capitals ("DI STEFANO Marco" is Marco Di Stefano, round 50).
            while (tokens.Count > 3 && NameTitles.IsTwoWordTitle(tokens[0], tokens[1]))
            {
                result.Title = tokens[0] + " " + tokens[1];
                tokens.RemoveRange(0, 2);
            }
            while (tokens.Count > 2 && NameTitles.IsTitle(tokens[0], tokens.Count - 1) && !(tokens[0] == "DI" && IsSurnameInCapitals(tokens[1])))
            {
                result.Title = tokens[0].TrimEnd('.');
                tokens.RemoveAt(0);
            }
            while (tokens.Count > 2 && IsSuffix(tokens[tokens.Count - 1]))
            {
                result.Suffix = tokens[tokens.Count - 1].TrimEnd('.') + (result.Suffix == null ? string.Empty : " " + result.Suffix);
                tokens.RemoveAt(tokens.Count - 1);
            }
            // "MARTIN Paul", "DE LA CRUZ Maria": directories that write the surname first mark it with capitals.
            var capitals = 0;
            while (capitals < tokens.Count && IsSurnameInCapitals(tokens[capitals])) capitals++;
            if (capitals > 0 && capitals < tokens.Count && tokens.Skip(capitals).Any(HasLowerCase))
            {
                result.Last = string.Join(" ", tokens.Take(capitals));
                result.First = Clean(tokens[capitals]);
                result.Middle = tokens.Count > capitals + 1 ? string.Join(" ", tokens.Skip(capitals + 1).Select(Clean)) : null;
                result.Form = NameForm.CapitalSurnameFirst;
                return result;
            }
            return Assign(result, tokens, NameForm.FirstLast);
        }

        private static ParsedName Assign(ParsedName result, List<string> tokens, NameForm form)
        {
            if (tokens.Count == 0) return Fail(result, NameForm.None, "The name has no letters.");
            if (tokens.Count == 1)
            {
                result.First = Clean(tokens[0]);
                return Fail(result, NameForm.SingleWord, "The name is a single word ('" + tokens[0] + "'): first and last name cannot be told apart.");
            }

            // The surname starts at the first particle after the first token ("Ludwig van Beethoven",
            // "Maria de la Cruz", "Ronan Mc Donald"), else it is the last token.
            var lastStart = tokens.Count - 1;
            // After a Vietnamese family name written first ("Nguyen Van An"), Van and Le are middle or given names.
            var vietnamese = VietnameseFamilyNames.Contains(tokens[0]);
            for (var i = 1; i < tokens.Count - 1; i++)
            {
                if (Particles.Contains(tokens[i].TrimEnd('.')) && !(vietnamese && VietnameseFamilyNames.IsAlsoAGivenName(tokens[i])))
                {
                    lastStart = i;
                    break;
                }
            }
            result.First = Clean(tokens[0]);
            result.Middle = lastStart > 1 ? string.Join(" ", tokens.Skip(1).Take(lastStart - 1).Select(Clean)) : null;
            result.Last = string.Join(" ", tokens.Skip(lastStart));
            result.Form = form;
            return result;
        }

        private static ParsedName Fail(ParsedName result, NameForm form, string reason)
        {
            result.Form = form;
            result.FailureReason = reason;
            return result;
        }

        private static List<string> Tokens(string text) =>
            text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).ToList();

        /// <summary>
        /// A word in capitals that reads as a surname, not initials: two letters or more with a vowel in them; of two
        /// letters, one ending in a vowel (LI, WU, MA) or NG, since AJ, TJ or JP are given names' initials.
        /// </summary>
        private static bool IsSurnameInCapitals(string token)
        {
            var letters = token.Where(char.IsLetter).ToList();
            if (letters.Count < 2 || letters.Any(c => !char.IsUpper(c)) || token.Any(c => !char.IsLetter(c) && c != '-' && c != '\'' && c != '’')) return false;
            if (letters.Count == 2 && letters[0] == 'N' && letters[1] == 'G') return true;
            if (!letters.Any(IsVowel)) return false;
            return letters.Count > 2 || IsVowel(letters[1]);
        }

        private static bool IsVowel(char c) => "AEIOUYÀÁÂÃÄÅÆÈÉÊËÌÍÎÏÒÓÔÕÖØÙÚÛÜÝ".IndexOf(c) >= 0;

        private static bool HasLowerCase(string token) => token.Any(char.IsLower);

        private static bool IsSuffix(string token) => Suffixes.Contains(token.Replace(".", string.Empty).TrimEnd(','));

        /// <summary>Initials lose their dot ("Q." → "Q"); other tokens are kept as written.</summary>
        private static string Clean(string token) => token.Length == 2 && token[1] == '.' ? token.Substring(0, 1) : token;
    }
}
