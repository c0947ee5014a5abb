using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using QuickpassPsa.Cmdlets.Decisions;
using QuickpassPsa.Cmdlets.Errors;
using QuickpassPsa.Cmdlets.Matching;
using QuickpassPsa.Cmdlets.Parameters;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Matching.Companies;
using QuickpassPsa.Core.Matching.Customers;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Commands
{
    /// <summary>
    /// Find-PsaContactMatch without a company: every customer in one run. The accounts are grouped by Customer; each
    /// customer is matched in the company its stored customer-company link names (Set-PsaCompanyMatch,
    /// Save-PsaCompanyMatch). The company list is read once, each linked company's contacts once, several companies
    /// at a time (-ThrottleLimit; Autotask at most three, shared with every caller of the integration code). A
    /// customer without a link, or whose company is gone or could not be read, is one non-terminating error; the
    /// others complete. A summary per customer goes to -SummaryVariable, or replaces the rows with -Summary.
    /// </summary>
    public sealed partial class FindPsaContactMatchCommand
    {
        private const string CustomersSet = "Customers";

        /// <summary>How many companies' contacts are read at once (ConnectWise); Autotask reads at most three whatever this says.</summary>
        [Parameter(ParameterSetName = CustomersSet)]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 5;

        /// <summary>
        /// Customer-company links to use instead of the stored ones: rows of Find-PsaCompanyMatch (live or read back
        /// with Import-Clixml). A Matched or Suggested row links its customer; any other row leaves it unlinked.
        /// For a run that must not write the decision store (a nightly report).
        /// </summary>
        [Parameter(ParameterSetName = CustomersSet)]
        [ValidateNotNull]
        [Companies.CompanyMatchArgument]
        public Core.Matching.Companies.CompanyMatch[]? CompanyMatch { get; set; }

        /// <summary>Write one summary per customer instead of the match rows.</summary>
        [Parameter(ParameterSetName = CustomersSet)]
        public SwitchParameter Summary { get; set; }

        /// <summary>The name of a variable (without $) that receives the summaries, besides the rows.</summary>
        [Parameter(ParameterSetName = CustomersSet)]
        [ValidateNotBlank]
        public string? SummaryVariable { get; set; }

        private void MatchEveryCustomer()
        {
            var connection = _connection!;
            var store = DecisionStoreLocator.OpenForReading(this, DecisionPath, connection);
            IReadOnlyList<CompanyMatchDecision> companyDecisions;
            IReadOnlyList<ContactMatchDecision> contactDecisions;
            try
            {
                companyDecisions = CompanyMatch != null ? GivenLinks(CompanyMatch) : store.ReadCompanyDecisions();
                contactDecisions = store.Read();
            }
            catch (DecisionStoreException ex)
            {
                ThrowTerminatingError(DecisionErrors.Store(ex));
                throw;
            }

            IReadOnlyList<PsaCompany> companies;
            try
            {
                // Once for the whole run: the links name companies by id, and an unlinked customer gets a suggestion.
                companies = Run((_, token) => connection.Client.GetCompaniesAsync(null, token));
            }
            catch (PsaApiException ex)
            {
                ThrowTerminatingError(PsaErrors.From(ex, connection));
                throw;
            }

            var plan = CustomerPlan.Build(_accounts, companyDecisions, companies, IncludeInactive.IsPresent);
            WriteVerbose(plan.Customers.Count.ToString(CultureInfo.InvariantCulture) + " customers, " + plan.Companies.Count.ToString(CultureInfo.InvariantCulture) +
                " linked companies to read (" + CompanyContactsReader.Parallelism(connection.Psa, ThrottleLimit).ToString(CultureInfo.InvariantCulture) + " at a time).");
            if (plan.WithoutCustomer.Count > 0) WriteError(CustomerRunErrors.NoCustomer(plan.WithoutCustomer.Count, plan.WithoutCustomer[0]));

            var read = ReadCompanies(connection, plan.Companies);
            var together = CustomersSharingACompany(plan);
            var summaries = new List<CustomerMatchSummary>();
            var keep = MatchSettings.StatusFilter(Status);
            foreach (var customer in plan.Customers)
            {
                var summary = customer.NewSummary();
                summaries.Add(summary);
                if (customer.State == CustomerRunState.NotLinked)
                {
                    var error = CustomerRunErrors.NotLinked(customer);
                    summary.Error = error.Exception.Message;
                    WriteError(error);
                    continue;
                }
                if (customer.State == CustomerRunState.CompanyMissing || customer.State == CustomerRunState.CompanyChanged)
                {
                    var error = customer.State == CustomerRunState.CompanyMissing ? CustomerRunErrors.CompanyMissing(customer) : CustomerRunErrors.CompanyChanged(customer);
                    summary.Error = error.Exception.Message;
                    WriteError(error);
                    continue;
                }

                if (CompanyInUse.WhyNot(customer.Company!) is { } why) WriteWarning(Companies.CompanyLinkWarnings.NotInUse(customer.Customer, customer.Company!, why));
                var company = read[customer.Company!.Id.Trim()];
                if (company.Error != null)
                {
                    summary.State = CustomerRunState.Failed;
                    summary.Error = "Reading the contacts of " + company.Company + " failed: " + company.Error.Message;
                    WriteError(PsaErrors.From(company.Error, customer.Customer));
                    continue;
                }

                var matches = together.TryGetValue(customer, out var group)
                    ? MatchTogether(group, company, contactDecisions)[customer]
                    : MatchCustomer(customer, company, contactDecisions);
                summary.Contacts = company.Contacts.Count;
                summary.Tally(matches, lastNameRequired: connection.Psa == PsaKind.Autotask, FieldLimits(connection, matches));
                WriteVerbose(summary.ToString());
                if (Summary.IsPresent) continue;
                foreach (var match in Dated(matches))
                {
                    if (keep(match)) WriteObject(match);
                }
            }
            PublishSummaries(summaries);
        }

        private Core.Psa.Writes.ContactFieldLimits? _limits;
        private bool _limitsRead;

        /// <summary>
        /// The lengths the PSA's contact fields hold, for ToCreate (a value longer than its field is refused by New-PsaContact): read
        /// once per command, and only when a customer has an Unmatched row (ConnectWise's are fixed; Autotask's cost one request,
        /// once per connection). Null when they cannot be read: ToCreate then does not count the lengths, and a verbose line says so.
        /// </summary>
        private Core.Psa.Writes.ContactFieldLimits? FieldLimits(PsaConnection connection, IEnumerable<ContactMatch> matches)
        {
            if (_limitsRead || !matches.Any(m => m.Status == MatchStatus.Unmatched)) return _limits;
            _limitsRead = true;
            try
            {
                _limits = Run((_, token) => connection.Client.GetContactFieldLimitsAsync(token));
            }
            catch (PsaApiException ex)
            {
                if (PsaErrors.StopsEverything(ex)) ThrowTerminatingError(PsaErrors.From(ex, null));
                WriteVerbose("The lengths of " + connection.Psa + "'s contact fields could not be read (" + ex.Message + "): ToCreate does not count them.");
            }
            return _limits;
        }

        /// <summary>-CompanyMatch as links: the Matched and Suggested rows, each its customer's link (nothing is stored).</summary>
        private List<CompanyMatchDecision> GivenLinks(IEnumerable<Core.Matching.Companies.CompanyMatch> rows)
        {
            var links = new List<CompanyMatchDecision>();
            foreach (var row in rows)
            {
                if (row?.Company == null || string.IsNullOrWhiteSpace(row.CompanyId)) continue;
                // A row of the other PSA: its company id names another company here (round 60b).
                if (RowPsa.Mismatch(row, _connection) is { } mismatch)
                {
                    WriteError(mismatch);
                    continue;
                }
                if (row.Status != MatchStatus.Matched && row.Status != MatchStatus.Suggested)
                {
                    WriteVerbose("The company match of '" + row.Customer + "' is " + row.Status + ", so it does not link the customer; confirm it with Save-PsaCompanyMatch first.");
                    continue;
                }
                links.Add(new CompanyMatchDecision(MatchDecisionKind.Confirmed, row.Customer, row.CompanyId!, row.CompanyName));
            }
            WriteVerbose(links.Count.ToString(CultureInfo.InvariantCulture) + " customer-company links given with -CompanyMatch (the stored ones are not used).");
            return links;
        }

        /// <summary>Every linked company's contacts, read in parallel; keyed by company id.</summary>
        private Dictionary<string, CompanyContacts> ReadCompanies(PsaConnection connection, IReadOnlyList<PsaCompany> companies)
        {
            const string activity = "Reading the contacts of the linked companies";
            var done = 0;
            var total = companies.Count;
            var results = Run((output, token) => CompanyContactsReader.ReadAsync(connection.Client, companies, IncludeInactive.IsPresent, ThrottleLimit, finished =>
            {
                var count = Interlocked.Increment(ref done);
                output.Progress(activity, count.ToString(CultureInfo.InvariantCulture) + " of " + total.ToString(CultureInfo.InvariantCulture) + " companies (" +
                    finished.Company.Name + ": " + finished.Contacts.Count.ToString("N0", CultureInfo.InvariantCulture) + " contacts)", total == 0 ? -1 : count * 100 / total);
            }, token)); // the pump closes the progress bar when the read ends
            return results.ToDictionary(r => r.Company.Id.Trim(), StringComparer.OrdinalIgnoreCase);
        }

        /// <summary>One customer's accounts against its company's contacts, with the company's stored account-contact decisions.</summary>
        private IReadOnlyList<ContactMatch> MatchCustomer(CustomerWork customer, CompanyContacts company, IReadOnlyList<ContactMatchDecision> stored) =>
            MatchAccounts(customer.Accounts, company, stored);

        private IReadOnlyList<ContactMatch> MatchAccounts(List<Core.Accounts.Account> accounts, CompanyContacts company, IReadOnlyList<ContactMatchDecision> stored)
        {
            var contacts = company.Contacts.Select(c => c.WithoutRaw()).ToList();
            var decisions = DecisionMapping.ForMatching(stored, company.Company.Id, accounts);
            WarnLinksToMissingContacts(decisions, accounts, contacts);
            decisions = WithoutStaleLinks(decisions, stored, company.Company.Id, accounts, contacts);
            var matches = new ContactMatcher(contacts, decisions, MatchSettings.Options(Strategy)).Match(accounts);
            foreach (var match in matches)
            {
                match.CompanyId = company.Company.Id;
                match.CompanyName = company.Company.Name;
                match.Psa = _connection?.Psa.ToString();
            }
            return matches;
        }

        /// <summary>
        /// Customers linked to one company (two stored links, or two -CompanyMatch rows from separate runs), each with
        /// the group it is matched in; one warning per company. Matched one customer at a time, one contact could be
        /// Suggested to an account of each: together, one contact links to at most one account.
        /// </summary>
        private Dictionary<CustomerWork, List<CustomerWork>> CustomersSharingACompany(CustomerPlan plan)
        {
            var groups = new Dictionary<CustomerWork, List<CustomerWork>>();
            foreach (var group in plan.Customers.Where(c => c.State == CustomerRunState.Done && c.Company != null)
                         .GroupBy(c => c.Company!.Id.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            {
                var members = group.ToList();
                foreach (var customer in members) groups[customer] = members;
                WriteWarning("Customers " + string.Join(" and ", members.Select(c => "'" + c.Customer + "'")) + " are all linked to company " + members[0].Company!.Name +
                    " [" + members[0].Company!.Id + "]: their accounts are matched together against its contacts, so that one contact links to at most one account. " +
                    "If they are different organisations, link each to its own company with Set-PsaCompanyMatch.");
            }
            return groups;
        }

        // The matches of a group of customers sharing a company, made once for the first of them and kept for the others.
        private readonly Dictionary<List<CustomerWork>, Dictionary<CustomerWork, IReadOnlyList<ContactMatch>>> _together =
            new Dictionary<List<CustomerWork>, Dictionary<CustomerWork, IReadOnlyList<ContactMatch>>>();

        /// <summary>The accounts of every customer of the group in one run, the results handed back to each customer in its input order.</summary>
        private Dictionary<CustomerWork, IReadOnlyList<ContactMatch>> MatchTogether(List<CustomerWork> group, CompanyContacts company, IReadOnlyList<ContactMatchDecision> stored)
        {
            if (_together.TryGetValue(group, out var done)) return done;
            var all = group.SelectMany(c => c.Accounts).ToList();
            var matches = MatchAccounts(all, company, stored);
            var byCustomer = new Dictionary<CustomerWork, IReadOnlyList<ContactMatch>>();
            var at = 0;
            foreach (var customer in group)
            {
                byCustomer[customer] = matches.Skip(at).Take(customer.Accounts.Count).ToList();
                at += customer.Accounts.Count;
            }
            _together[group] = byCustomer;
            return byCustomer;
        }

        private void PublishSummaries(List<CustomerMatchSummary> summaries)
        {
            if (SummaryVariable != null) SessionState.PSVariable.Set(SummaryVariable.TrimStart('$'), summaries.ToArray());
            if (Summary.IsPresent) WriteObject(summaries, enumerateCollection: true);
        }
    }
}
