using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using QuickpassPsa.Cmdlets.Companies;
using QuickpassPsa.Core.Matching.Companies;
using QuickpassPsa.Cmdlets.Decisions;
using QuickpassPsa.Cmdlets.Errors;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Cmdlets.Parameters;
using QuickpassPsa.Cmdlets.Matching;
using QuickpassPsa.Cmdlets.Psa;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;
using QpAccount = QuickpassPsa.Core.Accounts.Account;

namespace QuickpassPsa.Cmdlets.Commands
{
    /// <summary>
    /// Find-PsaContactMatch: matches Quickpass accounts to one company's PSA contacts and says, per account, how
    /// sure it is and why (DESIGN.md, "Match statuses"). The engine settles one-to-one claims across all accounts,
    /// so accounts are collected in ProcessRecord and matched in EndProcessing; the company is resolved once at the
    /// start (a company that does not exist stops the command before any account is read) and its contacts are
    /// read once, never per account. -Contact matches offline against contacts given (Get-PsaContact output, live or
    /// from Import-Clixml) with no PSA call and no connection. Without any company (the default set), the accounts
    /// of every customer are matched, each in the company its stored link names (FindPsaContactMatchCommand.Customers.cs).
    /// </summary>
    [Cmdlet(VerbsCommon.Find, "PsaContactMatch", DefaultParameterSetName = CustomersSet)]
    [OutputType(typeof(ContactMatch))]
    [OutputType(typeof(Core.Matching.Customers.CustomerMatchSummary), ParameterSetName = new[] { CustomersSet })]
    public sealed partial class FindPsaContactMatchCommand : PsaCompanyCmdletBase
    {
        private const string ContactSet = "Contact";
        private const int MatchProgressId = 0x4D41;

        /// <summary>The accounts to match, in input order, one per key.</summary>
        private readonly List<QpAccount> _accounts = new List<QpAccount>();

        /// <summary>Each key taken so far, with the account that took it and its input number (for the duplicate error).</summary>
        private readonly Dictionary<string, KeyValuePair<QpAccount, int>> _byKey = new Dictionary<string, KeyValuePair<QpAccount, int>>(AccountKey.Comparer);

        private int _number;
        private PsaConnection? _connection;
        private PsaCompany? _company;

        /// <summary>Accounts from Get-QpAccount or ConvertTo-QpAccount; a deserialized Account (Import-Clixml) is rebuilt.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, HelpMessage = "An account from Get-QpAccount, or an email address such as ann.lee@contoso.com.")]
        [Alias("InputObject")]
        [AccountArgument]
        public QpAccount[] Account { get; set; } = Array.Empty<QpAccount>();

        /// <summary>Contacts to match against instead of reading the company's from the PSA (offline: no request, no connection).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ContactSet, HelpMessage = "A contact from Get-PsaContact.")]
        [AllowEmptyCollection] // a company with no contacts yet: every account is Unmatched
        [ContactArgument]
        public PsaContact[] Contact { get; set; } = Array.Empty<PsaContact>();

        [Parameter]
        [ValidateSet(MatchSettings.Default, MatchSettings.QuickpassCompatible, IgnoreCase = true)]
        public string Strategy { get; set; } = MatchSettings.Default;

        /// <summary>Inactive contacts are read (or, with -Contact, kept) too; the engine never gives them more than Review.</summary>
        [Parameter]
        public SwitchParameter IncludeInactive { get; set; }

        /// <summary>
        /// The decision store file; by default the connection's store (see Save-PsaContactMatch). With -Contact and no
        /// connection, decisions are read only from this file.
        /// </summary>
        [Parameter]
        [ValidateNotBlank]
        public string? DecisionPath { get; set; }

        /// <summary>Only matches with these statuses are written (text, not MatchStatus: see <see cref="MatchSettings"/>).</summary>
        [Parameter]
        [ValidateSet("Matched", "Suggested", "Review", "Ambiguous", "Unmatched", IgnoreCase = true)]
        public string[]? Status { get; set; }

