using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using QuickpassPsa.Cmdlets.Psa;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Companies
{
    /// <summary>
    /// Tab completion of company names (-CompanyName, -LiteralCompanyName, Get-PsaCompany -Name) from the connection's
    /// company list, read once per connection (<see cref="ConnectionReadCache{T}"/>). Without a connection it offers nothing.
    /// What it writes is a text the parameter reads back as the listed company (round 67b), by the rule of
    /// <see cref="CompanyNameLookup"/> run over the same list: the name without the spaces stored around it ('  Leading Space Ltd'
    /// is written 'Leading Space Ltd'); where the parameter takes wildcards, the name with its wildcard characters escaped
    /// ('Contoso `[UK`]'), unless that text is itself the name of another company (a company named "Tick `[x`]" beside "Tick [x]"),
    /// and then the name as written, which the exact-name rule reads as that company.
    /// </summary>
    public sealed class CompanyNameCompleter : IArgumentCompleter
    {
        private static readonly ConnectionReadCache<string[]> Cache = new ConnectionReadCache<string[]>(async (connection, cancel) =>
        {
            var companies = await connection.Client.GetCompaniesAsync(null, cancel).ConfigureAwait(false);
            return companies.Select(c => c.Name).Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.Ordinal)
                .OrderBy(n => n.Trim(), StringComparer.OrdinalIgnoreCase).ToArray();
        });

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            try
            {
                var connection = ConnectionReadCache<string[]>.ConnectionOf(fakeBoundParameters);
                if (connection == null || !connection.IsOpen) return Array.Empty<CompletionResult>();
                var names = Cache.Get(connection);
                if (names == null) return Array.Empty<CompletionResult>();

                var typed = (wordToComplete ?? string.Empty).Trim('\'', '"').TrimStart();
                var pattern = new WildcardPattern(WildcardPattern.Escape(typed) + "*", WildcardOptions.IgnoreCase);
                var reading = ReadingOf(commandName, parameterName);
                CompanyNameLookup? lookup = null;
                CompanyNameLookup Lookup() => lookup ??= CompanyNameLookup.Over(names.Select(n => new PsaCompany { Name = n }).ToList());
                return names.Where(name => pattern.IsMatch(name.TrimStart()))
                    .Select(name => new CompletionResult(Quote(TextFor(name, reading, Lookup)), name, CompletionResultType.ParameterValue, name))
                    .ToList();
            }
            catch (Exception)
            {
                // A completer that throws breaks the user's Tab; offering nothing is the right answer to any failure here.
                return Array.Empty<CompletionResult>();
            }
        }

        /// <summary>
        /// How the parameter reads a name: -LiteralCompanyName and Get-PsaCompany -LiteralName every character as written; New-PsaContact
        /// -CompanyName a name, never a pattern; the others a name, else a pattern (so "[" and "*" in a name are escaped there).
        /// </summary>
        internal static CompanyNameReading ReadingOf(string commandName, string parameterName)
        {
            if (string.Equals(parameterName, "LiteralCompanyName", StringComparison.OrdinalIgnoreCase) ||
                string.Equals(parameterName, "LiteralName", StringComparison.OrdinalIgnoreCase))
            {
                return CompanyNameReading.Literal;
            }
            return string.Equals(commandName, "New-PsaContact", StringComparison.OrdinalIgnoreCase) ? CompanyNameReading.NameOnly : CompanyNameReading.NameOrPattern;
        }

        /// <summary>
        /// The text (unquoted) that <paramref name="reading"/> reads as the company named <paramref name="name"/>: the name trimmed, its
        /// wildcard characters escaped where the parameter takes wildcards, unless the escaped text names another company, then as written.
        /// </summary>
        internal static string TextFor(string name, CompanyNameReading reading, Func<CompanyNameLookup> lookup)
        {
            var bare = name.Trim();
            if (reading != CompanyNameReading.NameOrPattern) return bare;
            var escaped = WildcardPattern.Escape(bare);
            if (string.Equals(escaped, bare, StringComparison.Ordinal)) return bare;
            var found = lookup().Find(escaped, reading).Found;
            return found.Count > 0 && found.All(c => string.Equals(c.Name, name, StringComparison.Ordinal)) ? escaped : bare;
        }

        /// <summary>
        /// Single quotes around a name PowerShell would otherwise split or read as code; quotes inside doubled, the curly ones
        /// PowerShell also reads as single quotes (O’Brien) too, so that the completed command runs as written.
        /// </summary>
        internal static string Quote(string name)
        {
            foreach (var c in name)
            {
                if (char.IsWhiteSpace(c) || "'\"`$&@(){}[]<>|;,#\u2018\u2019\u201A\u201B\u201C\u201D\u201E".IndexOf(c) >= 0)
                {
                    return "'" + System.Management.Automation.Language.CodeGeneration.EscapeSingleQuotedStringContent(name) + "'";
                }
            }
            return name;
        }
    }
}
