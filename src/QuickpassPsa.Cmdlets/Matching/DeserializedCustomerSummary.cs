using System;
using System.Globalization;
using System.Management.Automation;
using QuickpassPsa.Core.Matching.Customers;

namespace QuickpassPsa.Cmdlets.Matching
{
    /// <summary>
    /// A CustomerMatchSummary read back with Import-Clixml is rebuilt, so last night's run (rows and summaries saved
    /// together) can still be turned into a report. Every value is plain text or a number; a missing one stays empty.
    /// </summary>
    internal static class DeserializedCustomerSummary
    {
        public static bool Is(PSObject? input) => PipelineArgument.IsDeserialized(input, typeof(CustomerMatchSummary));

        public static CustomerMatchSummary Rebuild(PSObject input)
        {
            var customer = Text(input, nameof(CustomerMatchSummary.Customer)) ?? throw new ArgumentException("The saved summary has no Customer.");
            return new CustomerMatchSummary(customer, Number(input, nameof(CustomerMatchSummary.Accounts)))
            {
                State = Text(input, nameof(CustomerMatchSummary.State)) ?? CustomerRunState.Done,
                CompanyId = Text(input, nameof(CustomerMatchSummary.CompanyId)),
                CompanyName = Text(input, nameof(CustomerMatchSummary.CompanyName)),
                Contacts = Number(input, nameof(CustomerMatchSummary.Contacts)),
                Matched = Number(input, nameof(CustomerMatchSummary.Matched)),
                Suggested = Number(input, nameof(CustomerMatchSummary.Suggested)),
                Review = Number(input, nameof(CustomerMatchSummary.Review)),
                Ambiguous = Number(input, nameof(CustomerMatchSummary.Ambiguous)),
                Unmatched = Number(input, nameof(CustomerMatchSummary.Unmatched)),
                ToCreate = Number(input, nameof(CustomerMatchSummary.ToCreate)),
                Error = Text(input, nameof(CustomerMatchSummary.Error)),
            };
        }

        private static string? Text(PSObject input, string name)
        {
            var text = input.Properties[name]?.Value?.ToString();
            return string.IsNullOrWhiteSpace(text) ? null : text!.Trim();
        }

        private static int Number(PSObject input, string name) =>
            int.TryParse(Text(input, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : 0;
    }
}
