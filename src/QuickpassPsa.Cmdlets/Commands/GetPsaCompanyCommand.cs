using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System;
using QuickpassPsa.Cmdlets.Companies;
using QuickpassPsa.Cmdlets.Errors;
using QuickpassPsa.Cmdlets.Parameters;
using QuickpassPsa.Cmdlets.Psa;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Commands
{
    /// <summary>
    /// Get-PsaCompany: companies by name (wildcards allowed), by literal name (for names holding [ ] * ?),
    /// or by id, from either PSA. -Id also binds a piped PsaCompany, a deserialized one or an Import-Csv row
    /// by its Id (and Psa) properties.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "PsaCompany", DefaultParameterSetName = NameSet)]
    [OutputType(typeof(PsaCompany))]
    public sealed class GetPsaCompanyCommand : PsaCmdletBase
    {
        private const string NameSet = "Name";
        private const string LiteralNameSet = "LiteralName";
        private const string IdSet = "Id";

        /// <summary>All companies, read once per run when a wildcard pattern needs them.</summary>
        private IReadOnlyList<PsaCompany>? _all;

        [Parameter(Position = 0, ParameterSetName = NameSet, ValueFromPipeline = true)]
        [SupportsWildcards]
        [ValidateNotBlank]
        [ArgumentCompleter(typeof(CompanyNameCompleter))]
        public string[]? Name { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = LiteralNameSet, HelpMessage = "The company's exact name, with brackets or * taken as written, such as Contoso [UK].")]
        [ValidateNotBlank(Required = true)]
        [ArgumentCompleter(typeof(CompanyNameCompleter))]
        public string[] LiteralName { get; set; } = new string[0];

        [Parameter(Mandatory = true, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true, HelpMessage = "The company's id in the PSA, such as 19297.")]
        [ValidateNotBlank(Required = true)]
        public string[] Id { get; set; } = new string[0];

        /// <summary>The PSA the ids belong to; bound from a piped object's Psa property so that an id of the other PSA is refused.</summary>
        [Parameter(ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(PsaNameCompleter))]
        public string? Psa { get; set; }

        protected override void ProcessRecord()
        {
            var connection = RequireConnection();
            switch (ParameterSetName)
            {
                case IdSet:
                    foreach (var id in Id) ById(connection, id);
                    break;
                case LiteralNameSet:
                    foreach (var name in LiteralName) ByExactName(connection, name);
                    break;
                default:
                    foreach (var name in Name ?? new[] { "*" })
                    {
                        if (WildcardPattern.ContainsWildcardCharacters(name)) ByPattern(connection, name);
                        else ByExactName(connection, name);
                    }
                    break;
            }
        }

        private void ById(PsaConnection connection, string id)
        {
            if (!string.IsNullOrWhiteSpace(Psa) && !string.Equals(Psa!.Trim(), connection.Psa.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                WriteError(LookupErrors.PsaMismatch(Psa, connection, id));
                return;
            }
            var company = Call(connection, id, token => connection.Client.GetCompanyAsync(id.Trim(), token));
            if (company.Found == null && company.Ok) WriteError(PsaErrors.CompanyNotFound("has the id " + id, connection, id));
            if (company.Found != null) WriteObject(company.Found);
        }

        private void ByExactName(PsaConnection connection, string name)
        {
            if (LookupErrors.Unsearchable(connection, name, "company name") is { } unsearchable)
            {
                WriteError(unsearchable);
                return;
            }
            var found = Call(connection, name, token => connection.Client.GetCompaniesAsync(name, token));
            if (!found.Ok) return;
            if (found.Found!.Count == 0) WriteError(PsaErrors.CompanyNotFound("is named '" + name + "'", connection, name));
            WriteObject(found.Found, enumerateCollection: true);
        }

        /// <summary>A pattern that matches nothing is no error (as Get-Process 'x*'): it asked "which ones", and the answer is none.</summary>
        private void ByPattern(PsaConnection connection, string name)
        {
            if (_all == null)
            {
                var all = Call(connection, name, token => connection.Client.GetCompaniesAsync(null, token));
                if (!all.Ok) return;
                _all = all.Found;
            }
            var pattern = WildcardPattern.Get(name, WildcardOptions.IgnoreCase);
            WriteObject(_all!.Where(c => pattern.IsMatch(c.Name)), enumerateCollection: true);
        }

        /// <summary>Runs one PSA call; a failure is reported by the shared rule (terminating or not) and gives Ok = false.</summary>
        private (bool Ok, T? Found) Call<T>(PsaConnection connection, object target, Func<System.Threading.CancellationToken, System.Threading.Tasks.Task<T>> call)
            where T : class?
        {
            try
            {
                return (true, Run((_, token) => call(token)));
            }
            catch (PsaApiException ex)
            {
                PsaErrors.Report(this, ex, target);
                return (false, null);
            }
        }
    }
}
