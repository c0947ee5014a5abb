using System.Text.Json.Nodes;

namespace QuickpassPsa.Simulator.Infrastructure;

/// <summary>One simulated PSA: its routes, its data, and how it words the failures the fault injector sends.</summary>
internal interface IPsaModule
{
    /// <summary>"ConnectWise" or "Autotask": the PSA column of the request log.</summary>
    string Name { get; }

    /// <summary>True for requests that belong to this PSA (by path).</summary>
    bool Owns(PathString path);

    void Map(IEndpointRouteBuilder app);

    /// <summary>Empties the data (and per-run counters such as rate budgets).</summary>
    void Reset();

    /// <summary>Replaces the data with a seed document's section for this PSA (null: empty).</summary>
    void Seed(JsonObject? section);

    /// <summary>Entity counts for GET /_sim/state.</summary>
    IReadOnlyDictionary<string, int> Counts();

    /// <summary>Writes an injected failure the way this PSA words it (429 with Retry-After, or a 5xx).</summary>
    Task WriteFaultAsync(HttpContext context, int status, int? retryAfterSeconds);

    /// <summary>
    /// True for paths that look like this PSA's although no route serves them (a wrong API version or codebase,
    /// a missing segment): their 404/405 is worded as this PSA words it (<see cref="WriteUnservedAsync"/>).
    /// </summary>
    bool Claims(PathString path);

    /// <summary>Writes the 404 (no such path) or 405 (wrong method) of a path this PSA claims but no route serves.</summary>
    Task WriteUnservedAsync(HttpContext context, int status);
}
