using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Threading;
using System.Threading.Tasks;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Companies
{
    /// <summary>How a company name given by a user is read (<see cref="CompanyNameLookup.Find"/>).</summary>
    internal enum CompanyNameReading
    {
        /// <summary>-LiteralCompanyName, Get-PsaCompany -LiteralName, -Company 'name': the name exactly as written.</summary>
        Literal,

        /// <summary>-CompanyName of Get-PsaContact and Find-PsaContactMatch, Get-PsaCompany -Name, a piped name: a name, else a wildcard pattern.</summary>
        NameOrPattern,

        /// <summary>New-PsaContact -CompanyName: read as -CompanyName is, but a pattern is never expanded (a create must not land where a pattern happened to match).</summary>
        NameOnly,
    }

    /// <summary>What <see cref="CompanyNameLookup.Find"/> found for one text.</summary>
    internal sealed class CompanyNameResult
    {
        internal CompanyNameResult(string text, string name, IReadOnlyList<PsaCompany> found, bool pattern, string? invalidPattern)
        {
            Text = text;
            Name = name;
            Found = found;
            Pattern = pattern;
            InvalidPattern = invalidPattern;
        }

        /// <summary>The text as the user gave it, trimmed.</summary>
        public string Text { get; }

        /// <summary>The name looked up: the text, or its backtick escapes undone ('Contoso `[UK`]' is Contoso [UK]); the pattern when <see cref="Pattern"/>.</summary>
        public string Name { get; }

        /// <summary>The companies of that exact name (ignoring case), or those the pattern matches.</summary>
        public IReadOnlyList<PsaCompany> Found { get; }

        /// <summary>True when <see cref="Found"/> is what the wildcard pattern matched (no company has the text as its name).</summary>
        public bool Pattern { get; }

        /// <summary>
        /// Why the text cannot be read as a wildcard pattern ("its [ has no closing ]", see <see cref="CompanyNameLookup.PatternProblem"/>),
        /// when no company has it as its exact name; else null. Nothing is found then, and the caller reports
        /// QuickpassPsa.InvalidNamePattern (<see cref="Errors.LookupErrors.InvalidNamePattern"/>), not CompanyNotFound.
        /// </summary>
        public string? InvalidPattern { get; }

        /// <summary>True when the text has wildcards that no company's name explains, and the reading takes no pattern (New-PsaContact).</summary>
        public bool PatternRefused { get; internal set; }

        /// <summary>When <see cref="PatternRefused"/>: how many companies the pattern matches, for the advice.</summary>
        public int PatternMatches { get; internal set; }

        /// <summary>"is named 'Contoso [UK]'" or "matches 'Contoso*'": how the error about finding none says what was asked.</summary>
        public string One => Pattern ? "matches '" + Name + "'" : "is named '" + Name + "'";

        /// <summary>"are named 'Contoso'" or "match 'Contoso*'": how the error about several says what was asked.</summary>
        public string Several => Pattern ? "match '" + Name + "'" : "are named '" + Name + "'";

        /// <summary>
        /// A command that lists the companies whose names are like the text, for an error that found none (each suggestion is one the
        /// user can run as written: round 65c's '*Contoso ```[UK```]*' found nothing): Get-PsaCompany -Name '*word*' with the text's
        /// longest word, wildcard characters escaped; for a refused pattern the pattern itself; else Get-PsaCompany alone.
        /// </summary>
        public string Hint
        {
            get
            {
                const string exactly = "A company to create contacts in is named exactly, never by a wildcard pattern";
                if (PatternRefused && PatternMatches > 0)
                {
                    return exactly + ": " + CompanyNameLookup.Command("Get-PsaCompany -Name", Text) + " lists the " +
                        (PatternMatches == 1 ? "company" : PatternMatches.ToString(CultureInfo.InvariantCulture) + " companies") + " the pattern matches; pass the exact name of the one you mean.";
                }
                var word = CompanyNameLookup.LongestWord(Pattern || PatternRefused || InvalidPattern != null ? Text : Name);
                var list = word == null
                    ? "Get-PsaCompany lists every company."
                    : CompanyNameLookup.Command("Get-PsaCompany -Name", "*" + WildcardPattern.Escape(word) + "*") + " lists the companies with '" + word + "' in their name.";
                return PatternRefused ? exactly + " (and this pattern matches none either). " + list : list;
            }
        }
    }

    /// <summary>
    /// The one way every cmdlet reads a company name (-CompanyName, -LiteralCompanyName, Get-PsaCompany -Name and -LiteralName,
    /// New-PsaContact -CompanyName, -Company 'name', a name piped in). Round 65c: Find-PsaContactMatch -CompanyName 'Contoso [UK]' read
    /// [UK] as a wildcard class and matched against Contoso U, while New-PsaContact -CompanyName 'Contoso [UK]' took the exact name and
    /// created a second contact there. The rule, in this order:
    /// <list type="number">
    /// <item>a company whose name is the text exactly (trimmed, ignoring case, every character as written) is that company, even when
    /// the text read as a pattern would match others too (-Verbose says so);</item>
    /// <item>a text with PowerShell's backtick escapes and no live wildcard is the name with the escapes undone
    /// (<see cref="WildcardPattern.Unescape"/>): 'Contoso `[UK`]' is Contoso [UK], as Tab completion writes it;</item>
    /// <item>a text with live wildcards (* ? [ ]) is a pattern over every company, read once per run, unless the reading is
    /// <see cref="CompanyNameReading.NameOnly"/>.</item>
    /// </list>
    /// A <see cref="CompanyNameReading.Literal"/> reading is step 1 alone. Spaces around the text and around a company's stored name
    /// are dropped (round 67b: '  Leading Space Ltd' was found by no name parameter), but a company stored with the name as written
    /// (case aside) comes before one whose stored name has spaces around it. A name is searched in the PSA (one request); when that
    /// finds no company stored with the name as written (a server's name condition does not match a padded name), or the name is
    /// one ConnectWise conditions cannot hold (both quote characters), it is compared against the company list instead.
    /// </summary>
    internal sealed class CompanyNameLookup
    {
        private readonly PsaConnection? _connection;
        private readonly Func<Func<CancellationToken, Task<IReadOnlyList<PsaCompany>>>, IReadOnlyList<PsaCompany>>? _run;
        private readonly Action<string> _verbose;
        private IReadOnlyList<PsaCompany>? _all;

        /// <param name="run">Runs one PSA read on the cmdlet's pump (PsaCmdletBase.Run); a failure throws PsaApiException.</param>
        /// <param name="verbose">The cmdlet's WriteVerbose.</param>
        public CompanyNameLookup(PsaConnection connection, Func<Func<CancellationToken, Task<IReadOnlyList<PsaCompany>>>, IReadOnlyList<PsaCompany>> run, Action<string> verbose)
        {
            _connection = connection ?? throw new ArgumentNullException(nameof(connection));
            _run = run ?? throw new ArgumentNullException(nameof(run));
            _verbose = verbose ?? throw new ArgumentNullException(nameof(verbose));
        }

        private CompanyNameLookup(IReadOnlyList<PsaCompany> companies)
        {
            _all = companies;
            _verbose = _ => { };
        }

        /// <summary>
        /// The rule over a company list already read, with no PSA request (Tab completion: which text names which company, round 67b).
        /// </summary>
        internal static CompanyNameLookup Over(IReadOnlyList<PsaCompany> companies) => new CompanyNameLookup(companies ?? throw new ArgumentNullException(nameof(companies)));

        /// <summary>The connection the lookup reads; null for a lookup <see cref="Over"/> a list.</summary>
        public PsaConnection? Connection => _connection;

        /// <summary>Every company of the PSA, read once (every page).</summary>
        public IReadOnlyList<PsaCompany> All => _all ??= _run!(token => _connection!.Client.GetCompaniesAsync(null, token));

        /// <summary>
        /// The companies named exactly <paramref name="name"/> (trimmed, ignoring case; see <see cref="NamedIn"/> for a stored name with
        /// spaces around it): one search of the PSA, unless the list has been read; from the list when ConnectWise cannot search for the
        /// name (it holds both ' and ") or the search finds no company stored with the name as written.
        /// </summary>
        public IReadOnlyList<PsaCompany> Named(string name)
        {
            var trimmed = (name ?? string.Empty).Trim();
            if (_all == null && Searchable(trimmed))
            {
                // The server's answer is filtered too: a collation may also return names that differ in accents or trailing spaces.
                var searched = _run!(token => _connection!.Client.GetCompaniesAsync(trimmed, token)).Where(c => StoredAs(c.Name, trimmed)).ToList();
                if (searched.Count > 0) return searched;
                // None stored as written: a name stored with spaces around it ('  Leading Space Ltd') is not found by a name condition.
            }
            return NamedIn(All, trimmed);
        }

        /// <summary>
        /// The companies of <paramref name="companies"/> whose stored name is <paramref name="trimmed"/> ignoring case; when there are
        /// none, those whose stored name is that once the spaces around it are dropped ('Trailing Space Ltd  ').
        /// </summary>
        internal static List<PsaCompany> NamedIn(IEnumerable<PsaCompany> companies, string trimmed)
        {
            var list = companies as IReadOnlyCollection<PsaCompany> ?? companies.ToList();
            var asStored = list.Where(c => StoredAs(c.Name, trimmed)).ToList();
            return asStored.Count > 0 ? asStored : list.Where(c => SameName(c.Name, trimmed)).ToList();
        }

        private static bool StoredAs(string? name, string wanted) => string.Equals(name, wanted, StringComparison.OrdinalIgnoreCase);

        /// <summary>The companies <paramref name="text"/> names, read as <paramref name="reading"/> says (see the class).</summary>
        public CompanyNameResult Find(string text, CompanyNameReading reading)
        {
            var written = (text ?? string.Empty).Trim();
            if (reading == CompanyNameReading.Literal || !HasWildcardSyntax(written)) return new CompanyNameResult(written, written, Named(written), false, null);

            var live = WildcardPattern.ContainsWildcardCharacters(written);
            var problem = PatternProblem(written);
            var pattern = live && problem == null ? WildcardPattern.Get(written, WildcardOptions.IgnoreCase) : null;

            // 1. The exact name as written wins over any pattern reading of it.
            var exact = live && reading == CompanyNameReading.NameOrPattern ? NamedIn(All, written) : Named(written);
            if (exact.Count > 0)
            {
                if (pattern != null && reading == CompanyNameReading.NameOrPattern)
                {
                    var others = All.Where(c => !exact.Contains(c) && c.Name != null && pattern.IsMatch(c.Name.Trim())).ToList();
                    if (others.Count > 0)
                    {
                        _verbose("'" + written + "' is the exact name of " + string.Join(", ", exact) + ", which is taken. Read as a wildcard pattern it would also match " +
                            List(others) + "; to name one of those, pass its own name or its -CompanyId.");
                    }
                }
                return new CompanyNameResult(written, written, exact, false, null);
            }

            // No company has the text as its name, and the text cannot be read as a pattern either ('Contoso [UK', 'Contoso`'): the
            // caller's QuickpassPsa.InvalidNamePattern error, never a quiet "none" (round 69: an admin read "no decisions" and was wrong).
            if (problem != null) return new CompanyNameResult(written, written, Array.Empty<PsaCompany>(), false, problem);

            // 2. Backtick escapes and no live wildcard: the name they write.
            if (!live)
            {
                var unescaped = WildcardPattern.Unescape(written);
                if (!string.Equals(unescaped, written, StringComparison.Ordinal)) _verbose("'" + written + "' has no live wildcard: it is read as the name " + unescaped + ".");
                return new CompanyNameResult(written, unescaped, Named(unescaped), false, null);
            }

            // 3. A pattern.
            if (reading == CompanyNameReading.NameOnly)
            {
                // Never expanded; the company list is read only to say whether the pattern would name any.
                return new CompanyNameResult(written, written, Array.Empty<PsaCompany>(), false, null)
                {
                    PatternRefused = true,
                    PatternMatches = All.Count(c => c.Name != null && pattern!.IsMatch(c.Name.Trim())),
                };
            }
            return new CompanyNameResult(written, written, All.Where(c => c.Name != null && pattern!.IsMatch(c.Name.Trim())).ToList(), true, null);
        }

        /// <summary>
        /// The same rule as a filter over names already known (Get-PsaContactMatchDecision -CompanyName, -Customer and -Account,
        /// Get-PsaCompanyMatchDecision -Customer): a name of <paramref name="known"/> equal to the text (or to its unescaped reading)
        /// keeps only that name; else the pattern. A text that no known name equals and that is no valid pattern ('Contoso [UK',
        /// 'Contoso`') throws <see cref="InvalidNamePatternException"/>: the caller stops with QuickpassPsa.InvalidNamePattern
        /// instead of selecting nothing (round 69: an admin read "no decisions" and was wrong).
        /// </summary>
        public static Func<string?, bool> Filter(string text, IEnumerable<string?> known)
        {
            var written = (text ?? string.Empty).Trim();
            var names = known.Where(n => n != null).Select(n => n!.Trim()).ToList();
            if (!HasWildcardSyntax(written) || names.Any(n => SameName(n, written))) return name => SameName(name, written);
            if (PatternProblem(written) is { } problem) throw new InvalidNamePatternException(written, problem);
            if (!WildcardPattern.ContainsWildcardCharacters(written))
            {
                var unescaped = WildcardPattern.Unescape(written);
                return name => SameName(name, unescaped);
            }
            var pattern = WildcardPattern.Get(written, WildcardOptions.IgnoreCase);
            return name => name != null && pattern.IsMatch(name.Trim());
        }

        /// <summary>
        /// Why <paramref name="written"/> cannot be read as a wildcard pattern, as a clause ("its [ has no closing ]"), or null when it
        /// can (or has no wildcard syntax). PowerShell's <see cref="WildcardPattern"/> refuses a [ without its ] and an empty []
        /// (only when the pattern is first used); a backtick at the very end escapes nothing, and PowerShell would keep it as a
        /// character without a word, so it is refused here too.
        /// </summary>
        internal static string? PatternProblem(string written)
        {
            if (!HasWildcardSyntax(written)) return null;
            var trailing = 0;
            for (var i = written.Length - 1; i >= 0 && written[i] == '`'; i--) trailing++;
            if (trailing % 2 == 1) return TrailingBacktick;
            if (!WildcardPattern.ContainsWildcardCharacters(written)) return null;
            try
            {
                WildcardPattern.Get(written, WildcardOptions.IgnoreCase).IsMatch(string.Empty); // an unclosed [ is found only when the pattern is first used
                return null;
            }
            catch (WildcardPatternException)
            {
                return BracketProblem(written) ?? Unreadable;
            }
        }

        internal const string UnclosedBracket = "its [ has no closing ]";
        internal const string EmptyBrackets = "its [] holds no character";
        internal const string TrailingBacktick = "it ends with a lone backtick (`), which escapes nothing";
        private const string Unreadable = "PowerShell's wildcard parser refuses it";

        /// <summary>How to mend a pattern with <paramref name="problem"/> (<see cref="PatternProblem"/>), as a clause of advice.</summary>
        internal static string PatternFix(string problem) => problem switch
        {
            UnclosedBracket => "close the [ with a ]: a [ ] pair matches one character, any of those it holds",
            EmptyBrackets => "put the characters to match between the [ and the ]",
            TrailingBacktick => "drop the backtick at the end",
            _ => "write it as PowerShell's wildcards are written",
        };

        /// <summary>"its [ has no closing ]" or "its [] holds no character": the bracket PowerShell's parser refused, or null.</summary>
        private static string? BracketProblem(string written)
        {
            for (var i = 0; i < written.Length; i++)
            {
                if (written[i] == '`')
                {
                    i++;
                    continue;
                }
                if (written[i] != '[') continue;
                if (i + 1 < written.Length && written[i + 1] == ']') return EmptyBrackets;
                var closed = false;
                for (i++; i < written.Length && !closed; i++)
                {
                    if (written[i] == '`') i++;
                    else if (written[i] == ']') closed = true;
                }
                if (!closed) return UnclosedBracket;
                i--;
            }
            return null;
        }

        /// <summary>True when the text holds a character the wildcard language reads (* ? [ ] or the backtick escape).</summary>
        internal static bool HasWildcardSyntax(string text) => text.IndexOfAny(new[] { '*', '?', '[', ']', '`' }) >= 0;

        internal static bool SameName(string? name, string wanted) => string.Equals(name?.Trim(), wanted, StringComparison.OrdinalIgnoreCase);

        /// <summary>A command with one single-quoted argument, as PowerShell reads it back (quotes, curly ones too, doubled).</summary>
        internal static string Command(string command, string argument) =>
            command + " '" + CodeGeneration.EscapeSingleQuotedStringContent(argument) + "'";

        /// <summary>The longest word of the text that is not wildcard syntax (at least two letters or digits), or null.</summary>
        internal static string? LongestWord(string text)
        {
            var words = new List<string>();
            var current = new System.Text.StringBuilder();
            foreach (var c in text + " ")
            {
                if (char.IsWhiteSpace(c) || c == '*' || c == '?' || c == '[' || c == ']' || c == '`')
                {
                    if (current.Length > 0) words.Add(current.ToString());
                    current.Clear();
                }
                else
                {
                    current.Append(c);
                }
            }
            return words.Where(w => w.Count(char.IsLetterOrDigit) >= 2).OrderByDescending(w => w.Length).FirstOrDefault();
        }

        private bool Searchable(string name)
        {
            if (_connection == null) return false;
            if (_connection.Psa != PsaKind.ConnectWise) return true;
            try
            {
                Core.Psa.ConnectWise.CwConditions.Quote(name);
                return true;
            }
            catch (ArgumentException)
            {
                return false;
            }
        }

        private static string List(IReadOnlyList<PsaCompany> companies)
        {
            const int shown = 5;
            return string.Join(", ", companies.Take(shown)) + (companies.Count > shown ? " and " + (companies.Count - shown).ToString(CultureInfo.InvariantCulture) + " more" : string.Empty);
        }
    }
}
