using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using QuickpassPsa.Cmdlets.CommunicationTypes;
using QuickpassPsa.Cmdlets.Errors;
using QuickpassPsa.Cmdlets.Psa;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.ConnectWise;
using QuickpassPsa.Core.Psa.ConnectWise.CommunicationTypes;

namespace QuickpassPsa.Cmdlets.Commands
{
    /// <summary>
    /// Repair-CwCommunicationType: applies the fixes of Test-CwCommunicationType's findings (piped, or all of them):
    /// renames by PATCH of description, sets missing flags, creates a missing type. Each step is planned again
    /// against the table as it is (Core's CwTypeRepairPlanner): it never deletes and never merges (the one flag it clears is
    /// the default flag of a second default email type, while 'Email' keeps it), and a rename onto a
    /// name another type has is refused with how to merge by hand. One refused write (a 403: the role may not edit
    /// setup tables) is that finding's error; the other findings are still repaired.
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Repair, "CwCommunicationType", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(CwCommunicationTypeChange))]
    public sealed class RepairCwCommunicationTypeCommand : CwCmdletBase
    {
        private List<CwCommunicationType>? _table;

        /// <summary>Findings of Test-CwCommunicationType; without any, every finding of the table is repaired.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true)]
        [ValidateNotNull]
        [FindingArgument]
        public CwCommunicationTypeFinding[]? Finding { get; set; }

        /// <summary>When repairing all: the mobile name to aim for (as Test-CwCommunicationType -Preferred).</summary>
        [Parameter]
        [ValidateSet("Mobile", "Cell", IgnoreCase = true)]
        public string Preferred { get; set; } = "Mobile";

        protected override void ProcessRecord()
        {
            var client = RequireConnectWise();
            try
            {
                var table = Table(client);
                var findings = MyInvocation.BoundParameters.ContainsKey(nameof(Finding))
                    ? (IReadOnlyList<CwCommunicationTypeFinding>)(Finding ?? Array.Empty<CwCommunicationTypeFinding>())
                    : CwCommunicationTypeRules.Test(table, Preferred);
                if (findings.Count == 0) WriteVerbose("The communication types setup table is ready for Quickpass and New-PsaContact; nothing to repair.");
                foreach (var finding in findings) Repair(client, finding);
            }
            catch (PsaApiException ex)
            {
                PsaErrors.Report(this, ex, null);
            }
        }

        /// <summary>The table, read once per run and kept up to date with each write's answer.</summary>
        private List<CwCommunicationType> Table(ConnectWiseClient client) =>
            _table ??= Run((_, token) => client.GetCommunicationTypesAsync(token)).ToList();

        private void Repair(ConnectWiseClient client, CwCommunicationTypeFinding finding)
        {
            CwTypeRepairStep step;
            try
            {
                step = CwTypeRepairPlanner.Plan(finding, _table!);
            }
            catch (ArgumentException ex)
            {
                WriteError(CommunicationTypeErrors.FindingInvalid(ex, finding));
                return;
            }

            switch (step.Kind)
            {
                case CwTypeRepairStepKind.AlreadyDone:
                    WriteVerbose(finding.Code + ": " + step.Reason + " Nothing to change.");
                    return;
                case CwTypeRepairStepKind.Blocked:
                    WriteError(CommunicationTypeErrors.NotRepaired(finding.Code + ": " + step.Reason, step.Block, finding));
                    return;
            }

            var target = step.Before == null
                ? "ConnectWise communication types setup table"
                : "ConnectWise communication type '" + step.Before.Description + "' (id " + step.Before.Id + ")";
            if (!ShouldProcess(target, Capitalized(step.Reason)))
            {
                // Under -WhatIf the later steps reason about the table as this one would leave it (a default flag is
                // cleared only once 'Email' would be the default), so -WhatIf shows what the run would do.
                if (WhatIfOn)
                {
                    var expected = step.Expected(-1 - _table!.Count);
                    _table.RemoveAll(t => t.Id == expected.Id);
                    _table.Add(expected);
                }
                return;
            }

            try
            {
                var after = step.Kind == CwTypeRepairStepKind.Create
                    ? Run((_, token) => client.CreateCommunicationTypeAsync(step.NewDescription!, Has(step, "emailFlag"), Has(step, "phoneFlag"), Has(step, "faxFlag"), Has(step, "defaultFlag"), token))
                    : Run((_, token) => client.PatchCommunicationTypeAsync(step.Before!.Id, step.Operations, token));
                _table!.RemoveAll(t => t.Id == after.Id);
                _table.Add(after);
                WriteVerbose("Done: " + step.Reason + ".");
                WriteObject(new CwCommunicationTypeChange
                {
                    TypeId = after.Id,
                    Code = finding.Code,
                    Action = step.Kind == CwTypeRepairStepKind.Create ? CwTypeRepairAction.Create : finding.Action,
                    BeforeDescription = step.Before == null ? string.Empty : "'" + step.Before.Description + "'",
                    AfterDescription = "'" + after.Description + "'",
                    FlagsSet = step.Flags,
                    FlagsCleared = step.ClearedFlags,
                    Before = step.Before,
                    After = after,
                });
            }
            catch (PsaApiException ex) when (ex.StatusCode == 403)
            {
                WriteError(CommunicationTypeErrors.PermissionDenied(ex, step.Reason, finding));
            }
            catch (PsaApiException ex) when (!PsaErrors.StopsEverything(ex))
            {
                WriteError(CommunicationTypeErrors.RepairFailed(ex, step.Reason, finding));
            }
        }

        /// <summary>-WhatIf given, or $WhatIfPreference set.</summary>
        private bool WhatIfOn => MyInvocation.BoundParameters.TryGetValue("WhatIf", out var whatIf)
            ? whatIf is SwitchParameter s && s.IsPresent
            : LanguagePrimitives.IsTrue(SessionState.PSVariable.GetValue("WhatIfPreference"));

        private static bool Has(CwTypeRepairStep step, string flag) => step.Flags.Contains(flag);

        private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
    }
}
