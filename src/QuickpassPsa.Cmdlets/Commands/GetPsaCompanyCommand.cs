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
    /// or by id, from either PSA. A piped string is a name; any other piped object is -InputObject, whose company
    /// <see cref="PipedCompany"/> reads the way its kind names one: a company (live, deserialized, an Import-Csv row) by its
    /// Id and Psa, a contact or a match row by its CompanyId; an account or anything else that names no company is refused.
    /// -Id no longer binds by property name (round 63a: a contact's or an account's own Id was read as a company id).
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "PsaCompany", DefaultParameterSetName = NameSet)]
    [OutputType(typeof(PsaCompany))]
    public sealed class GetPsaCompanyCommand : PsaCmdletBase
    {
        private const string NameSet = "Name";
        private const string LiteralNameSet = "LiteralName";
        private const string IdSet = "Id";
        private const string InputSet = "InputObject";

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

        [Parameter(Mandatory = true, ParameterSetName = IdSet, HelpMessage = "The company's id in the PSA, such as 19297.")]
        [ValidateNotBlank(Required = true)]
        public string[] Id { get; set; } = new string[0];

        /// <summary>The PSA the ids belong to, so that an id of the other PSA is refused.</summary>
        [Parameter(ParameterSetName = IdSet)]
        [ArgumentCompleter(typeof(PsaNameCompleter))]
        public string? Psa { get; set; }

        /// <summary>
        /// A piped object other than a string: a company, a contact, a match row, an Import-Csv row (see <see cref="PipedCompany"/>).
        /// A string binds to -Name first (the default set is tried first), and a number that reaches here is a name too.
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = InputSet, ValueFromPipeline = true, HelpMessage = "A company, a contact or a row with a CompanyId or Id column; pipe them in.")]
        [ValidateNotNull]
        public PSObject? InputObject { get; set; }

        protected override void ProcessRecord()
        {
            var connection = RequireConnection();
            switch (ParameterSetName)
            {
                case IdSet:
                    foreach (var id in Id) ById(connection, id, Psa, id);
                    break;
                case InputSet:
                    Piped(connection, InputObject!);
                    break;
                case LiteralNameSet:
                    foreach (var name in LiteralName) ByExactName(connection, name);
                    break;
                default:
                    foreach (var name in Name ?? new[] { "*" }) ByName(connection, name);
                    break;
            }
        }

        private void ByName(PsaConnection connection, string name)
        {
            if (WildcardPattern.ContainsWildcardCharacters(name)) ByPattern(connection, name);
            else ByExactName(connection, name);
        }

        /// <summary>The company a piped object names: a number is a name, a company row its Id, a contact or a row its CompanyId; else NotACompany.</summary>
        private void Piped(PsaConnection connection, PSObject input)
        {
            var piped = PipedCompany.Read(input, "Get-PsaCompany", "-Id", "-Name");
            if (piped.Error != null)
            {
                WriteError(piped.Error);
                return;
            }
            if (piped.Name != null)
            {
                ByName(connection, piped.Name);
                return;
            }
            if (piped.Via != null) WriteVerbose("Reading " + piped.Via + ", company id " + piped.Id + ".");
            ById(connection, piped.Id!, piped.Psa, input.BaseObject is PSCustomObject ? input : input.BaseObject);
        }

        private void ById(PsaConnection connection, string id, string? psa, object target)
        {
            if (!string.IsNullOrWhiteSpace(psa) && !string.Equals(psa!.Trim(), connection.Psa.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                WriteError(LookupErrors.PsaMismatch(psa, connection, target is PsaCompany ? target : id));
                return;
            }
            var company = Call(connection, target, token => connection.Client.GetCompanyAsync(id.Trim(), token));
            if (company.Found == null && company.Ok) WriteError(PsaErrors.CompanyNotFound("has the id " + id.Trim(), connection, target));
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
