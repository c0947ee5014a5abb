using System;
using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching.Companies;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Core.Matching.Customers
{
    /// <summary>
    /// What a multi-customer run will do, before any contact is read: the accounts grouped by customer (trimmed,
    /// case ignored, first spelling kept, input order), each customer's company from its stored confirmed link, and
    /// for a customer without one, what Find-PsaCompanyMatch would suggest (for the message that tells how to link it).
    /// </summary>
    public sealed class CustomerPlan
    {
        private CustomerPlan(IReadOnlyList<CustomerWork> customers, IReadOnlyList<Account> withoutCustomer)
        {
            Customers = customers;
            WithoutCustomer = withoutCustomer;
            Companies = customers.Where(c => c.Company != null)
                .OrderByDescending(c => c.Accounts.Count)
                .Select(c => c.Company!)
                .GroupBy(c => c.Id, StringComparer.OrdinalIgnoreCase)
                .Select(g => g.First())
                .ToList();
        }

        /// <summary>One entry per customer, in the order its first account came.</summary>
        public IReadOnlyList<CustomerWork> Customers { get; }

        /// <summary>Accounts with no Customer: they cannot be matched in a multi-customer run.</summary>
        public IReadOnlyList<Account> WithoutCustomer { get; }

        /// <summary>
        /// The distinct companies whose contacts must be read, the customers with the most accounts first: a big
        /// company takes several pages one after another, so starting it early keeps it from being the long tail
        /// of a parallel read (account counts are the best guess of contact counts before any is read).
        /// </summary>
        public IReadOnlyList<PsaCompany> Companies { get; }

        /// <param name="accounts">The accounts, one per key (Find-PsaContactMatch has dropped duplicates).</param>
        /// <param name="decisions">The stored customer-company decisions of the PSA instance.</param>
        /// <param name="companies">Every company of the PSA, inactive ones too (a stored link counts whatever the company's state).</param>
        /// <param name="includeInactive">Whether suggestions for unlinked customers may name inactive companies.</param>
        public static CustomerPlan Build(IEnumerable<Account> accounts, IReadOnlyList<CompanyMatchDecision> decisions, IReadOnlyList<PsaCompany> companies, bool includeInactive)
        {
            var byName = new Dictionary<string, CustomerWork>(StringComparer.OrdinalIgnoreCase);
            var order = new List<CustomerWork>();
            var withoutCustomer = new List<Account>();
            foreach (var account in accounts)
            {
                var name = account?.Customer?.Trim();
                if (string.IsNullOrEmpty(name))
                {
                    if (account != null) withoutCustomer.Add(account);
                    continue;
                }
                if (!byName.TryGetValue(name!, out var work))
                {
                    byName.Add(name!, work = new CustomerWork(name!));
                    order.Add(work);
                }
                work.Accounts.Add(account!);
            }

            var byId = new Dictionary<string, PsaCompany>(StringComparer.OrdinalIgnoreCase);
            foreach (var company in companies)
            {
                if (company?.Id != null && !byId.ContainsKey(company.Id.Trim())) byId.Add(company.Id.Trim(), company);
            }
            foreach (var work in order)
            {
                var link = decisions.FirstOrDefault(d => d != null && d.DecisionKind == Matching.MatchDecisionKind.Confirmed && CompanyMatchDecision.SameCustomer(d.Customer, work.Customer));
                if (link == null)
                {
                    work.State = CustomerRunState.NotLinked;
                }
                else if (byId.TryGetValue(link.CompanyId.Trim(), out var company) && CompanyLinkNames.NamesAnother(link.CompanyName, company.Name))
                {
                    // The id names another company now (a store copied from the other PSA or another site, a record reused):
                    // its contacts are not this customer's (round 60b).
                    work.State = CustomerRunState.CompanyChanged;
                    work.Link = link;
                    work.NowNamed = company;
                }
                else if (company != null)
                {
                    work.Company = company;
                }
                else
                {
                    work.State = CustomerRunState.CompanyMissing;
                    work.Link = link;
                }
            }

            var unlinked = order.Where(w => w.State == CustomerRunState.NotLinked).ToList();
            if (unlinked.Count > 0)
            {
                var matcher = new CompanyMatcher(companies, new CompanyMatchOptions { IncludeInactive = includeInactive });
                var suggestions = matcher.Match(unlinked.Select(w => w.Customer), null, decisions);
                foreach (var work in unlinked) work.Suggestion = suggestions.FirstOrDefault(s => string.Equals(s.Customer, work.Customer, StringComparison.Ordinal));
            }
            return new CustomerPlan(order, withoutCustomer);
        }
    }

    /// <summary>One customer of a run: its accounts and, when linked, its company.</summary>
    public sealed class CustomerWork
    {
        internal CustomerWork(string customer) => Customer = customer;

        public string Customer { get; }
        public List<Account> Accounts { get; } = new List<Account>();

        /// <summary>The linked company; null when the customer has no link or its company is gone.</summary>
        public PsaCompany? Company { get; internal set; }

        /// <summary><see cref="CustomerRunState.Done"/> while the customer can be matched; NotLinked, CompanyMissing or CompanyChanged otherwise.</summary>
        public string State { get; internal set; } = CustomerRunState.Done;

        /// <summary>The stored link whose company is gone (CompanyMissing) or is another company now (CompanyChanged).</summary>
        public CompanyMatchDecision? Link { get; internal set; }

        /// <summary>CompanyChanged: the company the link's id names now.</summary>
        public PsaCompany? NowNamed { get; internal set; }

        /// <summary>What Find-PsaCompanyMatch suggests for an unlinked customer.</summary>
        public CompanyMatch? Suggestion { get; internal set; }

        public CustomerMatchSummary NewSummary() => new CustomerMatchSummary(Customer, Accounts.Count)
        {
            State = State,
            CompanyId = Company?.Id ?? Link?.CompanyId,
            CompanyName = Company?.Name ?? Link?.CompanyName,
        };
    }
}
