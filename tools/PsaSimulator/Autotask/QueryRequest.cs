using System.Text.Json;
using System.Text.Json.Nodes;

namespace QuickpassPsa.Simulator.Autotask;

/// <summary>A parsed QueryModel: { filter, MaxRecords, IncludeFields } (Swagger QueryModel; Xml is ignored).</summary>
internal sealed class QueryRequest
{
    public const int MaxPageSize = 500;

    private QueryRequest(QueryFilter filter, int maxRecords, IReadOnlyList<FieldDef>? includeFields)
    {
        Filter = filter;
        MaxRecords = maxRecords;
        IncludeFields = includeFields;
    }

    public QueryFilter Filter { get; }

    /// <summary>The page size: 1..500, 500 when absent.</summary>
    public int MaxRecords { get; }

    /// <summary>The fields to return (besides id and userDefinedFields), or null for all.</summary>
    public IReadOnlyList<FieldDef>? IncludeFields { get; }

    /// <summary>
    /// Parses a QueryModel (POST body or GET search=). Property names in any case. MaxRecords outside
    /// 1..500 is refused with 500 {"errors"} rather than clamped (a documented guess: it surfaces client bugs).
    /// </summary>
    public static QueryRequest Parse(EntityDef entity, JsonNode? model)
    {
        if (model is not JsonObject obj) throw ErrorBodies.Fail("The query must be a JSON object such as {\"filter\":[...]}.");
        var filter = QueryFilter.Parse(entity, QueryJson.Get(obj, "filter"));

        var maxRecords = MaxPageSize;
        var max = QueryJson.Get(obj, "maxRecords");
        if (max != null)
        {
            if (max is not JsonValue v || v.GetValueKind() != JsonValueKind.Number ||
                !int.TryParse(v.ToJsonString(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out maxRecords))
            {
                throw ErrorBodies.Fail("MaxRecords must be a whole number from 1 to " + MaxPageSize + ".");
            }
            if (maxRecords < 1 || maxRecords > MaxPageSize) throw ErrorBodies.Fail("MaxRecords must be a whole number from 1 to " + MaxPageSize + "; it was " + maxRecords + ".");
        }

        List<FieldDef>? include = null;
        if (QueryJson.Get(obj, "includeFields") is JsonArray names && names.Count > 0)
        {
            include = new List<FieldDef>();
            foreach (var name in names)
            {
                var text = name is JsonValue nv && nv.GetValueKind() == JsonValueKind.String ? nv.GetValue<string>() : name?.ToJsonString() ?? "null";
                var field = entity.Find(text) ?? throw entity.UnknownField(text);
                if (!include.Contains(field)) include.Add(field);
            }
        }
        return new QueryRequest(filter, maxRecords, include);
    }

    /// <summary>A row as the query returns it: whole, or cut to IncludeFields plus id and userDefinedFields.</summary>
    public JsonObject Project(JsonObject row)
    {
        if (IncludeFields == null) return (JsonObject)row.DeepClone();
        var item = new JsonObject { ["id"] = row["id"]?.DeepClone() };
        foreach (var field in IncludeFields)
        {
            if (field.Name != "id") item[field.Name] = row[field.Name]?.DeepClone();
        }
        item[EntityFields.UserDefinedFields] = row[EntityFields.UserDefinedFields]?.DeepClone() ?? new JsonArray();
        return item;
    }
}
