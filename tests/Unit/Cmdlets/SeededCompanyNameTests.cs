using System;
using System.IO;
using System.Linq;
using QuickpassPsa.Simulator.Infrastructure;
using QuickpassPsa.Tests.Infrastructure;
using QuickpassPsa.Tests.Simulator;

namespace QuickpassPsa.Tests.Cmdlets;

/// <summary>
/// What the company-name test classes share: the simulator reset to the class's seed before each test, a decision store in a
/// temporary folder, an account to create (Zed), and the count of contact creates the PSA saw.
/// </summary>
public abstract class SeededCompanyNameTests : IDisposable
{
    /// <summary>A PowerShell line that makes $zed, an account no seed has.</summary>
    protected const string Zed = "$zed = ConvertTo-QpAccount ([pscustomobject]@{ GivenName = 'Zed'; Surname = 'Quill'; mail = 'zed.quill@example.test' })\n";

    private readonly TempFolder _folder = new();

    protected SeededCompanyNameTests(SimulatorFixture sim, string seed)
    {
        Sim = sim;
        Sim.Sim.Reset();
        Sim.Seed(seed);
        Sim.Sim.Faults.Set(new FaultSettings());
        Sim.Sim.Requests.Clear();
        Store = Path.Combine(_folder.Path, "store.json");
    }

    protected SimulatorFixture Sim { get; }

    /// <summary>The decision store of the test (-DecisionPath).</summary>
    protected string Store { get; }

    public void Dispose()
    {
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Contact creates the PSA received (POSTs to a contact route that are no query).</summary>
    protected int Creates() => Sim.Sim.Requests.Entries().Count(e => e.Method == "POST" && e.Path.Contains("contact", StringComparison.OrdinalIgnoreCase) &&
        !e.Path.Contains("/query", StringComparison.OrdinalIgnoreCase));
}
