using System.Text.Json.Nodes;

namespace QuickpassPsa.Simulator.ConnectWise;

/// <summary>
/// The error bodies ConnectWise sends (psa-api.md A6). The usual shape is {code, message, errors}; the
/// condition parser's answers carry no "errors" key (the captured examples in A4 have none) and the rate
/// limiter has its own {error, message} shape.
/// </summary>
internal static class CwErrors
{
    public static JsonObject Body(string code, string message, JsonArray? errors = null) =>
        new() { ["code"] = code, ["message"] = message, ["errors"] = errors };

    /// <summary>One entry of errors[]: {code, message, resource, field} (ValidationError in the spec).</summary>
    public static JsonObject Validation(string code, string message, string resource, string field) =>
        new() { ["code"] = code, ["message"] = message, ["resource"] = resource, ["field"] = field };

    /// <summary>400 InvalidObject: "{resource} object is invalid" with the validation errors (A6, a real 400).</summary>
    public static CwApiException InvalidObject(string resource, IEnumerable<JsonObject> errors) =>
        new(400, Body("InvalidObject", resource + " object is invalid", new JsonArray(errors.Cast<JsonNode?>().ToArray())));

    public static CwApiException InvalidObject(string resource, string code, string message, string field) =>
        InvalidObject(resource, new[] { Validation(code, message, resource, field) });

    /// <summary>400 ApiFindCondition for conditions/childConditions/orderBy problems (A4: no "errors" key).</summary>
    public static CwApiException FindCondition(string message) =>
        new(400, new JsonObject { ["code"] = "ApiFindCondition", ["message"] = message });

    public static CwApiException NotRecognized(string name) => FindCondition(name + " is not a recognized name.");

    /// <summary>
    /// 404 for a missing record. GUESS (psa-api.md A6: "404 body for a missing id: not captured"); the shape
    /// is the usual {code, message, errors}.
    /// </summary>
    public static CwApiException NotFound(string message) => new(404, Body("NotFound", message, null));

    /// <summary>401 for bad credentials (E2 suggests this body; the message text is a guess).</summary>
    public static CwApiException Unauthorized(string message) => new(401, Body("Unauthorized", message, null));

    /// <summary>GUESS: malformed request (body that is not JSON, a bad page number); the real wording is not captured.</summary>
    public static CwApiException BadRequest(string message) => new(400, Body("BadRequest", message, null));

    public static CwApiException MethodNotAllowed(string method) =>
        new(405, Body("MethodNotAllowed", "The requested resource does not support http method '" + method + "'.", null));

    /// <summary>The rate limiter's own body (A6 "Rate limiting"): not the usual {code,message} shape.</summary>
    public static JsonObject TooManyRequests(int? retryAfterSeconds) => new()
    {
        ["error"] = "ConnectWiseAPI",
        ["message"] = retryAfterSeconds is { } seconds ? "Too many requests. Please try again in " + seconds + " seconds." : "Too many requests. Please try again later.",
    };
}
