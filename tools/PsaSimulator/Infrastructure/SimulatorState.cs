using System.Text.Json.Nodes;

namespace QuickpassPsa.Simulator.Infrastructure;

/// <summary>Everything one simulator instance holds: options, the PSA modules and their data, the log, the faults.</summary>
internal sealed class SimulatorState
{
    public SimulatorState(PsaSimulatorOptions options, IReadOnlyList<IPsaModule> modules)
    {
        Options = options;
        Modules = modules;
    }

    public PsaSimulatorOptions Options { get; }
    public IReadOnlyList<IPsaModule> Modules { get; }
    public RequestLog Log { get; } = new();
    public FaultInjector Faults { get; } = new();

    /// <summary>Empties every PSA's data, the log and the faults.</summary>
    public void Reset()
    {
        foreach (var module in Modules) module.Reset();
        Log.Clear();
        Faults.Set(new FaultSettings());
    }

    /// <summary>Replaces all data with a seed document (see README.md): { "connectWise": {...}, "autotask": {...} }.</summary>
    public void Seed(JsonObject document)
    {
        foreach (var module in Modules)
        {
            var section = document.FirstOrDefault(p => p.Key.Equals(module.Name, StringComparison.OrdinalIgnoreCase)).Value as JsonObject;
            module.Seed(section);
        }
    }
}
