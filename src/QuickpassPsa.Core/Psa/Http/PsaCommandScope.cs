using System;
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
        private readonly PsaCommandClock _clock;

        private PsaCommandScope(IPsaOutput output, PsaCommandScope? outer, PsaCommandClock clock)
        {
            Output = output;
            _outer = outer;
            _clock = clock;
        }

        /// <summary>The scope of the work running on this flow, or null outside any command.</summary>
        public static PsaCommandScope? Current => CurrentScope.Value;

        public IPsaOutput Output { get; }

        /// <summary>
        /// Time since the command's first PSA request, on the connection's monotonic clock (the system's; a test's injected one,
        /// on which the retry waits run too, so a wait counts against the limit as it does for the user). A step of the wall
        /// clock does not count.
        /// </summary>
        public TimeSpan Elapsed(TimeProvider clock) => _clock.Elapsed(clock);

        /// <summary>
        /// Opens a scope for the work started from here on; dispose it to close it on this flow. Scopes given the same
        /// <paramref name="clock"/> share one time limit: a command's calls, one after another (round 56: each row of
        /// Update-PsaContact got the whole limit anew, and 250 rows under a rate limit ran for a quarter of an hour).
        /// </summary>
        public static PsaCommandScope Begin(IPsaOutput output, PsaCommandClock? clock = null)
        {
            var scope = new PsaCommandScope(output ?? throw new ArgumentNullException(nameof(output)), CurrentScope.Value, clock ?? new PsaCommandClock());
            CurrentScope.Value = scope;
            return scope;
        }

        public void Dispose()
        {
            if (ReferenceEquals(CurrentScope.Value, this)) CurrentScope.Value = _outer;
        }
    }

    /// <summary>
    /// When a command's PSA work began: set by its first request, on that request's clock. Each clock keeps its own start
    /// (connections with different clocks in one command, as tests make them, never compare one clock's time with another's).
    /// The time is the clock's monotonic one (<see cref="TimeProvider.GetTimestamp"/>: Stopwatch for the system's), never the
    /// wall clock: an NTP step or a resumed VM moves the wall clock by hours, and a limit counted on it stopped a command
    /// at once with a PsaTimeout it never ran into (round 61b), or let it run for hours past its limit.
    /// </summary>
    internal sealed class PsaCommandClock
    {
        private readonly object _gate = new object();
        private readonly System.Collections.Generic.Dictionary<TimeProvider, long> _starts = new System.Collections.Generic.Dictionary<TimeProvider, long>();

        public TimeSpan Elapsed(TimeProvider clock)
        {
            var now = clock.GetTimestamp();
            long start;
            lock (_gate)
            {
                if (!_starts.TryGetValue(clock, out start)) _starts[clock] = start = now;
            }
            return clock.GetElapsedTime(start, now);
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

            public void Throttled(string message) => Target.Throttled(message);
        }

        private sealed class SilentOutput : IPsaOutput
        {
            public void Verbose(string message) { }

            public void Debug(string message) { }

            public void Progress(string activity, string status, int percent) { }

            public void ProgressCompleted(string activity) { }

            public void Throttled(string message) { }
        }
    }
}
