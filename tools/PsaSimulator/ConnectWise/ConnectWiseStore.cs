using System.Text.Json.Nodes;

namespace QuickpassPsa.Simulator.ConnectWise;

/// <summary>
/// Owns the ConnectWise data and the one lock that guards it: requests run concurrently, and every read
/// and write (including serialising the answer, so no record changes half-way through a page) happens
/// inside <see cref="Read{T}"/> or <see cref="Write{T}"/>. A seed builds a fresh data set and swaps it in,
/// so a failed seed leaves the old data untouched.
/// </summary>
internal sealed class ConnectWiseStore
{
    private readonly object _gate = new();
    private ConnectWiseData _data = new();

    public T Read<T>(Func<ConnectWiseData, T> read)
    {
        lock (_gate) return read(_data);
    }

    public T Write<T>(Func<ConnectWiseData, T> write)
    {
        lock (_gate)
        {
            _data.Changed();
            return write(_data);
        }
    }

    public void Reset()
    {
        lock (_gate) _data = new ConnectWiseData();
    }

    public IReadOnlyDictionary<string, int> Counts()
    {
        lock (_gate)
        {
            return new Dictionary<string, int>
            {
                ["companies"] = _data.Companies.Count,
                ["communicationTypes"] = _data.CommunicationTypes.Count,
                ["contacts"] = _data.Contacts.Count,
                ["communicationItems"] = _data.CommunicationItemCount,
            };
        }
    }

    /// <summary>
    /// Loads a seed section (README "Seed document"): companies, then communicationTypes, then contacts,
    /// each in the wire shape, ids optional. Throws <see cref="SeedException"/> naming the first record that
    /// cannot be loaded.
    /// </summary>
    public void Seed(JsonObject? section)
    {
        var data = new ConnectWiseData();
        if (section != null)
        {
            Load(section, "companies", "name", (input, id, info) => data.AddCompany(input, "seed", id, info), data.Companies);
            Load(section, "communicationTypes", "description", (input, id, info) => data.AddCommunicationType(input, "seed", id, info), data.CommunicationTypes);
            Load(section, "contacts", "lastName", (input, id, info) => data.AddContact(input, "seed", id, info, keepItemIds: true), data.Contacts);
        }
        lock (_gate) _data = data;
    }

    private static void Load(JsonObject section, string key, string labelField, Func<JsonObject, int?, JsonObject?, JsonObject> add, CwTable table)
    {
        var node = section.FirstOrDefault(p => p.Key.Equals(key, StringComparison.OrdinalIgnoreCase)).Value;
        if (node == null) return;
        if (node is not JsonArray records) throw new SeedException("connectWise." + key + " must be an array.");
        for (var i = 0; i < records.Count; i++)
        {
            var label = "connectWise." + key + "[" + i + "]";
            if (records[i] is not JsonObject record) throw new SeedException(label + " is not an object.");
            var id = ConnectWiseData.IntOf(record["id"]);
            label += Label(record, labelField, id);
            if (record["id"] != null && id is null or < 1) throw new SeedException(label + ": id must be a positive integer.");
            if (id is { } given && table.Contains(given)) throw new SeedException(label + ": id " + given + " is used twice.");
            try
            {
                add(record, id, record["_info"] as JsonObject);
            }
            catch (CwApiException ex)
            {
                var reasons = (ex.Body["errors"] as JsonArray)?.Select(e => (string?)e?["message"]).Where(m => m != null).ToList();
                throw new SeedException(label + ": " + (reasons is { Count: > 0 } ? string.Join(" ", reasons) : ex.Message));
            }
        }
    }

    private static string Label(JsonObject record, string labelField, int? id)
    {
        var parts = new List<string>();
        if (id != null) parts.Add("id " + id);
        var first = ConnectWiseData.StringOf(record["firstName"]);
        var name = ConnectWiseData.StringOf(record[labelField]);
        var text = string.Join(" ", new[] { first, name }.Where(s => !string.IsNullOrEmpty(s)));
        if (text.Length > 0) parts.Add("'" + text + "'");
        return parts.Count == 0 ? string.Empty : " (" + string.Join(", ", parts) + ")";
    }
}
