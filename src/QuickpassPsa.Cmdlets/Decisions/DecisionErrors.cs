using System;
using System.Linq;
using System.Management.Automation;
using QuickpassPsa.Cmdlets.Errors;
using QuickpassPsa.Core.Decisions;

namespace QuickpassPsa.Cmdlets.Decisions
{
    /// <summary>Error records of the decision cmdlets: a store that cannot be used (terminating) and rows that cannot be decided (not).</summary>
    internal static class DecisionErrors
    {
        public static ErrorRecord Store(DecisionStoreException ex)
        {
            switch (ex.Kind)
            {
                case DecisionStoreErrorKind.LockTimeout:
                    return With(new ErrorRecord(ex, ErrorIds.DecisionStoreLocked, ErrorCategory.ResourceBusy, ex.Path),
                        "Let the other QuickpassPsa command or job finish, then run this one again.");
                case DecisionStoreErrorKind.Io:
                    return With(new ErrorRecord(ex, ErrorIds.DecisionStoreUnavailable, ErrorCategory.WriteError, ex.Path),
                        "Check that this account can read and write the folder, or pass -DecisionPath.");
                default:
                    return With(new ErrorRecord(ex, ErrorIds.DecisionStoreUnreadable, ErrorCategory.InvalidData, ex.Path),
                        ex.Kind == DecisionStoreErrorKind.NewerFormat
                            ? "Use the newer QuickpassPsa that wrote the store, or move the file away to start a new store."
                            : "Fix the file or restore it from a backup, or move it away to start a new store" + (ex.KeptAt == null ? "." : "; a copy is at '" + ex.KeptAt + "'."));
            }
        }

        public static ErrorRecord NotFileSystem(string path, string provider) =>
            With(new ErrorRecord(new ArgumentException("-DecisionPath '" + path + "' is a " + provider + " path; the decision store is a file."),
                ErrorIds.DecisionPathInvalid, ErrorCategory.InvalidArgument, path), "Give the path of a .json file on the file system.");

        public static ErrorRecord NotDecidable(object match, string status) =>
            With(new ErrorRecord(new InvalidOperationException(
                    "This row is " + status + ", so there is no single contact to confirm. Pick one of its candidates: pipe it to Set-PsaContactMatch -ContactId <id>, or run Save-PsaContactMatch -ContactId <id>. Nothing was saved for it."),
                ErrorIds.MatchNotDecidable, ErrorCategory.InvalidOperation, match),
                "Choose a candidate with Set-PsaContactMatch -ContactId or Save-PsaContactMatch -ContactId; for an Unmatched row, create the contact with New-PsaContact.");

        public static ErrorRecord NotCandidate(object match, string contactId) =>
            With(new ErrorRecord(new ArgumentException(
                    "Contact " + contactId + " is not among this row's candidates, so Save-PsaContactMatch will not link it. Nothing was saved for it."),
                ErrorIds.ContactNotCandidate, ErrorCategory.InvalidArgument, match),
                "Give the id of one of the row's Candidates, or link any contact by hand with Set-PsaContactMatch -ContactId.");

        public static ErrorRecord ContactArgumentMissing() =>
            With(new ErrorRecord(new ArgumentNullException("Contact",
                    "-Contact was given no contact (the value is null): the command that should have found it found none, or failed. Nothing was saved."),
                ErrorIds.ContactArgumentMissing, ErrorCategory.InvalidArgument, null),
                "Look at the errors of the command that filled the variable (Get-PsaContact -CompanyName needs the company's exact name, such as 'Contoso Ltd'), or give the contact's id with -ContactId.");

        public static ErrorRecord CompanyUnknown(object target, string contactId) =>
            With(new ErrorRecord(new ArgumentException(
                    "Which company contact " + contactId + " belongs to is not known: neither the contact nor the row names it. Nothing was saved for it."),
                ErrorIds.DecisionCompanyUnknown, ErrorCategory.InvalidArgument, target),
                "Pass -CompanyId, or pass the contact itself with -Contact (from Get-PsaContact).");

