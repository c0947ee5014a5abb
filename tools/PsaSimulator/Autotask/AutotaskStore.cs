using System.Text.Json;
using System.Text.Json.Nodes;

namespace QuickpassPsa.Simulator.Autotask;

/// <summary>One page of a query: its items (already projected) and where the next page starts.</summary>
internal sealed record QueryPage(JsonArray Items, long LastId, bool HasMore);

/// <summary>
/// Companies and contacts, each kept sorted by id. Requests run concurrently, so every read and write
/// takes the one lock; rows never leave the lock uncloned.
/// </summary>
internal sealed class AutotaskStore
{
    // New ids start above realistic seed ids; Autotask contact ids are eight digits.
    private const long FirstCompanyId = 1000;
    private const long FirstContactId = 30_684_000;

    private readonly object _gate = new();

    // SortedList, not SortedDictionary: a page starts after the last id of the previous one, and
    // SortedList's key list allows a binary search to that point, so paging through N rows costs O(N)
    // in total rather than O(N^2 / pageSize).
    private readonly SortedList<long, JsonObject> _companies = new();
    private readonly SortedList<long, JsonObject> _contacts = new();
    /// <summary>Contact ids by company, sorted; built on the first query that needs it, dropped by every contact change.</summary>
    private Dictionary<long, List<long>>? _contactsByCompany;
    private long _nextCompanyId = FirstCompanyId;
    private long _nextContactId = FirstContactId;

    public AutotaskStore(AutotaskSimulatorOptions options)
    {
        Contacts = EntityFields.Contacts(options);
        Companies = EntityFields.Companies();
        Reset();
    }

    public EntityDef Contacts { get; }
    public EntityDef Companies { get; }

    /// <summary>The entity for a URL segment ("contacts", "Companies"), or null.</summary>
    public EntityDef? Entity(string plural) =>
        plural.Equals(Contacts.Plural, StringComparison.OrdinalIgnoreCase) ? Contacts :
        plural.Equals(Companies.Plural, StringComparison.OrdinalIgnoreCase) ? Companies : null;

