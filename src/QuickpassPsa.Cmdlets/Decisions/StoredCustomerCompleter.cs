using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Management.Automation.Runspaces;
using System.Text;
using QuickpassPsa.Cmdlets.Companies;
using QuickpassPsa.Cmdlets.Psa;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Decisions
{
    /// <summary>
    /// Tab completion of -Customer on the commands that work on stored customer-company decisions
    /// (Get-PsaCompanyMatchDecision, Remove-PsaCompanyMatch): the customers the store holds decisions about, from the
    /// -DecisionPath already typed or else the connection's store. The file is read and parsed here, not through
    /// DecisionStore: a Tab must not copy an unreadable store aside (the commands do that, and say so). Never throws.
    /// </summary>
    public sealed class StoredCustomerCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            try
            {
                var path = StorePath(fakeBoundParameters);
                if (path == null || !File.Exists(path)) return Array.Empty<CompletionResult>();
                var document = DecisionFile.Parse(new UTF8Encoding(false, true).GetString(File.ReadAllBytes(path)).TrimStart('\uFEFF'), out var error, out _);
                if (error != null) return Array.Empty<CompletionResult>();

                var typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
                var pattern = new WildcardPattern(WildcardPattern.Escape(typed) + "*", WildcardOptions.IgnoreCase);
                // Get-PsaCompanyMatchDecision -Customer takes wildcards: a "[" in a name is written escaped there, unless the escaped
                // text is itself another stored customer's name, which the exact-name rule would take instead (round 67b).
                var wildcards = string.Equals(commandName, "Get-PsaCompanyMatchDecision", StringComparison.OrdinalIgnoreCase);
                var customers = document.Companies.Select(d => d.Customer.Trim()).Where(c => c.Length > 0)
                    .Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(c => c, StringComparer.OrdinalIgnoreCase).ToList();
                return customers
                    .Where(pattern.IsMatch)
                    .Select(c => new CompletionResult(CompanyNameCompleter.Quote(wildcards ? Escaped(c, customers) : c), c, CompletionResultType.ParameterValue, c))
                    .ToList();
            }
            catch (Exception)
            {
                // A completer that throws breaks the user's Tab; offering nothing is the right answer to any failure here.
                return Array.Empty<CompletionResult>();
            }
        }

        /// <summary>The customer with its wildcard characters escaped, when the filter reads that back as this customer alone; else as written.</summary>
        private static string Escaped(string customer, IReadOnlyList<string> customers)
        {
            var escaped = WildcardPattern.Escape(customer);
            if (string.Equals(escaped, customer, StringComparison.Ordinal)) return customer;
            var filter = CompanyNameLookup.Filter(escaped, customers);
            var selected = customers.Where(c => filter(c)).ToList();
            return selected.Count > 0 && selected.All(c => CompanyNameLookup.SameName(c, customer)) ? escaped : customer;
        }

        /// <summary>The -DecisionPath typed (resolved against the current location), else the store of -Connection or the default connection.</summary>
        private static string? StorePath(IDictionary? bound)
        {
            var typed = Unwrap(bound != null && bound.Contains("DecisionPath") ? bound["DecisionPath"] : null) as string;
            if (!string.IsNullOrWhiteSpace(typed)) return Resolve(typed!.Trim());
            var connection = Unwrap(bound != null && bound.Contains("Connection") ? bound["Connection"] : null) as PsaConnection ?? ConnectionStore.Default;
            if (connection == null) return null;
            var root = Environment.GetEnvironmentVariable(DecisionPaths.DataRootVariable);
            if (string.IsNullOrWhiteSpace(root) || Path.IsPathRooted(root!.Trim())) return DecisionPaths.DefaultStorePath(connection.InstanceKey);
            var here = Resolve(".");
            return here == null ? null : DecisionPaths.DefaultStorePath(connection.InstanceKey, here); // a relative QUICKPASSPSA_DATA follows $PWD
        }

        /// <summary>
        /// A rooted path as it is; a relative one against PowerShell's current location (not the process's), when the
        /// session can be asked from here; otherwise nothing is offered rather than another folder's store.
        /// </summary>
        private static string? Resolve(string path)
        {
            if (Path.IsPathRooted(path)) return Path.GetFullPath(path);
            try
            {
                // The completer runs on the session's own thread, in the middle of TabExpansion2: the runspace's proxy
                // refuses calls then, but a script block runs in the session as a script completer would.
                if (Runspace.DefaultRunspace == null) return null;
                var location = ScriptBlock.Create("$ExecutionContext.SessionState.Path.CurrentFileSystemLocation.ProviderPath").Invoke().FirstOrDefault()?.BaseObject as string;
                return location == null ? null : Path.GetFullPath(Path.Combine(location, path));
            }
            catch (Exception)
            {
                return null; // the session is busy on another thread: no completion, never a wrong store
            }
        }

        private static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;
    }
}
