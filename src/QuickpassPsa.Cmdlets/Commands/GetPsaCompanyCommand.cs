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
    /// Get-PsaCompany: companies by name (the shared rule of <see cref="CompanyNameLookup"/>: the exact name before the
    /// pattern), by literal name (every character as written),
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

        /// <summary>The run's company-name lookup: all companies read once per run when a pattern needs them.</summary>
        private CompanyNameLookup? _lookup;

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

        /// <summary>True when -Name was typed, not piped: a pattern there that cannot be read stops the command (round 69).</summary>
        private bool _namesTyped;

        protected override void BeginProcessing() => _namesTyped = MyInvocation.BoundParameters.ContainsKey(nameof(Name));

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
                    foreach (var name in LiteralName) Find(connection, name, CompanyNameReading.Literal, typed: true);
                    break;
                default:
                    if (Name == null) All(connection);
                    else foreach (var name in Name) ByName(connection, name, _namesTyped);
                    break;
            }
        }

        /// <summary>
        /// A name or pattern, by the shared rule (<see cref="CompanyNameLookup"/>): the companies of exactly this name, else of the name its
        /// backtick escapes write, else those the pattern matches. A name that finds none is an error; a pattern that matches none is
        /// not (as Get-Process 'x*': it asked "which ones", and the answer is none). A text no company has as its name that is no
        /// valid pattern ('Contoso [UK') is QuickpassPsa.InvalidNamePattern: terminating when <paramref name="typed"/> (-Name), the
        /// item's error when piped (round 69: it read as "no such company", the pattern's fault unsaid).
        /// </summary>
        private void ByName(PsaConnection connection, string name, bool typed) => Find(connection, name, CompanyNameReading.NameOrPattern, typed);

        private void Find(PsaConnection connection, string name, CompanyNameReading reading, bool typed)
        {
            CompanyNameResult result;
            try
            {
                result = Lookup(connection).Find(name, reading);
            }
            catch (PsaApiException ex)
            {
                PsaErrors.Report(this, ex, name);
                return;
            }
            if (result.InvalidPattern != null)
            {
                var error = LookupErrors.InvalidCompanyPattern(result, "-Name", "-LiteralName", connection, name);
                if (typed) ThrowTerminatingError(error);
                WriteError(error);
                return;
            }
            if (result.Found.Count == 0 && !result.Pattern) WriteError(PsaErrors.CompanyNotFound(result.One, connection, name, result.Hint));
            WriteObject(result.Found, enumerateCollection: true);
        }

        private CompanyNameLookup Lookup(PsaConnection connection)
        {
            if (_lookup == null || !ReferenceEquals(_lookup.Connection, connection))
            {
                _lookup = new CompanyNameLookup(connection, work => Run((_, token) => work(token)), WriteVerbose);
            }
            return _lookup;
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
                ByName(connection, piped.Name, typed: false);
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

        /// <summary>Without -Name: every company.</summary>
        private void All(PsaConnection connection)
        {
            var all = Call(connection, "*", token => connection.Client.GetCompaniesAsync(null, token));
            if (all.Ok) WriteObject(all.Found, enumerateCollection: true);
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
