using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace QuickpassPsa.Simulator.Autotask;

/// <summary>
/// JSON reading the way the real server's (Newtonsoft-based) reader accepts it: property names in any
/// case ("filter", "Filter", "MaxRecords", "maxRecords") and single-quoted strings, which real
/// nextPageUrl search= values contain (psa-api.md B3 "Pagination").
/// </summary>
internal static class QueryJson
{
    public static JsonNode? Get(JsonObject obj, string name)
    {
        if (obj.TryGetPropertyValue(name, out var exact)) return exact;
        foreach (var property in obj)
        {
            if (property.Key.Equals(name, StringComparison.OrdinalIgnoreCase)) return property.Value;
        }
        return null;
    }

    public static bool Has(JsonObject obj, string name) => obj.Any(p => p.Key.Equals(name, StringComparison.OrdinalIgnoreCase));

    public static string? String(JsonObject obj, string name) =>
        Get(obj, name) is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    /// <summary>Parses JSON that may use single quotes; a syntax error becomes the API's 500 {"errors"}.</summary>
    public static JsonNode? ParseLenient(string text, string what)
    {
        try
        {
            return JsonNode.Parse(text.Contains('\'') ? SingleToDoubleQuotes(text) : text);
        }
        catch (JsonException ex)
        {
            throw ErrorBodies.Fail("The " + what + " is not valid JSON: " + ex.Message);
        }
    }

    /// <summary>The request body as JSON, or null when there is none.</summary>
    public static async Task<JsonNode?> ReadBodyAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        return string.IsNullOrWhiteSpace(text) ? null : ParseLenient(text, "request body");
    }

    /// <summary>Rewrites 'single-quoted' strings as "double-quoted" ones, leaving double-quoted strings alone.</summary>
    private static string SingleToDoubleQuotes(string text)
    {
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"')
            {
                // Copy a double-quoted string verbatim, escapes included.
                var start = i++;
                while (i < text.Length && text[i] != '"') i += text[i] == '\\' ? 2 : 1;
                i = Math.Min(i + 1, text.Length);
                sb.Append(text, start, i - start);
            }
            else if (c == '\'')
            {
                sb.Append('"');
                i++;
                while (i < text.Length && text[i] != '\'')
                {
                    if (text[i] == '\\' && i + 1 < text.Length)
                    {
                        // \' needs no escape inside double quotes; other escapes stay as they are.
                        if (text[i + 1] == '\'') sb.Append('\'');
                        else sb.Append(text, i, 2);
                        i += 2;
                        continue;
                    }
                    if (text[i] == '"') sb.Append('\\');
                    sb.Append(text[i++]);
                }
                sb.Append('"');
                i++;
            }
            else
            {
                sb.Append(c);
                i++;
            }
        }
        return sb.ToString();
    }
}
