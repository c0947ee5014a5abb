using System;
using System.Management.Automation;
using QuickpassPsa.Cmdlets.Errors;

namespace QuickpassPsa.Cmdlets.Decisions
{
    /// <summary>
    /// Error records of the customer-company decision cmdlets for rows and inputs that cannot be decided (all
    /// non-terminating). The ids are the contact decisions' where the fault is the same kind (a row with no single
    /// company, nothing stored that matches); a store that cannot be used goes through <see cref="DecisionErrors.Store"/>.
    /// </summary>
    internal static class CompanyDecisionErrors
    {
        public static ErrorRecord NotDecidable(object match, string status) =>
            DecisionErrors.With(new ErrorRecord(new InvalidOperationException(
                    "This customer is " + status + ", so there is no single company to confirm. Pick one of its candidates with Save-PsaCompanyMatch -CompanyId <id>, or link any company with Set-PsaCompanyMatch. Nothing was saved for it."),
                ErrorIds.MatchNotDecidable, ErrorCategory.InvalidOperation, match),
                "Choose a candidate with Save-PsaCompanyMatch -CompanyId, or link a company by hand with Set-PsaCompanyMatch -Customer <name> -CompanyId <id>.");

        public static ErrorRecord NotCandidate(object match, string companyId) =>
            DecisionErrors.With(new ErrorRecord(new ArgumentException(
                    "Company " + companyId + " is not among this customer's candidates, so Save-PsaCompanyMatch will not link it. Nothing was saved for it."),
                ErrorIds.CompanyNotCandidate, ErrorCategory.InvalidArgument, match),
                "Give the id of one of the row's Candidates, or link any company by hand with Set-PsaCompanyMatch -CompanyId.");

        public static ErrorRecord CompanyHasNoId(object company) =>
            DecisionErrors.With(new ErrorRecord(new ArgumentException(
                    "The company has no Id, so a link to it could never be found again. Nothing was saved for it."),
                ErrorIds.DecisionCompanyUnknown, ErrorCategory.InvalidArgument, company),
                "Pass a company from Get-PsaCompany, or its id with -CompanyId.");

        public static ErrorRecord NotFound(object target, string what) =>
            DecisionErrors.With(new ErrorRecord(new ItemNotFoundException("No stored customer-company decision matches " + what + "."),
                ErrorIds.DecisionNotFound, ErrorCategory.ObjectNotFound, target),
                "List what is stored with Get-PsaCompanyMatchDecision.");

        public static ErrorRecord Unrecognised(object? target) =>
            DecisionErrors.With(new ErrorRecord(new ArgumentException(
                    "Remove-PsaCompanyMatch takes decisions (from Get-PsaCompanyMatchDecision), company matches or customer names; this input has no Customer."),
                ErrorIds.DecisionInputUnrecognised, ErrorCategory.InvalidArgument, target),
                "Pipe the output of Get-PsaCompanyMatchDecision or Find-PsaCompanyMatch, or pass -Customer with the customer's name.");
    }
}
