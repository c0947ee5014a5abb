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
    /// renames by PATCH of description, sets missing flags, creates a missing type. A piped finding is applied only when
    /// the table, read again, still has it (Core's CwTypeFindingCheck: a saved or edited finding names a type by id, and
    /// that id may be another type by now); otherwise it is that item's CommunicationTypeFindingInvalid error. Each step is
    /// planned again against the table as it is (Core's CwTypeRepairPlanner): it never deletes and never merges (the one flag it clears is
    /// the default flag of a second default email type, while 'Email' keeps it), and a rename onto a
    /// name another type has is refused with how to merge by hand. One refused write (a 403: the role may not edit
    /// setup tables) is that finding's error; the other findings are still repaired.
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Repair, "CwCommunicationType", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(CwCommunicationTypeChange))]
    public sealed class RepairCwCommunicationTypeCommand : CwCmdletBase
    {
        private List<CwCommunicationType>? _table;

        /// <summary>The findings of the table as this run first read it (either preferred name): what a piped finding must equal.</summary>
        private IReadOnlyList<CwCommunicationTypeFinding>? _current;

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
                if (MyInvocation.BoundParameters.ContainsKey(nameof(Finding)))
                {
                    foreach (var finding in Finding ?? Array.Empty<CwCommunicationTypeFinding>()) RepairPiped(client, finding);
                    return;
                }
                var findings = CwCommunicationTypeRules.Test(table, Preferred);
                if (findings.Count == 0) WriteVerbose("The communication types setup table is ready for Quickpass and New-PsaContact; nothing to repair.");
                foreach (var finding in findings) Repair(client, finding, finding);
            }
            catch (PsaApiException ex)
            {
                PsaErrors.Report(this, ex, null);
            }
        }

        /// <summary>The table, read once per run and kept up to date with each write's answer.</summary>
        private List<CwCommunicationType> Table(ConnectWiseClient client)
        {
            if (_table == null)
            {
                _table = Run((_, token) => client.GetCommunicationTypesAsync(token)).ToList();
                _current = CwTypeFindingCheck.Current(_table);
            }
            return _table;
        }

        /// <summary>
        /// A finding from the pipeline or -Finding: applied only when the table as this run read it has the same finding
        /// (round 65b: an old finding renamed the type its id had become, and an edited one renamed whatever it named).
        /// A fix already in place is skipped as before; anything else is refused, and nothing is written for it.
        /// </summary>
        private void RepairPiped(ConnectWiseClient client, CwCommunicationTypeFinding finding)
        {
            var current = CwTypeFindingCheck.Match(finding, _current!);
            if (current != null)
            {
                Repair(client, current, finding);
                return;
            }
            try
            {
                var step = CwTypeRepairPlanner.Plan(finding, _table!);
                if (step.Kind == CwTypeRepairStepKind.AlreadyDone)
                {
                    WriteVerbose(finding.Code + ": " + step.Reason + " Nothing to change.");
                    return;
                }
            }
            catch (ArgumentException ex)
            {
                WriteError(CommunicationTypeErrors.FindingInvalid(ex, finding));
                return;
            }
            // The problem itself is gone, fixed another way (round 67a: Cell created by hand, and a saved "rename 'Mobile Phone' to
            // 'Cell'" was refused though Test found nothing): skipped as a fix in place is.
            if (CwTypeFindingCheck.NoLongerFound(finding, _table!, CwTypeFindingCheck.Current(_table!)))
            {
                WriteVerbose(finding.Code + ": already fixed: Test-CwCommunicationType no longer finds this problem in the setup table. Nothing to change.");
                return;
            }
            WriteError(CommunicationTypeErrors.FindingNotCurrent(CwTypeFindingCheck.WhyNotCurrent(finding, _table!), finding));
        }

        /// <summary>Plans and applies <paramref name="finding"/> (one of the table's own); errors name <paramref name="target"/>, the finding as given.</summary>
        private void Repair(ConnectWiseClient client, CwCommunicationTypeFinding finding, CwCommunicationTypeFinding target)
        {
            CwTypeRepairStep step;
            try
            {
                step = CwTypeRepairPlanner.Plan(finding, _table!);
            }
            catch (ArgumentException ex)
            {
                WriteError(CommunicationTypeErrors.FindingInvalid(ex, target));
                return;
            }

            switch (step.Kind)
            {
                case CwTypeRepairStepKind.AlreadyDone:
                    WriteVerbose(finding.Code + ": " + step.Reason + " Nothing to change.");
                    return;
                case CwTypeRepairStepKind.Blocked:
                    WriteError(CommunicationTypeErrors.NotRepaired(finding.Code + ": " + (finding.Action == CwTypeRepairAction.Manual ? ManualFixNow(finding) : step.Reason), step.Block, target));
                    return;
            }

            var what = step.Before == null
                ? "ConnectWise communication types setup table"
                : "ConnectWise communication type '" + step.Before.Description + "' (id " + step.Before.Id + ")";
            if (!ShouldProcess(what, Capitalized(step.Reason)))
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
                WriteError(CommunicationTypeErrors.PermissionDenied(ex, step.Reason, target));
            }
            catch (PsaApiException ex) when (!PsaErrors.StopsEverything(ex))
            {
                WriteError(CommunicationTypeErrors.RepairFailed(ex, step.Reason, target));
            }
        }

        /// <summary>
        /// The words of a fix by hand for the table as this run's earlier fixes left it (or, under -WhatIf, would leave it): round 67a,
        /// the run that renamed 'Cell ' to 'Cell' still said "Rename 'Cell ' (id 4) by hand". The same finding of Test-CwCommunicationType
        /// on the table now (same code, same types) gives them; else the finding's own.
        /// </summary>
        private string ManualFixNow(CwCommunicationTypeFinding finding)
        {
            foreach (var preferred in new[] { Preferred, string.Equals(Preferred, "Cell", StringComparison.OrdinalIgnoreCase) ? "Mobile" : "Cell" })
            {
                var now = CwCommunicationTypeRules.Test(_table!, preferred)
                    .FirstOrDefault(f => f.Code == finding.Code && f.Action == CwTypeRepairAction.Manual && f.TypeIds.SequenceEqual(finding.TypeIds));
                if (now != null) return now.Fix.Length > 0 ? now.Fix : finding.Fix;
            }
            return finding.Fix.Length > 0 ? finding.Fix : "This finding has no automatic fix; change the setup table by hand.";
        }

        private static bool Has(CwTypeRepairStep step, string flag) => step.Flags.Contains(flag);

        private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
    }
}
