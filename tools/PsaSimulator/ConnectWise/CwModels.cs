namespace QuickpassPsa.Simulator.ConnectWise;

/// <summary>How a field compares in conditions and orderBy, and what it may hold.</summary>
internal enum CwFieldKind
{
    String,
    Int,
    Decimal,
    Bool,
    DateTime,
    Guid,
    Enum,

    /// <summary>A reference object ({id, name, ...}); conditions must name one of its sub-fields.</summary>
    Reference,

    /// <summary>An array; only childConditions may look inside (psa-api.md A4).</summary>
    List,

    /// <summary>The server-owned _info dictionary.</summary>
    Info,

    /// <summary>A value of any JSON kind (a custom field's value): compared as the literal it meets is typed.</summary>
    Variant,
}

internal sealed class CwField
{
    public CwField(string name, CwFieldKind kind, CwModel? item = null, string[]? enumValues = null, int? maxLength = null)
    {
        Name = name;
        Kind = kind;
        Item = item;
        EnumValues = enumValues;
        MaxLength = maxLength;
    }

    /// <summary>The wire name, in its canonical casing.</summary>
    public string Name { get; }
    public CwFieldKind Kind { get; }

    /// <summary>The sub-model of a reference, an array's element model, or _info's keys.</summary>
    public CwModel? Item { get; }
    public string[]? EnumValues { get; }

    /// <summary>The most characters a string field holds on a write (the spec's "Max length: N;" notes), or null.</summary>
    public int? MaxLength { get; }
}

/// <summary>A model's field set; lookups ignore case (condition field names are case-insensitive, A4).</summary>
internal sealed class CwModel
{
    private readonly Dictionary<string, CwField> _byName;

    public CwModel(string name, params CwField[] fields)
    {
        Name = name;
        Fields = fields;
        _byName = fields.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
    }

    public string Name { get; }
    public IReadOnlyList<CwField> Fields { get; }

    public CwField? Find(string name) => _byName.TryGetValue(name, out var field) ? field : null;
}

/// <summary>
/// The field sets of the models the simulator serves, copied from specs/connectwise-models-subset.json
/// (2025 OAS). Condition validity comes from here, never from what a record happens to hold, so
/// "x is not a recognized name." answers the same whether or not any record has x.
/// </summary>
internal static class CwModels
{
    private static CwField S(string name, int? maxLength = null) => new(name, CwFieldKind.String, maxLength: maxLength);
    private static CwField I(string name) => new(name, CwFieldKind.Int);
    private static CwField B(string name) => new(name, CwFieldKind.Bool);
    private static CwField D(string name) => new(name, CwFieldKind.DateTime);
    private static CwField R(string name, CwModel? model = null) => new(name, CwFieldKind.Reference, model ?? Reference);
    private static CwField L(string name, CwModel? item = null) => new(name, CwFieldKind.List, item);
    private static CwField E(string name, params string[] values) => new(name, CwFieldKind.Enum, null, values);

    /// <summary>userDefinedField1..10: "Max length: 50;" on Contact and Company (specs/connectwise-models-subset.json).</summary>
    private static IEnumerable<CwField> UserDefinedFields() => Enumerable.Range(1, 10).Select(n => S("userDefinedField" + n, 50));

    /// <summary>_info keys the simulator writes (lastUpdated etc.); any key is a string on the wire.</summary>
    public static readonly CwModel Info = new("_info",
        D("lastUpdated"), D("dateEntered"), S("updatedBy"), S("enteredBy"), S("contactMobileGuid"));

    private static CwField InfoField() => new("_info", CwFieldKind.Info, Info);

    /// <summary>
    /// CustomFieldValue, an element of a contact's or company's customFields (the shape of psa-api.md A5's example,
    /// {id, caption, type, entryMethod, numberOfDecimals, value}, plus connectWiseId from the OAS): what
    /// customFieldConditions (A4: caption="TomNumber" AND value != null) names. value holds any JSON kind.
    /// </summary>
    public static readonly CwModel CustomFieldValue = new("CustomFieldValue",
        S("caption"), S("connectWiseId"), S("entryMethod"), I("id"), I("numberOfDecimals"), S("type"), new CwField("value", CwFieldKind.Variant));

    /// <summary>ActivityReference and most references: {id, name, _info}.</summary>
    public static readonly CwModel Reference = new("Reference", I("id"), S("name"), InfoField());

    /// <summary>CatalogItemReference (CompanyReference, MemberReference): {id, identifier, name, _info}.</summary>
    public static readonly CwModel CatalogReference = new("CatalogReference", I("id"), S("identifier"), S("name"), InfoField());

    public static readonly string[] CommunicationTypeValues = { "Email", "Fax", "Phone" };

    /// <summary>
    /// value and extension hold what ContactCommunication's do ("Max length: 250;" and "15;" in the spec): the
    /// items are the same records seen through the contact (the limits on the item model are inferred from that).
    /// </summary>
    public static readonly CwModel CommunicationItem = new("ContactCommunicationItem",
        E("communicationType", CommunicationTypeValues), B("defaultFlag"), S("domain"), S("extension", 15), I("id"), R("type"), S("value", 250));

