using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace QuickpassPsa.Simulator.ConnectWise;

/// <summary>
/// The ConnectWise data and its rules: companies, the communication types setup table and contacts with
/// their communication items. Records are stored in their final wire shape (derived fields filled in), so
/// listing and filtering read them directly. Not thread-safe: <see cref="ConnectWiseStore"/> locks around it.
/// Validation failures throw <see cref="CwApiException"/> with the real server's 400 shapes (psa-api.md A6).
/// </summary>
internal sealed class ConnectWiseData
{
    private int _nextItemId = 1;

    public CwTable Companies { get; } = new();
    public CwTable CommunicationTypes { get; } = new();
    public CwTable Contacts { get; } = new();

    /// <summary>Contacts by company id, built on the first read that needs it and dropped by every write (see ConnectWiseStore.Write).</summary>
    private Dictionary<int, CwListRows>? _contactsByCompany;

    /// <summary>The contacts of one company, in id order: what a "company/id = N" list scans instead of every contact.</summary>
    public ICwRows ContactsOfCompany(int companyId)
    {
        _contactsByCompany ??= Contacts.All
            .GroupBy(c => IntOf(c["company"]?["id"]) ?? 0)
            .ToDictionary(g => g.Key, g => new CwListRows(g));
        return _contactsByCompany.TryGetValue(companyId, out var rows) ? rows : new CwListRows(Array.Empty<JsonObject>());
    }

    /// <summary>Forgets the company index after a write (a contact added, moved or deleted).</summary>
    public void Changed() => _contactsByCompany = null;

    public int CommunicationItemCount => Contacts.All.Sum(c => (c["communicationItems"] as JsonArray)?.Count ?? 0);

    public static string Now() => DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    // ---------------------------------------------------------------- companies (A7)

    public JsonObject AddCompany(JsonObject input, string user, int? id = null, JsonObject? givenInfo = null)
    {
        var newId = id ?? Companies.TakeId();
        var company = BuildCompany(input, newId, user, givenInfo);
        Companies.Put(newId, company);
        return company;
    }

    /// <summary>
    /// PUT /company/companies/{id} (A7): the writable fields are replaced (left-out ones disappear, status and
    /// deletedFlag take their defaults again); id and _info stay the server's. Also the end of a PATCH.
    /// </summary>
    public JsonObject ReplaceCompany(int id, JsonObject input, string user)
    {
        var existing = GetCompany(id);
        var company = BuildCompany(input, id, user, null, existing);
        Companies.Put(id, company);
        RefreshCompanyReferences(company);
        return company;
    }

    /// <summary>PATCH /company/companies/{id}: JSON Patch as on contacts (A5), then validated like a PUT.</summary>
    public JsonObject PatchCompany(int id, JsonNode? body, string user)
    {
        var existing = GetCompany(id);
        var copy = (JsonObject)existing.DeepClone();
        return CwPatch.Apply(copy, body, CwModels.Company, "company") ? ReplaceCompany(id, copy, user) : existing;
    }

    public JsonObject GetCompany(int id) => Companies.Get(id) ?? throw CwErrors.NotFound("Company with id " + id + " was not found.");

