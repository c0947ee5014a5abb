using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using QuickpassPsa.Cmdlets.Psa;

namespace QuickpassPsa.Cmdlets.Companies
{
    /// <summary>
    /// Tab completion of company names (-CompanyName, -LiteralCompanyName, Get-PsaCompany -Name) from the connection's
    /// company list, read once per connection (<see cref="ConnectionReadCache{T}"/>). Without a connection it offers nothing.
    /// </summary>
    public sealed class CompanyNameCompleter : IArgumentCompleter
    {
        private static readonly ConnectionReadCache<string[]> Cache = new ConnectionReadCache<string[]>(async (connection, cancel) =>
        {
            var companies = await connection.Client.GetCompaniesAsync(null, cancel).ConfigureAwait(false);
            return companies.Select(c => c.Name).Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.Ordinal)
                .OrderBy(n => n, StringComparer.OrdinalIgnoreCase).ToArray();
        });

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            try
            {
                var connection = ConnectionReadCache<string[]>.ConnectionOf(fakeBoundParameters);
                if (connection == null || !connection.IsOpen) return Array.Empty<CompletionResult>();
                var names = Cache.Get(connection);
                if (names == null) return Array.Empty<CompletionResult>();

                var typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
                var pattern = new WildcardPattern(WildcardPattern.Escape(typed) + "*", WildcardOptions.IgnoreCase);
                // Parameters that take wildcards would read "[" and "*" in a name as a pattern: escape them there.
                // -LiteralCompanyName and Get-PsaCompany -LiteralName take every character as written: no escapes there.
                var literal = string.Equals(parameterName, "LiteralCompanyName", StringComparison.OrdinalIgnoreCase) ||
                    string.Equals(parameterName, "LiteralName", StringComparison.OrdinalIgnoreCase) ||
                    string.Equals(commandName, "New-PsaContact", StringComparison.OrdinalIgnoreCase);
                return names.Where(pattern.IsMatch)
                    .Select(name => new CompletionResult(Quote(literal ? name : WildcardPattern.Escape(name)), name, CompletionResultType.ParameterValue, name))
                    .ToList();
            }
            catch (Exception)
            {
                // A completer that throws breaks the user's Tab; offering nothing is the right answer to any failure here.
                return Array.Empty<CompletionResult>();
            }
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
