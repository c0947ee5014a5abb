using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using QuickpassPsa.Cmdlets.Errors;
using QuickpassPsa.Cmdlets.Psa;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Commands
{
    /// <summary>Get-PsaCompany: companies by name (wildcards allowed) or id, from either PSA.</summary>
    [Cmdlet(VerbsCommon.Get, "PsaCompany", DefaultParameterSetName = NameSet)]
    [OutputType(typeof(PsaCompany))]
    public sealed class GetPsaCompanyCommand : PsaCmdletBase
    {
        private const string NameSet = "Name";
        private const string IdSet = "Id";

        [Parameter(Position = 0, ParameterSetName = NameSet, ValueFromPipeline = true)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[]? Name { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        protected override void ProcessRecord()
        {
            var connection = RequireConnection();
            try
            {
                if (ParameterSetName == IdSet)
                {
                    foreach (var id in Id)
                    {
                        var company = Run((_, token) => connection.Client.GetCompanyAsync(id, token));
                        if (company != null) WriteObject(company);
                        else WriteError(PsaErrors.CompanyNotFound("has the id " + id, connection, id));
                    }
                    return;
                }

                var names = Name ?? new[] { "*" };
                var needAll = names.Any(WildcardPattern.ContainsWildcardCharacters);
                IReadOnlyList<PsaCompany>? all = needAll ? Run((_, token) => connection.Client.GetCompaniesAsync(null, token)) : null;
                foreach (var name in names)
                {
                    var pattern = WildcardPattern.Get(name, WildcardOptions.IgnoreCase);
                    var found = all != null
                        ? all.Where(c => pattern.IsMatch(c.Name)).ToList()
                        : Run((_, token) => connection.Client.GetCompaniesAsync(name, token)).ToList();
                    if (found.Count == 0 && !WildcardPattern.ContainsWildcardCharacters(name))
                    {
                        WriteError(PsaErrors.CompanyNotFound("is named '" + name + "'", connection, name));
                    }
                    WriteObject(found, enumerateCollection: true);
                }
            }
            catch (PsaApiException ex)
            {
                ThrowTerminatingError(PsaErrors.From(ex, connection));
            }
        }
    }
}
