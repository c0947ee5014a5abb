using System;
using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Core.Matching.Companies
{
    /// <summary>
    /// Whether an account's Customer belongs to another company than the one a command was told to use: its stored
    /// customer-company link names another company, or, without a link, another company of the PSA in use carries the
    /// customer's name (folded as company names are: "Fabrikam Inc." is Fabrikam Inc) while the named one does not (round 42:
    /// Beta Tools' accounts matched and created in Alpha Widgets because -CompanyName said so, one of them a second contact).
    /// Each customer is asked once per command; the company list is read once, and only when a customer's name differs.
    /// </summary>
    internal sealed class OtherCustomerCompany
    {
        private readonly Func<IReadOnlyList<CompanyMatchDecision>> _links;
        private readonly Func<IReadOnlyList<PsaCompany>> _companies;
        private IReadOnlyList<PsaCompany>? _all;
        private readonly Dictionary<string, string?> _asked = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        private IReadOnlyList<CompanyMatchDecision>? _stored;

        /// <param name="links">The stored customer-company links (read once, on the first question).</param>
        /// <param name="companies">The PSA's companies (read once, on the first customer whose name is not the company's).</param>
        public OtherCustomerCompany(Func<IReadOnlyList<CompanyMatchDecision>> links, Func<IReadOnlyList<PsaCompany>> companies)
        {
            _links = links;
            _companies = companies;
        }

        /// <summary>Why <paramref name="customer"/> is another company's than <paramref name="company"/> ("linked to Beta Tools Inc [502]"), or null.</summary>
        public string? Why(string? customer, PsaCompany company)
        {
            var name = customer?.Trim();
            if (string.IsNullOrEmpty(name)) return null;
            var key = name + "\u001f" + company.Id.Trim();
            if (_asked.TryGetValue(key, out var known)) return known;
            return _asked[key] = Ask(name!, company);
        }

        private string? Ask(string customer, PsaCompany company)
        {
            _stored ??= _links();
            var link = _stored.Where(d => d.Kind == "Confirmed" && CompanyMatchDecision.SameCustomer(d.Customer, customer)).OrderByDescending(d => d.DecidedAt).FirstOrDefault();
            if (link != null)
            {
                return string.Equals(link.CompanyId.Trim(), company.Id.Trim(), StringComparison.OrdinalIgnoreCase)
                    ? null
                    : "the customer '" + customer + "' is linked to " + (string.IsNullOrEmpty(link.CompanyName) ? string.Empty : link.CompanyName + " ") + "[" + link.CompanyId + "]";
            }
            var wanted = CompanyNameNormalizer.Key(customer);
            if (wanted.Length == 0) return null;
            // The same name under the same legal form (or none on one side) is this company; under another legal form it may
            // be a sister company ("Contoso Inc" run in "Contoso Ltd"; round 44), when the PSA has one by that form.
            var sameName = wanted == CompanyNameNormalizer.Key(company.Name);
            if (sameName && !CompanyNameNormalizer.LegalFormsDiffer(customer, company.Name)) return null;
            _all ??= _companies();
            var other = _all.FirstOrDefault(c => !string.Equals(c.Id.Trim(), company.Id.Trim(), StringComparison.OrdinalIgnoreCase) &&
                                                 CompanyNameNormalizer.Key(c.Name) == wanted && CompanyInUse.WhyNot(c) == null &&
                                                 (!sameName || !CompanyNameNormalizer.LegalFormsDiffer(customer, c.Name)));
            return other == null ? null : "the customer '" + customer + "' is the name of the company " + other.Name + " [" + other.Id + "]";
        }
    }
}
