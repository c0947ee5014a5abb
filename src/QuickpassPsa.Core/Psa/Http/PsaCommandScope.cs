using System;
using System.Diagnostics;
using System.Threading;

namespace QuickpassPsa.Core.Psa.Http
{
    /// <summary>
    /// One command's PSA work: where its output goes and when it began. A connection outlives commands, so
    /// its engine cannot hold a command's output; the command opens a scope around the work it starts, and
    /// the scope flows into that work (AsyncLocal) and nowhere else. The per-command time limit
    /// (<see cref="PsaHttpOptions.CommandTimeout"/>) counts from the scope's start.
    /// </summary>
    internal sealed class PsaCommandScope : IDisposable
    {
        private static readonly AsyncLocal<PsaCommandScope?> CurrentScope = new AsyncLocal<PsaCommandScope?>();

        private readonly PsaCommandScope? _outer;
        private readonly Stopwatch _elapsed = Stopwatch.StartNew();

        private PsaCommandScope(IPsaOutput output, PsaCommandScope? outer)
        {
            Output = output;
            _outer = outer;
        }

        /// <summary>The scope of the work running on this flow, or null outside any command.</summary>
        public static PsaCommandScope? Current => CurrentScope.Value;

        public IPsaOutput Output { get; }

        /// <summary>Real time since the command's PSA work began (never the injected retry clock: a limit is about the user's wait).</summary>
        public TimeSpan Elapsed => _elapsed.Elapsed;

        /// <summary>Opens a scope for the work started from here on; dispose it to close it on this flow.</summary>
        public static PsaCommandScope Begin(IPsaOutput output)
        {
            var scope = new PsaCommandScope(output ?? throw new ArgumentNullException(nameof(output)), CurrentScope.Value);
            CurrentScope.Value = scope;
            return scope;
        }

        public void Dispose()
        {
            if (ReferenceEquals(CurrentScope.Value, this)) CurrentScope.Value = _outer;
        }
    }

    /// <summary>Ready-made outputs.</summary>
    internal static class PsaOutput
    {
        /// <summary>Writes to the running command's output (<see cref="PsaCommandScope.Current"/>); silent outside a command. A connection's default.</summary>
        public static IPsaOutput Ambient { get; } = new AmbientOutput();

        /// <summary>Drops everything.</summary>
        public static IPsaOutput Silent { get; } = new SilentOutput();

        private sealed class AmbientOutput : IPsaOutput
        {
            private static IPsaOutput Target => PsaCommandScope.Current?.Output ?? Silent;

            public void Verbose(string message) => Target.Verbose(message);

            public void Debug(string message) => Target.Debug(message);

            public void Progress(string activity, string status, int percent) => Target.Progress(activity, status, percent);

            public void ProgressCompleted(string activity) => Target.ProgressCompleted(activity);
        }

        private sealed class SilentOutput : IPsaOutput
        {
            public void Verbose(string message) { }

            public void Debug(string message) { }

            public void Progress(string activity, string status, int percent) { }

            public void ProgressCompleted(string activity) { }
        }
    }
}
