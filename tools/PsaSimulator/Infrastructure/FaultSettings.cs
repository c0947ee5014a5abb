namespace QuickpassPsa.Simulator.Infrastructure;

/// <summary>
/// Faults injected into PSA requests (not /_sim/ ones), set with POST /_sim/faults. Every field is
/// optional; posting {} clears them.
/// </summary>
public sealed class FaultSettings
{
    /// <summary>Answer every Nth PSA request with 429 (counting from the moment the faults were set).</summary>
    public int? RateLimitEveryNth { get; set; }

    /// <summary>Retry-After seconds sent with injected 429s; null sends none (the header is optional on the real APIs).</summary>
    public int? RetryAfterSeconds { get; set; } = 1;

    /// <summary>Share (0..1) of PSA requests answered with a server error instead of being served.</summary>
    public double ServerErrorRate { get; set; }

    /// <summary>The statuses injected server errors pick from, in turn.</summary>
    public int[] ServerErrorStatuses { get; set; } = { 500, 502, 503 };

    /// <summary>The next N PSA requests get this status (e.g. a run of 503s), before anything else.</summary>
    public int? FailNextStatus { get; set; }
    public int FailNextCount { get; set; }

    /// <summary>
    /// When set (e.g. "PATCH"), FailNextStatus hits only requests with this method; others are served and do not
    /// use up the count. Lets a test refuse a write after the reads it needs (a 403 on a setup-table PATCH).
    /// </summary>
    public string? FailNextMethod { get; set; }

    /// <summary>
    /// Every PSA request whose path and query (unescaped) or body contains this text is answered with
    /// <see cref="FailWhenContainsStatus"/>, every time: one company's reads fail (its id in a ConnectWise
    /// condition or an Autotask query filter) while the others are served.
    /// </summary>
    public string? FailWhenContains { get; set; }

    public int FailWhenContainsStatus { get; set; } = 500;

    /// <summary>Added to every PSA request.</summary>
    public int LatencyMs { get; set; }

    /// <summary>The next create (a POST that is not a query) is stored, then the connection is cut before any answer.</summary>
    public bool CommitThenDrop { get; set; }

    /// <summary>
    /// The next create (a POST that is not a query) waits this long before it is stored and answered, and is stored
    /// even when the client gave up waiting meanwhile: a PSA slower than the client's time limit.
    /// </summary>
    public int SlowCreateMs { get; set; }

    /// <summary>Seed of the random choice behind ServerErrorRate, for repeatable runs.</summary>
    public int RandomSeed { get; set; } = 1;
}
