using System;
using System.Globalization;
using System.Management.Automation;
using QuickpassPsa.Cmdlets.Companies;
using QuickpassPsa.Cmdlets.Errors;
using QuickpassPsa.Cmdlets.Matching;
using QuickpassPsa.Cmdlets.Parameters;
using QuickpassPsa.Cmdlets.Psa;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Writes;
using QuickpassPsa.Core.Psa.Writes.Creates;

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
    /// <remarks>
    /// The cmdlet binds, asks and writes; what it decides is Core's (Core/Psa/Writes/Creates: the refusals before a create, the
    /// existing-person check, the create lock, the row batches). Its parts: this file (parameters, the pipeline), .Batches (rows
    /// in batches, accounts matched together per company), .Handle (one item, from its lookup to its create), .Companies (which
    /// company an item goes to), .Refusals (refusals and verdicts as errors and output) and .Links (the decision store).
    /// </remarks>
    [Cmdlet(VerbsCommon.New, "PsaContact", SupportsShouldProcess = true, DefaultParameterSetName = AccountSet)]
    [OutputType(typeof(ContactMatch))]
    public sealed partial class NewPsaContactCommand : PsaCmdletBase
    {
        private const string AccountSet = "Account";
        private const string MatchSet = "Match";

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
            public Pending(Account account, object target, PsaCompany company, CreateAddress address)
            {
                Account = account;
                Target = target;
                Company = company;
                Address = address;
            }

            public Account Account { get; }
            public object Target { get; }
            public PsaCompany Company { get; }

            /// <summary>The address the account is looked up by (<see cref="CreateAddress"/>).</summary>
            public CreateAddress Address { get; }

            public string Email => Address.Email;

            /// <inheritdoc cref="CreateAddress.OnlySignIn"/>
            public bool OnlySignIn => Address.OnlySignIn;
        }

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
        /// The checks of one item that need no other account and no contact: its status, enabled, email, company and
        /// customer. Null, with the item's error written, when it goes no further.
        /// </summary>
        private Pending? Prepare(PsaConnection connection, Account account, object target)
        {
            if (CreateRefusals.BeforeLookup(Match?.Status, account, Force.IsPresent, IncludeDisabled.IsPresent, out var address) is { } refused)
            {
                Refuse(connection, refused, target, account);
                return null;
            }
            // Half of a character (a lone surrogate) in an Account built or edited in a script: the gate's refusal, now, since the
            // existing-person check's matcher cannot read such text (round 74b).
            if (ContactFieldLimits.LengthsUnknown.HalfCharacter(account) != null)
            {
                try
                {
                    Refuse(connection, ValueRefusal(connection, limits => limits.HalfCharacter(account)!, Match?.CompanyId), target, account);
                }
                catch (PsaApiException ex)
                {
                    PsaErrors.Report(this, ex, target);
                }
                return null;
            }
            if (LookupErrors.Unsearchable(connection, address!.Email, "email address") is { } unsearchable)
            {
                WriteError(unsearchable);
                return null;
            }
            try
            {
                var company = CompanyOf(connection, target, account);
                if (company == null) return null;
                if (CreateRefusals.OfCustomer(account, company, OtherCustomers(connection), Force.IsPresent) is { } otherCustomer)
                {
                    Refuse(connection, otherCustomer, target, account, company);
                    return null;
                }
                return new Pending(account, target, company, address);
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

        protected override void EndProcessing()
        {
            if (_rows.Count > 0) FlushRows(RequireConnection(), _rows.TakeAll());
            HandlePending();
            if (_disabledPassedOver > 0)
            {
                WriteWarning(_disabledPassedOver.ToString(CultureInfo.InvariantCulture) + (_disabledPassedOver == 1 ? " account was" : " accounts were") +
                    " passed over because " + (_disabledPassedOver == 1 ? "it is" : "they are") + " disabled (a leaver or a blocked sign-in): no contact was created. " +
                    "Pass -IncludeDisabled to create contacts for disabled accounts too.");
            }
            SaveLinks();
        }
    }
}
