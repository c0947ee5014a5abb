using System.Text.Json.Nodes;

namespace QuickpassPsa.Simulator.Autotask;

/// <summary>Field data types as entityInformation/fields names them.</summary>
internal enum FieldType
{
    Long,
    Integer,
    String,
    Boolean,
    DateTime,
    Double,
}

internal sealed record PicklistValue(int Value, string Label, bool IsDefault = false);

/// <summary>
/// One field of an entity. The same definition drives validation on writes, type conversion in filters
/// and the entityInformation/fields answer, so what the simulator describes is what it enforces.
/// </summary>
internal sealed record FieldDef(
    string Name,
    FieldType Type,
    int Length = 0,
    bool Required = false,
    bool ReadOnly = false,
    bool Queryable = true,
    string? Reference = null,
    IReadOnlyList<PicklistValue>? Picklist = null)
{
    public string DataType => Type switch
    {
        FieldType.Long => "long",
        FieldType.Integer => "integer",
        FieldType.String => "string",
        FieldType.Boolean => "boolean",
        FieldType.DateTime => "datetime",
        _ => "double",
    };

    public JsonObject Describe()
    {
        var picklist = new JsonArray();
        var order = 0;
        foreach (var p in Picklist ?? Array.Empty<PicklistValue>())
        {
            picklist.Add(new JsonObject
            {
                ["value"] = p.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["label"] = p.Label,
                ["isDefaultValue"] = p.IsDefault,
                ["sortOrder"] = order++,
                ["parentValue"] = "",
                ["isActive"] = true,
                ["isSystem"] = true,
            });
        }
        return new JsonObject
        {
            ["name"] = Name,
            ["dataType"] = DataType,
            ["length"] = Length,
            ["isRequired"] = Required,
            ["isReadOnly"] = ReadOnly,
            ["isQueryable"] = Queryable,
            ["isReference"] = Reference != null,
            ["referenceEntityType"] = Reference ?? "",
            ["isPickList"] = Picklist != null,
            ["picklistValues"] = Picklist != null ? picklist : null,
            ["picklistParentValueField"] = "",
            ["isSupportedWebhookField"] = false,
        };
    }
}

/// <summary>An entity: its singular name (used in error texts), its URL name, and its fields in wire order.</summary>
internal sealed class EntityDef
{
    private readonly Dictionary<string, FieldDef> _byName;

