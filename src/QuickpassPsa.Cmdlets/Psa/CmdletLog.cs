using System;
using System.Threading;

namespace QuickpassPsa.Cmdlets.Psa
{
    /// <summary>
    /// Where a connection's verbose and debug lines go: to the cmdlet that is running the call. A connection
    /// outlives cmdlets, so its HTTP pipeline writes here, and the running cmdlet's pump sets the target for
    /// the work it starts (AsyncLocal flows into that work and nowhere else).
    /// </summary>
    internal static class CmdletLog
    {
        private static readonly AsyncLocal<Action<string>?> VerboseTarget = new AsyncLocal<Action<string>?>();
        private static readonly AsyncLocal<Action<string>?> DebugTarget = new AsyncLocal<Action<string>?>();

        public static void Verbose(string message) => VerboseTarget.Value?.Invoke(message);

        public static void Debug(string message) => DebugTarget.Value?.Invoke(message);

        public static void Attach(Action<string> verbose, Action<string> debug)
        {
            VerboseTarget.Value = verbose;
            DebugTarget.Value = debug;
        }
    }
}