        protected override void BeginProcessing()
        {
            if (ParameterSetName == CustomersSet)
            {
                _connection = RequireConnection();
                return;
            }
            if (!NamesCompany) return;
            // The whole run is about one company: without it nothing can be matched, so every failure here stops the command.
            _connection = RequireConnection();
            try
            {
                _company = ResolveCompany(_connection, out var error);
                if (_company == null) ThrowTerminatingError(error!);
            }
            catch (PsaApiException ex)
            {
                ThrowTerminatingError(PsaErrors.From(ex, CompanyTarget));
            }
        }

        protected override void ProcessRecord()
        {
            foreach (var account in Account)
            {
                if (account == null) continue;
                _number++;
                var key = AccountKey.Of(account);
                if (key == null)
                {
                    WriteError(MatchInputErrors.NoKey(account, _number));
                }
                else if (_byKey.TryGetValue(UniqueWithin(account, key), out var first))
                {
                    WriteError(MatchInputErrors.DuplicateKey(first.Key, first.Value, account, _number, key));
                }
                else
                {
                    _byKey.Add(UniqueWithin(account, key), new KeyValuePair<QpAccount, int>(account, _number));
                    _accounts.Add(account);
                }
            }
        }

        /// <summary>
        /// What must be unique: the key, and in an every-customer run the key within its customer (grouped as
        /// CustomerPlan groups them, trimmed and ignoring case). jsmith, administrator and scanner are at many
        /// customers of one MSP, and each customer is matched, and its decisions kept, in its own company.
        /// </summary>
        private string UniqueWithin(QpAccount account, string key) =>
            ParameterSetName == CustomersSet ? (account.Customer?.Trim() ?? "") + "\u001f" + key : key;

        /// <summary>When this run began reading the decisions and contacts its rows are made from: each row's ComputedAt.</summary>
        private DateTime _computedAt;

        /// <summary>The rows, each marked with when it was computed (see <see cref="ContactMatch.ComputedAt"/>).</summary>
        private IReadOnlyList<ContactMatch> Dated(IReadOnlyList<ContactMatch> matches)
        {
            foreach (var match in matches) match.ComputedAt = _computedAt;
            return matches;
        }

        protected override void EndProcessing()
        {
            // Before anything is read: a decision stored after this moment is one the rows cannot know (round 61b).
            _computedAt = DateTime.UtcNow;
            if (_accounts.Count == 0)
            {
                WriteVerbose("No accounts to match.");
                if (ParameterSetName == CustomersSet) PublishSummaries(new List<Core.Matching.Customers.CustomerMatchSummary>());
                return;
            }
            if (ParameterSetName == CustomersSet)
            {
                MatchEveryCustomer();
                return;
            }

            // Matches carry contacts without the PSA's raw record (Get-PsaContact has it): smaller, and JSON-friendly.
            var contacts = (ParameterSetName == ContactSet ? GivenContacts() : CompanyContacts()).Select(c => c.WithoutRaw()).ToList();
            if (ParameterSetName == ContactSet)
            {
                // A whole-PSA export passed as one company's contacts: one customer's account would meet another's namesakes.
                var companies = contacts.Select(c => c.CompanyId?.Trim()).Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                if (companies.Count > 1) ThrowTerminatingError(LookupErrors.ContactsOfSeveralCompanies(companies!));
            }
            var decisions = LoadDecisions(_company?.Id ?? SingleCompanyId(contacts), _accounts, contacts);
            if (_company != null && _connection != null) WarnOtherCustomers(_company, _connection);

            var activity = "Matching accounts to contacts";
            WriteProgress(new ProgressRecord(MatchProgressId, activity,
                _accounts.Count.ToString("N0", CultureInfo.InvariantCulture) + (_accounts.Count == 1 ? " account" : " accounts") + " against " + contacts.Count.ToString("N0", CultureInfo.InvariantCulture) + (contacts.Count == 1 ? " contact" : " contacts")));
            var matches = new ContactMatcher(contacts, decisions, MatchSettings.Options(Strategy)).Match(_accounts);
            var companyId = _company?.Id ?? SingleCompanyId(contacts);
            var companyName = _company?.Name ?? contacts.Select(c => c.CompanyName).FirstOrDefault(n => !string.IsNullOrEmpty(n));
            var psa = _connection?.Psa.ToString() ?? RowPsa.Known(contacts.Select(c => c.Psa).FirstOrDefault(p => RowPsa.Known(p) != null));
            foreach (var match in matches)
            {
                match.CompanyId = companyId;
                match.CompanyName = companyId == null ? null : companyName;
                match.Psa = psa;
            }
            WriteProgress(new ProgressRecord(MatchProgressId, activity, "Done") { RecordType = ProgressRecordType.Completed });
            WriteVerbose(MatchSettings.Summary(matches) + ".");

            var keep = MatchSettings.StatusFilter(Status);
            foreach (var match in Dated(matches))
            {
                if (keep(match)) WriteObject(match);
            }
        }

