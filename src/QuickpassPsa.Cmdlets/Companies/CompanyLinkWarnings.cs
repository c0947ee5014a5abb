using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Companies
{
    /// <summary>What Find-PsaCompanyMatch and Find-PsaContactMatch say about a stored customer link whose company is no longer one to work in.</summary>
    internal static class CompanyLinkWarnings
    {
        public static string NotInUse(string customer, PsaCompany company, string why) =>
            "The confirmed link of customer '" + customer + "' points to company " + company + ", which is " + why +
            ". Its contacts are still matched, but New-PsaContact creates none there without -Force. If the customer has moved to another company, " +
            "link it with Set-PsaCompanyMatch -Customer '" + customer.Replace("'", "''") + "' -CompanyId <id>.";
    }
}
