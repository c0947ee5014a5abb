namespace QuickpassPsa.Simulator.Infrastructure;

/// <summary>Decides, request by request, which injected fault (if any) applies. Thread-safe.</summary>
public sealed class FaultInjector
{
    private readonly object _gate = new();
    private FaultSettings _settings = new();
    private Random _random = new(1);
    private long _counter;
    private int _failNextLeft;
    private int _statusTurn;

    public FaultSettings Current
    {
        get { lock (_gate) return _settings; }
    }

    public void Set(FaultSettings settings)
    {
        lock (_gate)
        {
            _settings = settings;
            _random = new Random(settings.RandomSeed);
            _counter = 0;
            _failNextLeft = settings.FailNextStatus.HasValue ? Math.Max(0, settings.FailNextCount) : 0;
            _statusTurn = 0;
        }
    }

    /// <summary>The status to inject for this request, or null to serve it.</summary>
    public int? NextFailure(string? method = null)
    {
        lock (_gate)
        {
            _counter++;
            var methodMatches = string.IsNullOrEmpty(_settings.FailNextMethod) || string.Equals(method, _settings.FailNextMethod, StringComparison.OrdinalIgnoreCase);
            if (_failNextLeft > 0 && methodMatches)
            {
                _failNextLeft--;
                return _settings.FailNextStatus;
            }
            if (_settings.RateLimitEveryNth is > 0 && _counter % _settings.RateLimitEveryNth.Value == 0) return 429;
            if (_settings.ServerErrorRate > 0 && _settings.ServerErrorStatuses.Length > 0 && _random.NextDouble() < _settings.ServerErrorRate)
            {
                return _settings.ServerErrorStatuses[_statusTurn++ % _settings.ServerErrorStatuses.Length];
            }
            return null;
        }
    }

    /// <summary>Once: how long the create this is asked for is to be held before it is stored (0: not at all).</summary>
    public int TakeSlowCreate()
    {
        lock (_gate)
        {
            var wait = _settings.SlowCreateMs;
            _settings.SlowCreateMs = 0;
            return wait;
        }
    }

    /// <summary>True once: the create this is asked for is to be stored and its connection cut.</summary>
    public bool TakeCommitThenDrop()
    {
        lock (_gate)
        {
            if (!_settings.CommitThenDrop) return false;
            _settings.CommitThenDrop = false;
            return true;
        }
    }
}