        /// <summary>
        /// Accounts whose Customer is another company's (its stored link, or another company of exactly that name) matched in the
        /// company the command names: one warning per customer, since their Unmatched rows would be created here (round 42).
        /// </summary>
        private void WarnOtherCustomers(PsaCompany company, PsaConnection connection)
        {
            var check = new OtherCustomerCompany(() => StoredCustomerLinks(connection), () =>
            {
                try
                {
                    return Run((_, token) => connection.Client.GetCompaniesAsync(null, token));
                }
                catch (PsaApiException)
                {
                    return Array.Empty<PsaCompany>(); // a name that cannot be looked up: no warning rather than no match
                }
            });
            foreach (var customer in _accounts.Where(a => !string.IsNullOrWhiteSpace(a.Customer)).GroupBy(a => a.Customer!.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                if (!(check.Why(customer.Key, company) is { } why)) continue;
                var count = customer.Count();
                WriteWarning(count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " account" : " accounts") + " of the customer '" + customer.Key + (count == 1 ? "' was" : "' were") + " matched in " + company +
                    " because the command names it, but " + why + ". Match them in their own company (pipe them without a company, and each customer is matched in its linked one); " +
                    "New-PsaContact does not create their contacts in " + company.Name + " without -Force.");
            }
        }

        private IReadOnlyList<CompanyMatchDecision> StoredCustomerLinks(PsaConnection connection)
        {
            try
            {
                return DecisionStoreLocator.Open(this, DecisionPath, connection).ReadCompanyDecisions();
            }
            catch (DecisionStoreException)
            {
                return Array.Empty<CompanyMatchDecision>(); // the contact decisions' read reports the store's problem
            }
        }

        /// <summary>The company's contacts, read once for all accounts (every page).</summary>
        private IReadOnlyList<PsaContact> CompanyContacts()
        {
            try
            {
                return ReadContacts(_connection!, _company!, null, IncludeInactive.IsPresent);
            }
            catch (PsaApiException ex)
            {
                // One company for the whole run: a failed read leaves nothing to match.
                ThrowTerminatingError(PsaErrors.From(ex, _company));
                throw;
            }
        }

        /// <summary>-Contact as given; inactive ones only with -IncludeInactive, so offline and online runs agree.</summary>
        private IReadOnlyList<PsaContact> GivenContacts()
        {
            var given = Contact.Where(c => c != null).ToList();
            if (IncludeInactive.IsPresent) return given;
            var active = given.Where(c => c.Active).ToList();
            if (active.Count < given.Count)
            {
                WriteVerbose((given.Count - active.Count).ToString(CultureInfo.InvariantCulture) + " inactive contacts left out; -IncludeInactive matches them too.");
            }
            return active;
        }

        /// <summary>
        /// The stored decisions about these accounts in this company (confirmed links win, exclusions never come
        /// back). A confirmed link whose contact is no longer in the PSA is reported; the engine then falls back to
        /// evidence for that account.
        /// </summary>
        internal IReadOnlyList<MatchDecision> LoadDecisions(string? companyId, IReadOnlyList<QpAccount> accounts, IReadOnlyList<PsaContact> contacts)
        {
            var connection = _connection ?? (ParameterSetName == ContactSet ? Connection ?? ConnectionStore.Default : null);
            if (companyId == null || (DecisionPath == null && connection == null)) return Array.Empty<MatchDecision>();
            var store = DecisionStoreLocator.OpenForReading(this, DecisionPath, connection);
            IReadOnlyList<MatchDecision> decisions;
            IReadOnlyList<ContactMatchDecision> stored;
            try
            {
                stored = store.Read();
                decisions = DecisionMapping.ForMatching(stored, companyId, accounts);
            }
            catch (DecisionStoreException ex)
            {
                ThrowTerminatingError(DecisionErrors.Store(ex));
                throw;
            }
            WarnLinksToMissingContacts(decisions, accounts, contacts);
            return WithoutStaleLinks(decisions, stored, companyId, accounts, contacts);
        }

