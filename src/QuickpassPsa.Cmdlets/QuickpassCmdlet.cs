using System;
using System.Management.Automation;
using System.Reflection;
using QuickpassPsa.Cmdlets.Errors;

namespace QuickpassPsa.Cmdlets
{
    /// <summary>
    /// Base of every QuickpassPsa cmdlet. It exists for one PowerShell quirk: with -Debug and no -Verbose,
    /// the engine gives WriteVerbose the preference Inquire, so each verbose line asks "Continue?" and a
    /// non-interactive pwsh (an RMM agent) fails with "PowerShell is in NonInteractive mode". -Debug means
    /// "show me more, do not stop" since PowerShell 6, so in that case the verbose lines go to the debug
    /// stream, whose preference is Continue. Every cmdlet writes verbose through this method.
    /// It is also the one place where a confirmation prompt that cannot be shown or answered (pwsh -NonInteractive,
    /// a host without a user interface, standard input closed under an RMM agent) becomes
    /// QuickpassPsa.ConfirmationUnavailable, a terminating error that says to pass -Confirm:$false, instead of the
    /// host's own exception (a bare InvalidOperation, or a NullReferenceException).
    /// </summary>
    public abstract class QuickpassCmdlet : PSCmdlet
    {
        /// <summary>
        /// WriteVerbose that never prompts under -Debug. It hides <see cref="Cmdlet.WriteVerbose"/> on purpose, so
        /// every call in a derived cmdlet, or through a QuickpassCmdlet reference (CmdletOutput), comes here; only
        /// a call through a plain Cmdlet reference would miss it, so helpers hold QuickpassCmdlet, never Cmdlet.
        /// </summary>
        public new void WriteVerbose(string text)
        {
            var bound = MyInvocation.BoundParameters;
            if (!bound.ContainsKey("Verbose") && bound.TryGetValue("Debug", out var debug) && IsOn(debug))
            {
                WriteDebug(text);
                return;
            }
            base.WriteVerbose(text);
        }

        /// <summary>
        /// ShouldProcess that stops the command with QuickpassPsa.ConfirmationUnavailable when the prompt cannot be
        /// asked or answered. It hides <see cref="Cmdlet.ShouldProcess(string, string)"/> on purpose, as WriteVerbose does.
        /// Nothing is written before the error: every cmdlet asks before it writes, and the decision cmdlets save in
        /// EndProcessing, which a terminating error skips.
        /// </summary>
        public new bool ShouldProcess(string target, string action) => ShouldProcess(target, action, null);

        /// <summary>ShouldProcess with the object the error names as its target (the piped item rather than its description).</summary>
        public bool ShouldProcess(string target, string action, object? errorTarget)
        {
            try
            {
                return base.ShouldProcess(target, action);
            }
            catch (Exception ex) when (ConfirmationErrors.CannotAsk(ex))
            {
                StopUnavailable(ex, "\"" + action + "\" on " + target, errorTarget ?? target);
                throw; // not reached: StopUnavailable throws
            }
        }

        /// <summary>ShouldProcess(target) with the same handling of a prompt that cannot be asked.</summary>
        public new bool ShouldProcess(string target)
        {
            try
            {
                return base.ShouldProcess(target);
            }
            catch (Exception ex) when (ConfirmationErrors.CannotAsk(ex))
            {
                StopUnavailable(ex, target, target);
                throw;
            }
        }

        // The module has no ShouldContinue: it would be answered by -Force, not -Confirm:$false, and need its own advice.
        private void StopUnavailable(Exception ex, string asked, object errorTarget)
        {
            var impact = GetType().GetCustomAttribute<CmdletAttribute>()?.ConfirmImpact ?? ConfirmImpact.Medium;
            ThrowTerminatingError(ConfirmationErrors.Unavailable(ex, MyInvocation.MyCommand.Name, asked, impact,
                MyInvocation.BoundParameters.ContainsKey("Confirm"), errorTarget));
        }

        private static bool IsOn(object? value) => value switch
        {
            SwitchParameter flag => flag.IsPresent,
            bool flag => flag,
            _ => false,
        };
    }
}
