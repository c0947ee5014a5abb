using System.Collections;
using System.Management.Automation;
using QuickpassPsa.Cmdlets.Accounts;

namespace QuickpassPsa.Cmdlets.Matching
{
    /// <summary>
    /// Lets an Account read back with Import-Clixml ("Deserialized.QuickpassPsa.Core.Accounts.Account") bind to an
    /// Account parameter, rebuilt by <see cref="DeserializedAccount"/> with its Id, Source and proxy addresses.
    /// Any other property bag (an Import-Csv row, a Get-ADUser result read back) is refused with a message that
    /// names the cmdlet that reads such objects, instead of PowerShell's "cannot convert PSCustomObject".
    /// </summary>
    internal sealed class AccountArgumentAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var output = PipelineArgument.Map(inputData, DeserializedAccount.Is, DeserializedAccount.Rebuild);
            if (output is IList items && !(output is string))
            {
                foreach (var item in items) Refuse(item);
            }
            else Refuse(output);
            return output;
        }

        private static void Refuse(object? item)
        {
            if (!(item is PSObject bag) || !(bag.BaseObject is PSCustomObject)) return;
            var type = bag.TypeNames.Count > 0 ? bag.TypeNames[0] : "PSCustomObject";
            throw new ArgumentTransformationMetadataException(
                "The object (" + type + ") is not an account. Read account files with Get-QpAccount, and turn other objects (Import-Csv rows, Get-ADUser or Get-MgUser results) " +
                "into accounts with ConvertTo-QpAccount: ... | ConvertTo-QpAccount | Find-PsaContactMatch.");
        }
    }
}
