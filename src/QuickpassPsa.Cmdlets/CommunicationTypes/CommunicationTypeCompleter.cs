using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using QuickpassPsa.Cmdlets.Companies;
using QuickpassPsa.Cmdlets.Psa;
using QuickpassPsa.Core.Psa.ConnectWise;

namespace QuickpassPsa.Cmdlets.CommunicationTypes
{
    /// <summary>
    /// Tab completion of New-PsaContact -EmailType and -MobileType: the descriptions of the ConnectWise site's
    /// communication types, email-flagged ones for -EmailType and phone-flagged ones for -MobileType, quoted so that a
    /// stray space ('Direct ') stays part of the name. Like <see cref="CompanyNameCompleter"/>: nothing without a
    /// ConnectWise connection, the table read once per connection, a short wait, never an exception.
    /// </summary>
    public sealed class CommunicationTypeCompleter : IArgumentCompleter
    {
        private static readonly ConnectionReadCache<CwCommunicationType[]> Cache = new ConnectionReadCache<CwCommunicationType[]>(async (connection, cancel) =>
            (await ((ConnectWiseClient)connection.Client).GetCommunicationTypesAsync(cancel).ConfigureAwait(false)).ToArray());

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            try
            {
                var connection = ConnectionReadCache<CwCommunicationType[]>.ConnectionOf(fakeBoundParameters);
                if (connection == null || !connection.IsOpen || !(connection.Client is ConnectWiseClient)) return Array.Empty<CompletionResult>();
                var types = Cache.Get(connection);
                if (types == null) return Array.Empty<CompletionResult>();

                var phone = string.Equals(parameterName, "MobileType", StringComparison.OrdinalIgnoreCase);
                var typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
                return types.Where(t => phone ? t.PhoneFlag : t.EmailFlag)
                    .Select(t => t.Description ?? string.Empty).Where(d => d.Trim().Length > 0)
                    .Distinct(StringComparer.Ordinal).OrderBy(d => d, StringComparer.OrdinalIgnoreCase)
                    .Where(d => d.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                    .Select(d => new CompletionResult(CompanyNameCompleter.Quote(d), d, CompletionResultType.ParameterValue, "'" + d + "'"))
                    .ToList();
            }
            catch (Exception)
            {
                // A completer that throws breaks the user's Tab; offering nothing is the right answer to any failure here.
                return Array.Empty<CompletionResult>();
            }
        }
    }
}
