using System;
using System.Management.Automation;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.ConnectWise.CommunicationTypes;
using QuickpassPsa.Core.Psa.Http;

namespace QuickpassPsa.Cmdlets.Errors
{
    /// <summary>
    /// Errors of Get-, Test- and Repair-CwCommunicationType. A wrong PSA is terminating (every call would fail);
    /// a refused or blocked repair concerns one finding, so it is non-terminating and the other types are repaired.
    /// </summary>
    internal static class CommunicationTypeErrors
    {
        /// <summary>The permission a 403 on a setup-table write asks for (psa-api.md A3, "Security").</summary>
        public const string Permission =
            "In ConnectWise, System > Security Roles > (the API member's role) > System > Table Setup: set Add and Edit to All, and allow the Communication Type table in that line's Customize list.";

        public static ErrorRecord ConnectWiseOnly(string command, PsaConnection connection) => Record(new NotSupportedException(
                command + " works on ConnectWise Manage only: the communication types setup table is ConnectWise's, and " + connection + " is " + connection.Psa + ". Autotask contacts keep email and mobile in fixed fields, so there is nothing to repair."),
            ErrorIds.NotSupportedForPsa, ErrorCategory.NotImplemented, connection,
            "Pass a ConnectWise connection with -Connection, or run Connect-Psa -ConnectWise.");

        public static ErrorRecord PermissionDenied(PsaApiException ex, string what, object target) => Record(new UnauthorizedAccessException(
                "ConnectWise refused to " + what + " (HTTP " + ex.StatusCode + "): the API member's security role may read setup tables but not edit them. Nothing was changed for this type; the others go on.", ex),
            ErrorIds.SetupTablePermissionDenied, ErrorCategory.PermissionDenied, target, Permission + " Then run Repair-CwCommunicationType again.");

        /// <summary>
        /// A finding not repaired. The category and the recommended action follow why: a name another type has
        /// (ResourceExists: merge by hand), a type gone (ObjectNotFound: test again), or a change only a person can
        /// make (InvalidOperation: the message names it, for example which default flag to clear).
        /// </summary>
        public static ErrorRecord NotRepaired(string reason, CwTypeRepairBlock block, object target)
        {
            switch (block)
            {
                case CwTypeRepairBlock.NameTaken:
                    return Record(new InvalidOperationException(reason), ErrorIds.CommunicationTypeNotRepaired, ErrorCategory.ResourceExists, target,
                        "Merge the two types by hand as the message says (Get-CwCommunicationType -IncludeUsage shows how many records use each), then run Test-CwCommunicationType again.");
                case CwTypeRepairBlock.TypeGone:
                    return Record(new InvalidOperationException(reason), ErrorIds.CommunicationTypeNotRepaired, ErrorCategory.ObjectNotFound, target,
                        "Run Test-CwCommunicationType again and repair its current findings.");
                default:
                    return Record(new InvalidOperationException(reason), ErrorIds.CommunicationTypeNotRepaired, ErrorCategory.InvalidOperation, target,
                        "Make the change the message names by hand in ConnectWise (System > Setup Tables > Communication Type), then run Test-CwCommunicationType again.");
            }
        }

        public static ErrorRecord RepairFailed(PsaApiException ex, string what, object target) => Record(new InvalidOperationException(
                "ConnectWise refused to " + what + ": " + ex.Message, ex),
            ErrorIds.CommunicationTypeRepairFailed, ErrorCategory.WriteError, target,
            ex.Hint ?? "Read the PSA's message, fix the table by hand if needed, then run Test-CwCommunicationType again.");

        public static ErrorRecord FindingInvalid(Exception ex, object target) => Record(new ArgumentException(
                "The finding cannot be repaired: " + UserText.Message(ex), ex),
            ErrorIds.CommunicationTypeFindingInvalid, ErrorCategory.InvalidData, target,
            "Run Test-CwCommunicationType again and pipe its findings (or read them back with Import-Clixml) as they are, not edited by hand.");

        /// <summary>
        /// A finding that is not one Test-CwCommunicationType finds in the table now: the table changed since it was
        /// tested, or the finding was edited. Same id as a malformed finding: either way it is not applied, and the way
        /// on is the same (test again).
        /// </summary>
        public static ErrorRecord FindingNotCurrent(string reason, object target) => Record(new ArgumentException(reason),
            ErrorIds.CommunicationTypeFindingInvalid, ErrorCategory.InvalidData, target,
            "Run Test-CwCommunicationType again and repair its current findings (Test-CwCommunicationType | Repair-CwCommunicationType); a finding is applied only as Test-CwCommunicationType made it, for the table as it is.");

        private static ErrorRecord Record(Exception ex, string id, ErrorCategory category, object? target, string action) =>
            new ErrorRecord(UserText.Plain(ex), id, category, target) { ErrorDetails = new ErrorDetails(UserText.Message(ex)) { RecommendedAction = action } };
    }
}
