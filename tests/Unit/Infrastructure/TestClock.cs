using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace QuickpassPsa.Tests.Infrastructure;

/// <summary>
/// An injected clock for retry waits (Polly and the HTTP pipeline take a <see cref="TimeProvider"/>),
/// so tests assert the waits the pipeline announces and asks for without sleeping through them.
/// Instant mode: every timer fires at once and the clock moves forward by its due time. Manual mode:
/// timers wait until <see cref="Advance"/> reaches them, so a test can act while a wait is pending.
/// It has two clocks, as the system has: the wall clock (<see cref="GetUtcNow"/>) and the monotonic one
/// (<see cref="GetTimestamp"/>), which waits and <see cref="Advance"/> move together; <see cref="StepWallClock"/> moves
/// the wall clock alone, as an NTP step or a VM resume does (round 61b).
/// </summary>
public sealed class TestClock : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<Timer> _pending = new();
    private readonly List<TimeSpan> _waits = new();
    private DateTimeOffset _now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    private long _monotonic = TimeSpan.FromDays(3).Ticks; // any start: only differences mean anything

    private TestClock(bool instant) => Instant = instant;

    /// <summary>Timers fire immediately; the clock advances by each wait.</summary>
    public static TestClock Immediate() => new(instant: true);

    /// <summary>Timers fire only when <see cref="Advance"/> reaches them.</summary>
    public static TestClock Manual() => new(instant: false);

    public bool Instant { get; }

    /// <summary>Every finite wait that was asked of this clock, in order.</summary>
    public IReadOnlyList<TimeSpan> Waits
    {
        get { lock (_gate) return _waits.ToList(); }
    }

    /// <summary>Timers started and neither fired nor disposed yet.</summary>
    public int PendingTimers
    {
        get { lock (_gate) return _pending.Count(t => !t.Disposed); }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate) return _now;
    }

    /// <summary>The monotonic clock, in ticks of 100 ns: moved by waits and <see cref="Advance"/>, never by <see cref="StepWallClock"/>.</summary>
    public override long GetTimestamp()
    {
        lock (_gate) return _monotonic;
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <summary>Steps the wall clock only (forward or back), as an NTP correction or a resumed VM does; timers and the monotonic clock stay.</summary>
    public void StepWallClock(TimeSpan by)
    {
        lock (_gate) _now += by;
    }

    /// <summary>Called with each wait's number (1 for the first) as it is asked for, before it runs: a test can step the wall clock mid-wait.</summary>
    public Action<int>? OnWait { get; set; }

    /// <summary>Moves the clock forward and fires every timer that is then due.</summary>
    public void Advance(TimeSpan by)
    {
        List<Timer> due;
        lock (_gate)
        {
            _now += by;
            _monotonic += by.Ticks;
            due = _pending.Where(t => !t.Disposed && t.DueAt <= _monotonic).ToList();
            _pending.RemoveAll(due.Contains);
        }
        foreach (var timer in due) timer.Fire();
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new Timer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private void Schedule(Timer timer, TimeSpan dueTime)
    {
        if (dueTime == Timeout.InfiniteTimeSpan) return;
        int number;
        lock (_gate)
        {
            _waits.Add(dueTime);
            number = _waits.Count;
        }
        OnWait?.Invoke(number);
        lock (_gate)
        {
            if (Instant)
            {
                _now += dueTime;
                _monotonic += dueTime.Ticks;
            }
            else
            {
                timer.DueAt = _monotonic + dueTime.Ticks;
                _pending.Add(timer);
                return;
            }
        }
        // Fired off the caller's stack: the awaiting code may still be wiring the timer up.
        ThreadPool.QueueUserWorkItem(_ => timer.Fire());
    }

    private sealed class Timer : ITimer
    {
        private readonly TestClock _clock;
        private readonly TimerCallback _callback;
        private readonly object? _state;

        public Timer(TestClock clock, TimerCallback callback, object? state)
        {
            _clock = clock;
            _callback = callback;
            _state = state;
        }

        /// <summary>On the monotonic clock, as a real timer's.</summary>
        public long DueAt { get; set; }

        public bool Disposed { get; private set; }

        public void Fire()
        {
            if (!Disposed) _callback(_state);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (Disposed) return false;
            _clock.Schedule(this, dueTime);
            return true;
        }

        public void Dispose() => Disposed = true;

        public System.Threading.Tasks.ValueTask DisposeAsync()
        {
            Dispose();
            return default;
        }
    }
}
