using System.Text.Json;
using System.Text.Json.Nodes;

namespace QuickpassPsa.Simulator.Autotask;

/// <summary>
/// A parsed query filter (QueryModel.filter, psa-api.md B3): a tree of and/or groups over leaf
/// conditions, with field names resolved and values converted once, so evaluating a row is cheap.
/// </summary>
internal abstract class QueryFilter
{
    public abstract bool Matches(JsonObject row);

    /// <summary>
    /// The value an "eq" condition on <paramref name="field"/> requires of every matching row, when the filter
    /// ANDs one in at its top level: the store may then scan only the rows with that value (a speed-up, never a
    /// change of result, since the whole filter is still tested).
    /// </summary>
    public virtual long? Required(string field) => null;

    /// <summary>
    /// Parses the top-level filter array (its items are ANDed). An absent or empty filter is refused, as the
    /// real API refuses it (clients send `id gte 0` to fetch everything). Unknown operators are dropped
    /// silently, which is what the real API does ("unfiltered results come back").
    /// </summary>
    public static QueryFilter Parse(EntityDef entity, JsonNode? filter)
    {
        if (filter is not JsonArray items || items.Count == 0)
        {
            throw ErrorBodies.Fail("A query must have a filter: at least one condition is required (for all records use {\"op\":\"gte\",\"field\":\"id\",\"value\":0}).");
        }
        var udfs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var root = new Group(true, ParseItems(entity, items, udfs));
        // "You can only query by one user-defined field at a time" (AT-DOCS).
        if (udfs.Count > 1) throw ErrorBodies.Fail("You can only query by one user-defined field at a time.");
        return root;
    }

    private static List<QueryFilter> ParseItems(EntityDef entity, JsonArray items, HashSet<string> udfs)
    {
        var parsed = new List<QueryFilter>();
        foreach (var item in items)
        {
            if (item is not JsonObject condition) throw ErrorBodies.Fail("Each filter item must be an object with op, field and value.");
            var node = ParseOne(entity, condition, udfs);
            if (node != null) parsed.Add(node);
        }
        return parsed;
    }

    private static QueryFilter? ParseOne(EntityDef entity, JsonObject condition, HashSet<string> udfs)
    {
        var opText = QueryJson.String(condition, "op") ?? string.Empty;
        if (opText.Equals("and", StringComparison.OrdinalIgnoreCase) || opText.Equals("or", StringComparison.OrdinalIgnoreCase))
        {
            var children = QueryJson.Get(condition, "items") as JsonArray ?? new JsonArray();
            return new Group(opText.Equals("and", StringComparison.OrdinalIgnoreCase), ParseItems(entity, children, udfs));
        }
        if (!Ops.TryGetValue(opText, out var op)) return null;

        var fieldName = QueryJson.String(condition, "field");
        if (string.IsNullOrWhiteSpace(fieldName)) throw ErrorBodies.Fail("The filter condition '" + opText + "' has no field.");
        var value = QueryJson.Get(condition, "value");

        if (QueryJson.Get(condition, "udf") is JsonValue udfFlag && udfFlag.GetValueKind() == JsonValueKind.True)
        {
            // "You can only query by one user-defined field at a time" (AT-DOCS) is checked as soon as a second one
            // appears; a UDF the entity does not define is an unknown field, with the same 500 as any other.
            udfs.Add(fieldName);
            if (udfs.Count > 1) throw ErrorBodies.Fail("You can only query by one user-defined field at a time.");
            var udfField = entity.FindUdf(fieldName) ?? throw entity.UnknownField(fieldName);
            // UDF values are compared as text (every UDF is a text field here).
            return new Leaf(op, udfField, isUdf: true, Values(entity, udfField, op, value));
        }

        var field = entity.Find(fieldName) ?? throw entity.UnknownField(fieldName);
        if (!field.Queryable) throw ErrorBodies.Fail("The " + field.Name + " field of the " + entity.Name + " Entity is not queryable.");
        return new Leaf(op, field, isUdf: false, Values(entity, field, op, value));
    }

    private static object?[] Values(EntityDef entity, FieldDef field, Op op, JsonNode? value)
    {
        switch (op)
        {
            case Op.Exist:
            case Op.NotExist:
                return Array.Empty<object?>();
            case Op.In:
            case Op.NotIn:
                if (value is not JsonArray list) throw ErrorBodies.Fail("The value for the '" + op.ToString().ToLowerInvariant() + "' operator on " + field.Name + " must be an array.");
                return list.Select(v => FieldValues.ForFilter(entity, field, v)).ToArray();
            case Op.BeginsWith:
            case Op.EndsWith:
            case Op.Contains:
                // Text operators compare text whatever the field type.
                var text = value == null ? null : value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : value.ToJsonString();
                return new object?[] { text };
            default:
                return new[] { FieldValues.ForFilter(entity, field, value) };
        }
    }

