using System.Text.Json;
using System.Text.Json.Nodes;
using QuickpassPsa.Simulator.ConnectWise.Conditions;

namespace QuickpassPsa.Simulator.ConnectWise;

/// <summary>
/// orderBy=name asc, id desc (psa-api.md A4): comma-separated keys, each a field path and an optional asc/desc
/// (default asc). Fields are checked against the model like condition fields. Nulls sort first ascending and
/// strings ignore case (GUESS: SQL Server defaults). Ties always fall back to id ascending so pages are stable.
/// </summary>
internal sealed class CwOrderBy : IComparer<JsonObject>
{
    private readonly List<(FieldPath Path, bool Descending)> _keys;

    private CwOrderBy(List<(FieldPath, bool)> keys) => _keys = keys;

    public static CwOrderBy? Parse(CwModel model, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var keys = new List<(FieldPath, bool)>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 2) throw CwErrors.FindCondition("orderBy '" + part + "' should be a field name followed by asc or desc.");
            var descending = false;
            if (words.Length == 2)
            {
                if (words[1].Equals("desc", StringComparison.OrdinalIgnoreCase)) descending = true;
                else if (!words[1].Equals("asc", StringComparison.OrdinalIgnoreCase))
                {
                    throw CwErrors.FindCondition("orderBy direction '" + words[1] + "' is not asc or desc.");
                }
            }
            keys.Add((FieldPath.Resolve(model, words[0], child: false), descending));
        }
        return keys.Count == 0 ? null : new CwOrderBy(keys);
    }

    public int Compare(JsonObject? x, JsonObject? y)
    {
        var none = Array.Empty<JsonObject?>();
        foreach (var (path, descending) in _keys)
        {
            var order = CompareNodes(path.Leaf.Kind, path.Read(x!, none), path.Read(y!, none));
            if (order != 0) return descending ? -order : order;
        }
        return (ConnectWiseData.IntOf(x!["id"]) ?? 0).CompareTo(ConnectWiseData.IntOf(y!["id"]) ?? 0);
    }

    private static int CompareNodes(CwFieldKind kind, JsonNode? a, JsonNode? b)
    {
        var aNull = FieldPath.IsNull(a);
        var bNull = FieldPath.IsNull(b);
        if (aNull || bNull) return aNull == bNull ? 0 : aNull ? -1 : 1;
        return kind switch
        {
            CwFieldKind.Int or CwFieldKind.Decimal => Nullable.Compare(FieldPath.Number(a!), FieldPath.Number(b!)),
            CwFieldKind.DateTime => Nullable.Compare(FieldPath.Date(a!), FieldPath.Date(b!)),
            CwFieldKind.Bool => (a!.GetValueKind() == JsonValueKind.True).CompareTo(b!.GetValueKind() == JsonValueKind.True),
            _ => string.Compare(FieldPath.Text(a!), FieldPath.Text(b!), StringComparison.OrdinalIgnoreCase),
        };
    }
}
