using System.Text.Json.Nodes;

namespace QuickpassPsa.Simulator.Autotask;

/// <summary>
/// Turning a create/update body into a stored row, and the checks the real API answers with
/// 500 {"errors":[...]} (psa-api.md B3): required fields, lengths, picklist values, contact isActive 0/1.
/// Every failure of one request is reported together, as one errors array.
/// </summary>
internal static class EntityWrites
{
    /// <summary>A row with every field present and null (the real API returns nulls, not missing fields).</summary>
    public static JsonObject Blank(EntityDef entity)
    {
        var row = new JsonObject();
        foreach (var field in entity.Fields) row[field.Name] = null;
        row[EntityFields.UserDefinedFields] = new JsonArray();
        return row;
    }

    /// <summary>
    /// Copies the body's fields onto the row (names in any case). Unknown names are ignored, as a model
    /// binder ignores them; read-only fields (id, createDate, ...) are ignored unless loading a seed.
    /// userDefinedFields [{name,value}] are merged by name; outside a seed, only the UDFs the entity defines (see
    /// <see cref="EntityDef.UserDefinedFields"/>), stored under the defined name's casing.
    /// </summary>
    public static void Apply(EntityDef entity, JsonObject body, JsonObject row, List<string> errors, bool allowReadOnly = false)
    {
        foreach (var (name, value) in body)
        {
            if (name.Equals(EntityFields.UserDefinedFields, StringComparison.OrdinalIgnoreCase))
            {
                MergeUdfs(entity, value, row, errors, definedOnly: !allowReadOnly);
                continue;
            }
            var field = entity.Find(name);
            if (field == null || field.Name == "id" || (field.ReadOnly && !allowReadOnly)) continue;
            try
            {
                row[field.Name] = FieldValues.ForWrite(entity, field, value);
            }
            catch (AutotaskException ex)
            {
                errors.AddRange(ex.Messages);
            }
        }
    }

    /// <summary>Booleans the real API never returns as null default to false on create.</summary>
    public static void DefaultBooleans(EntityDef entity, JsonObject row)
    {
        foreach (var field in entity.Fields)
        {
            if (field.Type == FieldType.Boolean && row[field.Name] == null && !field.Required) row[field.Name] = false;
        }
    }

    public static void Validate(EntityDef entity, JsonObject row, List<string> errors)
    {
        foreach (var field in entity.Fields)
        {
            var value = FieldValues.Read(row, field);
            if (field.Required && (value == null || value is string { Length: 0 }))
            {
                // A value of the wrong type was sent and refused already: saying it was not sent would be false.
                if (FieldValues.HasTypeError(entity, field, errors)) continue;
                errors.Add("The " + field.Name + " field is required for a " + entity.Name + ".");
                continue;
            }
            if (value == null) continue;
            if (value is string text && field.Length > 0 && text.Length > field.Length)
            {
                errors.Add("The " + field.Name + " value is " + text.Length + " characters long; the maximum length for " + entity.Name + "." + field.Name + " is " + field.Length + ".");
            }
            if (field.Picklist != null && value is long pick && field.Picklist.All(p => p.Value != pick))
            {
                errors.Add(pick + " is not a valid value for the " + entity.Name + "." + field.Name + " picklist.");
            }
            // Contact.isActive is an integer flag (psa-api.md B3): only 0 and 1 mean anything.
            if (entity.Name == "Contact" && field.Name == "isActive" && value is long flag && flag is not (0 or 1))
            {
                errors.Add("The isActive value must be 0 or 1 for a Contact; it was " + flag + ".");
            }
        }
    }

    /// <summary>
    /// <paramref name="definedOnly"/>: a name the entity does not define is refused with the unknown-field text
    /// ("Unable to find X in the Contact Entity"), and a value longer than <see cref="EntityDef.UdfMaxLength"/> too.
    /// A seed defines the UDFs its records carry, so it takes any name.
    /// </summary>
    private static void MergeUdfs(EntityDef entity, JsonNode? value, JsonObject row, List<string> errors, bool definedOnly)
    {
        if (value == null) return;
        if (value is not JsonArray list)
        {
            errors.Add("userDefinedFields must be an array of {name, value} for a " + entity.Name + ".");
            return;
        }
        var udfs = row[EntityFields.UserDefinedFields] as JsonArray ?? new JsonArray();
        row[EntityFields.UserDefinedFields] = udfs;
        foreach (var item in list)
        {
            var name = item is JsonObject o ? QueryJson.String(o, "name") : null;
            if (string.IsNullOrEmpty(name))
            {
                errors.Add("Each user-defined field needs a name.");
                continue;
            }
            var udfValue = QueryJson.Get((JsonObject)item!, "value");
            var text = udfValue == null ? null : udfValue is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String ? v.GetValue<string>() : udfValue.ToJsonString();
            if (definedOnly)
            {
                var definition = entity.FindUdf(name);
                if (definition == null)
                {
                    errors.AddRange(entity.UnknownField(name).Messages);
                    continue;
                }
                name = definition.Name;
                if (text != null && text.Length > definition.Length)
                {
                    errors.Add("The " + name + " value is " + text.Length + " characters long; the maximum length for the " + entity.Name + " user-defined field " + name + " is " + definition.Length + ".");
                    continue;
                }
            }
            var existing = udfs.OfType<JsonObject>().FirstOrDefault(u => string.Equals(QueryJson.String(u, "name"), name, StringComparison.OrdinalIgnoreCase));
            if (existing != null) existing["value"] = text;
            else udfs.Add(new JsonObject { ["name"] = name, ["value"] = text });
        }
    }
}
