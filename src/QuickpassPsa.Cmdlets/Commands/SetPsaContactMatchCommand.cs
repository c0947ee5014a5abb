using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using QuickpassPsa.Cmdlets.Matching;
using QuickpassPsa.Cmdlets.Decisions;
using QuickpassPsa.Cmdlets.Errors;
using QuickpassPsa.Cmdlets.Parameters;
using QuickpassPsa.Cmdlets.Psa;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Commands
{
    /// <summary>
    /// Set-PsaContactMatch: links an account to a contact by hand (any contact, not only a candidate), or with
    /// -Exclude stores that the account is NOT that contact, so the matcher never suggests it again. The account comes
    /// as an Account or as a ContactMatch row; the contact as a PsaContact (-Contact) or an id (-ContactId, with
    /// -CompanyId when no row or contact says which company). A contact given by id alone is read from the PSA, so the decision
    /// keeps its name. Written once, under the store's lock, at the end.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "PsaContactMatch", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = MatchContactIdSet)]
    [OutputType(typeof(ContactMatchDecision))]
    public sealed class SetPsaContactMatchCommand : DecisionCmdletBase
    {
        private const string MatchContactSet = "MatchContact";
        private const string MatchContactIdSet = "MatchContactId";
        private const string AccountContactSet = "AccountContact";
        private const string AccountContactIdSet = "AccountContactId";

        private readonly List<ContactMatchDecision> _decided = new List<ContactMatchDecision>();

        /// <summary>The row or account of each decision, in the same order (the target of its error).</summary>
        private readonly List<object> _targets = new List<object>();

        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = MatchContactSet, HelpMessage = "A row from Find-PsaContactMatch; pipe the rows in.")]
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = MatchContactIdSet, HelpMessage = "A row from Find-PsaContactMatch; pipe the rows in.")]
        [ValidateNotNull]
        [MatchArgument]
        public ContactMatch? Match { get; set; }

        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = AccountContactSet, HelpMessage = "An account from Get-QpAccount; pipe the accounts in.")]
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = AccountContactIdSet, HelpMessage = "An account from Get-QpAccount; pipe the accounts in.")]
        [ValidateNotNull]
        [AccountArgument]
        public Account? Account { get; set; }

        /// <summary>A PsaContact, live or read back with Import-Clixml (as Find-PsaContactMatch -Contact takes it).</summary>
        [Parameter(Mandatory = true, ParameterSetName = MatchContactSet, HelpMessage = "A contact from Get-PsaContact, in a variable: -Contact $contact.")]
        [Parameter(Mandatory = true, ParameterSetName = AccountContactSet, HelpMessage = "A contact from Get-PsaContact, in a variable: -Contact $contact.")]
        [AllowNull] // checked in BeginProcessing: a variable left empty by a failed lookup gets a typed error, not "The argument is null"
        [ContactArgument]
        public PsaContact? Contact { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = MatchContactIdSet, HelpMessage = "The contact's id in the PSA, such as 2141 (Get-PsaContact shows it).")]
        [Parameter(Mandatory = true, ParameterSetName = AccountContactIdSet, HelpMessage = "The contact's id in the PSA, such as 2141 (Get-PsaContact shows it).")]
        [ValidateNotBlank(Required = true)]
        public string ContactId { get; set; } = string.Empty;

        /// <summary>The contact's company; required with an Account and a contact id, taken from the row or the contact otherwise.</summary>
        [Parameter(ParameterSetName = MatchContactSet)]
        [Parameter(ParameterSetName = MatchContactIdSet)]
        [Parameter(ParameterSetName = AccountContactSet)]
        [Parameter(Mandatory = true, ParameterSetName = AccountContactIdSet, HelpMessage = "The id of the contact's company in the PSA, such as 19297.")]
        [ValidateNotBlank]
        public string? CompanyId { get; set; }

        /// <summary>Store an exclusion (never suggest this contact for this account) instead of a link.</summary>
        [Parameter]
        public SwitchParameter Exclude { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void BeginProcessing()
        {
            if (MyInvocation.BoundParameters.ContainsKey(nameof(Contact)) && Contact == null) ThrowTerminatingError(DecisionErrors.ContactArgumentMissing());
            Store();
        }

        protected override void ProcessRecord()
        {
            object target = (object?)Match ?? Account!;
            var account = Match?.Account ?? Account!;
            // A row or a contact of the other PSA: its ids name other records here (round 60b).
            if (Match != null && !SamePsa(RowPsa.Mismatch(Match, RowConnection()))) return;
            if (Contact != null && !SamePsa(RowPsa.Mismatch(Contact.Psa, RowConnection(), target, "The contact " + Contact))) return;
            var contactId = Contact?.Id?.Trim() ?? ContactId.Trim();
            if (string.IsNullOrEmpty(contactId))
            {
                WriteError(DecisionErrors.NotCandidate(target, "(no id)"));
                return;
            }
            var known = Contact ?? Known(contactId);
            if (known == null || string.IsNullOrWhiteSpace(known.DisplayName))
            {
                // Neither the row nor -Contact carries the contact: read it, so that the link keeps its name. A link without one cannot
                // tell later that the record was reused for someone else (round 59: Walter White's link came back Matched to Gretchen).
                if (!TryRead(contactId, target, out var read)) return;
                if (read == null && !Exclude && ReadingConnection() is { } connection)
                {
                    WriteError(DecisionErrors.ContactNotFound(target, contactId, connection.ToString()));
                    return;
                }
                known = read ?? known;
            }
            var companyId = Clean(CompanyId) ?? Clean(known?.CompanyId) ?? Clean(Match?.Contact?.CompanyId) ?? Clean(Match?.Candidates.Select(c => c.Contact.CompanyId).FirstOrDefault(id => !string.IsNullOrWhiteSpace(id)));
            if (companyId == null)
            {
                WriteError(DecisionErrors.CompanyUnknown(target, contactId));
                return;
            }

            var kind = Exclude ? MatchDecisionKind.Excluded : MatchDecisionKind.Confirmed;
            var decision = ContactMatchDecision.For(kind, companyId, account, contactId, known?.DisplayName);
            decision.RowComputedAt = Match?.ComputedAt; // given a row: a decision stored after it was computed is not replaced by it
            if (decision.AccountKey.Length == 0)
            {
                WriteError(DecisionErrors.AccountUnidentified(target));
                return;
            }
            var contactText = known?.ToString() ?? "[" + contactId + "]";
            var action = Exclude ? "Exclude contact " + contactText + " in company " + companyId : "Link to contact " + contactText + " in company " + companyId;
            if (!ShouldProcess(account.ToString(), action)) return;
            KnowCompanyName(companyId, string.Equals(known?.CompanyId?.Trim(), companyId, StringComparison.OrdinalIgnoreCase) ? known!.CompanyName : null,
                string.Equals(Match?.CompanyId?.Trim(), companyId, StringComparison.OrdinalIgnoreCase) ? Match!.CompanyName : null);
            _decided.Add(decision);
            _targets.Add(target);
        }

        private readonly Dictionary<string, PsaContact?> _read = new Dictionary<string, PsaContact?>(StringComparer.OrdinalIgnoreCase);

        /// <summary>
        /// The contact with this id as the connected PSA holds it (null: none there), read once per id and command; true with null
        /// when there is no connection to read through (-DecisionPath alone). False, with the error written, when the read failed.
        /// </summary>
        private bool TryRead(string contactId, object target, out PsaContact? contact)
        {
            contact = null;
            var connection = ReadingConnection();
            if (connection == null) return true;
            if (_read.TryGetValue(contactId, out contact)) return true;
            try
            {
                contact = Run((_, token) => connection.Client.GetContactAsync(contactId, token));
            }
            catch (PsaApiException ex)
            {
                PsaErrors.Report(this, ex, target);
                return false;
            }
            _read[contactId] = contact;
            return true;
        }

        /// <summary>The connection a contact is read through: -Connection, else the session's default; none with -DecisionPath alone.</summary>
        private PsaConnection? ReadingConnection()
        {
            var connection = Connection ?? ConnectionStore.Default;
            return connection != null && connection.IsOpen ? connection : null;
        }

        /// <summary>The contact with this id among the row's contact and candidates, for its name and company.</summary>
        private PsaContact? Known(string contactId)
        {
            if (Match == null) return null;
            return new[] { Match.Contact }.Concat(Match.Candidates.Select(c => c.Contact))
                .FirstOrDefault(c => c != null && string.Equals(c.Id, contactId, StringComparison.OrdinalIgnoreCase));
        }

        private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();

        protected override void EndProcessing()
        {
            if (_decided.Count == 0) return;
            var changes = Using(store => store.Save(_decided));
            var at = 0;
            foreach (var change in changes)
            {
                var target = _targets[at];
                if (ReportSuperseded(change, target, (target as ContactMatch)?.Account.ToString() ?? target.ToString()!, _decided[at++].RowComputedAt)) continue;
                ReportReplaced(change);
                if (PassThru) WriteObject(Named(change.Decision));
            }
        }
    }
}
