using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace QuickpassPsa.Simulator.ConnectWise;

/// <summary>
/// Serialises answers straight from the stored nodes (no copies of whole pages) and writes them. Callers
/// serialise inside the store lock, then write the bytes outside it.
/// </summary>
internal static class CwJson
{
    // Real responses carry UTF-8 text as is, not \u escapes.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One record; <paramref name="links"/> (contacts only) adds the _info links as it writes.</summary>
    public static byte[] Serialize(JsonNode? node, CwFieldProjection? fields = null, CwLinks? links = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            if (node is JsonObject obj) WriteRow(writer, obj, fields, links);
            else if (node == null) writer.WriteNullValue();
            else node.WriteTo(writer);
        }
        return buffer.WrittenSpan.ToArray();
    }

    public static byte[] SerializeArray(IEnumerable<JsonObject> rows, CwFieldProjection? fields, CwLinks? links = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartArray();
            foreach (var row in rows) WriteRow(writer, row, fields, links);
            writer.WriteEndArray();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteRow(Utf8JsonWriter writer, JsonObject row, CwFieldProjection? fields, CwLinks? links)
    {
        var shown = fields == null ? row : fields.Apply(row);
        if (links != null) links.WriteContact(writer, row, shown, fields);
        else shown.WriteTo(writer);
    }

    public static async Task WriteAsync(HttpContext context, int status, byte[] body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    public static Task WriteAsync(HttpContext context, int status, JsonNode? body) => WriteAsync(context, status, Serialize(body));

    /// <summary>
    /// Reads a JSON write body (POST, PUT, PATCH), its strings cleaned as the real server cleans them
    /// (<see cref="CwBodyText"/>); 400 (GUESS on wording) when it is not JSON.
    /// </summary>
    public static async Task<JsonNode?> ReadBodyAsync(HttpRequest request)
    {
        try
        {
            return CwBodyText.Normalize(await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted));
        }
        catch (JsonException ex)
        {
            throw CwErrors.BadRequest("The request body is not valid JSON: " + ex.Message);
        }
    }

    public static async Task<JsonObject> ReadObjectAsync(HttpRequest request) =>
        await ReadBodyAsync(request) as JsonObject ?? throw CwErrors.BadRequest("The request body must be a JSON object.");
}
