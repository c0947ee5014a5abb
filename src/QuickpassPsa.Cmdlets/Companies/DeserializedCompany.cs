using System.Collections;
using System.Management.Automation;
using QuickpassPsa.Cmdlets.Matching;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Companies
{
    /// <summary>
    /// A PsaCompany that went through Export-Clixml/Import-Clixml comes back as a property bag typed
    /// "Deserialized.QuickpassPsa.Core.Psa.PsaCompany". It is rebuilt as it was, so a company list saved from
    /// Get-PsaCompany matches offline (Find-PsaCompanyMatch -Company) like a live one.
    /// </summary>
    internal static class DeserializedCompany
    {
        public static bool Is(PSObject? input) => PipelineArgument.IsDeserialized(input, typeof(PsaCompany));

        public static PsaCompany Rebuild(PSObject input)
        {
            var company = new PsaCompany
            {
                Id = PipelineArgument.Text(input, nameof(PsaCompany.Id)) ?? string.Empty,
                Name = PipelineArgument.Text(input, nameof(PsaCompany.Name)) ?? string.Empty,
                Identifier = PipelineArgument.Text(input, nameof(PsaCompany.Identifier)),
                Psa = PipelineArgument.Text(input, nameof(PsaCompany.Psa)) ?? "File",
                Raw = PipelineArgument.Value(input, nameof(PsaCompany.Raw)) as Hashtable,
            };
            if (PipelineArgument.Value(input, nameof(PsaCompany.Active)) is bool active) company.Active = active;
            return company;
        }

    }

    /// <summary>Lets a PsaCompany read back with Import-Clixml bind to a PsaCompany parameter (see <see cref="DeserializedCompany"/>).</summary>
    internal sealed class CompanyArgumentAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData) =>
            PipelineArgument.Map(inputData, DeserializedCompany.Is, DeserializedCompany.Rebuild);
    }
}