        /// <summary>
        /// The decisions without the confirmed links whose contact now names another person (<see cref="StaleLinks"/>: a store
        /// copied to another site or tenant, a record reused): each is a warning, and the account is matched on evidence.
        /// </summary>
        private IReadOnlyList<MatchDecision> WithoutStaleLinks(IReadOnlyList<MatchDecision> decisions, IReadOnlyList<ContactMatchDecision> stored, string companyId,
            IReadOnlyList<QpAccount> accounts, IReadOnlyList<PsaContact> contacts)
        {
            var here = new HashSet<string>(accounts.SelectMany(a => new[] { a.UserPrincipalName, a.Email, a.Id }).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()),
                StringComparer.OrdinalIgnoreCase);
            foreach (var several in DecisionMapping.SeveralLinks(stored, companyId).Where(g => here.Contains(g[0].AccountKey)))
            {
                WriteWarning("The decision store links " + several[0].AccountKey + " to " + several.Count + " contacts of company " + companyId + " (" +
                    string.Join(", ", several.Select(d => (string.IsNullOrEmpty(d.ContactName) ? string.Empty : d.ContactName + " ") + "[" + d.ContactId + "] " +
                        d.DecidedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))) +
                    "); the newest is used. Keep one: Remove-PsaContactMatch drops the others, or Set-PsaContactMatch replaces them all.");
            }
            var stale = StaleLinks.Find(stored, companyId, decisions, accounts, contacts);
            if (stale.Count == 0) return decisions;
            foreach (var link in stale)
            {
                if (link.Why == StaleWhy.AccountRenamed)
                {
                    WriteWarning("The confirmed link of " + link.Account + " to " + link.Contact + " was made when the account was " + link.Link.AccountName +
                        ": the same sign-in under another given name may be a new hire given a leaver's UPN, or the same person renamed. Matched on evidence this time; " +
                        "the decision is kept. Confirm it with Save-PsaContactMatch (or Set-PsaContactMatch), or link the right contact.");
                    continue;
                }
                WriteWarning(StaleLinkText.NamesAnother(link.Account, link.Link, link.Contact) + " Matched on evidence instead; the decision is kept. Check it with Get-PsaContactMatchDecision, then " +
                    "Set-PsaContactMatch links the right contact, or Remove-PsaContactMatch drops the link.");
            }
            var dropped = new HashSet<MatchDecision>(stale.Select(s => s.Decision));
            return decisions.Where(d => !dropped.Contains(d)).ToList();
        }

        /// <summary>A confirmed link whose contact is no longer among the company's contacts: the engine falls back to evidence; say so.</summary>
        private void WarnLinksToMissingContacts(IReadOnlyList<MatchDecision> decisions, IReadOnlyList<QpAccount> accounts, IReadOnlyList<PsaContact> contacts)
        {
            var present = new HashSet<string>(contacts.Select(c => c.Id), StringComparer.OrdinalIgnoreCase);
            var byId = accounts.Where(a => a.Id != null).GroupBy(a => a.Id!, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
            // Not the links of accounts outside this run (DecisionMapping.ForMatching): their accounts are not here to be told.
            foreach (var link in decisions.Where(d => d.Kind == MatchDecisionKind.Confirmed && !present.Contains(d.ContactId) && !DecisionMapping.IsHeldElsewhere(d)))
            {
                var who = byId.TryGetValue(link.AccountId, out var account) ? account.ToString() : link.AccountId;
                WriteWarning("The confirmed link of " + who + " points to contact " + link.ContactId + ", which is no longer among the company's " +
                    (IncludeInactive.IsPresent ? string.Empty : "active ") + "contacts; matched on evidence instead. Set-PsaContactMatch links another contact; Remove-PsaContactMatch drops the link.");
            }
        }

        /// <summary>The company of offline contacts, when they all belong to one.</summary>
        private static string? SingleCompanyId(IReadOnlyList<PsaContact> contacts)
        {
            var ids = contacts.Select(c => c.CompanyId).Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.OrdinalIgnoreCase).Take(2).ToList();
            return ids.Count == 1 ? ids[0] : null;
        }
    }
}
