using System.Globalization;
using QuickpassPsa.Simulator;

// dotnet run --project tools/PsaSimulator -- --port 5080 [--seed samples/sample-tenant.json] [--https | --certificate file.pfx [--certificate-password pw]]
const string Usage = "usage: PsaSimulator [--port N (default 5080; 0 = any free port)] [--seed seed.json] [--https (self-signed certificate made at start)] [--certificate file.pfx [--certificate-password PASSWORD]] [--cw-requests-per-minute N|unlimited (default 1000)] [--cw-no-forward-only (ignore pagination-type: forward-only)] [--cw-no-link-header (no Link header on lists)]";
var options = new PsaSimulatorOptions { Port = 5080 };
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--port" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var port):
            options.Port = port;
            i++;
            break;
        case "--seed" when i + 1 < args.Length:
            options.SeedPath = args[++i];
            break;
        case "--https":
            options.Https = true;
            break;
        case "--certificate" when i + 1 < args.Length:
            options.CertificatePath = args[++i];
            options.Https = true;
            break;
        case "--certificate-password" when i + 1 < args.Length:
            options.CertificatePassword = args[++i];
            break;
        case "--cw-requests-per-minute" when i + 1 < args.Length && args[i + 1].Equals("unlimited", StringComparison.OrdinalIgnoreCase):
            options.ConnectWise.RequestsPerMinute = null;
            i++;
            break;
        case "--cw-requests-per-minute" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var perMinute):
            options.ConnectWise.RequestsPerMinute = perMinute;
            i++;
            break;
        case "--cw-no-forward-only":
            options.ConnectWise.ForwardOnlyPaging = false;
            break;
        case "--cw-no-link-header":
            options.ConnectWise.LinkHeaders = false;
            break;
        case "--help" or "-h":
            Console.WriteLine(Usage);
            return 0;
        default:
            Console.Error.WriteLine("unknown argument '" + args[i] + "'; " + Usage);
            return 2;
    }
}

if (options.SeedPath != null && !File.Exists(options.SeedPath))
{
    Console.Error.WriteLine("The seed file '" + Path.GetFullPath(options.SeedPath) + "' does not exist.");
    return 2;
}

if (options.CertificatePath != null && !File.Exists(options.CertificatePath))
{
    Console.Error.WriteLine("The certificate file '" + Path.GetFullPath(options.CertificatePath) + "' does not exist.");
    return 2;
}

PsaSimulator simulator;
try
{
    simulator = await PsaSimulator.StartAsync(options);
}
catch (Exception ex) when (ex is SeedException or System.Text.Json.JsonException or IOException or System.Security.Cryptography.CryptographicException)
{
    Console.Error.WriteLine("The simulator did not start: " + ex.Message);
    return 2;
}

await using var running = simulator;
var cw = options.ConnectWise;
var at = options.Autotask;
Console.WriteLine("PSA simulator listening on " + simulator.BaseUrl + " (127.0.0.1 only). Ctrl+C stops it.");
if (simulator.Certificate is { } certificate)
{
    // Clients refuse an untrusted certificate; this says which one to trust (and only for testing).
    Console.WriteLine("HTTPS certificate: " + certificate.Subject + ", thumbprint " + certificate.Thumbprint + ", valid until " +
        certificate.NotAfter.ToUniversalTime().ToString("u", CultureInfo.InvariantCulture) + ". Not trusted by any machine unless you trust it.");
}
Console.WriteLine();
Console.WriteLine("ConnectWise Manage");
Console.WriteLine("  server (Connect-Psa -Server): " + simulator.ConnectWiseSite);
Console.WriteLine("  API:                          " + simulator.ConnectWiseApiUrl);
Console.WriteLine("  company id / public key / private key: " + cw.CompanyId + " / " + cw.PublicKey + " / " + cw.PrivateKey + " (any non-empty clientId)");
Console.WriteLine("  rate limit:                   " + (cw.RequestsPerMinute is { } budget ? budget + " requests per minute (--cw-requests-per-minute)" : "none"));
if (!cw.ForwardOnlyPaging || !cw.LinkHeaders)
{
    Console.WriteLine("  paging:                       " + (cw.ForwardOnlyPaging ? "forward-only when asked" : "navigable only (--cw-no-forward-only)") +
        (cw.LinkHeaders ? string.Empty : ", no Link header (--cw-no-link-header)"));
}
Console.WriteLine("Autotask");
Console.WriteLine("  zone URL:                     " + simulator.AutotaskZoneUrl);
Console.WriteLine("  user / secret / integration code: " + at.UserName + " / " + at.Secret + " / " + at.IntegrationCode);
Console.WriteLine("Control: " + simulator.BaseUrl + "_sim/requests, _sim/state, POST _sim/reset, _sim/seed, _sim/faults");

// Ctrl+C and SIGTERM (timeout, systemd, docker stop) both end up here through the host's lifetime.
var stop = new TaskCompletionSource();
simulator.ShutdownRequested.Register(() => stop.TrySetResult());
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.TrySetResult();
};
await stop.Task;
return 0;