    private static readonly Dictionary<string, Op> Ops =
        Enum.GetValues<Op>().ToDictionary(o => o.ToString(), o => o, StringComparer.OrdinalIgnoreCase);

    private enum Op
    {
        Eq,
        NotEq,
        Gt,
        Gte,
        Lt,
        Lte,
        BeginsWith,
        EndsWith,
        Contains,
        Exist,
        NotExist,
        In,
        NotIn,
    }

    private sealed class Group : QueryFilter
    {
        private readonly bool _and;
        private readonly QueryFilter[] _items;

        public override long? Required(string field) => _and ? _items.Select(i => i.Required(field)).FirstOrDefault(v => v != null) : null;

        public Group(bool and, List<QueryFilter> items)
        {
            _and = and;
            _items = items.ToArray();
        }

        // An empty group (or one whose every item had an unknown op) constrains nothing.
        public override bool Matches(JsonObject row)
        {
            if (_items.Length == 0) return true;
            if (_and)
            {
                foreach (var item in _items) if (!item.Matches(row)) return false;
                return true;
            }
            foreach (var item in _items) if (item.Matches(row)) return true;
            return false;
        }
    }

    /// <summary>
    /// One condition. Nulls follow SQL: a null (or absent) row value fails every comparison, noteq and notIn
    /// included; only exist/notExist look at nulls. Empty strings count as not existing.
    /// </summary>
    private sealed class Leaf : QueryFilter
    {
        private readonly Op _op;
        private readonly FieldDef _field;
        private readonly bool _isUdf;
        private readonly object?[] _values;

        public override long? Required(string field) =>
            _op == Op.Eq && !_isUdf && _values.Length == 1 && _field.Name.Equals(field, StringComparison.OrdinalIgnoreCase) &&
            _values[0] is IConvertible number && number is long or int or decimal or double
                ? Convert.ToInt64(number, System.Globalization.CultureInfo.InvariantCulture)
                : null;

        public Leaf(Op op, FieldDef field, bool isUdf, object?[] values)
        {
            _op = op;
            _field = field;
            _isUdf = isUdf;
            _values = values;
        }

        public override bool Matches(JsonObject row)
        {
            var actual = _isUdf ? ReadUdf(row, _field.Name) : FieldValues.Read(row, _field);
            if (_op == Op.Exist) return actual != null && !(actual is string s && s.Length == 0);
            if (_op == Op.NotExist) return actual == null || (actual is string e && e.Length == 0);
            if (actual == null) return false;
            switch (_op)
            {
                case Op.In:
                    return _values.Any(v => v != null && FieldValues.Compare(actual, v) == 0);
                case Op.NotIn:
                    return !_values.Any(v => v != null && FieldValues.Compare(actual, v) == 0);
                case Op.BeginsWith:
                    return _values[0] is string prefix && FieldValues.Text(actual).StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
                case Op.EndsWith:
                    return _values[0] is string suffix && FieldValues.Text(actual).EndsWith(suffix, StringComparison.OrdinalIgnoreCase);
                case Op.Contains:
                    return _values[0] is string part && FieldValues.Text(actual).Contains(part, StringComparison.OrdinalIgnoreCase);
            }
            var expected = _values[0];
            if (expected == null) return false;
            var order = FieldValues.Compare(actual, expected);
            return _op switch
            {
                Op.Eq => order == 0,
                Op.NotEq => order != 0,
                Op.Gt => order > 0,
                Op.Gte => order >= 0,
                Op.Lt => order < 0,
                _ => order <= 0,
            };
        }

        private static string? ReadUdf(JsonObject row, string name)
        {
            if (!row.TryGetPropertyValue(EntityFields.UserDefinedFields, out var udfs) || udfs is not JsonArray list) return null;
            foreach (var udf in list)
            {
                if (udf is JsonObject o && string.Equals(QueryJson.String(o, "name"), name, StringComparison.OrdinalIgnoreCase))
                {
                    var value = QueryJson.Get(o, "value");
                    return value == null ? null : value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : value.ToJsonString();
                }
            }
            return null;
        }
    }
}
