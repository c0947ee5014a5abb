using System.Management.Automation.Language;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Companies
{
    /// <summary>What Find-PsaCompanyMatch and Find-PsaContactMatch say about a stored customer link whose company is no longer one to work in.</summary>
    internal static class CompanyLinkWarnings
    {
        public static string NotInUse(string customer, PsaCompany company, string why) =>
            "The confirmed link of customer '" + customer + "' points to company " + company + ", which is " + why +
            ". Its contacts are still matched, but New-PsaContact creates none there without -Force. If the customer has moved to another company, " +
            "link it with Set-PsaCompanyMatch -Customer '" + CodeGeneration.EscapeSingleQuotedStringContent(customer) + "' -CompanyId <id>.";

        /// <summary>Why a stored link's company id may name another company now than the one linked.</summary>
        public const string WhyChanged =
            "a decision store copied from the other PSA or another site, a link saved from a row of the other PSA, or a company record reused or renamed for another customer.";

        /// <summary>Find-PsaCompanyMatch: a customer's stored link passed over because its company id names another company now (round 60b).</summary>
        public static string Changed(CompanyMatchDecision link, PsaCompany now) =>
            "The confirmed link of customer '" + link.Customer + "' points to company [" + link.CompanyId + "], which was '" + link.CompanyName + "' when the link was made and is '" +
            now.Name + "' now: " + WhyChanged + " The link is passed over (the customer is matched on evidence, and the company is not held for it); the decision is kept. " +
            ConfirmAgain(link.Customer, now);

        /// <summary>How to settle such a link: confirm it again (storing the company's current name), link the right company, or drop it.</summary>
        public static string ConfirmAgain(string customer, PsaCompany now)
        {
            var quoted = "'" + CodeGeneration.EscapeSingleQuotedStringContent(customer) + "'";
            return "If '" + now.Name + "' is the customer's company (renamed), confirm the link again: Set-PsaCompanyMatch -Customer " + quoted + " -CompanyId " + now.Id +
                " stores its current name. Otherwise link the right company with Set-PsaCompanyMatch -Customer " + quoted + " -CompanyId <id>, or drop the link with Remove-PsaCompanyMatch -Customer " + quoted + ".";
        }
    }
}
