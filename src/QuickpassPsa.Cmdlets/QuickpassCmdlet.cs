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
    /// a host without a user interface, standard input closed or redirected under an RMM agent) becomes
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
            if (PromptWithInputRedirected()) StopRedirected("\"" + action + "\" on " + target, errorTarget ?? target);
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
            if (PromptWithInputRedirected()) StopRedirected(target, target);
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
            ThrowTerminatingError(ConfirmationErrors.Unavailable(ex, MyInvocation.MyCommand.Name, asked, Impact,
                MyInvocation.BoundParameters.ContainsKey("Confirm"), errorTarget));
        }

        private void StopRedirected(string asked, object errorTarget) =>
            ThrowTerminatingError(ConfirmationErrors.InputRedirected(MyInvocation.MyCommand.Name, asked, Impact,
                MyInvocation.BoundParameters.ContainsKey("Confirm"), errorTarget));

        private ConfirmImpact Impact => GetType().GetCustomAttribute<CmdletAttribute>()?.ConfirmImpact ?? ConfirmImpact.Medium;

        /// <summary>
        /// Whether this ShouldProcess would prompt at the console host while its standard input is redirected. The console
        /// host then reads the answer from that input: from a closed one it fails (and <see cref="ConfirmationErrors.CannotAsk"/>
        /// turns that into ConfirmationUnavailable), but from a pipe an RMM agent leaves open and never writes to, it waits
        /// for ever (round 61b: the job hung until the agent killed it). Nobody types into a redirected input, so such a prompt
        /// is refused before it is asked, with the same error. Only the console host: another host (an IDE, a hosted runspace,
        /// a remote session) asks its own way. A console whose input is the terminal prompts as ever.
        /// </summary>
        private bool PromptWithInputRedirected()
        {
            if (!WouldPrompt()) return false;
            if (!string.Equals(Host?.Name, "ConsoleHost", StringComparison.Ordinal)) return false;
            try
            {
                return Console.IsInputRedirected;
            }
            catch (Exception ex) when (ex is System.IO.IOException || ex is PlatformNotSupportedException)
            {
                return false;
            }
        }

        /// <summary>
        /// What the engine's ShouldProcess decides before asking: -WhatIf (or $WhatIfPreference) never prompts; -Confirm prompts
        /// and -Confirm:$false does not; otherwise it prompts when the command's ConfirmImpact is at or above $ConfirmPreference
        /// (and that is not None).
        /// </summary>
        private bool WouldPrompt()
        {
            var bound = MyInvocation.BoundParameters;
            if (WhatIfOn) return false;
            if (bound.TryGetValue("Confirm", out var confirm)) return IsOn(confirm);
            var preference = SafeVariable("ConfirmPreference");
            if (preference == null || !LanguagePrimitives.TryConvertTo<ConfirmImpact>(preference, out var threshold)) threshold = ConfirmImpact.High;
            return threshold != ConfirmImpact.None && Impact >= threshold;
        }

        /// <summary>-WhatIf given, or $WhatIfPreference set where the command runs (a script run with -WhatIf): ShouldProcess says no without asking.</summary>
        internal bool WhatIfOn => MyInvocation.BoundParameters.TryGetValue("WhatIf", out var whatIf) ? IsOn(whatIf) : LanguagePrimitives.IsTrue(SafeVariable("WhatIfPreference"));

        private object? SafeVariable(string name)
        {
            try
            {
                var value = GetVariableValue(name);
                return value is PSObject wrapped ? wrapped.BaseObject : value;
            }
            catch (Exception ex) when (ex is PSInvalidOperationException || ex is NullReferenceException)
            {
                return null;
            }
        }

        private static bool IsOn(object? value) => value switch
        {
            SwitchParameter flag => flag.IsPresent,
            bool flag => flag,
            _ => false,
        };
    }
}
