using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Psa.Http;

namespace QuickpassPsa.Tests.Psa.Http;

/// <summary>The tests' side of the engine's output seam: verbose and debug lines to the given sinks, progress calls recorded.</summary>
internal sealed class TestOutput : IPsaOutput
{
    private readonly Action<string>? _verbose;
    private readonly Action<string>? _debug;
    private readonly ConcurrentQueue<(string Activity, string? Status, int Percent)> _progress = new();

    public TestOutput(Action<string>? verbose = null, Action<string>? debug = null)
    {
        _verbose = verbose;
        _debug = debug;
    }

    /// <summary>Every progress call in order; a null status is a completion.</summary>
    public IReadOnlyList<(string Activity, string? Status, int Percent)> ProgressCalls => _progress.ToList();

    public void Verbose(string message) => _verbose?.Invoke(message);

    public void Debug(string message) => _debug?.Invoke(message);

    public void Progress(string activity, string status, int percent) => _progress.Enqueue((activity, status, percent));

    public void ProgressCompleted(string activity) => _progress.Enqueue((activity, null, 100));

    /// <summary>Every rate- or thread-limit wait the engine reported for a warning, in order.</summary>
    public ConcurrentQueue<string> Throttles { get; } = new();

    public void Throttled(string message) => Throttles.Enqueue(message);
}
