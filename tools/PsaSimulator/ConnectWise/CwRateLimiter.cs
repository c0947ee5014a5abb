using System.Diagnostics;

namespace QuickpassPsa.Simulator.ConnectWise;

/// <summary>
/// The per-minute budget (options.ConnectWise.RequestsPerMinute; psa-api.md A6 "Rate limiting"): a rolling
/// 60-second window of admitted API requests. Refused requests do not count. Retry-After is the whole seconds
/// until the oldest admitted request leaves the window (at least 1).
/// </summary>
internal sealed class CwRateLimiter
{
    private static readonly long Window = Stopwatch.Frequency * 60;
    private readonly object _gate = new();
    private readonly Queue<long> _admitted = new();

    /// <summary>Null when admitted; otherwise the Retry-After seconds.</summary>
    public int? TryAdmit(int? perMinute)
    {
        if (perMinute is not { } limit) return null;
        var now = Stopwatch.GetTimestamp();
        lock (_gate)
        {
            while (_admitted.Count > 0 && now - _admitted.Peek() >= Window) _admitted.Dequeue();
            if (_admitted.Count < limit)
            {
                _admitted.Enqueue(now);
                return null;
            }
            if (_admitted.Count == 0) return 60; // a budget of 0 admits nothing
            var wait = Window - (now - _admitted.Peek());
            return (int)Math.Max(1, Math.Ceiling(wait / (double)Stopwatch.Frequency));
        }
    }

    public void Reset()
    {
        lock (_gate) _admitted.Clear();
    }
}
