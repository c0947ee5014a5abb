using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using QuickpassPsa.Cmdlets.Psa;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Companies
{
    /// <summary>
    /// Tab completion of company names (-CompanyName, -LiteralCompanyName, Get-PsaCompany -Name) from the connection's
    /// company list. Completion runs while the user types: it never throws and never waits long. Without a connection
    /// it offers nothing; the list is read once per connection and kept as long as the connection lives (a
    /// ConditionalWeakTable, so a dropped connection takes its list with it). A first read that takes longer than the
    /// wait budget goes on in the background and serves the next Tab.
    /// </summary>
    public sealed class CompanyNameCompleter : IArgumentCompleter
    {
        /// <summary>How long one Tab waits for the first read of the list.</summary>
        private static readonly TimeSpan WaitBudget = TimeSpan.FromSeconds(5);

        /// <summary>How long the background read may take in all before it is given up (and retried on a later Tab).</summary>
        private static readonly TimeSpan ReadLimit = TimeSpan.FromSeconds(60);

        private static readonly ConditionalWeakTable<PsaConnection, Task<string[]>> Cache = new ConditionalWeakTable<PsaConnection, Task<string[]>>();

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            try
            {
                var connection = ConnectionOf(fakeBoundParameters);
                if (connection == null || !connection.IsOpen) return Array.Empty<CompletionResult>();
                var names = Names(connection);
                if (names == null) return Array.Empty<CompletionResult>();

                var typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
                var pattern = new WildcardPattern(WildcardPattern.Escape(typed) + "*", WildcardOptions.IgnoreCase);
                // Parameters that take wildcards would read "[" and "*" in a name as a pattern: escape them there.
                var literal = string.Equals(parameterName, "LiteralCompanyName", StringComparison.OrdinalIgnoreCase) ||
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

        /// <summary>The -Connection already typed (when it is a value PowerShell could evaluate safely), else the session's default.</summary>
        private static PsaConnection? ConnectionOf(IDictionary? fakeBoundParameters)
        {
            var given = fakeBoundParameters != null && fakeBoundParameters.Contains("Connection") ? fakeBoundParameters["Connection"] : null;
            if ((given is PSObject wrapped ? wrapped.BaseObject : given) is PsaConnection connection) return connection;
            return ConnectionStore.Default;
        }

        /// <summary>The connection's company names, sorted; null when they are not (yet) known.</summary>
        private static string[]? Names(PsaConnection connection)
        {
            Task<string[]> read;
            lock (Cache)
            {
                if (!Cache.TryGetValue(connection, out read))
                {
                    read = Read(connection);
                    Cache.Add(connection, read);
                }
            }
            // Wait on the handle, not Task.Wait: a failed read must reach the eviction below, not throw past it.
            if (!((IAsyncResult)read).AsyncWaitHandle.WaitOne(WaitBudget)) return null;
            if (read.Status == TaskStatus.RanToCompletion) return read.Result;
            _ = read.Exception; // observed: a failed read is an answer here, not an unobserved task exception
            // A failed read is not kept: the next Tab tries again (the PSA may have been down for a moment).
            lock (Cache)
            {
                if (Cache.TryGetValue(connection, out var current) && ReferenceEquals(current, read)) Cache.Remove(connection);
            }
            return null;
        }

        private static Task<string[]> Read(PsaConnection connection) => Task.Run(async () =>
        {
            using var limit = new CancellationTokenSource(ReadLimit);
            var companies = await connection.Client.GetCompaniesAsync(null, limit.Token).ConfigureAwait(false);
            return companies.Select(c => c.Name).Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.Ordinal)
                .OrderBy(n => n, StringComparer.OrdinalIgnoreCase).ToArray();
        });

        /// <summary>Single quotes around a name PowerShell would otherwise split or read as code; quotes inside doubled.</summary>
        internal static string Quote(string name)
        {
            foreach (var c in name)
            {
                if (char.IsWhiteSpace(c) || "'\"`$&@(){}[]<>|;,#".IndexOf(c) >= 0) return "'" + name.Replace("'", "''") + "'";
            }
            return name;
        }
    }
}
