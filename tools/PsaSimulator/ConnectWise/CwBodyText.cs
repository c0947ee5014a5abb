using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace QuickpassPsa.Simulator.ConnectWise;

/// <summary>
/// What the real server does to string values in JSON request bodies (psa-api.md A4, Dev Guide "Escaping
/// Characters"): <c>\"</c>, <c>\\</c> and <c>\t</c> are supported; <c>\b \r \n \f</c> are not, and "a newline
/// or CR becomes a single space". Applied to every write body (POST, PUT, PATCH) before it is read:
/// <list type="bullet">
/// <item>CR LF together is one line break, so one space (GUESS: the Dev Guide names each alone; a Windows
/// client's "Line1\r\nLine2" reading back with two spaces would be odd); a lone CR or LF is one space each.</item>
/// <item>GUESS: <c>\b</c> and <c>\f</c> are dropped. The guide says only "not supported"; they are invisible
/// control characters no ConnectWise screen shows, and dropping them means a client that writes one and
/// compares the read-back sees the difference it would meet on a real server, instead of a silent echo.</item>
/// </list>
/// Seeds are stored data and are not rewritten.
/// </summary>
internal static class CwBodyText
{
    public static JsonNode? Normalize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    var normalized = Normalize(value);
                    if (!ReferenceEquals(normalized, value)) obj[name] = normalized;
                }
                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var normalized = Normalize(array[i]);
                    if (!ReferenceEquals(normalized, array[i])) array[i] = normalized;
                }
                return array;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                var text = value.GetValue<string>();
                var clean = Clean(text);
                return ReferenceEquals(clean, text) ? value : JsonValue.Create(clean);
            default:
                return node;
        }
    }

    /// <summary>The text as the server stores it; the same instance when nothing changes.</summary>
    public static string Clean(string text)
    {
        if (text.IndexOfAny(Unsupported) < 0) return text;
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\r':
                    result.Append(' ');
                    if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                    break;
                case '\n':
                    result.Append(' ');
                    break;
                case '\b' or '\f':
                    break;
                default:
                    result.Append(text[i]);
                    break;
            }
        }
        return result.ToString();
    }

    private static readonly char[] Unsupported = { '\r', '\n', '\b', '\f' };
}
