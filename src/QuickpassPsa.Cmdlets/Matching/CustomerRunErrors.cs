using System;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using QuickpassPsa.Cmdlets.Companies;
using QuickpassPsa.Cmdlets.Errors;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Matching.Customers;

namespace QuickpassPsa.Cmdlets.Matching
{
    /// <summary>
    /// Errors of a multi-customer Find-PsaContactMatch: each concerns one customer (or the accounts without one),
    /// is reported once, not once per account, and is non-terminating: the other customers are matched.
    /// </summary>
    internal static class CustomerRunErrors
    {
        public static ErrorRecord NoCustomer(int count, object firstAccount)
        {
            var message = Count(count) + " no Customer, so the company to match " + (count == 1 ? "it" : "them") + " in is not known; " +
                (count == 1 ? "it was" : "they were") + " left out. The other accounts are matched.";
            return Build(message, ErrorIds.AccountCustomerMissing, ErrorCategory.InvalidData, firstAccount,
                "Give the accounts a Customer (the export's Customer column, or ConvertTo-QpAccount -Customer), or match them in one company with -CompanyName.");
        }

        public static ErrorRecord NotLinked(CustomerWork customer)
        {
            var quoted = Quote(customer.Customer);
            var suggestion = customer.Suggestion;
            string hint;
            if (suggestion?.Company != null && (suggestion.Status == MatchStatus.Suggested || suggestion.Status == MatchStatus.Review))
            {
                hint = " Find-PsaCompanyMatch suggests " + suggestion.Company + " (" + suggestion.Status + ", " + suggestion.Stars.ToString(CultureInfo.InvariantCulture) + " stars).";
            }
            else if (suggestion != null && suggestion.Candidates.Count > 0)
            {
                hint = " Find-PsaCompanyMatch finds " + suggestion.Candidates.Count.ToString(CultureInfo.InvariantCulture) + " equally good companies: " +
                    string.Join(", ", suggestion.Candidates.Take(3).Select(c => c.Company.ToString())) + ".";
            }
            else
            {
                hint = " No company has a similar name.";
            }
            var message = "The customer " + quoted + " (" + Accounts(customer.Accounts.Count) + ") has no stored link to a PSA company, so its accounts were not matched." + hint;
            var id = suggestion?.Company?.Id ?? "<id>";
            var action = "Link it once: Set-PsaCompanyMatch -Customer " + quoted + " -CompanyId " + id + ", or review Find-PsaCompanyMatch's rows and pipe them to Save-PsaCompanyMatch; then run the match again.";
            return Build(message, ErrorIds.CustomerNotLinked, ErrorCategory.ObjectNotFound, customer.Customer, action);
        }

        public static ErrorRecord CompanyMissing(CustomerWork customer)
        {
            var link = customer.Link!;
            var message = "The customer " + Quote(customer.Customer) + " (" + Accounts(customer.Accounts.Count) + ") is linked to company " +
                (link.CompanyName == null ? string.Empty : "'" + link.CompanyName + "' ") + "[" + link.CompanyId + "], which is no longer among the PSA's companies; its accounts were not matched.";
            return Build(message, ErrorIds.CustomerCompanyMissing, ErrorCategory.ObjectNotFound, customer.Customer,
                "Link the customer to its current company with Set-PsaCompanyMatch -Customer " + Quote(customer.Customer) + " -CompanyId <id>, or drop the link with Remove-PsaCompanyMatch.");
        }

        /// <summary>The customer's link names a company id that is another company now (round 60b): its contacts are not the customer's.</summary>
        public static ErrorRecord CompanyChanged(CustomerWork customer)
        {
            var link = customer.Link!;
            var now = customer.NowNamed!;
            var message = "The customer " + Quote(customer.Customer) + " (" + Accounts(customer.Accounts.Count) + ") is linked to company [" + link.CompanyId + "], which was '" +
                link.CompanyName + "' when the link was made and is '" + now.Name + "' now: " + CompanyLinkWarnings.WhyChanged +
                " Its accounts were not matched, so that they are never linked to another company's contacts; the link is kept.";
            return Build(message, ErrorIds.CustomerCompanyChanged, ErrorCategory.InvalidData, customer.Customer, CompanyLinkWarnings.ConfirmAgain(customer.Customer, now));
        }

        private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " account has" : " accounts have");

        private static string Accounts(int count) => count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " account" : " accounts");

        private static string Quote(string text) => "'" + CodeGeneration.EscapeSingleQuotedStringContent(text) + "'";

        private static ErrorRecord Build(string message, string id, ErrorCategory category, object target, string action) =>
            new ErrorRecord(new InvalidOperationException(message), id, category, target)
            {
                ErrorDetails = new ErrorDetails(message) { RecommendedAction = action },
            };
    }
}
