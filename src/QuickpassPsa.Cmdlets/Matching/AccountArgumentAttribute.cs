using System.Management.Automation;
using QuickpassPsa.Cmdlets.Accounts;

namespace QuickpassPsa.Cmdlets.Matching
{
    /// <summary>
    /// Lets an Account read back with Import-Clixml ("Deserialized.QuickpassPsa.Core.Accounts.Account") bind to an
    /// Account parameter, rebuilt by <see cref="DeserializedAccount"/> with its Id, Source and proxy addresses.
    /// </summary>
    internal sealed class AccountArgumentAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData) =>
            PipelineArgument.Map(inputData, DeserializedAccount.Is, DeserializedAccount.Rebuild);
    }
}