        public static ErrorRecord ContactNotFound(object target, string contactId, string connection) =>
            With(new ErrorRecord(new ItemNotFoundException(
                    "There is no contact " + contactId + " in " + connection + ", so there is nothing to link to. Nothing was saved for it."),
                ErrorIds.DecisionContactNotFound, ErrorCategory.ObjectNotFound, target),
                "Check the id with Get-PsaContact -CompanyId <company id> (or -CompanyName), and that the connection is the PSA instance the contact is in.");

        public static ErrorRecord AccountUnidentified(object target) =>
            With(new ErrorRecord(new ArgumentException(
                    "The account has no user principal name, email address or id, so a decision about it could never be found again. Nothing was saved for it."),
                ErrorIds.DecisionAccountUnidentified, ErrorCategory.InvalidData, target),
                "Read the accounts with a UserPrincipalName, Email or Id column.");

        public static ErrorRecord NotFound(object target, string what) =>
            With(new ErrorRecord(new ItemNotFoundException("No stored decision matches " + what + "."),
                ErrorIds.DecisionNotFound, ErrorCategory.ObjectNotFound, target),
                "List what is stored with Get-PsaContactMatchDecision.");

        /// <summary>Get-PsaContactMatchDecision -Customer: no stored customer-company link names such a customer, so no company is chosen.</summary>
        public static ErrorRecord CustomerNotLinked(string customer) =>
            With(new ErrorRecord(new ItemNotFoundException(
                    "No stored customer-company link names a customer like '" + customer + "', so there is no company whose decisions to list."),
                ErrorIds.CustomerNotLinked, ErrorCategory.ObjectNotFound, customer),
                "List the links with Get-PsaCompanyMatchDecision, link the customer with Set-PsaCompanyMatch, or choose the company with -CompanyId or -CompanyName.");

        public static ErrorRecord Unrecognised(object? target) =>
            With(new ErrorRecord(new ArgumentException(
                    "Remove-PsaContactMatch takes decisions (from Get-PsaContactMatchDecision), accounts or contact matches; this input has no UserPrincipalName, Email or AccountId."),
                ErrorIds.DecisionInputUnrecognised, ErrorCategory.InvalidArgument, target),
                "Pipe the output of Get-PsaContactMatchDecision, or pass -Account with a UPN, email address or id.");

        /// <summary>
        /// A row's decision not stored because the store holds a decision about its account or contact made after the row was computed
        /// (round 61b: a job's row, matched before a technician excluded or re-linked the account, overwrote the technician's decision).
        /// </summary>
        public static ErrorRecord ChangedSinceRow(object target, string account, DecisionChange change, DateTime rowComputedAt)
        {
            var newer = string.Join("; ", change.Superseded.Select(d => "'" + d + "' (by " + (d.DecidedBy ?? "?") + " at " + Time(d.DecidedAt) + ")"));
            var message = "The decision store holds a newer decision about " + account + " than this row: " + newer + ", made after the row was computed (" +
                Time(rowComputedAt) + "). Storing '" + change.Decision + "' would replace it with one made from older information, so it was not stored, and " +
                (change.Superseded.Count == 1 ? "that decision stays" : "those decisions stay") + ". Nothing was saved for this row.";
            return With(new ErrorRecord(new InvalidOperationException(message), ErrorIds.DecisionChangedSinceRow, ErrorCategory.InvalidOperation, target),
                "Run Find-PsaContactMatch again (it reads the stored decisions anew) and save the new row; or, if the row is right after all, " +
                "link the pair by hand with Set-PsaContactMatch -Account <account> -ContactId <id> (a decision without a row replaces any).");
        }

        private static string Time(DateTime at) =>
            DateTime.SpecifyKind(at, DateTimeKind.Utc).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) + " UTC";

        internal static ErrorRecord With(ErrorRecord record, string action)
        {
            record.ErrorDetails = new ErrorDetails(record.Exception.Message) { RecommendedAction = action };
            return record;
        }
    }
}
