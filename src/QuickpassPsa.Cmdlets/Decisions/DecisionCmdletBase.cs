using System.Management.Automation;
using QuickpassPsa.Cmdlets.Parameters;
using QuickpassPsa.Cmdlets.Psa;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Decisions
{
    /// <summary>
    /// Base of the decision cmdlets: which store to use. -DecisionPath names a file; without it the store is the
    /// connection's (one per PSA instance, see PsaConnection.InstanceKey), so -Connection or the session's default
    /// connection is needed. Storing and removing make no call to the PSA, but for Set-PsaContactMatch's read of a contact given
    /// by id alone (for the name its link keeps); Set-PsaCompanyMatch -CompanyId reads the company's name, and
    /// Get-PsaContactMatchDecision the names of companies no stored customer link names (round 60b).
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

        /// <summary>
        /// The connection whose PSA the rows must be of: the store's (without -DecisionPath), else -Connection when given; null
        /// when nothing says (a -DecisionPath file and no -Connection: any PSA's rows may go into a file named by hand).
        /// </summary>
        private protected PsaConnection? RowConnection() => DecisionPath == null ? RequireConnection() : Connection;

        /// <summary>
        /// <see cref="Companies.CompanyNameLookup.Filter"/> for this command's <paramref name="parameter"/>: a value of <paramref name="known"/>
        /// equal to the text, else the text's escapes or pattern. A text no known value equals that is no valid pattern ('Contoso [UK',
        /// 'Contoso`') stops the command with QuickpassPsa.InvalidNamePattern, <paramref name="none"/> saying what has no such value
        /// (round 69: it selected nothing, silently, and an admin read "no decisions").
        /// </summary>
        private protected System.Func<string?, bool> NameFilter(string parameter, string text, System.Collections.Generic.IEnumerable<string?> known, string none)
        {
            try
            {
                return Companies.CompanyNameLookup.Filter(text, known);
            }
            catch (Companies.InvalidNamePatternException ex)
            {
                ThrowTerminatingError(Errors.LookupErrors.InvalidNamePattern(parameter, ex.Text, ex.Problem, none, null, null, text));
                throw;
            }
        }

        /// <summary>Company names by id, from the rows and contacts a command was given (see <see cref="Named"/>).</summary>
        private readonly System.Collections.Generic.Dictionary<string, string> _companyNames =
            new System.Collections.Generic.Dictionary<string, string>(System.StringComparer.OrdinalIgnoreCase);

        private System.Collections.Generic.IReadOnlyList<CompanyMatchDecision>? _companyLinks;

        /// <summary>Remembers the first of <paramref name="names"/> that is not blank as the name of <paramref name="companyId"/>.</summary>
        private protected void KnowCompanyName(string? companyId, params string?[] names)
        {
            var id = companyId?.Trim();
            if (string.IsNullOrEmpty(id) || _companyNames.ContainsKey(id!)) return;
            foreach (var name in names)
            {
                if (string.IsNullOrWhiteSpace(name)) continue;
                _companyNames[id!] = name!.Trim();
                return;
            }
        }

        /// <summary>
        /// The decision with its company's name, as Get-PsaContactMatchDecision shows it ("Contoso Ltd [19297]"; round 63a: Save- and
        /// Set-PsaContactMatch -PassThru showed "[19297]" though the row carried the name): the name the row or contact carried, else
        /// the store's customer link of that company (the confirmed one first). No request to the PSA.
        /// </summary>
        private protected ContactMatchDecision Named(ContactMatchDecision decision)
        {
            if (!string.IsNullOrWhiteSpace(decision.CompanyName)) return decision;
            var id = decision.CompanyId.Trim();
            if (_companyNames.TryGetValue(id, out var known))
            {
                decision.CompanyName = known;
                return decision;
            }
            _companyLinks ??= Using(store => store.ReadCompanyDecisions());
            foreach (var link in _companyLinks)
            {
                if (!string.Equals(link.CompanyId.Trim(), id, System.StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(link.CompanyName)) continue;
                if (link.DecisionKind != MatchDecisionKind.Confirmed && _companyNames.ContainsKey(id)) continue;
                _companyNames[id] = link.CompanyName!.Trim();
                if (link.DecisionKind == MatchDecisionKind.Confirmed) break;
            }
            if (_companyNames.TryGetValue(id, out var linked)) decision.CompanyName = linked;
            return decision;
        }

        /// <summary>The decision, marked with the PSA of the store it comes from (see <see cref="ContactMatchDecision.Psa"/>).</summary>
        private protected ContactMatchDecision Stamped(ContactMatchDecision decision)
        {
            decision.Psa = RowConnection()?.Psa.ToString();
            return decision;
        }

        /// <summary>The same for a customer-company decision.</summary>
        private protected CompanyMatchDecision Stamped(CompanyMatchDecision decision)
        {
            decision.Psa = RowConnection()?.Psa.ToString();
            return decision;
        }

        /// <summary>
        /// A piped object's PSA, for the commands that take rows and decisions alike (Remove-PsaContactMatch, Remove-PsaCompanyMatch):
        /// a row's (<see cref="Matching.RowPsa"/>), else its Psa property (a decision; a row or decision read back with Import-Clixml),
        /// else its contact's; null when nothing says.
        /// </summary>
        private protected static string? PsaOf(PSObject? input)
        {
            switch (input?.BaseObject)
            {
                case null:
                    return null;
                case Core.Matching.ContactMatch row:
                    return Matching.RowPsa.Of(row);
                case Core.Matching.Companies.CompanyMatch row:
                    return Matching.RowPsa.Of(row);
            }
            var own = Matching.RowPsa.Known(input!.Properties["Psa"]?.Value?.ToString());
            if (own != null) return own;
            return input.Properties["Contact"]?.Value is PSObject contact ? Matching.RowPsa.Known(contact.Properties["Psa"]?.Value?.ToString()) : null;
        }

        /// <summary>Writes the error and returns false when the row is of the other PSA than <see cref="RowConnection"/> (round 60b).</summary>
        private protected bool SamePsa(ErrorRecord? mismatch)
        {
            if (mismatch == null) return true;
            WriteError(mismatch);
            return false;
        }

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
