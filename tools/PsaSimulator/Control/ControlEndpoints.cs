using System.Text.Json;
using System.Text.Json.Nodes;
using QuickpassPsa.Simulator.Infrastructure;

namespace QuickpassPsa.Simulator.Control;

/// <summary>
/// /_sim/: introspection and control for tests and demos (no auth; loopback only, enforced by the pipeline).
/// </summary>
internal static class ControlEndpoints
{
    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        var sim = app.MapGroup("/_sim");

        sim.MapGet("/requests", () => Results.Json(new
        {
            requests = state.Log.Entries(),
            peakConcurrency = state.Log.PeakConcurrency(),
        }));

        sim.MapGet("/state", () => Results.Json(state.Modules.ToDictionary(m => m.Name, m => m.Counts())));

        sim.MapPost("/reset", () =>
        {
            state.Reset();
            return Results.Json(new { reset = true });
        });

        sim.MapPost("/seed", async (HttpRequest request) =>
        {
            JsonNode? document;
            try
            {
                document = await JsonNode.ParseAsync(request.Body);
            }
            catch (JsonException ex)
            {
                return Results.Json(new { error = "The seed document is not valid JSON: " + ex.Message }, statusCode: 400);
            }
            if (document is not JsonObject seed) return Results.Json(new { error = "The seed document must be a JSON object." }, statusCode: 400);
            try
            {
                state.Seed(seed);
            }
            catch (SeedException ex)
            {
                return Results.Json(new { error = ex.Message }, statusCode: 400);
            }
            return Results.Json(state.Modules.ToDictionary(m => m.Name, m => m.Counts()));
        });

        sim.MapGet("/faults", () => Results.Json(state.Faults.Current));

        sim.MapPost("/faults", async (HttpRequest request) =>
        {
            FaultSettings? settings;
            try
            {
                settings = await JsonSerializer.DeserializeAsync<FaultSettings>(request.Body, new JsonSerializerOptions(JsonSerializerDefaults.Web));
            }
            catch (JsonException ex)
            {
                return Results.Json(new { error = "The faults document is not valid: " + ex.Message }, statusCode: 400);
            }
            state.Faults.Set(settings ?? new FaultSettings());
            return Results.Json(state.Faults.Current);
        });
    }
}