    /// <summary>
    /// GET /company/contacts/default?companyId=N (A2: "The company's default contact"). The Company model's
    /// defaultContact reference decides when it names a contact of that company; otherwise the company's
    /// contact with defaultFlag true (Contact.defaultFlag, the lowest id if several: GUESS). None: 404.
    /// </summary>
    public JsonObject DefaultContact(int companyId)
    {
        var company = GetCompany(companyId);
        if (IntOf(company["defaultContact"]?["id"]) is { } named && Contacts.Get(named) is { } chosen && IntOf(chosen["company"]?["id"]) == companyId)
        {
            return chosen;
        }
        var rows = ContactsOfCompany(companyId);
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i]["defaultFlag"]?.GetValueKind() == JsonValueKind.True) return rows[i];
        }
        throw CwErrors.NotFound("Company with id " + companyId + " ('" + StringOf(company["name"]) + "') has no default contact.");
    }

    /// <summary>A contact's company is a reference {id, identifier, name}: a renamed company shows on its contacts at once.</summary>
    private void RefreshCompanyReferences(JsonObject company)
    {
        var id = (int)company["id"]!;
        foreach (var contact in Contacts.All)
        {
            if (contact["company"] is JsonObject reference && IntOf(reference["id"]) == id)
            {
                reference["identifier"] = company["identifier"]?.DeepClone();
                reference["name"] = company["name"]?.DeepClone();
            }
        }
    }

    private JsonObject BuildCompany(JsonObject input, int id, string user, JsonObject? givenInfo, JsonObject? existing = null)
    {
        var errors = new List<JsonObject>();
        var c = Canonical(input, CwModels.Company, topLevel: true, "company", errors);
        var identifier = StringOf(c["identifier"]);
        var name = StringOf(c["name"]);
        if (string.IsNullOrWhiteSpace(identifier)) errors.Add(CwErrors.Validation("MissingRequiredField", "identifier is required.", "company", "identifier"));
        if (string.IsNullOrWhiteSpace(name)) errors.Add(CwErrors.Validation("MissingRequiredField", "name is required.", "company", "name"));
        if (identifier != null && Companies.All.Any(o => (int)o["id"]! != id && identifier.Equals(StringOf(o["identifier"]), StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add(CwErrors.Validation("ObjectExists", "The identifier '" + identifier + "' is already in use.", "company", "identifier"));
        }
        if (errors.Count > 0) throw CwErrors.InvalidObject("company", errors);

        var result = new JsonObject { ["id"] = id, ["identifier"] = identifier, ["name"] = name };
        MoveRest(c, result);
        result["status"] ??= new JsonObject { ["id"] = 1, ["name"] = "Active" };
        if (!result.ContainsKey("deletedFlag")) result["deletedFlag"] = false;
        if (existing?["mobileGuid"] is { } guid) result["mobileGuid"] = guid.DeepClone();
        result["_info"] = Info(existing?["_info"] as JsonObject, user, givenInfo);
        return result;
    }

    /// <summary>{id, identifier, name} of a company named by id (first) or identifier; null when unknown.</summary>
    private JsonObject? CompanyReference(JsonObject reference)
    {
        JsonObject? company = null;
        if (IntOf(reference["id"]) is { } id) company = Companies.Get(id);
        if (company == null && StringOf(reference["identifier"]) is { } identifier)
        {
            company = Companies.All.FirstOrDefault(c => identifier.Equals(StringOf(c["identifier"]), StringComparison.OrdinalIgnoreCase));
        }
        return company == null ? null : new JsonObject
        {
            ["id"] = company["id"]!.DeepClone(),
            ["identifier"] = company["identifier"]?.DeepClone(),
            ["name"] = company["name"]?.DeepClone(),
        };
    }

    // ---------------------------------------------------------------- communication types (A3)

    public JsonObject AddCommunicationType(JsonObject input, string user, int? id = null, JsonObject? givenInfo = null)
    {
        var newId = id ?? CommunicationTypes.TakeId();
        var type = BuildCommunicationType(input, newId, null, givenInfo);
        CommunicationTypes.Put(newId, type);
        return type;
    }

    /// <summary>PUT (full replace) or the result of a PATCH; a rename or flag change shows on every contact's items.</summary>
    public JsonObject ReplaceCommunicationType(int id, JsonObject input)
    {
        var existing = CommunicationTypes.Get(id) ?? throw NotFoundType(id);
        var type = BuildCommunicationType(input, id, existing, null);
        CommunicationTypes.Put(id, type);
        RefreshItemsOfType(type);
        return type;
    }

    public JsonObject PatchCommunicationType(int id, JsonNode? body)
    {
        var existing = CommunicationTypes.Get(id) ?? throw NotFoundType(id);
        var copy = (JsonObject)existing.DeepClone();
        return CwPatch.Apply(copy, body, CwModels.CommunicationType, "communicationType") ? ReplaceCommunicationType(id, copy) : existing;
    }

    public void DeleteCommunicationType(int id)
    {
        var type = CommunicationTypes.Get(id) ?? throw NotFoundType(id);
        var uses = CountItemsOfType(id);
        if (uses > 0)
        {
            // GUESS: a setup record in use cannot be deleted; 409 is the status table's "in use / conflict" (A6).
            throw new CwApiException(409, CwErrors.Body("InUse",
                "Communication type '" + StringOf(type["description"]) + "' is used by " + uses + " contact communication item(s) and cannot be deleted.", null));
        }
        CommunicationTypes.Remove(id);
    }

    /// <summary>
    /// GET /company/communicationTypes/{id}/usages: [{type, count, id, description, hyperlink, typeKey}] (A3).
    /// GUESS: one "Contact" entry counting the contact communication items that use the type (count may be 0).
    /// </summary>
    public JsonArray Usages(int id)
    {
        var type = CommunicationTypes.Get(id) ?? throw NotFoundType(id);
        return new JsonArray(new JsonObject
        {
            ["type"] = "Contact",
            ["count"] = CountItemsOfType(id),
            ["id"] = id,
            ["description"] = "Contact communications using '" + StringOf(type["description"]) + "'",
            ["hyperlink"] = null,
            ["typeKey"] = "Contact",
        });
    }

    private int CountItemsOfType(int typeId) =>
        Contacts.All.Sum(c => (c["communicationItems"] as JsonArray)?.Count(i => IntOf(i?["type"]?["id"]) == typeId) ?? 0);

    private JsonObject BuildCommunicationType(JsonObject input, int id, JsonObject? existing, JsonObject? givenInfo)
    {
        var errors = new List<JsonObject>();
        var c = Canonical(input, CwModels.CommunicationType, topLevel: true, "communicationType", errors);
        // Kept exactly as given: real setup tables carry stray spaces ("Direct "), which is what breaks
        // matching and contact creation and what Repair-CwCommunicationType finds.
        var description = StringOf(c["description"]);
        if (string.IsNullOrWhiteSpace(description))
        {
            errors.Add(CwErrors.Validation("MissingRequiredField", "description is required.", "communicationType", "description"));
        }
        else if (CommunicationTypes.All.Any(t => (int)t["id"]! != id && description!.Equals(StringOf(t["description"]), StringComparison.OrdinalIgnoreCase)))
        {
            // GUESS (A3: the uniqueness rule is undocumented); the ObjectExists shape is real for other duplicates (A6).
            errors.Add(CwErrors.Validation("ObjectExists", "The description '" + description + "' already exists.", "communicationType", "description"));
        }
        var phone = c["phoneFlag"]?.GetValueKind() == JsonValueKind.True;
        var fax = c["faxFlag"]?.GetValueKind() == JsonValueKind.True;
        var email = c["emailFlag"]?.GetValueKind() == JsonValueKind.True;
        if (!phone && !fax && !email)
        {
            // The spec's own note on the three flags (A3); the error code is a guess.
            errors.Add(CwErrors.Validation("InvalidField", "At least one flag is required to be true -- phone, fax, or email", "communicationType", "phoneFlag"));
        }
        if (errors.Count > 0) throw CwErrors.InvalidObject("communicationType", errors);

        var result = new JsonObject
        {
            ["id"] = id,
            ["description"] = description,
            ["phoneFlag"] = phone,
            ["faxFlag"] = fax,
            ["emailFlag"] = email,
            ["defaultFlag"] = c["defaultFlag"]?.GetValueKind() == JsonValueKind.True,
        };
        foreach (var name in new[] { "exchangeXref", "iphoneXref", "androidXref", "googleXref", "coreEntityCommunicationTypeId" })
        {
            result[name] = c[name]?.DeepClone();
        }
        var info = Info(existing?["_info"] as JsonObject, null, givenInfo);
        info.Remove("updatedBy");
        info.Remove("enteredBy");
        result["_info"] = info;
        return result;
    }

    /// <summary>
    /// A type named by id (first) or by description, ignoring case but not spaces (A2 suggested rule; GUESS
    /// that a stray space in the setup table defeats a lookup by name, which is why the table needs repair).
    /// </summary>
    private JsonObject? ResolveType(JsonObject? reference)
    {
        if (reference == null) return null;
        if (IntOf(reference["id"]) is { } id && CommunicationTypes.Get(id) is { } byId) return byId;
        var name = StringOf(reference["name"]) ?? StringOf(reference["description"]);
        return name == null ? null : CommunicationTypes.All.FirstOrDefault(t => name.Equals(StringOf(t["description"]), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"Email", "Fax" or "Phone" from the type's flags (GUESS on precedence when several are set).</summary>
    private static string CommunicationKind(JsonObject type) =>
        type["emailFlag"]?.GetValueKind() == JsonValueKind.True ? "Email"
        : type["faxFlag"]?.GetValueKind() == JsonValueKind.True ? "Fax"
        : "Phone";

    private void RefreshItemsOfType(JsonObject type)
    {
        var typeId = (int)type["id"]!;
        foreach (var contact in Contacts.All)
        {
            if (contact["communicationItems"] is not JsonArray items) continue;
            var touched = false;
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i] is JsonObject item && IntOf(item["type"]?["id"]) == typeId)
                {
                    items[i] = ShapeItem(item, type, IntOf(item["id"])!.Value);
                    touched = true;
                }
            }
            if (touched && contact["_info"] is JsonObject info) info["lastUpdated"] = Now();
        }
    }

    // ---------------------------------------------------------------- contacts (A2)

    public JsonObject AddContact(JsonObject input, string user, int? id = null, JsonObject? givenInfo = null, bool keepItemIds = false)
    {
        var contact = BuildContact(input, id ?? Contacts.NextId, null, user, givenInfo, keepItemIds);
        var newId = id ?? Contacts.TakeId();
        Contacts.Put(newId, contact);
        return contact;
    }

    public JsonObject ReplaceContact(int id, JsonObject input, string user)
    {
        var existing = Contacts.Get(id) ?? throw NotFoundContact(id);
        var contact = BuildContact(input, id, existing, user, null, false);
        Contacts.Put(id, contact);
        return contact;
    }

    public JsonObject PatchContact(int id, JsonNode? body, string user)
    {
        var existing = Contacts.Get(id) ?? throw NotFoundContact(id);
        var copy = (JsonObject)existing.DeepClone();
        return CwPatch.Apply(copy, body, CwModels.Contact, "contact") ? ReplaceContact(id, copy, user) : existing;
    }

    public void DeleteContact(int id)
    {
        if (!Contacts.Remove(id)) throw NotFoundContact(id);
    }

    public JsonObject GetContact(int id) => Contacts.Get(id) ?? throw NotFoundContact(id);

    private JsonObject BuildContact(JsonObject input, int id, JsonObject? existing, string user, JsonObject? givenInfo, bool keepItemIds)
    {
        var errors = new List<JsonObject>();
        var c = Canonical(input, CwModels.Contact, topLevel: true, "contact", errors);

        // GUESS: firstName required (older specs required it; the 2025 OAS marks nothing required, A2).
        if (string.IsNullOrWhiteSpace(StringOf(c["firstName"])))
        {
            errors.Add(CwErrors.Validation("MissingRequiredField", "firstName is required.", "contact", "firstName"));
        }

        var result = new JsonObject { ["id"] = id };
        foreach (var (name, value) in c.ToList())
        {
            c.Remove(name);
            switch (name)
            {
                case "company":
                    if (value is JsonObject reference)
                    {
                        var company = CompanyReference(reference);
                        if (company == null)
                        {
                            errors.Add(CwErrors.Validation("InvalidField", "company " + Describe(reference, "identifier") + " could not be found.", "contact", "company"));
                        }
                        result["company"] = company;
                    }
                    else
                    {
                        result["company"] = null;
                    }
                    break;
                case "communicationItems":
                    result["communicationItems"] = BuildItems(value as JsonArray, existing?["communicationItems"] as JsonArray, errors, keepItemIds);
                    break;
                default:
                    result[name] = value;
                    break;
            }
        }
        if (errors.Count > 0) throw CwErrors.InvalidObject("contact", errors);

        // "The system will attempt to default all required information" (A2): the flags and arrays a real record always has.
        if (!result.ContainsKey("inactiveFlag")) result["inactiveFlag"] = false;
        if (!result.ContainsKey("communicationItems")) result["communicationItems"] = new JsonArray();
        if (!result.ContainsKey("types")) result["types"] = new JsonArray();
        result["mobileGuid"] = existing?["mobileGuid"]?.DeepClone() ?? Guid.NewGuid().ToString();
        result["_info"] = Info(existing?["_info"] as JsonObject, user, givenInfo);
        return result;
    }

    private JsonArray BuildItems(JsonArray? items, JsonArray? existingItems, List<JsonObject> errors, bool keepItemIds)
    {
        var result = new JsonArray();
        if (items == null) return result;
        var existingIds = existingItems?.Select(i => IntOf(i?["id"])).Where(i => i != null).Select(i => i!.Value).ToHashSet() ?? new HashSet<int>();
        var index = 0;
        foreach (var element in items)
        {
            var position = index++;
            if (element is not JsonObject item) continue;
            var type = ResolveType(item["type"] as JsonObject);
            if (type == null)
            {
                errors.Add(CwErrors.Validation("InvalidField",
                    "communicationItems[" + position + "].type " + Describe(item["type"] as JsonObject, "name") + " is not a communication type.", "contact", "communicationItems"));
                continue;
            }
            if (string.IsNullOrWhiteSpace(StringOf(item["value"])))
            {
                errors.Add(CwErrors.Validation("MissingRequiredField", "communicationItems[" + position + "].value is required.", "contact", "communicationItems"));
                continue;
            }
            var givenId = IntOf(item["id"]);
            int id;
            if (givenId is { } g && (existingIds.Contains(g) || (keepItemIds && g > 0)))
            {
                id = g;
                if (g >= _nextItemId) _nextItemId = g + 1;
            }
            else
            {
                id = _nextItemId++;
            }
            result.Add(ShapeItem(item, type, id));
        }
        return result;
    }

    /// <summary>
    /// An item in the real order: {id, type{id,name}, value, extension, defaultFlag, [domain], communicationType}.
    /// type.name is the type's description, communicationType comes from its flags, domain ("@x.com") is set on
    /// email items only (A2); whatever the client sent for those three is overwritten.
    /// </summary>
    private static JsonObject ShapeItem(JsonObject item, JsonObject type, int id)
    {
        var kind = CommunicationKind(type);
        var value = StringOf(item["value"]);
        var shaped = new JsonObject
        {
            ["id"] = id,
            ["type"] = new JsonObject { ["id"] = type["id"]!.DeepClone(), ["name"] = type["description"]!.DeepClone() },
            ["value"] = value,
            ["extension"] = item["extension"]?.DeepClone(),
            ["defaultFlag"] = item["defaultFlag"]?.GetValueKind() == JsonValueKind.True,
        };
        if (kind == "Email")
        {
            var at = value?.LastIndexOf('@') ?? -1;
            shaped["domain"] = at >= 0 ? value!.Substring(at) : null;
        }
        shaped["communicationType"] = kind;
        return shaped;
    }

    // ---------------------------------------------------------------- /company/contacts/{id}/communications

    public List<JsonObject> Communications(int contactId)
    {
        var contact = GetContact(contactId);
        return ((contact["communicationItems"] as JsonArray) ?? new JsonArray()).OfType<JsonObject>().Select(i => RenderCommunication(contact, i)).ToList();
    }

    public JsonObject Communication(int contactId, int id)
    {
        var contact = GetContact(contactId);
        return RenderCommunication(contact, FindItem(contact, id));
    }

    public JsonObject AddCommunication(int contactId, JsonObject input, string user)
    {
        var contact = GetContact(contactId);
        var body = CanonicalCommunication(input);
        var items = (JsonArray)contact["communicationItems"]!.DeepClone();
        var item = ToItem(body);
        item.Remove("id");
        items.Add(item);
        var copy = (JsonObject)contact.DeepClone();
        copy["communicationItems"] = items;
        var updated = ReplaceContact(contactId, copy, user);
        var added = (JsonObject)((JsonArray)updated["communicationItems"]!).Last()!;
        return RenderCommunication(updated, added);
    }

    public JsonObject PatchCommunication(int contactId, int id, JsonNode? body, string user)
    {
        var contact = GetContact(contactId);
        var rendered = RenderCommunication(contact, FindItem(contact, id));
        return CwPatch.Apply(rendered, body, CwModels.ContactCommunication, "contactCommunication")
            ? ReplaceCommunication(contactId, id, rendered, user)
            : rendered;
    }

    public JsonObject ReplaceCommunication(int contactId, int id, JsonObject input, string user)
    {
        var contact = GetContact(contactId);
        FindItem(contact, id);
        var body = CanonicalCommunication(input);
        var replacement = ToItem(body);
        replacement["id"] = id;
        var copy = (JsonObject)contact.DeepClone();
        var items = (JsonArray)copy["communicationItems"]!;
        var index = items.Select((item, i) => (item, i)).First(p => IntOf(p.item?["id"]) == id).i;
        items[index] = replacement;
        var updated = ReplaceContact(contactId, copy, user);
        return RenderCommunication(updated, FindItem(updated, id));
    }

    public void DeleteCommunication(int contactId, int id, string user)
    {
        var contact = GetContact(contactId);
        FindItem(contact, id);
        var copy = (JsonObject)contact.DeepClone();
        var items = (JsonArray)copy["communicationItems"]!;
        items.Remove(items.First(i => IntOf(i?["id"]) == id));
        ReplaceContact(contactId, copy, user);
    }

    /// <summary>
    /// A ContactCommunication body, canonical, or 400 "contactCommunication object is invalid" with every problem of
    /// the item itself, each naming resource contactCommunication and its own field, as the too-long value does: value
    /// ≤250 and extension ≤15 (spec), value required (MissingRequiredField on value; the spec marks it required), and a
    /// type that names a communication type (InvalidField on type; absent: MissingRequiredField on type, GUESS). These
    /// are checked here, so the contact's own "communicationItems[n]" errors never reach a caller who posted one item.
    /// </summary>
    private JsonObject CanonicalCommunication(JsonObject input)
    {
        const string resource = "contactCommunication";
        var errors = new List<JsonObject>();
        var body = Canonical(input, CwModels.ContactCommunication, topLevel: true, resource, errors);
        if (string.IsNullOrWhiteSpace(StringOf(body["value"])) && !errors.Any(e => StringOf(e["field"]) == "value"))
        {
            errors.Add(CwErrors.Validation("MissingRequiredField", "value is required.", resource, "value"));
        }
        var type = body["type"] as JsonObject;
        if (type == null) errors.Add(CwErrors.Validation("MissingRequiredField", "type is required.", resource, "type"));
        else if (ResolveType(type) == null) errors.Add(CwErrors.Validation("InvalidField", "type " + Describe(type, "name") + " is not a communication type.", resource, "type"));
        if (errors.Count > 0) throw CwErrors.InvalidObject(resource, errors);
        return body;
    }

    private static JsonObject ToItem(JsonObject communication) => new()
    {
        ["id"] = communication["id"]?.DeepClone(),
        ["type"] = communication["type"]?.DeepClone(),
        ["value"] = communication["value"]?.DeepClone(),
        ["extension"] = communication["extension"]?.DeepClone(),
        ["defaultFlag"] = communication["defaultFlag"]?.DeepClone(),
    };

    private static JsonObject FindItem(JsonObject contact, int id) =>
        (contact["communicationItems"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(i => IntOf(i["id"]) == id)
        ?? throw CwErrors.NotFound("Communication item with id " + id + " was not found on contact " + contact["id"] + ".");

    /// <summary>ContactCommunication (A2): the item plus contactId and an _info with the contact's mobileGuid.</summary>
    private static JsonObject RenderCommunication(JsonObject contact, JsonObject item)
    {
        var rendered = new JsonObject { ["id"] = item["id"]!.DeepClone(), ["contactId"] = contact["id"]!.DeepClone() };
        foreach (var (name, value) in item)
        {
            if (name != "id") rendered[name] = value?.DeepClone();
        }
        rendered["_info"] = new JsonObject
        {
            ["lastUpdated"] = contact["_info"]?["lastUpdated"]?.DeepClone(),
            ["updatedBy"] = contact["_info"]?["updatedBy"]?.DeepClone(),
            ["contactMobileGuid"] = contact["mobileGuid"]?.DeepClone(),
        };
        return rendered;
    }

    // ---------------------------------------------------------------- helpers

    private static CwApiException NotFoundContact(int id) => CwErrors.NotFound("Contact with id " + id + " was not found.");

    private static CwApiException NotFoundType(int id) => CwErrors.NotFound("Communication Type with id " + id + " was not found.");

    /// <summary>
    /// The input with known fields in their canonical casing (the real deserializer ignores case) and unknown
    /// ones dropped (GUESS: ignored, as JSON deserializers do). Top-level id and _info are the server's and are
    /// dropped; references keep their id. A value the model cannot hold is 400 InvalidObject naming the
    /// top-level field (a nested one, e.g. company/id, says its path in the message): booleans and integers of
    /// the wrong JSON kind, an object where a list belongs (communicationItems), a reference that is not an
    /// object, and an enum outside the spec's values (gender, presence, communicationType). Strings longer than
    /// the model's MaxLength (the spec's "Max length" notes, psa-api.md A2/A3/A7) are added to
    /// <paramref name="errors"/>, all of them at once, with the other validation errors of the record.
    /// </summary>
    private static JsonObject Canonical(JsonObject input, CwModel model, bool topLevel, string resource, List<JsonObject>? errors = null, string path = "", string? topField = null)
    {
        var result = new JsonObject();
        foreach (var (name, value) in input)
        {
            var field = model.Find(name);
            if (field == null || field.Kind == CwFieldKind.Info) continue;
            if (topLevel && field.Name == "id") continue;
            var kind = value?.GetValueKind() ?? JsonValueKind.Null;
            var where = path + field.Name;
            var reported = topField ?? field.Name;
            switch (field.Kind)
            {
                case CwFieldKind.Reference:
                    if (kind == JsonValueKind.Object) result[field.Name] = Canonical((JsonObject)value!, field.Item!, false, resource, errors, where + "/", reported);
                    else if (kind == JsonValueKind.Null) result[field.Name] = null;
                    else throw CwErrors.InvalidObject(resource, "InvalidField", where + " must be an object.", reported);
                    break;
                case CwFieldKind.List when kind is not (JsonValueKind.Array or JsonValueKind.Null):
                    throw CwErrors.InvalidObject(resource, "InvalidField", where + " must be an array.", reported);
                case CwFieldKind.List when field.Item != null && kind == JsonValueKind.Array:
                    result[field.Name] = new JsonArray(((JsonArray)value!)
                        .Select((e, i) => e is JsonObject o ? Canonical(o, field.Item, false, resource, errors, where + "[" + i + "].", reported) : e?.DeepClone()).ToArray());
                    break;
                case CwFieldKind.Bool when kind is not (JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null):
                case CwFieldKind.Int when kind is not (JsonValueKind.Number or JsonValueKind.Null):
                    throw CwErrors.InvalidObject(resource, "InvalidField", where + " has a value of the wrong type.", reported);
                case CwFieldKind.Enum when kind != JsonValueKind.Null
                    && (kind != JsonValueKind.String || !field.EnumValues!.Contains(value!.GetValue<string>(), StringComparer.OrdinalIgnoreCase)):
                    // GUESS on the wording; the spec's Literal values are the only ones a real server can store.
                    throw CwErrors.InvalidObject(resource, "InvalidField",
                        where + " must be one of: " + string.Join(", ", field.EnumValues!) + ".", reported);
                case CwFieldKind.Enum when kind == JsonValueKind.String:
                    // Stored in the spec's casing, as an enum is.
                    result[field.Name] = field.EnumValues!.First(v => v.Equals(value!.GetValue<string>(), StringComparison.OrdinalIgnoreCase));
                    break;
                default:
                    if (field.MaxLength is { } max && kind == JsonValueKind.String && value!.GetValue<string>().Length > max)
                    {
                        // GUESS on the code and wording (the .NET StringLength text); the limits are the spec's.
                        (errors ?? throw CwErrors.InvalidObject(resource, "InvalidField", TooLong(where, max), reported))
                            .Add(CwErrors.Validation("InvalidField", TooLong(where, max), resource, reported));
                    }
                    result[field.Name] = value?.DeepClone();
                    break;
            }
        }
        return result;
    }

    private static string TooLong(string where, int max) =>
        "The field " + where + " must be a string with a maximum length of " + max.ToString(CultureInfo.InvariantCulture) + ".";

    /// <summary>Moves every property of <paramref name="from"/> not yet in <paramref name="to"/>, in order.</summary>
    private static void MoveRest(JsonObject from, JsonObject to)
    {
        foreach (var (name, value) in from.ToList())
        {
            from.Remove(name);
            if (!to.ContainsKey(name)) to[name] = value;
        }
    }

    /// <summary>_info as real records carry it: lastUpdated/updatedBy now, dateEntered/enteredBy kept from creation.</summary>
    private static JsonObject Info(JsonObject? existing, string? user, JsonObject? given)
    {
        var now = Now();
        var info = new JsonObject
        {
            ["lastUpdated"] = now,
            ["updatedBy"] = user,
            ["dateEntered"] = existing?["dateEntered"]?.DeepClone() ?? now,
            ["enteredBy"] = existing?["enteredBy"]?.DeepClone() ?? user,
        };
        if (given != null)
        {
            foreach (var (name, value) in given) info[name] = value?.DeepClone(); // a seed may pin its own dates
        }
        return info;
    }

    private static string Describe(JsonObject? reference, string nameKey) =>
        reference == null ? "(none)"
        : IntOf(reference["id"]) is { } id && StringOf(reference[nameKey]) is { } name1 ? id + " ('" + name1 + "')"
        : IntOf(reference["id"]) is { } id2 ? id2.ToString(CultureInfo.InvariantCulture)
        : StringOf(reference[nameKey]) is { } name2 ? "'" + name2 + "'"
        : "(none)";

    public static string? StringOf(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    public static int? IntOf(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && int.TryParse(v.ToJsonString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? n
            : null;
}
