using System.Text.Json;
using System.Text.Json.Nodes;

namespace QuickpassPsa.Simulator.ConnectWise;

/// <summary>
/// PATCH bodies (psa-api.md A5): a JSON array of {op, path, value}; op is add, replace or remove; path is a
/// bare, case-sensitive field name, and a leading "/" is accepted too (GUESS; many clients send it).
/// </summary>
internal static class CwPatch
{
    /// <summary>
    /// Applies the operations to <paramref name="target"/> (a copy of the record) and says whether anything
    /// changed. A path into an object ("company/identifier") changes nothing and the caller answers 200 with
    /// the unchanged record: the Dev Guide's "false 200". Writes to id and _info are ignored the same way
    /// (GUESS). A path that is not a field of the model is 400 InvalidObject (GUESS: the real answer is not
    /// captured; failing loudly keeps a client bug from passing as a silent no-op).
    /// </summary>
    public static bool Apply(JsonObject target, JsonNode? body, CwModel model, string resource)
    {
        if (body is not JsonArray operations)
        {
            throw CwErrors.BadRequest("The PATCH body must be a JSON array of operations, e.g. [{\"op\":\"replace\",\"path\":\"firstName\",\"value\":\"Ann\"}].");
        }

        var changed = false;
        foreach (var entry in operations)
        {
            if (entry is not JsonObject operation) throw CwErrors.BadRequest("Each PATCH operation must be an object {op, path, value}.");
            var op = operation["op"] is JsonValue o && o.GetValueKind() == JsonValueKind.String ? o.GetValue<string>() : null;
            var path = operation["path"] is JsonValue p && p.GetValueKind() == JsonValueKind.String ? p.GetValue<string>() : null;
            if (op == null || !(op.Equals("add", StringComparison.OrdinalIgnoreCase) || op.Equals("replace", StringComparison.OrdinalIgnoreCase) ||
                                op.Equals("remove", StringComparison.OrdinalIgnoreCase)))
            {
                throw CwErrors.BadRequest("PATCH op '" + op + "' is not add, replace or remove.");
            }
            if (string.IsNullOrEmpty(path)) throw CwErrors.BadRequest("A PATCH operation has no path.");

            var name = path.StartsWith('/') ? path.Substring(1) : path;
            if (name.Contains('/')) continue; // the false 200
            if (name is "id" or "_info") continue;

            var field = model.Fields.FirstOrDefault(f => f.Name == name)
                ?? throw CwErrors.InvalidObject(resource, "InvalidField", "'" + name + "' is not a field of " + resource + " (paths are case-sensitive).", name);

            if (op.Equals("remove", StringComparison.OrdinalIgnoreCase)) target.Remove(field.Name);
            else target[field.Name] = operation["value"]?.DeepClone();
            changed = true;
        }
        return changed;
    }
}
