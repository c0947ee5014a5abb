using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace QuickpassPsa.Simulator.Autotask;

/// <summary>
/// Conversions between wire values and stored values. Rows hold values the simulator created itself
/// (long, string, bool, double; dates as fixed-format UTC strings), so reads never guess a type.
/// </summary>
internal static class FieldValues
{
    /// <summary>The format the real API shows for times: UTC with milliseconds and Z (psa-api.md B3).</summary>
    public static string Timestamp(DateTime utc) => utc.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// A value sent in a create/update body, converted to the field's type the way the real server's JSON
    /// reader (Newtonsoft) does: numeric strings become numbers, 0/1 become booleans. An integer field also
    /// takes true/false as 1/0, the rule filters follow (<see cref="ForFilter"/>), so a contact's
    /// `"isActive": true` means 1 in a create as in a query. GUESS: Newtonsoft itself refuses a boolean for an
    /// int, but no capture shows what the real API answers, and one rule for both sides is what a client can rely on.
    /// </summary>
    public static JsonNode? ForWrite(EntityDef entity, FieldDef field, JsonNode? input)
    {
        if (input == null) return null;
        if (input is not JsonValue value) throw ErrorBodies.Fail(TypeError(entity, field, input));
        var kind = value.GetValueKind();
        switch (field.Type)
        {
            case FieldType.Long:
            case FieldType.Integer:
                // Numbers are read from their JSON text so any JsonValue backing (parsed or built) works.
                if (kind is JsonValueKind.Number or JsonValueKind.String && long.TryParse(Raw(value, kind), NumberStyles.Integer, CultureInfo.InvariantCulture, out var l)) return JsonValue.Create(l);
                if (kind is JsonValueKind.True or JsonValueKind.False) return JsonValue.Create(kind == JsonValueKind.True ? 1L : 0L);
                break;
            case FieldType.Double:
                if (kind is JsonValueKind.Number or JsonValueKind.String && double.TryParse(Raw(value, kind), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return JsonValue.Create(d);
                break;
            case FieldType.Boolean:
                if (kind is JsonValueKind.True or JsonValueKind.False) return JsonValue.Create(kind == JsonValueKind.True);
                if (kind == JsonValueKind.Number && double.TryParse(Raw(value, kind), NumberStyles.Float, CultureInfo.InvariantCulture, out var n)) return JsonValue.Create(n != 0);
                if (kind == JsonValueKind.String && bool.TryParse(value.GetValue<string>(), out var b)) return JsonValue.Create(b);
                break;
            case FieldType.String:
                if (kind == JsonValueKind.String) return JsonValue.Create(value.GetValue<string>());
                if (kind == JsonValueKind.Number) return JsonValue.Create(value.ToJsonString());
                break;
            case FieldType.DateTime:
                if (kind == JsonValueKind.String && TryParseDate(value.GetValue<string>(), out var dt)) return JsonValue.Create(Timestamp(dt));
                break;
        }
        throw ErrorBodies.Fail(TypeError(entity, field, input));
    }

    /// <summary>
    /// A filter value converted to the field's type. Filters are more tolerant than writes: STS sends
    /// `isActive eq 1` for companies (boolean field) and AT-KT sends "true" as a string; so booleans accept
    /// true/false, "true"/"false", 0/1; integer fields accept true/false as 1/0. Anything else for a boolean,
    /// null included, is an error ("Booleans must be true/false", psa-api.md B3).
    /// </summary>
    public static object? ForFilter(EntityDef entity, FieldDef field, JsonNode? input)
    {
        if (input == null)
        {
            if (field.Type == FieldType.Boolean) throw ErrorBodies.Fail("Invalid value for boolean field " + field.Name + ": boolean values must be true or false.");
            return null;
        }
        if (input is not JsonValue value) throw ErrorBodies.Fail(TypeError(entity, field, input));
        var kind = value.GetValueKind();
        var text = kind == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
        switch (field.Type)
        {
            case FieldType.Long:
            case FieldType.Integer:
                if (kind is JsonValueKind.True or JsonValueKind.False) return kind == JsonValueKind.True ? 1L : 0L;
                if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l)) return l;
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var whole) && whole == Math.Floor(whole)) return (long)whole;
                break;
            case FieldType.Double:
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
                break;
            case FieldType.Boolean:
                if (kind is JsonValueKind.True or JsonValueKind.False) return kind == JsonValueKind.True;
                if (text is "1" or "0") return text == "1";
                if (kind == JsonValueKind.String && bool.TryParse(text, out var b)) return b;
                throw ErrorBodies.Fail("Invalid value for boolean field " + field.Name + ": boolean values must be true or false.");
            case FieldType.String:
                return text;
            case FieldType.DateTime:
                if (TryParseDate(text, out var dt)) return dt;
                break;
        }
        throw ErrorBodies.Fail(TypeError(entity, field, input));
    }

    /// <summary>A row's value as a comparable CLR value (long, string, bool, double, DateTime), or null.</summary>
    public static object? Read(JsonObject row, FieldDef field)
    {
        if (!row.TryGetPropertyValue(field.Name, out var node) || node is not JsonValue value) return null;
        return field.Type switch
        {
            FieldType.Long or FieldType.Integer => value.GetValue<long>(),
            FieldType.Double => value.GetValue<double>(),
            FieldType.Boolean => value.GetValue<bool>(),
            FieldType.DateTime => TryParseDate(value.GetValue<string>(), out var dt) ? dt : null,
            _ => value.GetValue<string>(),
        };
    }

    /// <summary>Orders two values of one field type; strings compare case-insensitively (a documented guess).</summary>
    public static int Compare(object a, object b) => (a, b) switch
    {
        (string x, string y) => string.Compare(x, y, StringComparison.OrdinalIgnoreCase),
        (long x, long y) => x.CompareTo(y),
        (double x, double y) => x.CompareTo(y),
        (long x, double y) => ((double)x).CompareTo(y),
        (double x, long y) => x.CompareTo(y),
        (bool x, bool y) => x.CompareTo(y),
        (DateTime x, DateTime y) => x.CompareTo(y),
        _ => string.Compare(Text(a), Text(b), StringComparison.OrdinalIgnoreCase),
    };

    /// <summary>Text form used by beginsWith/endsWith/contains on non-string fields.</summary>
    public static string Text(object value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        DateTime dt => Timestamp(dt),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    public static bool TryParseDate(string text, out DateTime utc)
    {
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out utc)) return true;
        utc = default;
        return false;
    }

    private static string Raw(JsonValue value, JsonValueKind kind) => kind == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();

    /// <summary>Whether <paramref name="errors"/> already says this field's value was of the wrong type (see TypeError).</summary>
    public static bool HasTypeError(EntityDef entity, FieldDef field, IEnumerable<string> errors) =>
        errors.Any(e => e.StartsWith("Invalid value ", StringComparison.Ordinal) && e.Contains(" for " + entity.Name + "." + field.Name + ":", StringComparison.Ordinal));

    private static string TypeError(EntityDef entity, FieldDef field, JsonNode input) =>
        "Invalid value " + input.ToJsonString() + " for " + entity.Name + "." + field.Name + ": expected a value of type " + field.DataType + ".";
}
