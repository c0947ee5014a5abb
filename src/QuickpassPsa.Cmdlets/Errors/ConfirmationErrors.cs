using System;
using System.Management.Automation;

namespace QuickpassPsa.Cmdlets.Errors
{
    /// <summary>
    /// A confirmation prompt that cannot be shown or answered: pwsh -NonInteractive, a host without a user interface,
    /// or standard input closed or redirected (an RMM agent, a scheduled task), where the console host fails with a
    /// NullReferenceException. One error for every cmdlet that asks, raised by <see cref="QuickpassCmdlet"/>.
    /// </summary>
    internal static class ConfirmationErrors
    {
        /// <summary>Whether an exception out of ShouldProcess/ShouldContinue means the prompt could not be asked or answered.</summary>
        public static bool CannotAsk(Exception ex) =>
            ex is PSInvalidOperationException ||                   // pwsh -NonInteractive: "Read and Prompt functionality is not available"
            ex is System.Management.Automation.Host.HostException || // a host without a user interface
            ex is NullReferenceException ||                         // the console host reading a closed or redirected stdin
            ex is NotImplementedException ||                        // a custom host that does not implement PromptForChoice
            ex is PSNotImplementedException;

        public static ErrorRecord Unavailable(Exception ex, string command, string asked, ConfirmImpact impact, bool confirmGiven, object target) =>
            Build(ex, ex is NullReferenceException
                ? "nothing can answer a prompt (standard input is closed or redirected, as when an RMM agent or a scheduled task runs the script)."
                : ex.Message.Trim(), command, asked, impact, confirmGiven, target);

        /// <summary>The console host's standard input is redirected (a pipe or a file): nobody is there to type the answer (round 61b).</summary>
        public static ErrorRecord InputRedirected(string command, string asked, ConfirmImpact impact, bool confirmGiven, object target) =>
            Build(null, "standard input is redirected (a pipe or a file, as when an RMM agent or a scheduled task runs the script), so nobody can type an answer.", command, asked, impact, confirmGiven, target);

        private static ErrorRecord Build(Exception? ex, string why, string command, string asked, ConfirmImpact impact, bool confirmGiven, object target)
        {
            var lead = confirmGiven
                ? command + " was run with -Confirm"
                : command + " asks before each change (its ConfirmImpact, " + impact + ", is at or above $ConfirmPreference)";
            var message = lead + ", but this session cannot ask: " + why + (why.EndsWith(".", StringComparison.Ordinal) ? " " : ". ") +
                "Nothing was changed; the question was to confirm " + asked + ". " +
                "To go ahead without being asked, pass -Confirm:$false; to see what it would do, pass -WhatIf.";
            var error = new PSInvalidOperationException(message, ex);
            return new ErrorRecord(error, ErrorIds.ConfirmationUnavailable, ErrorCategory.InvalidOperation, target)
            {
                ErrorDetails = new ErrorDetails(message)
                {
                    RecommendedAction = "Review with -WhatIf, then run it again with -Confirm:$false; or run it in an interactive session.",
                },
            };
        }
    }
}
