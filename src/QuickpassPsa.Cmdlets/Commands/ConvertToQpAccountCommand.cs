using System.Globalization;
using System.Linq;
using System.Management.Automation;
using QuickpassPsa.Cmdlets.Accounts;
using QuickpassPsa.Cmdlets.Errors;
using QuickpassPsa.Core.Accounts;

namespace QuickpassPsa.Cmdlets.Commands
{
    /// <summary>
    /// ConvertTo-QpAccount: turns any object with AD or Graph property names (Get-ADUser, Get-MgUser,
    /// Import-Csv output, hashtables) or an email address string into Accounts. An object it cannot read
    /// ($null, a number, a string that is not an address, an empty hashtable) or that identifies nobody
    /// is a non-terminating error; the pipeline goes on. An Account given to it is never changed.
    /// </summary>
    [Cmdlet(VerbsData.ConvertTo, "QpAccount")]
    [OutputType(typeof(Account))]
    public sealed class ConvertToQpAccountCommand : QuickpassCmdlet
    {
        private int _number;

        /// <summary>No [ValidateNotNull]: a $null in a piped collection gets our typed error, not a binding error.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, HelpMessage = "An object with AD or Graph properties (Mail, UserPrincipalName, GivenName, Surname), or an email address such as ann.lee@contoso.com.")]
        [AllowNull]
        public PSObject? InputObject { get; set; }

        /// <summary>The customer these accounts belong to (see <see cref="AccountReadOptions.Customer"/>).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Customer { get; set; }

        protected override void ProcessRecord()
        {
            _number++;
            var origin = "input object " + _number.ToString(CultureInfo.InvariantCulture);
            var value = InputObject?.BaseObject;
            // From Import-Clixml: the same account again, not a foreign object to read by its property names.
            if (DeserializedAccount.Is(InputObject)) value = DeserializedAccount.Rebuild(InputObject!);

            if (value is Account account)
            {
                // Already an account: only the customer option applies, and to a copy, so the caller's
                // object (perhaps in a variable, perhaps another customer's list) stays as it was.
                var copy = account.Copy();
                if (!AccountBuilder.ApplyCustomer(copy, Customer))
                {
                    WriteVerbose(origin + " (" + account + ") belongs to customer '" + account.Customer + "', not '" + Customer + "': left out.");
                    return;
                }
                WriteObject(copy.Customer == account.Customer ? account : copy);
                return;
            }

            var unreadable = PipelineObjectRecord.DescribeUnreadable(value);
            if (unreadable != null)
            {
                WriteError(AccountErrors.UnrecognisedObject(origin + " is " + unreadable + ".", value));
                return;
            }

            var record = PipelineObjectRecord.From(InputObject!, _number, out var source);
            var result = AccountBuilder.Build(record, source, new AccountReadOptions { Customer = Customer, SkipBlankRecords = false });
            if (result == null)
            {
                WriteVerbose(origin + " belongs to another customer than '" + Customer + "': left out.");
                return;
            }
            foreach (var warning in result.Warnings) WriteWarning(warning);
            if (result.Account != null) WriteObject(result.Account);
            else if (result.Error != null)
            {
                // The object as the user gave it: a string stays a string, a PSCustomObject keeps its properties.
                var target = value is PSCustomObject ? InputObject : value;
                var error = result.Error;
                if (error.Kind == AccountRecordErrorKind.NoRecognisedFields && error.Values.Keys.Any(k => string.Equals(k, "Properties", System.StringComparison.OrdinalIgnoreCase)))
                {
                    // A DirectorySearcher SearchResult whose Properties could not be read as its attributes (round 74b).
                    error = new AccountRecordError(error.Kind, error.Message + " If it is a DirectorySearcher result, its attributes are in its Properties: pipe those " +
                        "($searcher.FindAll() | ForEach-Object Properties | ConvertTo-QpAccount).", record);
                }
                WriteError(AccountErrors.ForRecord(error, target!));
            }
        }
    }
}
