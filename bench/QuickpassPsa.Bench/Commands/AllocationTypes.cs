using System.Diagnostics.Tracing;

namespace QuickpassPsa.Bench.Commands;

/// <summary>
/// match --alloc-types: which types the run allocates, from the runtime's AllocationTick events (one about every
/// 100 KB allocated, naming the type that crossed the mark), so the sums are estimates in proportion to the real
/// bytes. Tells an allocation hunt where to look without a profiler on the machine.
/// </summary>
internal sealed class AllocationTypes : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly Dictionary<string, long> _bytes = new();
    private bool _on;

    public void Start() => _on = true;

    public void Stop() => _on = false;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_on || e.EventName == null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames == null) return;
        var type = e.Payload![e.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        var amountAt = e.PayloadNames.IndexOf("AllocationAmount64");
        var amount = amountAt >= 0 ? Convert.ToInt64(e.Payload[amountAt]) : 100_000;
        lock (_bytes) _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
    }

    /// <summary>The types that took the most, largest first, with their share of the sampled bytes.</summary>
    public IEnumerable<string> Top(int count)
    {
        lock (_bytes)
        {
            var total = Math.Max(1, _bytes.Values.Sum());
            return _bytes.OrderByDescending(p => p.Value).Take(count)
                .Select(p => $"{p.Value / 1048576.0,8:N1} MB {100.0 * p.Value / total,5:N1}%  {p.Key}").ToList();
        }
    }
}
