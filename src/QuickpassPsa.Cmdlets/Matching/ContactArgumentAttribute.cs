using System.Management.Automation;

namespace QuickpassPsa.Cmdlets.Matching
{
    /// <summary>Lets a PsaContact read back with Import-Clixml bind to a PsaContact parameter (see <see cref="DeserializedContact"/>).</summary>
    internal sealed class ContactArgumentAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData) =>
            PipelineArgument.Map(inputData, DeserializedContact.Is, DeserializedContact.Rebuild);
    }
}
