using System.Text.Json.Nodes;

namespace QuickpassPsa.Simulator.ConnectWise;

/// <summary>
/// fields=id,name,status/id (psa-api.md A4): only the named fields come back, nested a/b paths keep the
/// named sub-fields of an object, or of every element of an array (communicationItems/value). Names match
/// case-insensitively and come back in the record's own casing. GUESS: a name the record does not have is
/// left out silently, and _info comes back only when asked for.
/// </summary>
internal sealed class CwFieldProjection
{
    /// <summary>Child name → its own projection, or null to keep the whole value.</summary>
    private readonly Dictionary<string, CwFieldProjection?> _children = new(StringComparer.OrdinalIgnoreCase);

    public static CwFieldProjection? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var root = new CwFieldProjection();
        foreach (var path in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var node = root;
            var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < parts.Length; i++)
            {
                var last = i == parts.Length - 1;
                if (node._children.TryGetValue(parts[i], out var existing))
                {
                    if (existing == null) break; // the whole value is already asked for
                    if (last)
                    {
                        node._children[parts[i]] = null;
                        break;
                    }
                    node = existing;
                    continue;
                }
                if (last)
                {
                    node._children[parts[i]] = null;
                    break;
                }
                var next = new CwFieldProjection();
                node._children[parts[i]] = next;
                node = next;
            }
        }
        return root;
    }

    /// <summary>
    /// Whether <paramref name="name"/> is named at this level; <paramref name="sub"/> is null when it comes back whole,
    /// else the projection of its own sub-fields (fields=_info/lastUpdated names _info with {lastUpdated}).
    /// </summary>
    public bool Names(string name, out CwFieldProjection? sub) => _children.TryGetValue(name, out sub);

    /// <summary>Whether a top-level field comes back whole (named itself, not only some of its sub-fields).</summary>
    public bool KeepsWhole(string name) => _children.TryGetValue(name, out var child) && child == null;

    /// <summary>A new object holding only the projected parts (the source is not changed).</summary>
    public JsonObject Apply(JsonObject source)
    {
        var result = new JsonObject();
        foreach (var (name, value) in source)
        {
            if (!_children.TryGetValue(name, out var child)) continue;
            result[name] = child == null ? value?.DeepClone() : child.ApplyTo(value);
        }
        return result;
    }

    private JsonNode? ApplyTo(JsonNode? value) => value switch
    {
        JsonObject obj => Apply(obj),
        JsonArray array => new JsonArray(array.Select(e => e is JsonObject o ? (JsonNode)Apply(o) : e?.DeepClone()).ToArray()),
        _ => value?.DeepClone(),
    };
}