    public EntityDef(string name, string plural, IReadOnlyList<FieldDef> fields)
    {
        Name = name;
        Plural = plural;
        Fields = fields;
        _byName = fields.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>"Contact": the real error text says "Unable to find X in the Contact Entity".</summary>
    public string Name { get; }

    /// <summary>"Contacts": the URL segment and the thread-limit endpoint.</summary>
    public string Plural { get; }

    public IReadOnlyList<FieldDef> Fields { get; }

    /// <summary>Field names are not case sensitive in filters, IncludeFields or bodies (psa-api.md B3).</summary>
    public FieldDef? Find(string name) => _byName.TryGetValue(name, out var f) ? f : null;

    public AutotaskException UnknownField(string name) => ErrorBodies.Fail("Unable to find " + name + " in the " + Name + " Entity");

    public JsonObject DescribeFields() => Describe(Fields);

    /// <summary>
    /// GUESS: the most characters a UDF value holds (what entityInformation/userDefinedFields says and writes enforce);
    /// the real length depends on the UDF's type (text, multi-line text), which the simulator does not model.
    /// </summary>
    public const int UdfMaxLength = 8000;

    private volatile IReadOnlyList<FieldDef> _udfs = Array.Empty<FieldDef>();

    /// <summary>
    /// The user-defined fields this entity has, in the casing they were defined with: text fields, queryable, not
    /// required. Set by the store on seed and reset (swapped whole, so readers never see half a list).
    /// </summary>
    public IReadOnlyList<FieldDef> UserDefinedFields
    {
        get => _udfs;
        set => _udfs = value;
    }

    /// <summary>The UDF of that name (any case), or null.</summary>
    public FieldDef? FindUdf(string name) => _udfs.FirstOrDefault(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    public static FieldDef UdfDefinition(string name) => new(name, FieldType.String, UdfMaxLength);

    /// <summary>GET {Entity}/entityInformation/userDefinedFields: {"fields":[...]} in the FieldInformationModel shape of /fields.</summary>
    public JsonObject DescribeUserDefinedFields() => Describe(_udfs);

    private static JsonObject Describe(IEnumerable<FieldDef> definitions)
    {
        var fields = new JsonArray();
        foreach (var f in definitions) fields.Add(f.Describe());
        return new JsonObject { ["fields"] = fields };
    }
}

/// <summary>The Contact and Company field tables (Swagger ContactModel / CompanyModel, camelCase).</summary>
internal static class EntityFields
{
    public const string UserDefinedFields = "userDefinedFields";

    /// <summary>
    /// Contacts. Required and lengths follow psa-api.md B3: companyID, firstName, lastName, isActive are
    /// required; first/last name and email lengths come from the options (20/20/50 by default, the legacy
    /// SOAP lengths STS respects). Other lengths are the legacy SOAP ones, a guess for REST.
    /// </summary>
    public static EntityDef Contacts(AutotaskSimulatorOptions options)
    {
        var prefixes = new[] { new PicklistValue(1, "Mr."), new PicklistValue(2, "Mrs."), new PicklistValue(3, "Ms."), new PicklistValue(4, "Dr."), new PicklistValue(5, "Prof.") };
        var suffixes = new[] { new PicklistValue(1, "Jr."), new PicklistValue(2, "Sr."), new PicklistValue(3, "II"), new PicklistValue(4, "III"), new PicklistValue(5, "PhD") };
        return new EntityDef("Contact", "Contacts", new[]
        {
            new FieldDef("id", FieldType.Long, ReadOnly: true),
            new FieldDef("additionalAddressInformation", FieldType.String, 100),
            new FieldDef("addressLine", FieldType.String, 128),
            new FieldDef("addressLine1", FieldType.String, 128),
            new FieldDef("alternatePhone", FieldType.String, 32),
            new FieldDef("apiVendorID", FieldType.Integer, ReadOnly: true),
            new FieldDef("bulkEmailOptOutTime", FieldType.DateTime, ReadOnly: true),
            new FieldDef("city", FieldType.String, 32),
            new FieldDef("companyID", FieldType.Integer, Required: true, Reference: "Company"),
            new FieldDef("companyLocationID", FieldType.Integer, Reference: "CompanyLocation"),
            new FieldDef("countryID", FieldType.Integer, Reference: "Country"),
            new FieldDef("createDate", FieldType.DateTime, ReadOnly: true),
            new FieldDef("emailAddress", FieldType.String, options.EmailMaxLength),
            new FieldDef("emailAddress2", FieldType.String, options.EmailMaxLength),
            new FieldDef("emailAddress3", FieldType.String, options.EmailMaxLength),
            new FieldDef("extension", FieldType.String, 10),
            new FieldDef("externalID", FieldType.String, 50),
            new FieldDef("facebookUrl", FieldType.String, 200),
            new FieldDef("faxNumber", FieldType.String, 25),
            new FieldDef("firstName", FieldType.String, options.FirstNameMaxLength, Required: true),
            new FieldDef("impersonatorCreatorResourceID", FieldType.Integer, ReadOnly: true, Reference: "Resource"),
            new FieldDef("isActive", FieldType.Integer, Required: true),
            new FieldDef("isOptedOutFromBulkEmail", FieldType.Boolean, Queryable: false),
            new FieldDef("lastActivityDate", FieldType.DateTime, ReadOnly: true),
            new FieldDef("lastModifiedDate", FieldType.DateTime, ReadOnly: true),
            new FieldDef("lastName", FieldType.String, options.LastNameMaxLength, Required: true),
            new FieldDef("linkedInUrl", FieldType.String, 200),
            new FieldDef("middleInitial", FieldType.String, 2),
            new FieldDef("mobilePhone", FieldType.String, 25),
            new FieldDef("namePrefix", FieldType.Integer, Picklist: prefixes),
            new FieldDef("nameSuffix", FieldType.Integer, Picklist: suffixes),
            new FieldDef("note", FieldType.String, 100),
            new FieldDef("receivesEmailNotifications", FieldType.Boolean),
            new FieldDef("phone", FieldType.String, 25),
            new FieldDef("primaryContact", FieldType.Boolean),
            new FieldDef("roomNumber", FieldType.String, 50),
            new FieldDef("solicitationOptOut", FieldType.Boolean, Queryable: false),
            new FieldDef("solicitationOptOutTime", FieldType.DateTime, ReadOnly: true),
            new FieldDef("state", FieldType.String, 40),
            new FieldDef("surveyOptOut", FieldType.Boolean, Queryable: false),
            new FieldDef("title", FieldType.String, 50),
            new FieldDef("twitterUrl", FieldType.String, 200),
            new FieldDef("zipCode", FieldType.String, 16),
        });
    }

    /// <summary>
    /// Companies: every CompanyModel property of the Swagger (specs/autotask-rest-subset.json), in its order. Lengths,
    /// references and the read-only flags of surveyCompanyRating and isTaskFireActive are GUESSES
    /// where the Swagger gives only a type. Only companyName is required here (the real API also wants companyType, ownerResourceID
    /// and phone); the simulator defaults companyType to 1 (Customer) and isActive to true so tests can seed
    /// with little. isActive is a BOOLEAN on companies (psa-api.md B3/B5).
    /// </summary>
    public static EntityDef Companies()
    {
        var types = new[]
        {
            new PicklistValue(1, "Customer", true), new PicklistValue(2, "Lead"), new PicklistValue(3, "Prospect"), new PicklistValue(4, "Dead"),
            new PicklistValue(6, "Cancellation"), new PicklistValue(7, "Vendor"), new PicklistValue(8, "Partner"),
        };
        return new EntityDef("Company", "Companies", new[]
        {
            new FieldDef("id", FieldType.Long, ReadOnly: true),
            new FieldDef("additionalAddressInformation", FieldType.String, 100),
            new FieldDef("address1", FieldType.String, 128),
            new FieldDef("address2", FieldType.String, 128),
            new FieldDef("alternatePhone1", FieldType.String, 25),
            new FieldDef("alternatePhone2", FieldType.String, 25),
            new FieldDef("apiVendorID", FieldType.Integer, ReadOnly: true),
            new FieldDef("assetValue", FieldType.Double),
            new FieldDef("billToCompanyLocationID", FieldType.Integer, Reference: "CompanyLocation"),
            new FieldDef("billToAdditionalAddressInformation", FieldType.String, 100),
            new FieldDef("billingAddress1", FieldType.String, 150),
            new FieldDef("billingAddress2", FieldType.String, 150),
            new FieldDef("billToAddressToUse", FieldType.Integer),
            new FieldDef("billToAttention", FieldType.String, 50),
            new FieldDef("billToCity", FieldType.String, 50),
            new FieldDef("billToCountryID", FieldType.Integer, Reference: "Country"),
            new FieldDef("billToState", FieldType.String, 128),
            new FieldDef("billToZipCode", FieldType.String, 50),
            new FieldDef("city", FieldType.String, 30),
            new FieldDef("classification", FieldType.Integer),
            new FieldDef("companyName", FieldType.String, 100, Required: true),
            new FieldDef("companyNumber", FieldType.String, 50),
            new FieldDef("companyType", FieldType.Integer, Required: true, Picklist: types),
            new FieldDef("competitorID", FieldType.Integer, Reference: "Competitor"),
            new FieldDef("countryID", FieldType.Integer, Reference: "Country"),
            new FieldDef("createDate", FieldType.DateTime, ReadOnly: true),
            new FieldDef("createdByResourceID", FieldType.Integer, ReadOnly: true, Reference: "Resource"),
            new FieldDef("currencyID", FieldType.Integer, Reference: "Currency"),
            new FieldDef("fax", FieldType.String, 25),
            new FieldDef("impersonatorCreatorResourceID", FieldType.Integer, ReadOnly: true, Reference: "Resource"),
            new FieldDef("invoiceEmailMessageID", FieldType.Integer, Reference: "InvoiceEmailMessage"),
            new FieldDef("invoiceMethod", FieldType.Integer),
            new FieldDef("invoiceNonContractItemsToParentCompany", FieldType.Boolean),
            new FieldDef("invoiceTemplateID", FieldType.Integer, Reference: "InvoiceTemplate"),
            new FieldDef("isActive", FieldType.Boolean, Required: true),
            new FieldDef("isClientPortalActive", FieldType.Boolean, ReadOnly: true),
            new FieldDef("isEnabledForComanaged", FieldType.Boolean),
            new FieldDef("isTaskFireActive", FieldType.Boolean, ReadOnly: true),
            new FieldDef("isTaxExempt", FieldType.Boolean),
            new FieldDef("lastActivityDate", FieldType.DateTime, ReadOnly: true),
            new FieldDef("lastTrackedModifiedDateTime", FieldType.DateTime, ReadOnly: true),
            new FieldDef("marketSegmentID", FieldType.Integer),
            new FieldDef("ownerResourceID", FieldType.Integer, Reference: "Resource"),
            new FieldDef("parentCompanyID", FieldType.Integer, Reference: "Company"),
            new FieldDef("phone", FieldType.String, 25),
            new FieldDef("postalCode", FieldType.String, 10),
            new FieldDef("quoteEmailMessageID", FieldType.Integer, Reference: "QuoteEmailMessage"),
            new FieldDef("quoteTemplateID", FieldType.Integer, Reference: "QuoteTemplate"),
            new FieldDef("sicCode", FieldType.String, 32),
            new FieldDef("state", FieldType.String, 25),
            new FieldDef("stockMarket", FieldType.String, 10),
            new FieldDef("stockSymbol", FieldType.String, 10),
            new FieldDef("surveyCompanyRating", FieldType.Double, ReadOnly: true),
            new FieldDef("taxID", FieldType.String, 50),
            new FieldDef("taxRegionID", FieldType.Integer, Reference: "TaxRegion"),
            new FieldDef("territoryID", FieldType.Integer),
            new FieldDef("webAddress", FieldType.String, 255),
        });
    }
}
