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

    /// <summary>
    /// Lets a company name stand where a PsaCompany is expected (`Find-PsaContactMatch -Company 'Contoso'`, as
    /// DESIGN.md writes it): the text becomes a name-only company that the cmdlet looks up, so a name never has
    /// to be wrapped in Get-PsaCompany first. Deserialized companies are rebuilt as with CompanyArgument.
    /// </summary>
    internal sealed class CompanyOrNameArgumentAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            if (value is string name && !string.IsNullOrWhiteSpace(name)) return new PsaCompany { Name = name.Trim(), NameOnly = true };
            return PipelineArgument.Map(inputData, DeserializedCompany.Is, DeserializedCompany.Rebuild);
        }
    }

    /// <summary>Lets a PsaCompany read back with Import-Clixml bind to a PsaCompany parameter (see <see cref="DeserializedCompany"/>).</summary>
    internal sealed class CompanyArgumentAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData) =>
            PipelineArgument.Map(inputData, DeserializedCompany.Is, DeserializedCompany.Rebuild);
    }
}
