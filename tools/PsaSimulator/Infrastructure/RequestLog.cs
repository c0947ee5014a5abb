using System.Collections.Concurrent;

namespace QuickpassPsa.Simulator.Infrastructure;

/// <summary>One request as the simulator saw it (GET /_sim/requests).</summary>
public sealed record RequestLogEntry(
    long Sequence, DateTimeOffset Time, string Method, string Path, string Query, int Status, string Psa, double DurationMs, string? Fault);

/// <summary>
/// Every request so far, plus in-flight counts per Autotask entity endpoint and integration code and
/// their peaks (what the thread cap is about).
/// </summary>
public sealed class RequestLog
{
    private readonly object _gate = new();
    private readonly List<RequestLogEntry> _entries = new();
    private readonly Dictionary<string, int> _inFlight = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _peakByEndpoint = new(StringComparer.OrdinalIgnoreCase);
    private long _sequence;

    public void Add(DateTimeOffset time, string method, string path, string query, int status, string psa, double durationMs, string? fault)
    {
        lock (_gate) _entries.Add(new RequestLogEntry(++_sequence, time, method, path, query, status, psa, durationMs, fault));
    }

    public IReadOnlyList<RequestLogEntry> Entries()
    {
        lock (_gate) return _entries.ToList();
    }

    /// <summary>Counts a request in; returns how many are now in flight for the key (integration code + endpoint).</summary>
    public int Enter(string key, string endpoint)
    {
        lock (_gate)
        {
            _inFlight.TryGetValue(key, out var n);
            _inFlight[key] = ++n;
            _peakByEndpoint.TryGetValue(endpoint, out var peak);
            if (n > peak) _peakByEndpoint[endpoint] = n;
            return n;
        }
    }

    public void Leave(string key)
    {
        lock (_gate)
        {
            if (_inFlight.TryGetValue(key, out var n)) _inFlight[key] = Math.Max(0, n - 1);
        }
    }

    /// <summary>The highest number of requests ever in flight at once per Autotask entity endpoint.</summary>
    public IReadOnlyDictionary<string, int> PeakConcurrency()
    {
        lock (_gate) return new Dictionary<string, int>(_peakByEndpoint, StringComparer.OrdinalIgnoreCase);
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
            _peakByEndpoint.Clear();
            _sequence = 0;
        }
    }
}
