using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Simulator;
using QuickpassPsa.Tests.Infrastructure;
using QuickpassPsa.Tests.Simulator;

namespace QuickpassPsa.Tests.Writes;

/// <summary>The sample tenant in the in-process simulator, re-seeded per test (writes change it), and hosted-PowerShell helpers.</summary>
public sealed class WriteTenant : SimulatorFixture
{
    private static readonly string SamplePath = Path.Combine(RepoPaths.Root, "samples", "sample-tenant.json");

    protected override PsaSimulatorOptions Options() => new() { SeedPath = SamplePath };

    /// <summary>Fresh sample data, an empty request log, no faults.</summary>
    public void Fresh()
    {
        Sim.Reset();
        Sim.Seed((JsonObject)JsonNode.Parse(File.ReadAllText(SamplePath))!);
        Sim.Requests.Clear();
    }

    /// <summary>
    /// The sample tenant with these ConnectWise contacts and this communication-type setup table ("e", "p", "f", "d": the email, phone,
    /// fax and default flags), an empty request log.
    /// </summary>
    public void SeedCommunicationTypes(JsonArray contacts, params (int Id, string Description, string Flags)[] types)
    {
        var document = (JsonObject)JsonNode.Parse(File.ReadAllText(SamplePath))!;
        var cw = (JsonObject)document["connectWise"]!;
        cw["contacts"] = contacts;
        cw["communicationTypes"] = new JsonArray(types.Select(t => (JsonNode)new JsonObject
        {
            ["id"] = t.Id,
            ["description"] = t.Description,
            ["emailFlag"] = t.Flags.Contains('e'),
            ["phoneFlag"] = t.Flags.Contains('p'),
            ["faxFlag"] = t.Flags.Contains('f'),
            ["defaultFlag"] = t.Flags.Contains('d'),
        }).ToArray());
        Sim.Reset();
        Sim.Seed(document);
        Sim.Requests.Clear();
    }

    /// <summary>Connect-Psa to the simulator for "ConnectWise" or "Autotask" (the session default afterwards), piped to Out-Null.</summary>
    public string Connect(string psa) => (psa == "ConnectWise"
        ? $"Connect-Psa -ConnectWise -Server '{Sim.ConnectWiseSite}' -CompanyId 'qpsa' -ClientId 'qpsa-tests' " +
          "-PublicKey ([System.Net.NetworkCredential]::new('', 'qpsa-public').SecurePassword) -PrivateKey ([System.Net.NetworkCredential]::new('', 'qpsa-private').SecurePassword)"
        : $"Connect-Psa -Autotask -ZoneUrl '{Sim.AutotaskZoneUrl}' -Credential ([pscredential]::new('api@qpsa.test', [System.Net.NetworkCredential]::new('', 'qpsa-secret').SecurePassword)) " +
          "-IntegrationCode ([System.Net.NetworkCredential]::new('', 'QPSA-TRACKING').SecurePassword)") + " | Out-Null\n";

    /// <summary>Requests that write: any POST, PATCH or PUT except Autotask's query POSTs (reads).</summary>
    public int Writes() => Sim.Requests.Entries().Count(e =>
        (e.Method == "POST" || e.Method == "PATCH" || e.Method == "PUT") && e.Path.IndexOf("/query", StringComparison.OrdinalIgnoreCase) < 0);

    public int Count(string method, string pathPart) => Sim.Requests.Entries().Count(e =>
        e.Method == method && e.Path.IndexOf(pathPart, StringComparison.OrdinalIgnoreCase) >= 0 && e.Path.IndexOf("/query", StringComparison.OrdinalIgnoreCase) < 0);

    public static Account Account(string? display, string? email, string? mobile = null, string? first = null, string? last = null) => new()
    {
        Id = email ?? display, DisplayName = display, Email = email, MobilePhone = mobile, FirstName = first, LastName = last, Source = AccountSource.CsvFile,
    };
}
