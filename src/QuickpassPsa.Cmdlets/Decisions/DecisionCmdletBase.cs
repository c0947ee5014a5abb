using System.Management.Automation;
using QuickpassPsa.Cmdlets.Parameters;
using QuickpassPsa.Cmdlets.Psa;
using QuickpassPsa.Core.Decisions;

namespace QuickpassPsa.Cmdlets.Decisions
{
    /// <summary>
    /// Base of the decision cmdlets: which store to use. -DecisionPath names a file; without it the store is the
    /// connection's (one per PSA instance, see PsaConnection.InstanceKey), so -Connection or the session's default
    /// connection is needed, but no call is made to the PSA (except Set-PsaContactMatch's read of a contact given by id alone,
    /// for the name its link keeps).
    /// </summary>
    public abstract class DecisionCmdletBase : PsaCmdletBase
    {
        private DecisionStore? _store;

        /// <summary>The decision store file; by default the connection's store under the QuickpassPsa data folder.</summary>
        [Parameter]
        [ValidateNotBlank]
        public string? DecisionPath { get; set; }

        /// <summary>The store, resolved once per command; a bad path or no connection is a terminating error.</summary>
        private protected DecisionStore Store() =>
            _store ??= DecisionStoreLocator.Open(this, DecisionPath, DecisionPath == null ? RequireConnection() : null);

        /// <summary>Runs a store operation; a store that cannot be used stops the command (it is configuration, not a row).</summary>
        private protected T Using<T>(System.Func<DecisionStore, T> operation)
        {
            var store = Store();
            try
            {
                return operation(store);
            }
            catch (DecisionStoreException ex)
            {
                ThrowTerminatingError(DecisionErrors.Store(ex));
                throw;
            }
        }

        /// <summary>Tells what a save replaced: the older link of the account or the contact, or the opposite decision about the pair.</summary>
        private protected void ReportReplaced(DecisionChange change)
        {
            foreach (var old in change.Replaced) WarnReplaced(old.ToString(), old.DecidedBy, old.DecidedAt, change.Decision.ToString());
        }

        /// <summary>The same for a customer-company decision: the customer's or the company's older link, or the opposite decision about the pair.</summary>
        private protected void ReportReplaced(CompanyDecisionChange change)
        {
            foreach (var old in change.Replaced) WarnReplaced(old.ToString(), old.DecidedBy, old.DecidedAt, change.Decision.ToString());
        }

        /// <summary>
        /// Writes the row's QuickpassPsa.DecisionChangedSinceRow error and returns true when its decision was not stored because the
        /// store holds a newer one (<see cref="DecisionChange.Superseded"/>); false, with nothing written, otherwise.
        /// </summary>
        private protected bool ReportSuperseded(DecisionChange change, object target, string account, System.DateTime? rowComputedAt)
        {
            if (!change.Skipped) return false;
            WriteError(DecisionErrors.ChangedSinceRow(target, account, change, rowComputedAt ?? default));
            return true;
        }

        private void WarnReplaced(string old, string? decidedBy, System.DateTime decidedAt, string decision) =>
            WriteWarning("Replaced the older decision '" + old + "' (by " + (decidedBy ?? "?") + " at " +
                decidedAt.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " UTC) with '" + decision + "'.");
    }
}
