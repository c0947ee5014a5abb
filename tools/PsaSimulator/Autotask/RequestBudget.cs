namespace QuickpassPsa.Simulator.Autotask;

/// <summary>
/// The hourly request threshold (psa-api.md B4): authenticated API requests in a rolling 60 minutes, per
/// database (so for all integration codes together). Once the budget is spent, requests are refused until
/// the oldest counted request is an hour old; refused requests are not counted.
/// </summary>
internal sealed class RequestBudget
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(60);

    private readonly object _gate = new();
    private readonly Queue<DateTimeOffset> _served = new();
    private readonly Func<int> _budget;
    private readonly TimeProvider _clock;

    public RequestBudget(Func<int> budget, TimeProvider clock)
    {
        _budget = budget;
        _clock = clock;
    }

    /// <summary>Counts a request in, or returns the seconds until one may be served (for Retry-After).</summary>
    public bool TryTake(out int retryAfterSeconds)
    {
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            Expire(now);
            if (_served.Count >= _budget())
            {
                var wait = _served.Count == 0 ? Window : _served.Peek() + Window - now;
                retryAfterSeconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
                return false;
            }
            _served.Enqueue(now);
            retryAfterSeconds = 0;
            return true;
        }
    }

    /// <summary>Requests counted in the current rolling hour.</summary>
    public int Count()
    {
        lock (_gate)
        {
            Expire(_clock.GetUtcNow());
            return _served.Count;
        }
    }

    public void Reset()
    {
        lock (_gate) _served.Clear();
    }

    private void Expire(DateTimeOffset now)
    {
        while (_served.Count > 0 && now - _served.Peek() >= Window) _served.Dequeue();
    }
}
