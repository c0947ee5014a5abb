using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Autotask;
using QuickpassPsa.Core.Psa.Http;
using QuickpassPsa.Simulator.Infrastructure;
using QuickpassPsa.Tests.Simulator;

using QuickpassPsa.Tests.Infrastructure;
using QuickpassPsa.Tests.Psa.Http;

namespace QuickpassPsa.Tests.Psa.Autotask;

/// <summary>Every line a client wrote to Verbose and Debug, for assertions (and for secret checks).</summary>
public sealed class ClientLog
{
    public ConcurrentQueue<string> Verbose { get; } = new();
    public ConcurrentQueue<string> Debug { get; } = new();

    public IEnumerable<string> All => Verbose.Concat(Debug);
}

/// <summary>Builds AutotaskClients against a test class's simulator and reads its request log.</summary>
internal static class AutotaskClientHarness
{
    /// <summary>A client with the simulator's credentials (changed by <paramref name="tweak"/>), discovery against the simulator, small retry delays.</summary>
    public static AutotaskClient Client(this SimulatorFixture fixture, ClientLog? log = null, Action<AutotaskConnectionInfo>? tweak = null, int maxAttempts = 6, HttpMessageHandler? handler = null, TestClock? clock = null)
    {
        var options = fixture.Sim.Options.Autotask;
        var info = new AutotaskConnectionInfo
        {
            UserName = options.UserName,
            Secret = Secrets.ToSecure(options.Secret),
            IntegrationCode = Secrets.ToSecure(options.IntegrationCode),
            DiscoveryUrl = fixture.Sim.AutotaskZoneUrl,
        };
        tweak?.Invoke(info);
        var http = new PsaHttpOptions
        {
            MaxAttempts = maxAttempts,
            BaseDelay = TimeSpan.FromMilliseconds(10),
            MaxDelay = TimeSpan.FromSeconds(60),
            AttemptTimeout = TimeSpan.FromSeconds(30),
            TimeProvider = clock ?? TestClock.Immediate(),
            Output = log == null ? PsaOutput.Silent : new TestOutput(log.Verbose.Enqueue, log.Debug.Enqueue),
            Handler = handler,
        };
        return new AutotaskClient(info, http);
    }

    /// <summary>Empties the simulator (data, log, faults) and seeds companies 174 (Contoso) and 175 (Fabrikam, inactive) with these contacts.</summary>
    public static void SeedAutotask(this SimulatorFixture fixture, params JsonObject[] contacts)
    {
        fixture.Sim.Reset();
        fixture.Sim.Seed(Simulator.Autotask.AutotaskApi.Document(new JsonArray(contacts.Select(c => (JsonNode)c).ToArray())));
        fixture.Sim.Requests.Clear();
    }

    public static JsonObject Contact(long id, string first, string last, string? email, int isActive = 1, long company = 174,
        string? email2 = null, string? email3 = null, string? mobile = null) => new()
    {
        ["id"] = id,
        ["companyID"] = company,
        ["firstName"] = first,
        ["lastName"] = last,
        ["emailAddress"] = email,
        ["emailAddress2"] = email2,
        ["emailAddress3"] = email3,
        ["mobilePhone"] = mobile,
        ["isActive"] = isActive,
    };

    /// <summary>Sets faults through the control endpoint, as a test script would.</summary>
    public static async Task SetFaults(this SimulatorFixture fixture, string json)
    {
        var response = await fixture.Http.PostAsync("_sim/faults", SimulatorFixture.JsonBody(json));
        response.EnsureSuccessStatusCode();
    }

    public static IReadOnlyList<RequestLogEntry> Log(this SimulatorFixture fixture) => fixture.Sim.Requests.Entries();

    /// <summary>Requests whose path ends with <paramref name="suffix"/> (no case), with this method.</summary>
    public static int Count(this SimulatorFixture fixture, string method, string suffix) =>
        fixture.Log().Count(e => e.Method == method && e.Path.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));

    /// <summary>POST .../Contacts/query plus POST .../Contacts/query/next.</summary>
    public static int ContactQueryRequests(this SimulatorFixture fixture) =>
        fixture.Count("POST", "/Contacts/query") + fixture.Count("POST", "/Contacts/query/next");

    /// <summary>GET /_sim/requests's peakConcurrency.</summary>
    public static async Task<JsonObject> PeakConcurrency(this SimulatorFixture fixture)
    {
        var log = (await SimulatorFixture.ReadJson(await fixture.Http.GetAsync("_sim/requests")))!;
        return log["peakConcurrency"]!.AsObject();
    }

    /// <summary>The stored contacts of company 174 with this email in the first slot, read straight from the simulator.</summary>
    public static async Task<JsonArray> StoredContacts(this SimulatorFixture fixture, string email)
    {
        var result = await Simulator.Autotask.AutotaskApi.Query(fixture, "Contacts",
            new JsonArray(new JsonObject { ["op"] = "eq", ["field"] = "emailAddress", ["value"] = email }).ToJsonString());
        return result["items"]!.AsArray();
    }
}
