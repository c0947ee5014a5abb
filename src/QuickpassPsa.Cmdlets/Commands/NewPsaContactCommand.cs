using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System;
using QuickpassPsa.Cmdlets.Companies;
using QuickpassPsa.Cmdlets.Decisions;
using QuickpassPsa.Cmdlets.Errors;
using QuickpassPsa.Cmdlets.Matching;
using QuickpassPsa.Cmdlets.Parameters;
using QuickpassPsa.Cmdlets.Psa;
using QuickpassPsa.Cmdlets.Writes;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa.ConnectWise;
using QuickpassPsa.Core.Psa.Writes;
using QuickpassPsa.Core.Matching.Companies;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Commands
{
    /// <summary>
    /// New-PsaContact: creates the PSA contact an account lacks, in one company named for the whole run, or, when
    /// none is named, in each row's own company (a multi-customer Find-PsaContactMatch row carries it; an account
    /// goes to its Customer's stored link), each company resolved once per run. Takes Unmatched ContactMatch rows
    /// (handled as they arrive) or accounts. Accounts (without -Force) are collected and handled when the pipeline ends:
    /// each company's contacts, inactive ones too, are read once, the run's accounts of the company are matched together
    /// (as Find-PsaContactMatch matches a file), and each account's lookups by address are answered from that read. Before
    /// any create the account's email is looked up in the company, so a second run (or a row already handled) creates
    /// nothing and emits the contact found; an account a stored decision links to a contact still there and still the
    /// person's emits that contact. An account whose address finds nothing gets a contact only when the joint match leaves
    /// it Unmatched (else ContactMayExist; -Force skips the check). Emits a Matched ContactMatch per account linked. One
    /// request at a time: each create waits for its lookup, which keeps well inside ConnectWise's rate and Autotask's
    /// thread limit (the shared gate holds it to three in flight with any parallel caller).
    /// </summary>
    [Cmdlet(VerbsCommon.New, "PsaContact", SupportsShouldProcess = true, DefaultParameterSetName = AccountSet)]
    [OutputType(typeof(ContactMatch))]
    public sealed class NewPsaContactCommand : PsaCmdletBase
    {
        private const string AccountSet = "Account";
        private const string MatchSet = "Match";

        private PsaCompany? _company;

        /// <summary>Companies of the rows, by id, resolved once per run (null: the id names no company).</summary>
        private readonly Dictionary<string, PsaCompany?> _rowCompanies = new Dictionary<string, PsaCompany?>(StringComparer.OrdinalIgnoreCase);

        /// <summary>The stored customer-company decisions, read once when an account without a company needs its customer's link.</summary>
        private IReadOnlyList<CompanyMatchDecision>? _customerLinks;
        private readonly List<ContactMatchDecision> _links = new List<ContactMatchDecision>();
        private CwContactTypes? _cwTypes;

        /// <summary>An Unmatched row of Find-PsaContactMatch.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = MatchSet, HelpMessage = "A row from Find-PsaContactMatch (usually Status Unmatched); pipe the rows in.")]
        [ValidateNotNull]
        [MatchArgument]
        public ContactMatch? Match { get; set; }

        /// <summary>An account (Get-QpAccount, ConvertTo-QpAccount).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = AccountSet, HelpMessage = "An account from Get-QpAccount; pipe the accounts in.")]
        [ValidateNotNull]
        public Account? Account { get; set; }

        /// <summary>A PsaCompany, or its exact name (a create goes only where the name says, never to a near spelling).</summary>
        [Parameter]
        [ValidateNotNull]
        [CompanyOrNameArgument]
        public PsaCompany? Company { get; set; }

        [Parameter]
        [ValidateNotBlank]
        public string? CompanyId { get; set; }

        /// <summary>The exact company name (no wildcards: a create must never land in a company a pattern happened to match).</summary>
        [Parameter]
        [ValidateNotBlank]
        [ArgumentCompleter(typeof(CompanyNameCompleter))]
        public string? CompanyName { get; set; }

        /// <summary>ConnectWise: the setup-table type (by description) of the email item, instead of "Email".</summary>
        [Parameter]
        [ValidateNotBlank]
        [ArgumentCompleter(typeof(CommunicationTypes.CommunicationTypeCompleter))]
        public string? EmailType { get; set; }

        /// <summary>ConnectWise: the setup-table type (by description) of the mobile item, instead of "Mobile" or "Cell".</summary>
        [Parameter]
        [ValidateNotBlank]
        [ArgumentCompleter(typeof(CommunicationTypes.CommunicationTypeCompleter))]
        public string? MobileType { get; set; }

        /// <summary>Create for rows that are not Unmatched too (after the same lookup by email).</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>The decision store the new links go to; by default the connection's store (see Save-PsaContactMatch).</summary>
        [Parameter]
        [ValidateNotBlank]
        public string? DecisionPath { get; set; }

        /// <summary>
        /// Create contacts for disabled accounts too. By default they are passed over: a disabled account is a
        /// leaver or a blocked sign-in, and a new PSA contact for one is clutter a technician may take for a
        /// current user.
        /// </summary>
        [Parameter]
        public SwitchParameter IncludeDisabled { get; set; }

        private int _disabledPassedOver;

        /// <summary>An account piped in directly, its checks that need no other account done, waiting for the run's other accounts.</summary>
        private sealed class Pending
        {
            public Pending(Account account, object target, PsaCompany company, string email, bool onlySignIn)
            {
                Account = account;
                Target = target;
                Company = company;
                Email = email;
                OnlySignIn = onlySignIn;
            }

            /// <summary>
            /// The account has no email address, and <see cref="Email"/> is its sign-in name: good for finding its contact (the
            /// matcher compares it too), never for making one.
            /// </summary>
            public bool OnlySignIn { get; }

            public Account Account { get; }
            public object Target { get; }
            public PsaCompany Company { get; }
            public string Email { get; }
        }

        /// <summary>The accounts piped in directly (without -Force), matched together per company once the pipeline ends.</summary>
        private readonly List<Pending> _pending = new List<Pending>();

        protected override void ProcessRecord()
        {
            var connection = RequireConnection();
            if (CsvMatchRow.IsCopy(Match))
            {
                WriteError(CsvMatchRow.NotUsable(Match!, "New-PsaContact", "the account's first and last name, mobile, state (enabled or not) and customer"));
                return;
            }
            var account = Match?.Account ?? Account!;
            object target = (object?)Match ?? account;
            // A row of the other PSA: its company id names another company here (round 60b).
            if (Match != null && RowPsa.Mismatch(Match, connection) is { } mismatch)
            {
                WriteError(mismatch);
                return;
            }
            var item = Prepare(connection, account, target);
            if (item == null) return;
            // Accounts piped in directly are matched together, as Find-PsaContactMatch matches a file (one contact, one
            // account): a colleague's contact, taken by the colleague's own address, is then no reason to refuse a new hire
            // (round 48). So they wait for the end of the pipeline. Rows (matched already) and -Force (no check) stream.
            if (Match == null && !Force.IsPresent) _pending.Add(item);
            else if (Force.IsPresent) Handle(connection, item, null);
            else QueueRow(connection, item);
        }

        /// <summary>
        /// Rows wait in batches of <see cref="RowBatch"/>, so that their addresses are looked up in the whole PSA together (a few
        /// requests per batch, not one per row) before any of them is created; then each is handled in order.
        /// </summary>
        private void QueueRow(PsaConnection connection, Pending item)
        {
            _rows.Add(item);
            if (_rows.Count >= RowBatch) FlushRows(connection);
        }

        private const int RowBatch = 100;
        private readonly List<Pending> _rows = new List<Pending>();

        private void FlushRows(PsaConnection connection)
        {
            var rows = _rows.ToList();
            _rows.Clear();
            AskElsewhere(connection, rows);
            foreach (var item in rows)
            {
                if (Stopping) return;
                if (RowCheck(connection, item) is { } check) Handle(connection, item, check);
            }
        }

        /// <summary>The contacts of the whole PSA holding the run's addresses, read once per address and run (round 60b).</summary>
        private readonly AddressesElsewhere _elsewhere = new AddressesElsewhere();

        private Func<IReadOnlyCollection<string>, IReadOnlyList<PsaContact>> FindEverywhere(PsaConnection connection) =>
            emails => Run((_, token) => connection.Client.FindContactsByEmailAsync(emails, token));

        /// <summary>
        /// Looks the items' addresses up in the whole PSA at once, before any of them is created (nothing with -Force, which
        /// creates regardless). A failure here is each item's own when it asks again (Handle), unless it stops everything.
        /// </summary>
        private void AskElsewhere(PsaConnection connection, IReadOnlyList<Pending> items)
        {
            if (Force.IsPresent || items.Count == 0) return;
            try
            {
                _elsewhere.Ask(items.Where(i => !i.OnlySignIn).Select(i => i.Email), FindEverywhere(connection));
            }
            catch (PsaApiException ex)
            {
                if (PsaErrors.StopsEverything(ex)) ThrowTerminatingError(PsaErrors.From(ex, items[0].Target));
            }
        }

        /// <summary>
        /// The active contacts of other companies of the PSA that hold this exact address (case and spaces around it aside), each
        /// with its company as text: a person already in the PSA under another company (one customer spread over two companies).
        /// </summary>
        private List<(PsaContact Contact, string Company)> InOtherCompanies(PsaConnection connection, PsaCompany company, string email) =>
            _elsewhere.Holding(email, FindEverywhere(connection))
                .Where(c => c.Active && !string.Equals(c.CompanyId?.Trim(), company.Id.Trim(), StringComparison.OrdinalIgnoreCase))
                .Select(c => (c, CompanyText(connection, c)))
                .ToList();

        /// <summary>"Name [id]" of a contact's company: ConnectWise contacts carry the name; an Autotask company is read once per run.</summary>
        private string CompanyText(PsaConnection connection, PsaContact contact)
        {
            var id = contact.CompanyId?.Trim() ?? string.Empty;
            var name = contact.CompanyName;
            if (string.IsNullOrEmpty(name) && id.Length > 0)
            {
                if (!_rowCompanies.TryGetValue(id, out var known)) _rowCompanies[id] = known = Run((_, token) => connection.Client.GetCompanyAsync(id, token));
                name = known?.Name;
            }
            return (string.IsNullOrEmpty(name) ? "company" : name) + " [" + id + "]";
        }

        /// <summary>
        /// The company's read for a row of Find-PsaContactMatch (read once per company and run, as for accounts): its lookups by
        /// address are answered from it, and its account is matched against the company's inactive contacts before a create
        /// (Find-PsaContactMatch without -IncludeInactive does not read them). Null, with the row's error written, when the read fails.
        /// </summary>
        private ExistingPersonCheck? RowCheck(PsaConnection connection, Pending item)
        {
            try
            {
                return ExistingPeople(connection, item.Company);
            }
            catch (PsaApiException ex)
            {
                if (PsaErrors.StopsEverything(ex)) ThrowTerminatingError(PsaErrors.From(ex, item.Target));
                WriteError(PsaErrors.From(ex, item.Target));
                return null;
            }
        }

        /// <summary>
        /// The checks of one item that need no other account and no contact: its status, enabled, email, company and
        /// customer. Null, with the item's error written, when it goes no further.
        /// </summary>
        private Pending? Prepare(PsaConnection connection, Account account, object target)
        {
            if (Match != null && Match.Status != MatchStatus.Unmatched && !Force.IsPresent)
            {
                WriteError(WriteErrors.NotUnmatched(Match));
                return null;
            }
            if (Core.Reporting.Creatability.PassedOverAsDisabled(account, IncludeDisabled.IsPresent))
            {
                _disabledPassedOver++;
                WriteVerbose("The account " + account + " is disabled: no contact is created for it (-IncludeDisabled creates one).");
                return null;
            }
            var email = string.IsNullOrWhiteSpace(account.Email) ? null : account.Email!.Trim();
            // No email but a sign-in name that is an address: its contact may be found (and a stored link to it settled) by it,
            // as Find-PsaContactMatch found it; only a create needs the email (round 51: "has no email address" for an account
            // Find had linked by its UPN).
            var onlySignIn = email == null && EmailNormalizer.Normalize(account.UserPrincipalName) is { } upn && upn.IndexOf("#ext#", StringComparison.Ordinal) < 0 &&
                             !upn.EndsWith(".local", StringComparison.Ordinal);
            if (onlySignIn) email = EmailNormalizer.Normalize(account.UserPrincipalName);
            if (email == null)
            {
                WriteError(WriteErrors.NoEmail(target, account.ToString()));
                return null;
            }
            if (LookupErrors.Unsearchable(connection, email, "email address") is { } unsearchable)
            {
                WriteError(unsearchable);
                return null;
            }
            try
            {
                var company = CompanyOf(connection, target, account);
                if (company == null) return null;
                // An account of another customer (its stored link, or a company of exactly its name) is not created here
                // because a run named this company (round 42: Beta Tools' people created in Alpha Widgets, one a second time).
                if (!Force.IsPresent && OtherCustomers(connection).Why(account.Customer, company) is { } why)
                {
                    WriteError(WriteErrors.CustomerOfAnotherCompany(target, account.ToString(), company, why));
                    return null;
                }
                return new Pending(account, target, company, email, onlySignIn);
            }
            catch (PsaApiException ex)
            {
                PsaErrors.Report(this, ex, target);
            }
            catch (Exception ex) when (ex is InvalidOperationException || ex is ArgumentException)
            {
                WriteError(WriteErrors.WriteFailed(ex, target));
            }
            return null;
        }

        /// <summary>
        /// The accounts piped in directly: each company's contacts are read once (active and inactive), its accounts are
        /// matched together, and then each account is handled in input order, its lookups answered from the read.
        /// </summary>
        private void HandlePending()
        {
            if (_pending.Count == 0) return;
            var pending = _pending.ToList();
            _pending.Clear();
            var connection = RequireConnection();
            AskElsewhere(connection, pending);
            var checks = new Dictionary<string, ExistingPersonCheck?>(StringComparer.OrdinalIgnoreCase);
            foreach (var company in pending.GroupBy(p => p.Company.Id.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                try
                {
                    var check = ExistingPeople(connection, company.First().Company);
                    check.MatchTogether(company.Select(p => p.Account).ToList());
                    checks[company.Key] = check;
                }
                catch (PsaApiException ex)
                {
                    // Without the company's contacts none of its accounts can be checked: each one's error, the other companies go on.
                    if (PsaErrors.StopsEverything(ex)) ThrowTerminatingError(PsaErrors.From(ex, company.First().Target));
                    foreach (var item in company) WriteError(PsaErrors.From(ex, item.Target));
                    checks[company.Key] = null;
                }
            }
            foreach (var item in pending)
            {
                if (Stopping) return;
                if (checks[item.Company.Id.Trim()] is { } check) Handle(connection, item, check);
            }
        }

        /// <summary>
        /// One item, from its lookup by address to its create. <paramref name="check"/> is the company's read and the
        /// accounts' joint match (accounts piped in directly, without -Force), or null: rows and -Force ask the PSA.
        /// </summary>
        private void Handle(PsaConnection connection, Pending item, ExistingPersonCheck? check)
        {
            var account = item.Account;
            var target = item.Target;
            var company = item.Company;
            var email = item.Email;
            // Split now, refused only when a contact is to be made: an account whose address is already on a contact gets that
            // contact whatever its name (round 44: a one-word "Reception" was refused on Autotask before the lookup).
            var names = ContactNames.From(account, lastNameRequired: connection.Psa == PsaKind.Autotask);

            // The same address again in this run, after its create got no answer: the PSA may still be storing that one, and
            // the lookup would not see it yet (round 43: a second row made the twin the first create was kept from making).
            if (_unconfirmed.TryGetValue(EmailNormalizer.Normalize(email) ?? email, out var sent))
            {
                WriteError(WriteErrors.CreateStillUnconfirmed(target, account.ToString(), sent));
                return;
            }

            var creating = false;
            try
            {
                // Inactive contacts too: a person whose contact was deactivated must not get a second one.
                var found = ContactsWithAddress(connection, company, email, account, check);
                var existing = found.Where(c => c.Active).ToList();

                // A person linked this account to a contact of the company: while that contact is there, active and still the
                // person's (not stale: as Find-PsaContactMatch, which reports it Matched), the account is settled and that contact
                // is its answer, whatever the address finds (round 48: a hand-linked account was an error on every run). A link to a
                // contact deleted or reused since is not: the account is handled as any other, and a new link replaces it.
                if (DecisionMapping.LinkOf(StoredDecisions(connection), company.Id, account) is { } own &&
                    LinkedContact(connection, check, found, own) is { } linkedNow &&
                    !PassedOver(account, own, linkedNow))
                {
                    // A link to an inactive contact is a person's decision too (round 49: linked by hand after ContactInactive, the
                    // account was the same error on every run): its contact is the answer, with a warning that the desk cannot use it.
                    if (!linkedNow.Active) WriteWarning(WriteErrors.LinkedToInactive(account.ToString(), linkedNow, company));
                    WriteVerbose("A stored decision links the account " + account + " to " + linkedNow + " in " + company.Name + ". Nothing is created.");
                    EmitDecided(account, linkedNow, company);
                    return;
                }

                // An inactive contact with the address that a person excluded for this account is not the person's: it keeps
                // nothing from being created (the ContactInactive message offers that exclusion).
                if (existing.Count == 0 && found.Count > 0)
                {
                    var decisions = StoredDecisions(connection);
                    var notExcluded = found.Where(c => !(DecisionMapping.Forbidding(decisions, company.Id, account, c.Id) is { DecisionKind: MatchDecisionKind.Excluded })).ToList();
                    if (notExcluded.Count > 0)
                    {
                        WriteError(WriteErrors.ContactInactive(target, account, email, notExcluded[0], company));
                        return;
                    }
                    WriteVerbose("The inactive contact " + found[0] + " has the address " + email + ", but a stored decision excludes it for " + account + ".");
                }
                if (existing.Count > 1)
                {
                    WriteError(WriteErrors.EmailAmbiguous(target, email, existing.Count, company.ToString()));
                    return;
                }
                if (existing.Count == 1)
                {
                    LinkExisting(connection, target, account, company, email, existing[0]);
                    return;
                }

                // No contact has the address. An account (not a row of Find-PsaContactMatch, which has been matched) gets a contact
                // only when the matcher, given the run's accounts of the company together, leaves it Unmatched: Łukasz Nowak's
                // "Lukasz Nowak" with his mobile and no email was doubled (round 47), and so was Tom Baker's deactivated "Thomas
                // Baker" (round 48). -Force skips this.
                // A row of Find-PsaContactMatch (matched against the active contacts, and perhaps without -IncludeInactive) is matched
                // against the company's inactive ones here (round 49: Example 1 as printed made Tom Baker a twin of "Thomas Baker").
                if (check != null && (Match != null ? check.OfInactive(account) : check.Of(account)) is { } seen && seen.Status != MatchStatus.Unmatched)
                {
                    WriteError(WriteErrors.ContactMayExist(target, account, seen, company, LinkedElsewhere(connection, company, account, seen)));
                    return;
                }

                if (item.OnlySignIn)
                {
                    WriteError(WriteErrors.NoEmail(target, account.ToString()));
                    return;
                }
                // A service account, a scanner or a room mailbox is no person: no contact without -Force (round 61a: a scheduled run
                // would have made "Veeam Service" and six "scan2email" contacts). The same rule as the report's "Can be created".
                if (!Force.IsPresent && NonPersonAccounts.Reason(account) is { } notAPerson)
                {
                    WriteError(WriteErrors.NotAPerson(target, account.Email?.Trim() ?? account.UserPrincipalName?.Trim() ?? account.ToString(), notAPerson));
                    return;
                }
                if (!names.Success)
                {
                    WriteError(WriteErrors.NameUnsplittable(target, names.Problem!, connection.Psa));
                    return;
                }
                // The address on an active contact of another company of the PSA: the person is there already (round 60b: one
                // customer spread over two PSA companies got a second contact). -Force creates all the same.
                if (!Force.IsPresent && InOtherCompanies(connection, company, email) is { Count: > 0 } holders)
                {
                    WriteError(WriteErrors.ContactInOtherCompany(target, account.ToString(), email, company, holders));
                    return;
                }
                var contact = new NewPsaContact
                {
                    CompanyId = company.Id,
                    FirstName = names.First,
                    LastName = names.Last,
                    Email = email,
                    MobilePhone = string.IsNullOrWhiteSpace(account.MobilePhone) ? null : account.MobilePhone!.Trim(),
                };
                if (connection.Client is ConnectWiseClient cw)
                {
                    var types = RequireTypes(cw);
                    contact.EmailTypeId = types.Email!.Id;
                    contact.MobileTypeId = types.Mobile!.Id;
                }

                // The PSA's own checks before sending (a value longer than its field: ContactValueInvalid), made before asking, so that
                // -WhatIf refuses what the real run refuses (round 59: "What if: Create" for a first name ConnectWise cannot hold).
                Run(async (_, token) =>
                {
                    await connection.Client.CheckNewContactAsync(contact, token).ConfigureAwait(false);
                    return true;
                });

                var what = (contact.FirstName + " " + contact.LastName).Trim() + " <" + email + ">" +
                    (contact.MobilePhone == null ? string.Empty : ", mobile " + contact.MobilePhone) + " in " + company.Name + " (id " + company.Id + ")";
                // -Confirm in a session that cannot ask stops the command with ConfirmationUnavailable (QuickpassCmdlet): nothing
                // was sent, and no later account could be asked either. Not ContactWriteFailed: no write was tried (round 41).
                if (!ShouldProcess(what, "Create " + connection.Psa + " contact", target)) return;

                // Two runs at once on one machine (two scheduled jobs, a job and a person) read the company before either created,
                // and both created every new person (round 61b). Creates of one company are serialised across processes by a lock
                // beside the decision store, and under it the address is asked of the PSA again (one request): a contact another
                // run has created since is returned as found, not created again.
                PsaContact created;
                using (CreateLock(connection, company))
                {
                    var now = Run((_, token) => connection.Client.FindContactsByEmailAsync(new[] { email }, token))
                        .Where(c => c.Active && string.Equals(c.CompanyId?.Trim(), company.Id.Trim(), StringComparison.OrdinalIgnoreCase) && ContactQuery.HoldsEmail(c, email))
                        .ToList();
                    if (now.Count > 0)
                    {
                        foreach (var other in now) check?.Added(other);
                        WriteVerbose("The address " + email + " is on " + string.Join(", ", now.Select(c => c.ToString())) + " in " + company.Name + " now (created since this run read the company, by another run).");
                        if (now.Count > 1) WriteError(WriteErrors.EmailAmbiguous(target, email, now.Count, company.ToString()));
                        else LinkExisting(connection, target, account, company, email, now[0]);
                        return;
                    }
                    creating = true;
                    created = Run((_, token) => connection.Client.CreateContactAsync(contact, token));
                }
                WriteVerbose("Created " + connection.Psa + " contact " + created + " in " + company.Name + ".");
                check?.Added(created);
                _elsewhere.Created(created);
                Emit(account, created, company, created: true);
            }
            catch (PsaAmbiguousWriteException ex) when (creating)
            {
                // No answer to the create, and the contact not found right after: this account's error only. It was not
                // sent again (a slow PSA may still store the first), and the next run finds or creates it. The company's read
                // may now lack a contact the PSA holds: the next accounts' lookups ask the PSA.
                _unconfirmed[EmailNormalizer.Normalize(email) ?? email] = email;
                check?.Unsure();
                WriteError(WriteErrors.CreateUnconfirmed(ex, target));
            }
            catch (PsaApiException ex) when (creating && (ex.StatusCode == 502 || ex.StatusCode == 503 || ex.StatusCode == 504))
            {
                // The create itself is never resent (a resend could make a second contact), so one gateway error on it
                // concerns this account: the next account's lookup is retried, and stops the run if the PSA is down.
                check?.Unsure();
                WriteError(PsaErrors.From(ex, target));
            }
            catch (PsaApiException ex)
            {
                if (creating) check?.Unsure();
                PsaErrors.Report(this, ex, target);
            }
            catch (Exception ex) when (ex is InvalidOperationException || ex is ArgumentException)
            {
                WriteError(WriteErrors.WriteFailed(ex, target));
            }
        }


        /// <summary>
        /// The lock of this company's creates across processes (<see cref="StoreLock.AcquireCreates"/>), beside the decision store;
        /// waited for up to a minute (another run's create and its lookup take a few requests). A store folder this account cannot
        /// write, or a lock held longer, stops the command before anything is sent for this account.
        /// </summary>
        private IDisposable CreateLock(PsaConnection connection, PsaCompany company)
        {
            _storePath ??= DecisionStoreLocator.Open(this, DecisionPath, DecisionPath == null ? connection : null).Path;
            try
            {
                // Before the first create: a store that cannot be written would lose the links of the contacts made (round 61b F7).
                if (!_storeWritable)
                {
                    new DecisionStore(_storePath).CheckWritable();
                    _storeWritable = true;
                }
                return StoreLock.AcquireCreates(_storePath, company.Id, CreateLockOptions);
            }
            catch (DecisionStoreException ex)
            {
                ThrowTerminatingError(DecisionErrors.Store(ex));
                throw;
            }
        }

        private bool _storeWritable;

        private static readonly DecisionStoreOptions CreateLockOptions = new DecisionStoreOptions { LockTimeout = TimeSpan.FromMinutes(1) };

        /// <summary>
        /// The one active contact of the company found at the account's address: linked (Matched, EmailPrimary or EmailAlias) unless a
        /// decision (stored, or made by this run) says otherwise or the matcher does not take it for the account's person.
        /// </summary>
        private void LinkExisting(PsaConnection connection, object target, Account account, PsaCompany company, string email, PsaContact found)
        {
            // A person's decision wins over the address: an excluded pair never comes back, and another
            // account's link is not taken over by a job that only creates what is missing.
            // The links this run made count as stored ones: two accounts of one run found at one contact (a father's
            // jsmith@ and his son's jsmith+son@) never both get it (round 62a: the son took it, the father was demoted).
            if (DecisionMapping.Forbidding(StoredDecisions(connection).Concat(_links), company.Id, account, found.Id) is { } decision)
            {
                WriteError(WriteErrors.ContactDecidedOtherwise(target, account.ToString(), found, decision, thisRun: _links.Contains(decision)));
                return;
            }
            // The address alone does not make the contact the person's: under another name (Michelle Brown holding
            // michael.brown@, Paul Lee holding ann.lee+tix@) the matcher says Review, and a link stored here would come
            // back Matched and let Update-PsaContact overwrite that person's mobile (round 45). The matcher decides.
            if (!TheMatcherLinks(account, found))
            {
                WriteError(WriteErrors.AddressOnAnotherPerson(target, account.ToString(), email, found));
                return;
            }
            WriteVerbose("The account " + account + " already has a contact in " + company.Name + ": " + found + ". Nothing is created.");
            // Found at the account's own address (a plus tag aside), or at one of its other addresses only.
            var plain = EmailNormalizer.Normalize(email);
            var atOwn = found.Emails.Any(e => string.Equals(EmailNormalizer.Normalize(e), plain, StringComparison.Ordinal));
            Emit(account, found, company, reason: atOwn ? MatchReason.EmailPrimary : MatchReason.EmailAlias);
        }

        /// <summary>
        /// The other account a stored link gives the one contact found to ("Annabel Leigh (annabel.leigh@brightwater.com)"), or null:
        /// several contacts, no link, or the link is this account's.
        /// </summary>
        private string? LinkedElsewhere(PsaConnection connection, PsaCompany company, Account account, ContactMatch seen)
        {
            var contact = seen.Contact ?? (seen.Candidates.Count == 1 ? seen.Candidates[0].Contact : null);
            if (contact == null || StoredDecisions(connection) is not { } stored) return null;
            var id = contact.Id.Trim();
            foreach (var link in stored)
            {
                if (link.DecisionKind != MatchDecisionKind.Confirmed || !string.Equals(link.ContactId.Trim(), id, StringComparison.OrdinalIgnoreCase) ||
                    !string.Equals((link.CompanyId ?? string.Empty).Trim(), company.Id.Trim(), StringComparison.OrdinalIgnoreCase) || AccountIdentity.Strength(link, account) > 0)
                {
                    continue;
                }
                var who = link.AccountName ?? link.UserPrincipalName ?? link.Email ?? link.AccountId ?? "another account";
                var address = link.UserPrincipalName ?? link.Email;
                return address != null && !string.Equals(address, who, StringComparison.OrdinalIgnoreCase) ? who + " (" + address + ")" : who;
            }
            return null;
        }

        /// <summary>The contact a stored link names, as it is now: from the address's answer, the company's read, or the PSA; null when gone.</summary>
        private PsaContact? LinkedContact(PsaConnection connection, ExistingPersonCheck? check, IReadOnlyList<PsaContact> found, ContactMatchDecision link)
        {
            var id = link.ContactId.Trim();
            var contact = found.FirstOrDefault(c => string.Equals(c.Id?.Trim(), id, StringComparison.OrdinalIgnoreCase));
            if (contact != null) return contact;
            if (check != null && check.Complete) return check.ById(id);
            contact = Run((_, token) => connection.Client.GetContactAsync(id, token));
            // Another company's contact now (moved): not this company's, so not the account's answer here.
            var moved = contact?.CompanyId != null && !string.Equals(contact.CompanyId.Trim(), (link.CompanyId ?? string.Empty).Trim(), StringComparison.OrdinalIgnoreCase);
            return moved ? null : contact;
        }

        /// <summary>
        /// True when the account's stored link to this contact is stale (<see cref="StaleLinks"/>), with a warning when the contact
        /// now names another person, as Find-PsaContactMatch gives it (round 59: a reused record went by without a word).
        /// </summary>
        private bool PassedOver(Account account, ContactMatchDecision link, PsaContact now)
        {
            var why = StaleLinks.Why(link, account, now);
            if (why == StaleWhy.ContactNamesAnother)
            {
                WriteWarning(StaleLinkText.NamesAnother(account, link, now) + " The account is handled as if it had no link: a contact found or created for it is linked " +
                    "in its place. Check the decision with Get-PsaContactMatchDecision.");
            }
            return why != null;
        }

        /// <summary>The linked contact, returned as the account's answer; the link is a person's and is already stored, so it is not stored again.</summary>
        private void EmitDecided(Account account, PsaContact contact, PsaCompany company)
        {
            contact.CompanyName ??= company.Name;
            var linked = LinkedMatch.Decided(account, contact.WithoutRaw());
            linked.CompanyId = company.Id;
            linked.CompanyName = company.Name;
            linked.Psa = company.Psa;
            WriteObject(linked);
        }

        private void Emit(Account account, PsaContact contact, PsaCompany company, bool created = false, MatchReason reason = MatchReason.EmailPrimary)
        {
            contact.CompanyName ??= company.Name; // Autotask contacts carry only the company id
            // Like Find-PsaContactMatch's rows, the row carries the contact without the PSA's raw record: JSON-friendly.
            var linked = created ? LinkedMatch.Created(account, contact.WithoutRaw()) : LinkedMatch.Create(account, contact.WithoutRaw(), reason);
            linked.CompanyId = company.Id;
            linked.CompanyName = company.Name;
            linked.Psa = company.Psa;
            var link = RememberLink(linked);
            // A contact made by this run (its create was allowed: never under -WhatIf) must keep its link even if the
            // pipeline stops before the links are saved (Dispose).
            if (created && link != null) _createdLinks.Add(link);
            WriteObject(linked);
        }

        /// <summary>
        /// The contacts (inactive ones too) with the account's address, or with the address without its plus tag
        /// (ann+qp@ is ann@ to the matcher, so a contact with ann@ is this person's and must not get a twin).
        /// </summary>
        private List<PsaContact> ContactsWithAddress(PsaConnection connection, PsaCompany company, string email, Account account, ExistingPersonCheck? check)
        {
            // From the company's read when there is one (no request per account, round 48), else from the PSA.
            IReadOnlyList<PsaContact> Lookup(ContactQuery query) =>
                check?.Find(query) ?? Run((_, token) => connection.Client.GetContactsAsync(query, null, token));
            var found = Lookup(new ContactQuery { CompanyId = company.Id, Email = email, IncludeInactive = true }).ToList();
            var untagged = Untagged(email);
            if (untagged != null && LookupErrors.Unsearchable(connection, untagged, "email address") == null)
            {
                var more = Lookup(new ContactQuery { CompanyId = company.Id, Email = untagged, IncludeInactive = true });
                found.AddRange(more.Where(c => !found.Any(f => string.Equals(f.Id, c.Id, StringComparison.OrdinalIgnoreCase))));
            }
            // The tag on the contact's side: daniel.kim+tickets@ is daniel.kim@ to the matcher, so that contact is the person's
            // too (round 43: a twin was created). Asked only when nothing was found, as "contains 'daniel.kim+'".
            var at = email.LastIndexOf('@');
            if (found.Count == 0 && untagged == null && at > 0 && EmailNormalizer.Normalize(email) is { } plain)
            {
                var stem = email.Substring(0, at) + "+";
                if (LookupErrors.Unsearchable(connection, stem, "email address") == null)
                {
                    var tagged = Lookup(new ContactQuery { CompanyId = company.Id, EmailContains = stem, IncludeInactive = true });
                    // Only under the account's own name: it+dave@ is Dave's tagged address, not the it@ mailbox's (round 44).
                    var mine = NameNormalizer.WordsOf(2, account.FirstName, account.LastName, account.DisplayName);
                    found.AddRange(tagged.Where(c => c.Emails.Any(e => string.Equals(EmailNormalizer.Normalize(e), plain, StringComparison.Ordinal)) &&
                                                     NameNormalizer.WordsOf(2, c.FirstName, c.LastName).Overlaps(mine)));
                }
            }
            // The account's other addresses (its aliases, a maiden name's old address kept): the matcher links a contact found
            // there (Jane Doe with jane.smith@ as an alias is Jane Smith's contact), so it must not get a twin (round 46). At most
            // five, and only when the address itself found nothing; the matcher then decides (TheMatcherLinks).
            if (found.Count == 0)
            {
                var plainAddress = EmailNormalizer.Normalize(email);
                foreach (var alias in account.ProxyAddresses.Select(p => p.Address).Where(a => !string.IsNullOrWhiteSpace(a))
                             .Where(a => !string.Equals(EmailNormalizer.Normalize(a), plainAddress, StringComparison.Ordinal)).Distinct(StringComparer.OrdinalIgnoreCase).Take(5))
                {
                    if (LookupErrors.Unsearchable(connection, alias, "email address") != null) continue;
                    var more = Lookup(new ContactQuery { CompanyId = company.Id, Email = alias, IncludeInactive = true });
                    found.AddRange(more.Where(c => !found.Any(f => string.Equals(f.Id, c.Id, StringComparison.OrdinalIgnoreCase))));
                }
            }
            return found;
        }

        /// <summary>The address without its plus tag ("ann+qp@contoso.com" is "ann@contoso.com"), or null when it has none.</summary>
        internal static string? Untagged(string email)
        {
            var at = email.LastIndexOf('@');
            var plus = at > 0 ? email.IndexOf('+', 0, at) : -1;
            return plus > 0 ? email.Substring(0, plus) + email.Substring(at) : null;
        }

        private IReadOnlyList<ContactMatchDecision>? _stored;

        /// <summary>The stored contact decisions, read once, when a contact found by address is about to be linked.</summary>
        private IReadOnlyList<ContactMatchDecision> StoredDecisions(PsaConnection connection)
        {
            if (_stored != null) return _stored;
            var store = DecisionStoreLocator.Open(this, DecisionPath, DecisionPath == null ? connection : null);
            try
            {
                return _stored = store.Read();
            }
            catch (DecisionStoreException ex)
            {
                // Without the decisions no found contact can be linked safely: stop before anything is written.
                ThrowTerminatingError(DecisionErrors.Store(ex));
                throw;
            }
        }

        /// <summary>
        /// Remembers that this account is linked to this contact (created, or found by email), so the next
        /// Find-PsaContactMatch reports it Matched. The links are saved together once the pipeline ends, or, when
        /// the pipeline stops before that (an error under -ErrorAction Stop, Ctrl+C), when the command is disposed.
        /// </summary>
        internal ContactMatchDecision? RememberLink(ContactMatch linked)
        {
            if (linked.Contact?.CompanyId == null) return null;
            // Located now, while the pipeline runs: Dispose may need it when nothing else can be asked.
            _storePath ??= DecisionStoreLocator.Open(this, DecisionPath, DecisionPath == null ? RequireConnection() : null).Path;
            var decision = ContactMatchDecision.For(MatchDecisionKind.Confirmed, linked.Contact.CompanyId, linked.Account, linked.Contact.Id, linked.Contact.DisplayName);
            _links.Add(decision);
            return decision;
        }

        protected override void EndProcessing()
        {
            if (_rows.Count > 0) FlushRows(RequireConnection());
            HandlePending();
            if (_disabledPassedOver > 0)
            {
                WriteWarning(_disabledPassedOver.ToString(System.Globalization.CultureInfo.InvariantCulture) + (_disabledPassedOver == 1 ? " account was" : " accounts were") +
                    " passed over because " + (_disabledPassedOver == 1 ? "it is" : "they are") + " disabled (a leaver or a blocked sign-in): no contact was created. " +
                    "Pass -IncludeDisabled to create contacts for disabled accounts too.");
            }
            if (_links.Count == 0) return;
            var store = DecisionStoreLocator.Open(this, DecisionPath, DecisionPath == null ? RequireConnection() : null);
            if (!ShouldProcess(store.Path, "Store " + _links.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " account-contact links"))
            {
                _links.Clear();
                return;
            }
            try
            {
                var links = _links.ToList();
                _links.Clear();
                store.Save(links);
                WriteVerbose("Stored " + links.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " links in " + store.Path + ".");
            }
            catch (DecisionStoreException ex)
            {
                // The contacts exist; only their links were not stored. Say so, and how to store them later.
                WriteWarning("The contacts were created, but their links could not be stored; fix the store, then pipe this command's output to Save-PsaContactMatch.");
                WriteError(DecisionErrors.Store(ex));
            }
        }

        private string? _storePath;
        private readonly List<ContactMatchDecision> _createdLinks = new List<ContactMatchDecision>();

        /// <summary>
        /// The links of contacts already created when the pipeline stopped before EndProcessing (an error under
        /// -ErrorAction Stop, Ctrl+C): the contacts exist, so their links are stored too, or the next run would
        /// offer them as Suggested instead of Matched. Nothing can be written to the host any more; a store that
        /// cannot be written is left as it is (the created contacts are found by address next time).
        /// </summary>
        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            // Only the links of contacts created by this run: a contact merely found is found again next time,
            // and after a normal end EndProcessing has saved (or, declined, dropped) every link.
            var pending = _createdLinks.Where(_links.Contains).ToList();
            if (!disposing || pending.Count == 0) return;
            try
            {
                if (_storePath != null) new DecisionStore(_storePath).Save(pending);
            }
            catch (DecisionStoreException)
            {
            }
            catch (System.IO.IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
            _links.Clear();
            _createdLinks.Clear();
        }

        /// <summary>
        /// The company of this item: the one named for the run; else the row's company (Find-PsaContactMatch sets it);
        /// else, for an account, its Customer's stored link. Null, with an error written, when none says.
        /// </summary>
        private PsaCompany? CompanyOf(PsaConnection connection, object target, Account account)
        {
            if (Company != null || CompanyId != null || CompanyName != null) return RequireCompany(connection);
            var id = Match?.CompanyId?.Trim();
            var namedThen = Match?.CompanyName;
            if (string.IsNullOrEmpty(id) && Match == null && !string.IsNullOrWhiteSpace(account.Customer))
            {
                _customerLinks ??= ReadCustomerLinks(connection);
                var link = _customerLinks.FirstOrDefault(d => d.Kind == "Confirmed" && CompanyMatchDecision.SameCustomer(d.Customer, account.Customer));
                id = link?.CompanyId?.Trim();
                namedThen = link?.CompanyName;
            }
            if (string.IsNullOrEmpty(id))
            {
                WriteError(WriteErrors.ItemCompanyUnknown(target, account.ToString(), Match == null ? account.Customer?.Trim() : null));
                return null;
            }
            if (!_rowCompanies.TryGetValue(id!, out var company))
            {
                company = Run((_, token) => connection.Client.GetCompanyAsync(id!, token));
                _rowCompanies[id!] = company;
                if (company != null) WriteVerbose("New contacts of " + (Match?.CompanyName ?? account.Customer) + " go to " + company + ".");
            }
            if (company == null)
            {
                WriteError(PsaErrors.CompanyNotFound("has the id " + id, connection, target));
                return null;
            }
            // The id names another company now than the row or the stored link was made for (a store or row from another PSA or
            // site, a record reused): never create there (round 60b).
            if (CompanyLinkNames.NamesAnother(namedThen, company.Name))
            {
                WriteError(WriteErrors.CompanyChanged(target, account.ToString(), id!, namedThen!, company, Match == null ? account.Customer?.Trim() : null));
                return null;
            }
            // A stored link or a row may name a company deactivated or renamed "(old - DO NOT USE)" since.
            if (!Force.IsPresent && CompanyInUse.WhyNot(company) is { } why)
            {
                WriteError(WriteErrors.CompanyNotInUse(target, company, why));
                return null;
            }
            return company;
        }

        /// <summary>Each company's contacts (active and inactive), by company id: read once per company and run.</summary>
        private readonly Dictionary<string, ExistingPersonCheck> _existingPeople = new Dictionary<string, ExistingPersonCheck>(StringComparer.OrdinalIgnoreCase);

        /// <summary>
        /// The company's contacts, active and inactive (every page, as Find-PsaContactMatch -IncludeInactive reads them), with the
        /// stored decisions, read once per company and run: never one read per account.
        /// </summary>
        private ExistingPersonCheck ExistingPeople(PsaConnection connection, PsaCompany company)
        {
            var key = company.Id.Trim();
            if (_existingPeople.TryGetValue(key, out var check)) return check;
            var stored = StoredDecisions(connection);
            var activity = "Reading the contacts of " + company.Name;
            var contacts = Run((output, token) => connection.Client.GetContactsAsync(new ContactQuery { CompanyId = company.Id, IncludeInactive = true },
                new PsaCompanyCmdletBase.ImmediateProgress(count => output.Progress(activity, count.ToString("N0", CultureInfo.InvariantCulture) + " contacts so far", -1)),
                token));
            foreach (var contact in contacts) contact.CompanyName ??= company.Name;
            WriteVerbose(contacts.Count.ToString(CultureInfo.InvariantCulture) + " contacts of " + company +
                " read (inactive ones included) to look the accounts' addresses up and to check that those without a contact by address have none under another address or none.");
            return _existingPeople[key] = new ExistingPersonCheck(contacts, stored, company.Id);
        }

        /// <summary>Addresses (normalised) whose create got no answer in this run: not sent again until a later run.</summary>
        private readonly Dictionary<string, string> _unconfirmed = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>The matcher, given only this contact, links the account to it (Suggested): the address and the names agree.</summary>
        private static bool TheMatcherLinks(Account account, PsaContact contact)
        {
            var match = new ContactMatcher(new[] { contact.WithoutRaw() }).Match(new[] { account });
            return match.Count == 1 && match[0].Status == MatchStatus.Suggested;
        }

        private OtherCustomerCompany? _otherCustomers;

        private OtherCustomerCompany OtherCustomers(PsaConnection connection) =>
            _otherCustomers ??= new OtherCustomerCompany(() => _customerLinks ??= ReadCustomerLinks(connection),
                () => Run((_, token) => connection.Client.GetCompaniesAsync(null, token)));

        private IReadOnlyList<CompanyMatchDecision> ReadCustomerLinks(PsaConnection connection)
        {
            var store = DecisionStoreLocator.Open(this, DecisionPath, DecisionPath == null ? connection : null);
            try
            {
                return store.ReadCompanyDecisions();
            }
            catch (DecisionStoreException ex)
            {
                ThrowTerminatingError(DecisionErrors.Store(ex));
                throw;
            }
        }

        private PsaCompany RequireCompany(PsaConnection connection)
        {
            if (_company != null) return _company;
            var (company, error) = WriteCompany.Resolve(connection, Company, CompanyId, CompanyName, work => Run((_, token) => work(token)));
            if (error != null) ThrowTerminatingError(error);
            if (!Force.IsPresent && CompanyInUse.WhyNot(company!) is { } why) ThrowTerminatingError(WriteErrors.CompanyNotInUse(null, company!, why));
            WriteVerbose("New contacts go to " + company + ".");
            return _company = company!;
        }

        /// <summary>The email and mobile types, chosen once per run; a warning when the table lacks the expected names.</summary>
        private CwContactTypes RequireTypes(ConnectWiseClient client)
        {
            if (_cwTypes != null) return _cwTypes;
            var table = Run((_, token) => client.GetCommunicationTypesAsync(token));
            var types = CwContactTypes.Choose(table, EmailType, MobileType);
            if (types.Problem != null) ThrowTerminatingError(WriteErrors.TypeNotFound(types.Problem, EmailType ?? MobileType));
            foreach (var warning in types.Warnings) WriteWarning(warning);
            WriteVerbose(string.Format(CultureInfo.InvariantCulture, "ConnectWise items: email as '{0}' (type {1}), mobile as '{2}' (type {3}).",
                types.Email!.Description.Trim(), types.Email.Id, types.Mobile!.Description.Trim(), types.Mobile.Id));
            return _cwTypes = types;
        }
    }
}
