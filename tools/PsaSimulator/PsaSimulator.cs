using System.Net;
using System.Security.Cryptography.X509Certificates;
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

    private PsaSimulator(WebApplication app, SimulatorState state, Uri baseUrl, X509Certificate2? certificate)
    {
        _app = app;
        _state = state;
        BaseUrl = baseUrl;
        Certificate = certificate;
    }

    /// <summary>http://127.0.0.1:{port}/, or https:// when it serves HTTPS.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The HTTPS certificate it serves (self-signed unless one was given), or null on plain HTTP.</summary>
    public X509Certificate2? Certificate { get; }

    /// <summary>
    /// The ConnectWise "site" (what Connect-Psa -Server takes): 127.0.0.1:{port}, or https://127.0.0.1:{port}
    /// on HTTPS (a loopback site without a scheme means plain http to the client).
    /// </summary>
    public string ConnectWiseSite => Certificate == null ? BaseUrl.Authority : "https://" + BaseUrl.Authority;

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
        var certificate = options.Certificate
            ?? (options.CertificatePath != null ? SimulatorCertificate.Load(options.CertificatePath, options.CertificatePassword)
            : options.Https ? SimulatorCertificate.CreateSelfSigned() : null);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, options.Port, listen =>
        {
            if (certificate != null) listen.UseHttps(certificate);
        }));

        var state = new SimulatorState(options, new IPsaModule[] { new ConnectWiseModule(options), new AutotaskModule(options) });
        var app = builder.Build();
        // Any error status that would leave without a body (routing's own 404 and 405 above all) gets a JSON one.
        app.UseStatusCodePages(statusContext => UnservedPaths.WriteAsync(statusContext, state));
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
        var scheme = certificate == null ? "http" : "https";
        return new PsaSimulator(app, state, new Uri(scheme + "://127.0.0.1:" + port + "/"), certificate);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        // A certificate the caller gave stays the caller's; one made or loaded here goes with the simulator.
        if (!ReferenceEquals(Certificate, Options.Certificate)) Certificate?.Dispose();
    }
}
