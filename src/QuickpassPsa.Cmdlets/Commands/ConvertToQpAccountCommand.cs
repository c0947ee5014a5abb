using System.Management.Automation;
using QuickpassPsa.Cmdlets.Accounts;
using QuickpassPsa.Cmdlets.Errors;
using QuickpassPsa.Core.Accounts;

namespace QuickpassPsa.Cmdlets.Commands
{
    /// <summary>
    /// ConvertTo-QpAccount: turns any object with AD or Graph property names (Get-ADUser, Get-MgUser,
    /// Import-Csv output, hashtables) into Accounts. An object that identifies nobody is a
    /// non-terminating error; the pipeline goes on.
    /// </summary>
    [Cmdlet(VerbsData.ConvertTo, "QpAccount")]
    [OutputType(typeof(Account))]
    public sealed class ConvertToQpAccountCommand : PSCmdlet
    {
        private int _number;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [ValidateNotNull]
        public PSObject? InputObject { get; set; }

        /// <summary>The customer these accounts belong to (see <see cref="AccountReadOptions.Customer"/>).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Customer { get; set; }

        protected override void ProcessRecord()
        {
            if (InputObject == null) return;
            _number++;
            var options = new AccountReadOptions { Customer = Customer };

            if (InputObject.BaseObject is Account account)
            {
                // Already an account: only the customer option applies.
                if (AccountBuilder.ApplyCustomer(account, Customer)) WriteObject(account);
                return;
            }

            var record = PipelineObjectRecord.From(InputObject, _number, out var source);
            var result = AccountBuilder.Build(record, source, options);
            if (result == null) return;
            foreach (var warning in result.Warnings) WriteWarning(warning);
            if (result.Account != null) WriteObject(result.Account);
            else if (result.Error != null)
            {
                // The object as the user gave it: a string stays a string, a PSCustomObject keeps its properties.
                var target = InputObject.BaseObject is PSCustomObject ? InputObject : InputObject.BaseObject;
                WriteError(AccountErrors.ForRecord(result.Error, target));
            }
        }
    }
}
