using System;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using QuickpassPsa.Simulator;

namespace QuickpassPsa.Tests.Simulator;

/// <summary>
/// A simulator started in-process on 127.0.0.1 (port 0) for one test class, plus a plain HttpClient on
/// its base URL (trusting its certificate when it serves HTTPS). Tests that change data call Reset() first (or seed), since the class shares it.
/// </summary>
public class SimulatorFixture : IAsyncLifetime
{
    public PsaSimulator Sim { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;

    protected virtual PsaSimulatorOptions Options() => new();

    /// <summary>
    /// Keep ConnectWise's default per-minute budget (1,000, as the real API). Off by default: a test class can make
    /// more than 1,000 calls within a minute, and a suite must not pass or fail by timing. Options() that set a
    /// budget of their own keep it either way.
    /// </summary>
    protected virtual bool DefaultRateLimit => false;

    public async Task InitializeAsync()
    {
        var options = Options();
        if (!DefaultRateLimit && options.ConnectWise.RequestsPerMinute == ConnectWiseSimulatorOptions.DefaultRequestsPerMinute)
        {
            options.ConnectWise.RequestsPerMinute = null;
        }
        Sim = await PsaSimulator.StartAsync(options);
        // On HTTPS the fixture's own client trusts the simulator's certificate; the clients under test decide for themselves.
        Http = Sim.Certificate == null
            ? new HttpClient { BaseAddress = Sim.BaseUrl, Timeout = TimeSpan.FromSeconds(30) }
            : new HttpClient(TrustingHandler.For(Sim.Certificate)) { BaseAddress = Sim.BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Sim.DisposeAsync();
    }

    /// <summary>Replaces all data with a seed document given as JSON text.</summary>
    public void Seed(string json) => Sim.Seed((JsonObject)JsonNode.Parse(json)!);

    public static StringContent JsonBody(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<JsonNode?> ReadJson(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }
}
