using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace QuickpassPsa.Simulator.ConnectWise.Conditions;

/// <summary>
/// A condition or orderBy field resolved against a model: the canonical segments to walk, the leaf
/// field's kind, and (for childConditions) which array it walks from.
/// </summary>
internal sealed class FieldPath
{
    private FieldPath(string written, string? collection, string[] segments, CwField leaf)
    {
        Written = written;
        Collection = collection;
        Segments = segments;
        Leaf = leaf;
    }

    public string Written { get; }

    /// <summary>The array a child condition walks (communicationItems, types); null for a plain field.</summary>
    public string? Collection { get; }

    /// <summary>Canonical names from the record (or from the array element, for a child path).</summary>
    public string[] Segments { get; }
    public CwField Leaf { get; }

    /// <summary>Index into the scope's current elements (set by the filter for child paths).</summary>
    public int Slot { get; set; } = -1;

    /// <summary>
    /// Resolves a/b/c against the model, or throws "x is not a recognized name." (psa-api.md A4). A reference
    /// must be followed by one of its sub-fields; an array only in childConditions (so conditions on
    /// types/name give 400 ApiFindCondition, as A4 reports). GUESS: plain "lastUpdated" means _info/lastUpdated,
    /// as the vendor's own "lastUpdated > [...]" example suggests.
    /// </summary>
    public static FieldPath Resolve(CwModel model, string written, bool child)
    {
        var parts = written.Split('/');
        if (parts.Any(p => p.Length == 0)) throw CwErrors.NotRecognized(written);
        if (!child && parts.Length == 1 && model.Find(parts[0]) == null && parts[0].Equals("lastUpdated", StringComparison.OrdinalIgnoreCase))
        {
            parts = new[] { "_info", "lastUpdated" };
        }

        string? collection = null;
        var start = 0;
        var current = model;
        if (child)
        {
            var list = model.Find(parts[0]);
            if (list is not { Kind: CwFieldKind.List, Item: not null } || parts.Length < 2) throw CwErrors.NotRecognized(written);
            collection = list.Name;
            current = list.Item;
            start = 1;
        }

        var segments = new List<string>();
        for (var i = start; i < parts.Length; i++)
        {
            var field = current.Find(parts[i]) ?? throw CwErrors.NotRecognized(written);
            segments.Add(field.Name);
            var last = i == parts.Length - 1;
            switch (field.Kind)
            {
                case CwFieldKind.Reference or CwFieldKind.Info:
                    if (last) throw CwErrors.NotRecognized(written);
                    current = field.Item!;
                    break;
                case CwFieldKind.List:
                    throw CwErrors.NotRecognized(written);
                default:
                    if (!last) throw CwErrors.NotRecognized(written);
                    return new FieldPath(written, collection, segments.ToArray(), field);
            }
        }
        throw CwErrors.NotRecognized(written);
    }

    /// <summary>
    /// A customFieldConditions name (caption, value, id, type, ...): one field of an element of
    /// <paramref name="collection"/>, read from slot 0; anything else is "x is not a recognized name." (A4).
    /// </summary>
    public static FieldPath ResolveElement(CwModel element, string collection, string written)
    {
        var field = written.Contains('/') ? null : element.Find(written);
        if (field == null || field.Kind is CwFieldKind.Reference or CwFieldKind.List or CwFieldKind.Info) throw CwErrors.NotRecognized(written);
        return new FieldPath(written, collection, new[] { field.Name }, field) { Slot = 0 };
    }

    public JsonNode? Read(JsonObject record, JsonObject?[] elements)
    {
        JsonNode? node = Slot < 0 ? record : elements[Slot];
        foreach (var segment in Segments)
        {
            if (node is not JsonObject obj) return null;
            node = obj[segment];
        }
        return node;
    }

    public static bool IsNull(JsonNode? node) => node is null || node.GetValueKind() == JsonValueKind.Null;

    /// <summary>The text a string comparison sees: a string as is, anything else as its JSON text.</summary>
    public static string Text(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.String => node.GetValue<string>(),
        _ => node.ToJsonString(),
    };

    public static decimal? Number(JsonNode node)
    {
        var text = node.GetValueKind() switch
        {
            JsonValueKind.Number => node.ToJsonString(),
            JsonValueKind.String => node.GetValue<string>(),
            _ => null,
        };
        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    public static DateTimeOffset? Date(JsonNode node) =>
        node.GetValueKind() == JsonValueKind.String && TryParseDate(node.GetValue<string>(), out var value) ? value : null;

    public static bool TryParseDate(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out value);

    /// <summary>
    /// Orders two values of the leaf's kind; strings ignore case (GUESS: the real server compares with the
    /// database's case-insensitive collation; psa-api.md does not say). Null for values that do not compare.
    /// </summary>
    public static int? Compare(CwFieldKind kind, JsonNode node, object literal)
    {
        switch (kind)
        {
            case CwFieldKind.Int or CwFieldKind.Decimal:
                return Number(node) is { } n ? n.CompareTo((decimal)literal) : null;
            case CwFieldKind.Bool:
                return node.GetValueKind() switch
                {
                    JsonValueKind.True => true.CompareTo((bool)literal),
                    JsonValueKind.False => false.CompareTo((bool)literal),
                    _ => null,
                };
            case CwFieldKind.DateTime:
                return Date(node) is { } d ? d.CompareTo((DateTimeOffset)literal) : null;
            case CwFieldKind.Variant:
                // The literal's own kind decides (a custom field's value may be text, a number, a flag or a date).
                return literal switch
                {
                    decimal => Compare(CwFieldKind.Decimal, node, literal),
                    bool => Compare(CwFieldKind.Bool, node, literal),
                    DateTimeOffset => Compare(CwFieldKind.DateTime, node, literal),
                    _ => string.Compare(Text(node), (string)literal, StringComparison.OrdinalIgnoreCase),
                };
            default:
                return string.Compare(Text(node), (string)literal, StringComparison.OrdinalIgnoreCase);
        }
    }
}