    /// <summary>
    /// Lengths: firstName and lastName 30, title 100, securityIdentifier 184 (psa-api.md A2 "Limits", from
    /// CW-CTC's New-CWMCompanyContact validation), userDefinedField1..10 50 (spec); gender and presence are the
    /// spec's Literal enums.
    /// </summary>
    public static readonly CwModel Contact = new("Contact", new[]
    {
        InfoField(), S("addressLine1"), S("addressLine2"), D("anniversary"), R("assistantContact"), S("birthDay"), S("children"),
        B("childrenFlag"), S("city"), L("communicationItems", CommunicationItem), R("company", CatalogReference), R("companyLocation"),
        R("country"), L("customFields"), B("defaultBillingFlag"), B("defaultFlag"), I("defaultMergeContactId"), S("defaultPhoneExtension"),
        S("defaultPhoneNbr"), S("defaultPhoneType"), R("department"), B("disablePortalLoginFlag"), S("facebookUrl"), S("firstName", 30),
        E("gender", "Female", "Male"), I("id"), B("ignoreDuplicates"), B("inactiveFlag"), L("integratorTags"), S("lastName", 30),
        S("linkedInUrl"), R("managerContact"), B("marriedFlag"), new CwField("mobileGuid", CwFieldKind.Guid), S("nickName"), R("photo"),
        S("portalPassword"), I("portalSecurityLevel"), E("presence", "NoAgent", "Online", "DoNotDisturb", "Away", "Offline"),
        R("relationship"), S("relationshipOverride"), S("school"), S("securityIdentifier", 184), S("significantOther"), R("site"),
        S("state"), S("title", 100), S("twitterUrl"), L("typeIds"), L("types", Reference), B("unsubscribeFlag"), S("zip"),
    }.Concat(UserDefinedFields()).ToArray());

    public static readonly CwModel ContactCommunication = new("ContactCommunication",
        InfoField(), E("communicationType", CommunicationTypeValues), I("contactId"), B("defaultFlag"), S("domain"), S("extension", 15),
        I("id"), new CwField("mobileGuid", CwFieldKind.Guid), R("type"), S("value", 250));

    /// <summary>The xrefs hold 50 characters, coreEntityCommunicationTypeId 36 (spec notes; psa-api.md A3).</summary>
    public static readonly CwModel CommunicationType = new("CommunicationType",
        InfoField(), S("androidXref", 50), S("coreEntityCommunicationTypeId", 36), B("defaultFlag"), S("description"), B("emailFlag"),
        S("exchangeXref", 50), B("faxFlag"), S("googleXref", 50), I("id"), S("iphoneXref", 50), B("phoneFlag"));

    /// <summary>
    /// CommunicationTypeInfo, what the /info endpoints answer (psa-api.md A3: "{id, description, phoneFlag,
    /// faxFlag, emailFlag, defaultFlag, _info}"); conditions on /info see only these fields.
    /// </summary>
    public static readonly CwModel CommunicationTypeInfo = new("CommunicationTypeInfo",
        InfoField(), B("defaultFlag"), S("description"), B("emailFlag"), B("faxFlag"), I("id"), B("phoneFlag"));

    /// <summary>An entry of /communicationTypes/{id}/usages (A3: [{type,count,id,description,hyperlink,typeKey}]).</summary>
    public static readonly CwModel Usage = new("Usage",
        I("count"), S("description"), S("hyperlink"), I("id"), S("type"), S("typeKey"));

    /// <summary>
    /// Lengths from the spec's notes: identifier 30 (psa-api.md A7 says 25 from an older source; the 2025 spec
    /// extract wins), name, address lines, city, state, leadSource and the UDFs 50, zip 12, phone and fax 30, website 255.
    /// </summary>
    public static readonly CwModel Company = new("Company", new[]
    {
        InfoField(), S("accountNumber"), S("addressLine1", 50), S("addressLine2", 50), new CwField("annualRevenue", CwFieldKind.Decimal),
        R("billToCompany", CatalogReference), R("billingContact"), R("billingSite"), R("billingTerms"), R("calendar"), S("city", 50),
        R("companyEntityType"), R("country"), R("currency"), L("customFields"), D("dateAcquired"), D("dateDeleted"), R("defaultContact"),
        S("deletedBy"), B("deletedFlag"), S("facebookUrl"), S("faxNumber", 30), I("id"), S("identifier", 30), L("integratorTags"),
        S("invoiceCCEmailAddress"), R("invoiceDeliveryMethod"), R("invoiceTemplate"), S("invoiceToEmailAddress"), B("isVendorFlag"),
        B("leadFlag"), S("leadSource", 50), S("linkedInUrl"), R("market"), new CwField("mobileGuid", CwFieldKind.Guid), S("name", 50),
        I("numberOfEmployees"), R("ownershipType"), R("parentCompany", CatalogReference), S("phoneNumber", 30), R("pricingSchedule"),
        S("resellerIdentifier"), I("revenueYear"), R("sicCode"), R("site"), S("state", 50), R("status"), R("taxCode"), S("taxIdentifier"),
        R("territory"), R("territoryManager", CatalogReference), R("timeZoneSetup"), S("twitterUrl"), L("types", Reference),
        B("unsubscribeFlag"), S("vendorIdentifier"), S("website", 255), I("yearEstablished"), S("zip", 12),
    }.Concat(UserDefinedFields()).ToArray());
}
