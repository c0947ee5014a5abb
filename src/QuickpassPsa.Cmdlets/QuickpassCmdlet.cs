using System.Management.Automation;

namespace QuickpassPsa.Cmdlets
{
    /// <summary>
    /// Base of every QuickpassPsa cmdlet. It exists for one PowerShell quirk: with -Debug and no -Verbose,
    /// the engine gives WriteVerbose the preference Inquire, so each verbose line asks "Continue?" and a
    /// non-interactive pwsh (an RMM agent) fails with "PowerShell is in NonInteractive mode". -Debug means
    /// "show me more, do not stop" since PowerShell 6, so in that case the verbose lines go to the debug
    /// stream, whose preference is Continue. Every cmdlet writes verbose through this method.
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

        private static bool IsOn(object? value) => value switch
        {
            SwitchParameter flag => flag.IsPresent,
            bool flag => flag,
            _ => false,
        };
    }
}
