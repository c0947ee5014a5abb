using System.Text.Json.Nodes;

namespace QuickpassPsa.Simulator.Autotask;

/// <summary>
/// A failure any Autotask handler can throw; the module's dispatcher writes it. Throwing keeps the many
/// validation paths (filters, writes, paging tokens) free of response plumbing.
/// </summary>
internal sealed class AutotaskException : Exception
{
    public AutotaskException(int status, JsonObject body, int? retryAfterSeconds = null)
        : base(body.ToJsonString())
    {
        Status = status;
        Body = body;
        RetryAfterSeconds = retryAfterSeconds;
    }

    public int Status { get; }
    public JsonObject Body { get; }

    /// <summary>The texts of an {"errors":[...]} body (or the Message of a Web API one).</summary>
    public IEnumerable<string> Messages =>
        Body["errors"] is JsonArray errors ? errors.Select(e => e?.ToString() ?? string.Empty) : new[] { Body["Message"]?.ToString() ?? Message };
    public int? RetryAfterSeconds { get; }
}

/// <summary>The two error shapes the real API sends (psa-api.md B4).</summary>
internal static class ErrorBodies
{
    private static long _errorId = 1165;

    /// <summary>The Autotask application's own errors: {"errors":["...", ...]}, an array of strings.</summary>
    public static JsonObject Errors(params string[] messages)
    {
        var array = new JsonArray();
        foreach (var message in messages) array.Add(message);
        return new JsonObject { ["errors"] = array };
    }

    /// <summary>The ASP.NET Web API layer's errors (405, unknown route): {"Message":"..."}, capital M.</summary>
    public static JsonObject Message(string message) => new() { ["Message"] = message };

    /// <summary>500 {"errors":[...]}: validation and business-rule failures, unknown fields, bad user names.</summary>
    public static AutotaskException Fail(params string[] messages) => new(StatusCodes.Status500InternalServerError, Errors(messages));

    public static AutotaskException MethodNotAllowed(string method) =>
        new(StatusCodes.Status405MethodNotAllowed, Message("The requested resource does not support http method '" + method.ToUpperInvariant() + "'."));

    public static AutotaskException NoRoute(HttpRequest request) =>
        new(StatusCodes.Status404NotFound, Message("No HTTP resource was found that matches the request URI '" + RequestUri(request) + "'."));

    /// <summary>The real generic failure text (KelvinTegelaar/AutotaskAPI#25), with a fresh error id each time.</summary>
    public static string Unexpected() =>
        "An unexpected error has occurred. If the problem persists, please contact Autotask Support and reference Error ID: " +
        Interlocked.Increment(ref _errorId);

    public static string RequestUri(HttpRequest request) =>
        request.Scheme + "://" + request.Host + request.PathBase + request.Path + request.QueryString;

    public static async Task WriteAsync(HttpContext context, int status, JsonNode body, int? retryAfterSeconds = null)
    {
        context.Response.StatusCode = status;
        if (retryAfterSeconds is { } seconds) context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }
}
