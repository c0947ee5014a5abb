using System.Globalization;
using System.Linq;
using System.Management.Automation;
using QuickpassPsa.Cmdlets.Errors;
using QuickpassPsa.Cmdlets.Psa;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Commands
{
    /// <summary>
    /// Get-PsaContact: every contact of a company (all pages, never a silent 25-row default), by company
    /// name, id or PsaCompany object from the pipeline, optionally one email address, inactive contacts on request.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "PsaContact")]
    [OutputType(typeof(PsaContact))]
    public sealed class GetPsaContactCommand : PsaCmdletBase
    {
        /// <summary>A PsaCompany, a company id, or an exact company name.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [ValidateNotNull]
        public PSObject? Company { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Email { get; set; }

        [Parameter]
        public SwitchParameter IncludeInactive { get; set; }

        protected override void ProcessRecord()
        {
            var connection = RequireConnection();
            var target = Company!.BaseObject;
            try
            {
                var company = ResolveCompany(connection, target);
                if (company == null) return;

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
                WriteError(PsaErrors.From(ex, target));
            }
        }

        /// <summary>A PsaCompany as is; digits as an id; anything else as an exact company name that must be unique.</summary>
        private PsaCompany? ResolveCompany(PsaConnection connection, object target)
        {
            if (target is PsaCompany given) return given;
            var text = target.ToString()?.Trim() ?? string.Empty;
            if (text.Length > 0 && text.All(char.IsDigit))
            {
                var byId = Run((_, token) => connection.Client.GetCompanyAsync(text, token));
                if (byId == null) WriteError(PsaErrors.CompanyNotFound("has the id " + text, connection, target));
                return byId;
            }

            var named = Run((_, token) => connection.Client.GetCompaniesAsync(text, token));
            if (named.Count == 1) return named[0];
            if (named.Count == 0)
            {
                WriteError(PsaErrors.CompanyNotFound("is named '" + text + "'", connection, target, "Get-PsaCompany -Name '*" + text + "*' lists similar names."));
                return null;
            }
            WriteError(new ErrorRecord(new AmbiguousMatchError("Several companies are named '" + text + "' (ids " + string.Join(", ", named.Select(c => c.Id)) + "). Pass the id or a PsaCompany."),
                ErrorIds.CompanyAmbiguous, ErrorCategory.InvalidArgument, target));
            return null;
        }

        /// <summary>IProgress that calls back on the reporting thread (Progress&lt;T&gt; would need a synchronization context).</summary>
        private sealed class ImmediateProgress : System.IProgress<int>
        {
            private readonly System.Action<int> _report;
            public ImmediateProgress(System.Action<int> report) => _report = report;
            public void Report(int value) => _report(value);
        }

        private sealed class AmbiguousMatchError : System.Exception
        {
            public AmbiguousMatchError(string message) : base(message) { }
        }
    }
}
