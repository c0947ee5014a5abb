using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using QuickpassPsa.Cmdlets.Errors;
using QuickpassPsa.Cmdlets.Psa;
using QuickpassPsa.Cmdlets.Parameters;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Commands
{
    /// <summary>
    /// Get-PsaContact: every contact of a company (all pages, never a silent 25-row default), optionally one
    /// email address, inactive contacts on request. The company is named one explicit way per parameter set,
    /// never guessed from the shape of a string (a company named "2024" is a name, not an id):
    /// a PsaCompany (-Company, from the pipeline); an id (-CompanyId, alias Id, which also binds a deserialized
    /// PsaCompany or an Import-Csv row by its Id and Psa properties); a name (-CompanyName, wildcards allowed,
    /// must match exactly one company); or a name taken literally (-LiteralCompanyName: 'Contoso [UK]').
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "PsaContact", DefaultParameterSetName = CompanyNameSet)]
    [OutputType(typeof(PsaContact))]
    public sealed class GetPsaContactCommand : PsaCmdletBase
    {
        private const string CompanySet = "Company";
        private const string CompanyIdSet = "CompanyId";
        private const string CompanyNameSet = "CompanyName";
        private const string LiteralCompanyNameSet = "LiteralCompanyName";

        /// <summary>All companies, read once per run when a wildcard name needs them.</summary>
        private IReadOnlyList<PsaCompany>? _allCompanies;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = CompanySet)]
        [ValidateNotNull]
        public PsaCompany? Company { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = CompanyIdSet)]
        [Alias("Id")]
        [ValidateNotBlank]
        public string CompanyId { get; set; } = string.Empty;

        /// <summary>The PSA the id belongs to; bound from a piped object's Psa property so that an id of the other PSA is refused.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = CompanyIdSet)]
        public string? Psa { get; set; }

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = CompanyNameSet)]
        [SupportsWildcards]
        [ValidateNotBlank]
        public string CompanyName { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ParameterSetName = LiteralCompanyNameSet)]
        [ValidateNotBlank]
        public string LiteralCompanyName { get; set; } = string.Empty;

        [Parameter]
        [ValidateNotBlank]
        public string? Email { get; set; }

        [Parameter]
        public SwitchParameter IncludeInactive { get; set; }

        protected override void ProcessRecord()
        {
            var connection = RequireConnection();
            object target = ParameterSetName switch
            {
                CompanySet => Company!,
                CompanyIdSet => CompanyId,
                CompanyNameSet => CompanyName,
                _ => LiteralCompanyName,
            };
            try
            {
                var company = ResolveCompany(connection);
                if (company == null) return;
                if (Email != null && LookupErrors.Unsearchable(connection, Email, "email address") is { } unsearchable)
                {
                    WriteError(unsearchable);
                    return;
                }

                var activity = "Reading the contacts of " + company.Name;
                var query = new ContactQuery { CompanyId = company.Id, Email = Email, IncludeInactive = IncludeInactive.IsPresent };
                var contacts = Run((output, token) => connection.Client.GetContactsAsync(query,
                    new ImmediateProgress(count => output.Progress(activity, count.ToString("N0", CultureInfo.InvariantCulture) + " contacts so far", -1)),
                    token));
                foreach (var contact in contacts) contact.CompanyName ??= company.Name; // Autotask contacts carry only the id
                WriteVerbose(contacts.Count.ToString(CultureInfo.InvariantCulture) + " contacts of " + company + ".");
                WriteObject(contacts, enumerateCollection: true);
            }
            catch (PsaApiException ex)
            {
                PsaErrors.Report(this, ex, target);
            }
        }

        /// <summary>The one company the parameter set names, or null after writing why there is none.</summary>
        private PsaCompany? ResolveCompany(PsaConnection connection)
        {
            switch (ParameterSetName)
            {
                case CompanySet:
                    if (SamePsa(Company!.Psa, connection)) return Company;
                    WriteError(LookupErrors.PsaMismatch(Company.Psa, connection, Company));
                    return null;

                case CompanyIdSet:
                    var id = CompanyId.Trim();
                    if (!string.IsNullOrWhiteSpace(Psa) && !SamePsa(Psa, connection))
                    {
                        WriteError(LookupErrors.PsaMismatch(Psa, connection, CompanyId));
                        return null;
                    }
                    var byId = Run((_, token) => connection.Client.GetCompanyAsync(id, token));
                    if (byId == null) WriteError(PsaErrors.CompanyNotFound("has the id " + id, connection, CompanyId));
                    return byId;

                case CompanyNameSet when WildcardPattern.ContainsWildcardCharacters(CompanyName):
                    var pattern = WildcardPattern.Get(CompanyName, WildcardOptions.IgnoreCase);
                    _allCompanies ??= Run((_, token) => connection.Client.GetCompaniesAsync(null, token));
                    return One(_allCompanies.Where(c => pattern.IsMatch(c.Name)).ToList(), "matches '" + CompanyName + "'", "match '" + CompanyName + "'", connection, CompanyName,
                        "Get-PsaCompany -Name '" + CompanyName.Replace("'", "''") + "' lists what the pattern matches.");

                default:
                    var name = ParameterSetName == CompanyNameSet ? CompanyName : LiteralCompanyName;
                    if (LookupErrors.Unsearchable(connection, name, "company name") is { } unsearchable)
                    {
                        WriteError(unsearchable);
                        return null;
                    }
                    var named = Run((_, token) => connection.Client.GetCompaniesAsync(name, token));
                    return One(named, "is named '" + name + "'", "are named '" + name + "'", connection, name, "Get-PsaCompany -Name '*" + WildcardPattern.Escape(name).Replace("'", "''") + "*' lists similar names.");
            }
        }

        /// <summary>The single company found, or null after a CompanyNotFound or CompanyAmbiguous error ("No company {one}", "3 companies {several}").</summary>
        private PsaCompany? One(IReadOnlyList<PsaCompany> found, string one, string several, PsaConnection connection, string target, string hint)
        {
            if (found.Count == 1) return found[0];
            if (found.Count == 0) WriteError(PsaErrors.CompanyNotFound(one, connection, target, hint));
            else WriteError(LookupErrors.CompanyAmbiguous(several, found, target));
            return null;
        }

        private static bool SamePsa(string? psa, PsaConnection connection) =>
            string.Equals((psa ?? string.Empty).Trim(), connection.Psa.ToString(), StringComparison.OrdinalIgnoreCase);

        /// <summary>IProgress that calls back on the reporting thread (Progress&lt;T&gt; would need a synchronization context).</summary>
        private sealed class ImmediateProgress : IProgress<int>
        {
            private readonly Action<int> _report;
            public ImmediateProgress(Action<int> report) => _report = report;
            public void Report(int value) => _report(value);
        }
    }
}
