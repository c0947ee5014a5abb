using System.Text.Json.Nodes;
using QuickpassPsa.Simulator.Infrastructure;

namespace QuickpassPsa.Simulator.Autotask;

/// <summary>Autotask: /atservicesrest/. (Skeleton; routes come with the Autotask work.)</summary>
internal sealed class AutotaskModule : IPsaModule
{
    private readonly PsaSimulatorOptions _options;

    public AutotaskModule(PsaSimulatorOptions options) => _options = options;

    public string Name => "Autotask";

    public bool Owns(PathString path) => path.StartsWithSegments("/atservicesrest");

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
        Results.Json(new { errors = new[] { "Injected fault " + status } }, statusCode: status).ExecuteAsync(context);
}
