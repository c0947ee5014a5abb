using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using QuickpassPsa.Simulator.Autotask;
using QuickpassPsa.Simulator.ConnectWise;
using QuickpassPsa.Simulator.Control;
using QuickpassPsa.Simulator.Infrastructure;

namespace QuickpassPsa.Simulator;

/// <summary>
/// A running simulator: ConnectWise Manage and Autotask on one loopback port.
/// <code>await using var sim = await PsaSimulator.StartAsync(new PsaSimulatorOptions());</code>
/// </summary>
public sealed class PsaSimulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SimulatorState _state;

    private PsaSimulator(WebApplication app, SimulatorState state, Uri baseUrl)
    {
        _app = app;
        _state = state;
        BaseUrl = baseUrl;
    }

    /// <summary>http://127.0.0.1:{port}/</summary>
    public Uri BaseUrl { get; }

    /// <summary>The ConnectWise "site" (what Connect-Psa -Server takes): 127.0.0.1:{port}.</summary>
    public string ConnectWiseSite => BaseUrl.Authority;

    /// <summary>ConnectWise API root: {base}{codebase}apis/3.0/</summary>
    public Uri ConnectWiseApiUrl => new(BaseUrl, Options.ConnectWise.Codebase + "apis/3.0/");

    /// <summary>The Autotask zone URL that zoneInformation answers: {base}atservicesrest/</summary>
    public Uri AutotaskZoneUrl => new(BaseUrl, "atservicesrest/");

    public PsaSimulatorOptions Options => _state.Options;

    /// <summary>The request log (the same as GET /_sim/requests).</summary>
    public RequestLog Requests => _state.Log;

    public FaultInjector Faults => _state.Faults;

    /// <summary>Cancelled when the host is asked to stop (Ctrl+C, SIGTERM): the program waits on it.</summary>
    public CancellationToken ShutdownRequested => _app.Lifetime.ApplicationStopping;

    public void Reset() => _state.Reset();

    public void Seed(JsonObject document) => _state.Seed(document);

    public static async Task<PsaSimulator> StartAsync(PsaSimulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new PsaSimulatorOptions();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, options.Port));

        var state = new SimulatorState(options, new IPsaModule[] { new ConnectWiseModule(options), new AutotaskModule(options) });
        var app = builder.Build();
        app.UseMiddleware<SimulatorPipeline>(state);
        ControlEndpoints.Map(app, state);
        foreach (var module in state.Modules) module.Map(app);

        if (options.SeedPath != null)
        {
            var document = JsonNode.Parse(await File.ReadAllTextAsync(options.SeedPath, cancellationToken)) as JsonObject
                ?? throw new SeedException(options.SeedPath + " is not a JSON object.");
            state.Seed(document);
        }

        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address).Port;
        return new PsaSimulator(app, state, new Uri("http://127.0.0.1:" + port + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
