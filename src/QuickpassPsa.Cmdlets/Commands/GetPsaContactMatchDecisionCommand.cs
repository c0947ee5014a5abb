using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using QuickpassPsa.Cmdlets.Companies;
using QuickpassPsa.Cmdlets.Decisions;
using QuickpassPsa.Cmdlets.Parameters;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Commands
{
    /// <summary>
    /// Get-PsaContactMatchDecision: lists the stored decisions (confirmed links and exclusions) of the connection's PSA
    /// instance or of the -DecisionPath file, filtered by company (id, name, or the customer its stored link names), account (UPN,
    /// email or id; wildcards) and kind; each with its company's name, from the store's customer links or else the PSA.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "PsaContactMatchDecision")]
    [OutputType(typeof(ContactMatchDecision))]
    public sealed class GetPsaContactMatchDecisionCommand : DecisionCmdletBase
    {
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotBlank]
        public string? CompanyId { get; set; }

        /// <summary>The account's user principal name, email address or id; wildcards allowed.</summary>
        [Parameter(Position = 0)]
        [SupportsWildcards]
        [ValidateNotBlank]
        public string? Account { get; set; }

        /// <summary>
        /// Confirmed or Excluded. A string, not Core's enum: a parameter of a Core value type would pull Core into the
        /// default load context before the module's initializer runs (see Get-QpAccount -Format).
        /// </summary>
        [Parameter]
        [ValidateSet("Confirmed", "Excluded", IgnoreCase = true)]
        public string? Kind { get; set; }

        [Parameter]
        [ValidateNotBlank]
        public string? ContactId { get; set; }

        /// <summary>The Quickpass customer (wildcards allowed): the decisions of the company its stored customer-company link names.</summary>
        [Parameter]
        [SupportsWildcards]
        [ValidateNotBlank]
        [ArgumentCompleter(typeof(StoredCustomerCompleter))]
        public string? Customer { get; set; }

        /// <summary>The company's name (wildcards allowed; a company of exactly this name is that company), as the store's customer-company link or the PSA gives it.</summary>
        [Parameter]
        [SupportsWildcards]
        [ValidateNotBlank]
        public string? CompanyName { get; set; }

        protected override void ProcessRecord()
        {
            var stored = Using(store => store.Read());
            var links = Using(store => store.ReadCompanyDecisions());
            // Read as a company name is (CompanyNameLookup.Filter): a value stored exactly so wins, escapes write a value, and a text that
            // is no valid pattern ('a[b') selects what equals it, else stops the command with QuickpassPsa.InvalidNamePattern (round 67b:
            // an untyped WildcardPatternException stopped it; round 69: then nothing was listed, silently).
            var account = Account == null ? null : NameFilter("-Account", Account, stored.SelectMany(d => new[] { d.UserPrincipalName, d.Email, d.AccountId }),
                "No stored decision has exactly '" + Account.Trim() + "' as its account's user principal name, email address or id either, so none was listed.");
            HashSet<string>? customerCompanies = null;
            if (Customer != null)
            {
                // The company-name rule (about_QuickpassPsa, "Company names"): a customer named exactly wins over the pattern reading.
                var customer = NameFilter("-Customer", Customer, links.Select(l => l.Customer),
                    "No stored customer-company link names a customer exactly '" + Customer.Trim() + "' either, so no decisions were listed.");
                customerCompanies = new HashSet<string>(links.Where(l => l.DecisionKind == MatchDecisionKind.Confirmed && customer(l.Customer))
                    .Select(l => l.CompanyId.Trim()), StringComparer.OrdinalIgnoreCase);
                if (customerCompanies.Count == 0)
                {
                    WriteError(DecisionErrors.CustomerNotLinked(Customer.Trim()));
                    return;
                }
            }
            var chosen = new List<ContactMatchDecision>();
            foreach (var decision in stored)
            {
                if (CompanyId != null && !string.Equals(decision.CompanyId, CompanyId.Trim(), StringComparison.OrdinalIgnoreCase)) continue;
                if (customerCompanies != null && !customerCompanies.Contains(decision.CompanyId.Trim())) continue;
                if (ContactId != null && !string.Equals(decision.ContactId, ContactId.Trim(), StringComparison.OrdinalIgnoreCase)) continue;
                if (Kind != null && !string.Equals(decision.Kind, Kind, StringComparison.OrdinalIgnoreCase)) continue;
                if (account != null && !new[] { decision.UserPrincipalName, decision.Email, decision.AccountId }.Any(v => v != null && account(v))) continue;
                chosen.Add(decision);
            }
            var names = CompanyNames(links, chosen.Select(d => d.CompanyId.Trim()));
            // Company names are read as every cmdlet reads them (CompanyNameLookup): a company known here by exactly this name is that
            // company, even where the text read as a pattern would match others ('Contoso [UK]' beside Contoso U, round 65c).
            var companyName = CompanyName == null ? null : NameFilter("-CompanyName", CompanyName, names.Values.Concat(links.Select(l => l.CompanyName)),
                "No company of the stored decisions is named exactly '" + CompanyName.Trim() + "' either, so none was listed.");
            foreach (var decision in chosen)
            {
                decision.CompanyName = names.TryGetValue(decision.CompanyId.Trim(), out var name) ? name : null;
                if (companyName != null && (decision.CompanyName == null || !companyName(decision.CompanyName))) continue;
                WriteObject(Stamped(decision));
            }
        }

        /// <summary>
        /// The companies' names by id: from the store's customer-company links (a link's name is the company's when it was linked; the
        /// confirmed link first), no request; the others read from the PSA when a connection is in use (round 60b): up to five one by
        /// one, more with one read of the company list. A
        /// PSA that cannot be read leaves the names empty, with one warning.
        /// </summary>
        private const int ByIdAtMost = 5;

        private Dictionary<string, string> CompanyNames(IReadOnlyList<CompanyMatchDecision> links, IEnumerable<string> ids)
        {
            var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var link in links.OrderBy(l => l.DecisionKind == MatchDecisionKind.Confirmed ? 0 : 1))
            {
                if (!string.IsNullOrWhiteSpace(link.CompanyName) && !names.ContainsKey(link.CompanyId.Trim())) names[link.CompanyId.Trim()] = link.CompanyName!.Trim();
            }
            var unknown = ids.Where(id => id.Length > 0 && !names.ContainsKey(id)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var connection = unknown.Count == 0 ? null : RowConnection();
            if (connection == null) return names;
            try
            {
                // A few companies one by one; more, the company list once (a page holds 500 or 1,000 of them).
                var companies = unknown.Count <= ByIdAtMost
                    ? unknown.Select(id => Run((_, token) => connection.Client.GetCompanyAsync(id, token))).Where(c => c != null).Select(c => c!).ToList()
                    : Run((_, token) => connection.Client.GetCompaniesAsync(null, token));
                var wanted = new HashSet<string>(unknown, StringComparer.OrdinalIgnoreCase);
                foreach (var company in companies)
                {
                    var id = company.Id?.Trim() ?? string.Empty;
                    if (wanted.Contains(id) && !string.IsNullOrWhiteSpace(company.Name)) names[id] = company.Name.Trim();
                }
            }
            catch (PsaApiException ex)
            {
                WriteWarning("The names of the companies without a stored customer link could not be read from " + connection + " (" + ex.Message + "); their CompanyName is empty.");
            }
            return names;
        }
    }
}
