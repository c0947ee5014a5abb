using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using QuickpassPsa.Cmdlets.Companies;
using QuickpassPsa.Cmdlets.Decisions;
using QuickpassPsa.Cmdlets.Errors;
using QuickpassPsa.Cmdlets.Parameters;
using QuickpassPsa.Cmdlets.Psa;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching.Companies;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Commands
{
    /// <summary>
    /// Find-PsaCompanyMatch: matches Quickpass customers (the Customer of piped accounts, customer names, or rows of a
    /// customers export) to the PSA's companies and says, per customer, how sure it is and why. One customer links to
    /// one company across the whole input, so customers are collected in ProcessRecord and matched in EndProcessing;
    /// the PSA's company list is read once per command. -Company matches offline against companies given. Stored
    /// customer-company decisions (Save-/Set-PsaCompanyMatch) win: a confirmed link is Matched, an exclusion is never
    /// suggested again.
    /// </summary>
    [Cmdlet(VerbsCommon.Find, "PsaCompanyMatch", DefaultParameterSetName = PsaSet)]
    [OutputType(typeof(CompanyMatch))]
    public sealed class FindPsaCompanyMatchCommand : PsaCmdletBase
    {
        private const string PsaSet = "Psa";
        private const string CompanySet = "Company";

        /// <summary>Customer names in input order (duplicates are folded by the matcher).</summary>
        private readonly List<string> _customers = new List<string>();

        /// <summary>Accounts per customer name, from piped accounts only.</summary>
        private readonly Dictionary<string, int> _accountCounts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);

        private int _number;
        private int _accountsWithoutCustomer;
        private PsaConnection? _connection;

        /// <summary>Accounts (their Customer), customer names, or objects with a Customer, CustomerName, Company or Name property.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, Position = 0, HelpMessage = "An account (from Get-QpAccount) or a customer name, such as Contoso Ltd.")]
        [Alias("Customer")]
        [AllowNull]
        [AllowEmptyCollection]
        public object?[] InputObject { get; set; } = Array.Empty<object>();

        /// <summary>Companies to match against instead of the PSA's (offline: no request, no connection).</summary>
        [Parameter(Mandatory = true, ParameterSetName = CompanySet, HelpMessage = "A company from Get-PsaCompany, or a company name.")]
        [CompanyArgument]
        public PsaCompany[] Company { get; set; } = Array.Empty<PsaCompany>();

        /// <summary>Inactive companies are matched too; a match to one is never more than Review.</summary>
        [Parameter]
        public SwitchParameter IncludeInactive { get; set; }

        /// <summary>
        /// The decision store file; by default the connection's store (see Save-PsaCompanyMatch). With -Company and no
        /// connection, decisions are read only from this file.
        /// </summary>
        [Parameter]
        [ValidateNotBlank]
        public string? DecisionPath { get; set; }

        /// <summary>Only matches with these statuses are written.</summary>
        [Parameter]
        [ValidateSet("Matched", "Suggested", "Review", "Ambiguous", "Unmatched", IgnoreCase = true)]
        public string[]? Status { get; set; }

        protected override void BeginProcessing()
        {
            // No connection means no company list: stop before any input is read.
            if (ParameterSetName == PsaSet) _connection = RequireConnection();
        }

        protected override void ProcessRecord()
        {
            foreach (var item in InputObject ?? Array.Empty<object>())
            {
                _number++;
                if (item == null) continue; // as the other matchers do: a null in a list is nothing to match, not an error
                switch (CustomerInput.Read(item, out var customer))
                {
                    case CustomerInputKind.Account when customer == null:
                        _accountsWithoutCustomer++;
                        break;
                    case CustomerInputKind.Account:
                        _accountCounts.TryGetValue(customer!, out var count);
                        _accountCounts[customer!] = count + 1;
                        _customers.Add(customer!);
                        break;
                    case CustomerInputKind.Name:
                        _customers.Add(customer!);
                        break;
                    default:
                        WriteError(CustomerInputErrors.NameMissing(item, _number));
                        break;
                }
            }
        }

        protected override void EndProcessing()
        {
            if (_accountsWithoutCustomer > 0)
            {
                // One line for all of them: an export without a Customer column would otherwise warn once per account.
                WriteWarning(Core.Counted.Of(_accountsWithoutCustomer, "account") + (_accountsWithoutCustomer == 1 ? " has" : " have") + " no Customer and " + (_accountsWithoutCustomer == 1 ? "was" : "were") + " left out. " +
                    "Set it in the export's Customer column, or with ConvertTo-QpAccount -Customer.");
            }
            if (_customers.Count == 0)
            {
                WriteVerbose("No customers to match.");
                return;
            }

            // The store first: a store that cannot be read stops the command before the PSA is asked for its companies.
            var decisions = LoadDecisions();
            // Matches carry companies without the PSA's raw record (Get-PsaCompany has it): smaller, and JSON-friendly.
            var companies = (ParameterSetName == CompanySet ? Company.Where(c => c != null).ToList() : PsaCompanies()).Select(WithoutRaw).ToList();
            var matcher = new CompanyMatcher(companies, CompanyMatchSettings.Options(IncludeInactive.IsPresent));
            var matches = matcher.Match(_customers, _accountCounts, decisions);
            var here = new HashSet<string>(_customers.Select(c => c.Trim()), StringComparer.OrdinalIgnoreCase);
            foreach (var link in matcher.LinksToMissingCompanies(decisions.Where(d => here.Contains(d.Customer.Trim()))))
            {
                WriteWarning("The confirmed link of customer '" + link.Customer + "' points to company " +
                    (string.IsNullOrEmpty(link.CompanyName) ? string.Empty : link.CompanyName + " ") + "[" + link.CompanyId + "]" +
                    ", which is no longer among the " + (ParameterSetName == CompanySet ? "companies given" : "PSA's companies") +
                    "; matched on evidence instead. Set-PsaCompanyMatch links another company; " + CompanyNameLookup.Command("Remove-PsaCompanyMatch -Customer", link.Customer) + " drops the link.");
            }
            foreach (var (link, now) in matcher.LinksToOtherCompanies(decisions.Where(d => here.Contains(d.Customer.Trim()))))
            {
                WriteWarning(CompanyLinkWarnings.Changed(link, now));
            }
            foreach (var match in matches)
            {
                if (match.Status == Core.Matching.MatchStatus.Matched && match.Company != null && CompanyInUse.WhyNot(match.Company) is { } why)
                {
                    WriteWarning(CompanyLinkWarnings.NotInUse(match.Customer, match.Company, why));
                }
            }
            WriteVerbose(CompanyMatchSettings.Summary(matches) + " against " + companies.Count.ToString(CultureInfo.InvariantCulture) + " companies.");

            var keep = CompanyMatchSettings.StatusFilter(Status);
            foreach (var match in matches)
            {
                if (keep(match)) WriteObject(match);
            }
        }

        /// <summary>
        /// The stored customer-company decisions, from -DecisionPath or the connection's
        /// store (with -Company and no connection, only -DecisionPath; without either, none). Unreadable: terminating.
        /// </summary>
        private IReadOnlyList<CompanyMatchDecision> LoadDecisions()
        {
            var connection = _connection ?? (ParameterSetName == CompanySet ? Connection ?? ConnectionStore.Default : null);
            if (DecisionPath == null && connection == null) return Array.Empty<CompanyMatchDecision>();
            var store = DecisionStoreLocator.Open(this, DecisionPath, connection);
            IReadOnlyList<CompanyMatchDecision> stored;
            try
            {
                stored = store.ReadCompanyDecisions();
            }
            catch (DecisionStoreException ex)
            {
                ThrowTerminatingError(DecisionErrors.Store(ex));
                throw;
            }
            // Every decision: the links of customers not in this input still claim their companies.
            return stored;
        }

        private static PsaCompany WithoutRaw(PsaCompany c) =>
            new PsaCompany { Id = c.Id, Name = c.Name, Identifier = c.Identifier, Active = c.Active, Psa = c.Psa };

        /// <summary>Every company of the PSA, read once for all customers (every page).</summary>
        private IReadOnlyList<PsaCompany> PsaCompanies()
        {
            try
            {
                return Run((_, token) => _connection!.Client.GetCompaniesAsync(null, token));
            }
            catch (PsaApiException ex)
            {
                // Without the company list nothing can be matched.
                ThrowTerminatingError(PsaErrors.From(ex, _connection));
                throw;
            }
        }
    }
}
