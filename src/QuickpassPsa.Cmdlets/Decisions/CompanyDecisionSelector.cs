using System;
using System.Management.Automation;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Cmdlets.Decisions
{
    /// <summary>
    /// What Remove-PsaCompanyMatch is asked to remove: a customer's decisions, or exactly one decision (kind, customer,
    /// company) when a decision object was piped. Read from live and deserialized objects alike, by property name.
    /// </summary>
    internal sealed class CompanyDecisionSelector
    {
        private CompanyDecisionSelector(string customer, string? kind, string? companyId)
        {
            Customer = customer;
            Kind = kind;
            CompanyId = companyId;
        }

        public string Customer { get; }

        /// <summary>"Confirmed" or "Excluded" when the input was a decision; null otherwise.</summary>
        public string? Kind { get; }

        public string? CompanyId { get; }

        public static CompanyDecisionSelector ForText(string customer) => new CompanyDecisionSelector(customer.Trim(), null, null);

        /// <summary>The selector for a piped object, or null when it names no customer.</summary>
        public static CompanyDecisionSelector? From(object? input)
        {
            var value = input is PSObject wrapped ? wrapped.BaseObject : input;
            switch (value)
            {
                case null:
                    return null;
                case CompanyMatchDecision d:
                    return new CompanyDecisionSelector(d.Customer.Trim(), d.Kind, d.CompanyId);
                case string text:
                    return string.IsNullOrWhiteSpace(text) ? null : ForText(text);
            }

            // A deserialized decision, or a company match (live or deserialized): its Customer; a decision also its kind and company.
            var ps = input as PSObject ?? PSObject.AsPSObject(value);
            var customer = Text(ps, "Customer");
            if (customer == null) return null;
            var kind = Text(ps, "Kind");
            var isDecision = (kind == nameof(MatchDecisionKind.Confirmed) || kind == nameof(MatchDecisionKind.Excluded)) && Text(ps, "CompanyId") != null;
            return isDecision ? new CompanyDecisionSelector(customer, kind, Text(ps, "CompanyId")) : ForText(customer);
        }

        private static string? Text(PSObject ps, string name)
        {
            var value = ps.Properties[name]?.Value;
            if (value is PSObject wrapped) value = wrapped.BaseObject;
            var text = value as string;
            return string.IsNullOrWhiteSpace(text) ? null : text!.Trim();
        }

        /// <summary>
        /// True when the stored decision is one this selector and the command's filters select. Without a decision
        /// piped, links are selected, or exclusions with -Exclude: never both, so that unlinking a customer does not
        /// also forget that it must never be matched to some other company.
        /// </summary>
        public bool Selects(CompanyMatchDecision stored, string? companyId, bool exclusions)
        {
            if (Kind != null)
            {
                if (!string.Equals(stored.Kind, Kind, StringComparison.OrdinalIgnoreCase) || !Same(stored.CompanyId, CompanyId)) return false;
                if (exclusions && stored.DecisionKind != MatchDecisionKind.Excluded) return false;
            }
            else if (stored.DecisionKind != (exclusions ? MatchDecisionKind.Excluded : MatchDecisionKind.Confirmed))
            {
                return false;
            }
            if (companyId != null && !Same(stored.CompanyId, companyId)) return false;
            return CompanyMatchDecision.SameCustomer(stored.Customer, Customer);
        }

        private static bool Same(string? a, string? b) => string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);

        public override string ToString() =>
            (Kind == null ? string.Empty : Kind + " ") + "customer '" + Customer + "'" + (CompanyId == null ? string.Empty : " -> [" + CompanyId + "]");
    }
}
