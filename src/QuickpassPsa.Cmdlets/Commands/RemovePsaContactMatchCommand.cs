using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using QuickpassPsa.Cmdlets.Decisions;
using QuickpassPsa.Cmdlets.Parameters;
using QuickpassPsa.Core.Decisions;

namespace QuickpassPsa.Cmdlets.Commands
{
    /// <summary>
    /// Remove-PsaContactMatch: forgets stored decisions. Piped decisions (from Get-PsaContactMatchDecision, live or
    /// imported) are removed exactly; an account (-Account text, or a piped Account or ContactMatch) loses its links,
    /// or its exclusions with -Exclude, narrowed by -CompanyId and -ContactId. One locked write at the end.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "PsaContactMatch", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = InputSet)]
    [OutputType(typeof(ContactMatchDecision))]
    public sealed class RemovePsaContactMatchCommand : DecisionCmdletBase
    {
        private const string InputSet = "InputObject";
        private const string AccountSet = "Account";

        private readonly List<ContactMatchDecision> _chosen = new List<ContactMatchDecision>();
        private IReadOnlyList<ContactMatchDecision>? _stored;

        /// <summary>A decision, an Account or a ContactMatch (live or deserialized).</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = InputSet, HelpMessage = "A stored decision from Get-PsaContactMatchDecision, or a row from Find-PsaContactMatch; pipe them in.")]
        [ValidateNotNull]
        public PSObject? InputObject { get; set; }

        /// <summary>The account's user principal name, email address or id.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = AccountSet, HelpMessage = "The account's user principal name or email address, such as alee@contoso.com.")]
        [AccountAsIdentity]
        [ValidateNotBlank(Required = true)]
        public string[] Account { get; set; } = Array.Empty<string>();

        [Parameter]
        [ValidateNotBlank]
        public string? CompanyId { get; set; }

        [Parameter]
        [ValidateNotBlank]
        public string? ContactId { get; set; }

        /// <summary>Remove exclusions instead of links.</summary>
        [Parameter]
        public SwitchParameter Exclude { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void BeginProcessing() => Store();

        protected override void ProcessRecord()
        {
            if (ParameterSetName == AccountSet)
            {
                foreach (var text in Account) Select(DecisionSelector.ForText(text), text);
                return;
            }
            // A row or decision of the other PSA: removing by its account here would drop this PSA's decisions (round 60b).
            if (!SamePsa(Matching.RowPsa.Mismatch(PsaOf(InputObject), RowConnection(), InputObject!, "The " + (InputObject!.BaseObject is ContactMatchDecision ? "decision '" : "row '") + InputObject + "'"))) return;
            var selector = DecisionSelector.From(InputObject);
            if (selector == null)
            {
                WriteError(DecisionErrors.Unrecognised(InputObject));
                return;
            }
            // The company's name the piped decision or row carries, for -PassThru (round 75b: the removed decisions came back as
            // "[250]", without the name Get-PsaContactMatchDecision had shown).
            KnowCompanyName(InputObject!.Properties["CompanyId"]?.Value?.ToString(), InputObject.Properties["CompanyName"]?.Value?.ToString());
            Select(selector, InputObject!);
        }

        private void Select(DecisionSelector selector, object target)
        {
            // Read once per command; what is removed is decided again under the lock at the end.
            _stored ??= Using(store => store.Read());
            var company = CompanyId?.Trim();
            var contact = ContactId?.Trim();
            var found = _stored.Where(d => selector.Selects(d, company, contact, Exclude) && !_chosen.Contains(d)).ToList();
            if (found.Count == 0)
            {
                WriteError(DecisionErrors.NotFound(target, (Exclude ? "exclusions of " : string.Empty) + selector +
                    (company == null ? string.Empty : " in company " + company) + (contact == null ? string.Empty : " for contact " + contact)));
                return;
            }
            foreach (var decision in found)
            {
                if (ShouldProcess(decision.ToString(), "Remove the stored decision")) _chosen.Add(decision);
            }
        }

        protected override void EndProcessing()
        {
            if (_chosen.Count == 0) return;
            var chosen = _chosen;
            // Under the lock, the file is read again: remove what was chosen as it is stored now.
            var removed = Using(store => store.Remove(d => chosen.Any(c => c.DecisionKind == d.DecisionKind &&
                string.Equals(c.CompanyId, d.CompanyId, StringComparison.OrdinalIgnoreCase) &&
                string.Equals(c.ContactId, d.ContactId, StringComparison.OrdinalIgnoreCase) &&
                AccountIdentity.Same(c, d))));
            WriteVerbose("Removed " + removed.Count.ToString(CultureInfo.InvariantCulture) + " decisions from " + Store().Path + ".");
            // With its company's name, as Get-PsaContactMatchDecision shows it: the name the piped item carried, else the store's customer link.
            if (PassThru) WriteObject(removed.Select(d => Named(Stamped(d))), enumerateCollection: true);
        }
    }
}
