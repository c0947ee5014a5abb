using System.Text.Json.Nodes;

namespace QuickpassPsa.Simulator.ConnectWise;

/// <summary>
/// A ConnectWise error answer, thrown from anywhere in a request (parsing, validation, lookups) and written
/// by the module's one catch, so every failure leaves in the real server's shape.
/// </summary>
internal sealed class CwApiException : Exception
{
    public CwApiException(int status, JsonObject body, int? retryAfterSeconds = null)
        : base((string?)body["message"] ?? "ConnectWise error " + status)
    {
        Status = status;
        Body = body;
        RetryAfterSeconds = retryAfterSeconds;
    }

    public int Status { get; }
    public JsonObject Body { get; }
    public int? RetryAfterSeconds { get; }
}
