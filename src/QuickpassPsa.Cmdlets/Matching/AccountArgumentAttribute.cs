using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using QuickpassPsa.Cmdlets.Accounts;
using QuickpassPsa.Core.Accounts;

namespace QuickpassPsa.Cmdlets.Matching
{
    /// <summary>
    /// Lets an Account read back with Import-Clixml ("Deserialized.QuickpassPsa.Core.Accounts.Account") bind to an
    /// Account parameter, rebuilt by <see cref="DeserializedAccount"/> with its Id, Source and proxy addresses.
    /// Any other property bag (an Import-Csv row, a Get-ADUser result read back) is refused with a message that
    /// names the cmdlet that reads such objects, instead of PowerShell's "cannot convert PSCustomObject".
    /// A string that is one email address becomes an account with that address, as ConvertTo-QpAccount makes it, so an
    /// address typed at the prompt of a mandatory -Account works (round 56c); any other string is refused with what to type.
    /// </summary>
    internal sealed class AccountArgumentAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var output = PipelineArgument.Map(inputData, DeserializedAccount.Is, DeserializedAccount.Rebuild);
            if (output is IList items && !(output is string))
            {
                var mapped = new List<object?>(items.Count);
                foreach (var item in items)
                {
                    Refuse(item);
                    mapped.Add(FromAddress(item));
                }
                return mapped.ToArray();
            }
            Refuse(output);
            return FromAddress(output);
        }

        /// <summary>An email address string as an Account (ConvertTo-QpAccount's rule); anything else as it came.</summary>
        private static object? FromAddress(object? item)
        {
            var value = item is PSObject wrapped ? wrapped.BaseObject : item;
            if (!(value is string text)) return item;
            var built = PipelineObjectRecord.DescribeUnreadable(text) == null
                ? AccountBuilder.Build(PipelineObjectRecord.From(PSObject.AsPSObject(text), 1, out var source), source, new AccountReadOptions { SkipBlankRecords = false })
                : null;
            if (built?.Account != null) return built.Account;
            throw new ArgumentTransformationMetadataException(
                "'" + text + "' is not an email address. Give accounts from Get-QpAccount or ConvertTo-QpAccount, or one email address such as ann.lee@contoso.com.");
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
