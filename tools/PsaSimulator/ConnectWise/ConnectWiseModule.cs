using System.Text.Json.Nodes;
using QuickpassPsa.Simulator.Infrastructure;

namespace QuickpassPsa.Simulator.ConnectWise;

/// <summary>ConnectWise Manage: /login/companyinfo and /{codebase}apis/3.0/. (Skeleton; routes come with the ConnectWise work.)</summary>
internal sealed class ConnectWiseModule : IPsaModule
{
    private readonly PsaSimulatorOptions _options;

    public ConnectWiseModule(PsaSimulatorOptions options) => _options = options;

    public string Name => "ConnectWise";

    public bool Owns(PathString path) =>
        path.StartsWithSegments("/login") || (path.Value ?? string.Empty).Contains("/apis/3.0", StringComparison.OrdinalIgnoreCase);

    public void Map(IEndpointRouteBuilder app)
    {
    }

    public void Reset()
    {
    }

    public void Seed(JsonObject? section)
    {
    }

    public IReadOnlyDictionary<string, int> Counts() => new Dictionary<string, int>();

    public Task WriteFaultAsync(HttpContext context, int status, int? retryAfterSeconds) =>
        Results.Json(new { code = "ConnectWiseApi", message = "Injected fault " + status }, statusCode: status).ExecuteAsync(context);
}