    /// <summary>Empty data, plus company 0: the owner company every Autotask database has (psa-api.md B5).</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _companies.Clear();
            _contacts.Clear();
            _contactsByCompany = null;
            _nextCompanyId = FirstCompanyId;
            _nextContactId = FirstContactId;
            _companies.Add(0, OwnerCompany());
            Contacts.UserDefinedFields = Array.Empty<FieldDef>();
            Companies.UserDefinedFields = Array.Empty<FieldDef>();
        }
    }

    public IReadOnlyDictionary<string, int> Counts()
    {
        lock (_gate) return new Dictionary<string, int> { [Companies.Plural] = _companies.Count, [Contacts.Plural] = _contacts.Count };
    }

    public JsonObject? Get(EntityDef entity, long id)
    {
        lock (_gate) return Table(entity).TryGetValue(id, out var row) ? (JsonObject)row.DeepClone() : null;
    }

    /// <summary>
    /// Up to pageSize matching rows with ids above afterId, in id order. With <paramref name="companyId"/> (a contact
    /// filter that requires companyID eq N) only that company's contacts are scanned: the same rows, found faster,
    /// so a query of one company among 60,000 contacts does not read them all.
    /// </summary>
    public QueryPage Page(EntityDef entity, Func<JsonObject, bool> match, long afterId, int pageSize, Func<JsonObject, JsonObject> project, long? companyId = null)
    {
        lock (_gate)
        {
            if (companyId is { } company && entity == Contacts) return CompanyPage(company, match, afterId, pageSize, project);
            var table = Table(entity);
            var keys = table.Keys;
            var values = table.Values;
            var items = new JsonArray();
            var lastId = afterId;
            for (var i = FirstAbove(keys, afterId); i < keys.Count; i++)
            {
                if (!match(values[i])) continue;
                if (items.Count == pageSize) return new QueryPage(items, lastId, true);
                items.Add(project(values[i]));
                lastId = keys[i];
            }
            return new QueryPage(items, lastId, false);
        }
    }

    private QueryPage CompanyPage(long company, Func<JsonObject, bool> match, long afterId, int pageSize, Func<JsonObject, JsonObject> project)
    {
        if (_contactsByCompany == null)
        {
            var companyField = Contacts.Find("companyID")!;
            _contactsByCompany = new Dictionary<long, List<long>>();
            foreach (var pair in _contacts)
            {
                if (FieldValues.Read(pair.Value, companyField) is not long owner) continue;
                if (!_contactsByCompany.TryGetValue(owner, out var list)) _contactsByCompany[owner] = list = new List<long>();
                list.Add(pair.Key); // _contacts is sorted by id, so each list is too
            }
        }
        var items = new JsonArray();
        var lastId = afterId;
        if (!_contactsByCompany.TryGetValue(company, out var ids)) return new QueryPage(items, lastId, false);
        var start = ids.BinarySearch(afterId == long.MaxValue ? afterId : afterId + 1);
        for (var i = start >= 0 ? start : ~start; i < ids.Count; i++)
        {
            var row = _contacts[ids[i]];
            if (!match(row)) continue;
            if (items.Count == pageSize) return new QueryPage(items, lastId, true);
            items.Add(project(row));
            lastId = ids[i];
        }
        return new QueryPage(items, lastId, false);
    }

    public int Count(EntityDef entity, Func<JsonObject, bool> match)
    {
        lock (_gate) return Table(entity).Values.Count(match);
    }

    public long CreateContact(long parentId, JsonObject body)
    {
        lock (_gate)
        {
            RequireParent(parentId);
            var row = EntityWrites.Blank(Contacts);
            var errors = new List<string>();
            EntityWrites.Apply(Contacts, body, row, errors);
            CheckParent(row, parentId, errors);
            EntityWrites.DefaultBooleans(Contacts, row);
            EntityWrites.Validate(Contacts, row, errors);
            if (errors.Count > 0) throw ErrorBodies.Fail(errors.ToArray());
            return Insert(Contacts, row, ref _nextContactId, null);
        }
    }

    /// <summary>PATCH (only the sent fields change) or PUT (replace: fields left out become null).</summary>
    public long UpdateContact(long parentId, JsonObject body, bool replace)
    {
        lock (_gate)
        {
            RequireParent(parentId);
            var id = BodyId(Contacts, body);
            if (!_contacts.TryGetValue(id, out var existing)) throw ErrorBodies.Fail("Unable to find the Contact with id " + id + " to update.");
            if (FieldValues.Read(existing, Contacts.Find("companyID")!) is long owner && owner != parentId)
            {
                throw ErrorBodies.Fail("The Contact with id " + id + " does not belong to the Company with id " + parentId + ".");
            }
            var row = replace ? Replacement(Contacts, existing) : (JsonObject)existing.DeepClone();
            var errors = new List<string>();
            EntityWrites.Apply(Contacts, body, row, errors);
            CheckParent(row, parentId, errors);
            if (replace) EntityWrites.DefaultBooleans(Contacts, row);
            EntityWrites.Validate(Contacts, row, errors);
            if (errors.Count > 0) throw ErrorBodies.Fail(errors.ToArray());
            row["lastModifiedDate"] = FieldValues.Timestamp(DateTime.UtcNow);
            _contacts[id] = row;
            _contactsByCompany = null;
            return id;
        }
    }

    /// <summary>Deletes a contact under its company. A primary contact cannot be deleted (AT-DOCS ContactsEntity).</summary>
    public long? DeleteContact(long parentId, long id)
    {
        lock (_gate)
        {
            if (!_contacts.TryGetValue(id, out var row) || FieldValues.Read(row, Contacts.Find("companyID")!) is not long owner || owner != parentId) return null;
            if (FieldValues.Read(row, Contacts.Find("primaryContact")!) is true)
            {
                throw ErrorBodies.Fail("The Contact with id " + id + " is the primary contact of its Company and cannot be deleted.");
            }
            _contacts.Remove(id);
            _contactsByCompany = null;
            return id;
        }
    }

    public long CreateCompany(JsonObject body)
    {
        lock (_gate)
        {
            var row = EntityWrites.Blank(Companies);
            var errors = new List<string>();
            EntityWrites.Apply(Companies, body, row, errors);
            CompanyDefaults(row);
            EntityWrites.Validate(Companies, row, errors);
            if (errors.Count > 0) throw ErrorBodies.Fail(errors.ToArray());
            return Insert(Companies, row, ref _nextCompanyId, null);
        }
    }

    public long UpdateCompany(JsonObject body)
    {
        lock (_gate)
        {
            var id = BodyId(Companies, body);
            if (!_companies.TryGetValue(id, out var existing)) throw ErrorBodies.Fail("Unable to find the Company with id " + id + " to update.");
            var row = (JsonObject)existing.DeepClone();
            var errors = new List<string>();
            EntityWrites.Apply(Companies, body, row, errors);
            EntityWrites.Validate(Companies, row, errors);
            if (errors.Count > 0) throw ErrorBodies.Fail(errors.ToArray());
            row["lastTrackedModifiedDateTime"] = FieldValues.Timestamp(DateTime.UtcNow);
            _companies[id] = row;
            return id;
        }
    }

    /// <summary>
    /// Replaces all data with a seed section { companies: [...], contacts: [...] } in wire shape. Ids are
    /// optional; contacts name an existing companyID; a missing contact isActive means 1. A record that the
    /// real API would refuse stops the load with a SeedException naming it, and nothing is loaded.
    /// </summary>
    public void Seed(JsonObject? section)
    {
        var companies = new SortedList<long, JsonObject> { [0] = OwnerCompany() };
        var contacts = new SortedList<long, JsonObject>();
        long nextCompany = FirstCompanyId, nextContact = FirstContactId;

        var companyRecords = Records(section, "companies");
        foreach (var (record, index) in companyRecords.Select((r, i) => (r, i)))
        {
            var label = Label("companies", index, record, "companyName");
            var row = EntityWrites.Blank(Companies);
            var errors = new List<string>();
            EntityWrites.Apply(Companies, record, row, errors, allowReadOnly: true);
            CompanyDefaults(row);
            EntityWrites.Validate(Companies, row, errors);
            var id = SeedId(Companies, record, label, errors);
            if (errors.Count > 0) throw new SeedException(label + ": " + string.Join(" ", errors));
            // Company 0 may be replaced by the seed; any other repeated id is a mistake.
            if (id is { } given && given != 0 && companies.ContainsKey(given)) throw new SeedException(label + ": the id " + given + " is used twice.");
            SeedInsert(companies, row, id, ref nextCompany);
        }

        var companyId = Contacts.Find("companyID")!;
        foreach (var (record, index) in Records(section, "contacts").Select((r, i) => (r, i)))
        {
            var label = Label("contacts", index, record, "lastName");
            var row = EntityWrites.Blank(Contacts);
            var errors = new List<string>();
            EntityWrites.Apply(Contacts, record, row, errors, allowReadOnly: true);
            if (row["isActive"] == null) row["isActive"] = 1L;
            EntityWrites.DefaultBooleans(Contacts, row);
            EntityWrites.Validate(Contacts, row, errors);
            if (FieldValues.Read(row, companyId) is long company && !companies.ContainsKey(company))
            {
                errors.Add("companyID " + company + " is not a company in this seed.");
            }
            var id = SeedId(Contacts, record, label, errors);
            if (errors.Count > 0) throw new SeedException(label + ": " + string.Join(" ", errors));
            if (id is { } given && contacts.ContainsKey(given)) throw new SeedException(label + ": the id " + given + " is used twice.");
            SeedInsert(contacts, row, id, ref nextContact);
        }

        var contactUdfs = UdfDefinitions(section, "contacts", contacts.Values);
        var companyUdfs = UdfDefinitions(section, "companies", companies.Values);

        lock (_gate)
        {
            Contacts.UserDefinedFields = contactUdfs;
            Companies.UserDefinedFields = companyUdfs;
            Replace(_companies, companies);
            Replace(_contacts, contacts);
            _contactsByCompany = null;
            _nextCompanyId = nextCompany;
            _nextContactId = nextContact;
        }
    }

    /// <summary>
    /// The UDFs an entity has after a seed: the names listed under autotask.userDefinedFields.{contacts|companies}
    /// (strings or {"name": ...} objects), then every name the seeded records carry, first casing wins. The real
    /// API reads UDF definitions from the database's setup; a seed document has records only, so the records'
    /// names define them (a separate list adds UDFs no record carries yet).
    /// </summary>
    private static IReadOnlyList<FieldDef> UdfDefinitions(JsonObject? section, string name, IEnumerable<JsonObject> rows)
    {
        var names = new List<string>();
        void Add(string? udf)
        {
            if (!string.IsNullOrWhiteSpace(udf) && !names.Contains(udf, StringComparer.OrdinalIgnoreCase)) names.Add(udf);
        }
        if (section != null && QueryJson.Get(section, EntityFields.UserDefinedFields) is { } definitions)
        {
            if (definitions is not JsonObject byEntity) throw new SeedException("autotask.userDefinedFields must be an object such as {\"contacts\": [\"Department\"]}.");
            if (QueryJson.Get(byEntity, name) is { } list)
            {
                if (list is not JsonArray items) throw new SeedException("autotask.userDefinedFields." + name + " must be an array of names.");
                foreach (var item in items)
                {
                    var udf = item is JsonObject o ? QueryJson.String(o, "name") : item is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
                    if (string.IsNullOrWhiteSpace(udf)) throw new SeedException("autotask.userDefinedFields." + name + " holds an entry without a name: " + (item?.ToJsonString() ?? "null") + ".");
                    Add(udf);
                }
            }
        }
        foreach (var row in rows)
        {
            if (row[EntityFields.UserDefinedFields] is not JsonArray udfs) continue;
            foreach (var udf in udfs) Add(udf is JsonObject o ? QueryJson.String(o, "name") : null);
        }
        return names.Select(EntityDef.UdfDefinition).ToArray();
    }

    private SortedList<long, JsonObject> Table(EntityDef entity) => ReferenceEquals(entity, Contacts) ? _contacts : _companies;

    /// <summary>The index of the first key greater than afterId (binary search over the sorted key list).</summary>
    private static int FirstAbove(IList<long> keys, long afterId)
    {
        int lo = 0, hi = keys.Count;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (keys[mid] <= afterId) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private void RequireParent(long parentId)
    {
        if (!_companies.ContainsKey(parentId)) throw ErrorBodies.Fail("Unable to find the parent Company with id " + parentId + ".");
    }

    /// <summary>
    /// companyID must match the parent id in the URL; when the body leaves it out it is taken from the URL
    /// (a documented guess: the parent URL already says which company).
    /// </summary>
    private void CheckParent(JsonObject row, long parentId, List<string> errors)
    {
        var companyId = Contacts.Find("companyID")!;
        if (FieldValues.Read(row, companyId) is not long company) row[companyId.Name] = parentId;
        else if (company != parentId) errors.Add("The companyID " + company + " does not match the parent Company id " + parentId + " in the URL.");
    }

    private static long BodyId(EntityDef entity, JsonObject body)
    {
        var node = QueryJson.Get(body, "id");
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && long.TryParse(v.ToJsonString(), out var id)) return id;
        throw ErrorBodies.Fail("The id of the " + entity.Name + " to update is required in the body.");
    }

    /// <summary>A PUT's starting point: a blank row that keeps the id and the values the server owns.</summary>
    private static JsonObject Replacement(EntityDef entity, JsonObject existing)
    {
        var row = EntityWrites.Blank(entity);
        foreach (var field in entity.Fields.Where(f => f.ReadOnly)) row[field.Name] = existing[field.Name]?.DeepClone();
        return row;
    }

    /// <summary>What the simulator fills in for a new company (a guess kept small so tests seed with little).</summary>
    private void CompanyDefaults(JsonObject row)
    {
        row["companyType"] ??= 1L;
        row["isActive"] ??= true;
        EntityWrites.DefaultBooleans(Companies, row);
    }

    private long Insert(EntityDef entity, JsonObject row, ref long nextId, long? id)
    {
        var table = Table(entity);
        var assigned = id ?? nextId;
        nextId = Math.Max(nextId, assigned + 1);
        var now = FieldValues.Timestamp(DateTime.UtcNow);
        row["id"] = assigned;
        row["createDate"] ??= now;
        if (entity == Contacts) row["lastModifiedDate"] ??= now;
        else row["lastTrackedModifiedDateTime"] ??= now;
        table[assigned] = row;
        if (entity == Contacts) _contactsByCompany = null;
        return assigned;
    }

    private void SeedInsert(SortedList<long, JsonObject> table, JsonObject row, long? id, ref long nextId)
    {
        var assigned = id ?? Math.Max(nextId, table.Count == 0 ? 0 : table.Keys[^1] + 1);
        nextId = Math.Max(nextId, assigned + 1);
        var now = FieldValues.Timestamp(DateTime.UtcNow);
        row["id"] = assigned;
        row["createDate"] ??= now;
        if (row.ContainsKey("lastModifiedDate")) row["lastModifiedDate"] ??= now;
        else row["lastTrackedModifiedDateTime"] ??= now;
        table[assigned] = row;
    }

    private static long? SeedId(EntityDef entity, JsonObject record, string label, List<string> errors)
    {
        var node = QueryJson.Get(record, "id");
        if (node == null) return null;
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && long.TryParse(v.ToJsonString(), out var id) && id >= 0) return id;
        errors.Add("the id " + node.ToJsonString() + " is not a whole number of 0 or more for a " + entity.Name + ".");
        return null;
    }

    private static List<JsonObject> Records(JsonObject? section, string name)
    {
        if (section == null) return new List<JsonObject>();
        var node = QueryJson.Get(section, name);
        if (node == null) return new List<JsonObject>();
        if (node is not JsonArray array) throw new SeedException("autotask." + name + " must be an array.");
        var records = new List<JsonObject>();
        for (var i = 0; i < array.Count; i++)
        {
            records.Add(array[i] as JsonObject ?? throw new SeedException("autotask." + name + "[" + i + "] is not a JSON object."));
        }
        return records;
    }

    private static string Label(string name, int index, JsonObject record, string nameField)
    {
        var id = QueryJson.Get(record, "id")?.ToJsonString();
        var text = QueryJson.String(record, nameField);
        return "autotask." + name + "[" + index + "]" + (id != null || text != null ? " (" + string.Join(", ", new[] { id != null ? "id " + id : null, text }.Where(t => t != null)) + ")" : string.Empty);
    }

    private static void Replace(SortedList<long, JsonObject> target, SortedList<long, JsonObject> source)
    {
        target.Clear();
        target.Capacity = Math.Max(target.Capacity, source.Count);
        // Keys arrive in order, so each Add appends: O(N) in all.
        foreach (var (key, value) in source) target.Add(key, value);
    }

    private JsonObject OwnerCompany()
    {
        var row = EntityWrites.Blank(Companies);
        row["companyName"] = "QuickpassPsa Simulator (owner company)";
        row["companyNumber"] = "0";
        row["companyType"] = 1L;
        row["isActive"] = true;
        EntityWrites.DefaultBooleans(Companies, row);
        row["id"] = 0L;
        row["createDate"] = FieldValues.Timestamp(new DateTime(2010, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        row["lastTrackedModifiedDateTime"] = row["createDate"]!.DeepClone();
        return row;
    }
}
