using System.Globalization;
using System.Text.Json.Nodes;
using QuickpassPsa.Simulator.ConnectWise.Conditions;

namespace QuickpassPsa.Simulator.ConnectWise;

/// <summary>
/// The API routes under apis/3.0/ (path segments compare ignoring case, as on the real IIS host):
/// <code>
/// GET                      system/info
/// GET, POST                company/companies            GET company/companies/count
/// GET, PUT, PATCH          company/companies/{id}
/// GET, POST                company/contacts             GET company/contacts/count, company/contacts/default?companyId=N
/// GET, PUT, PATCH, DELETE  company/contacts/{id}
/// GET, POST                company/contacts/{id}/communications     GET .../communications/count
/// GET, PUT, PATCH, DELETE  company/contacts/{id}/communications/{commId}
/// GET, POST                company/communicationTypes   GET company/communicationTypes/count
/// GET, PUT, PATCH, DELETE  company/communicationTypes/{id}           GET .../{id}/usages, .../{id}/usages/list
/// GET                      company/communicationTypes/info, .../info/count, .../{id}/info
/// </code>
/// Anything else the real API has but the simulator does not model (DELETE of a company, merge, other
/// resources) answers 404 saying so, worded apart from a missing record (<see cref="NotModelled"/>).
/// Lists take conditions, childConditions, customFieldConditions, orderBy, fields, page, pageSize, pageId; counts take the three
/// condition parameters; single records take fields (A4 says fields "also works on POST").
/// </summary>
internal sealed class ConnectWiseRoutes
{
    /// <summary>updatedBy/enteredBy on records written through the API (the API member's identifier).</summary>
    private const string ApiMember = "APIMember";

    private readonly ConnectWiseStore _store;
    private readonly ConnectWiseSimulatorOptions _options;

    public ConnectWiseRoutes(ConnectWiseStore store, ConnectWiseSimulatorOptions options)
    {
        _store = store;
        _options = options;
    }

    public async Task DispatchAsync(HttpContext context, string[] path)
    {
        try
        {
            await RouteAsync(context, path);
        }
        catch (UnmodelledRouteException)
        {
            throw NotModelled(context.Request.Method, path);
        }
    }

    private Task RouteAsync(HttpContext context, string[] path)
    {
        if (path.Length == 2 && Is(path[0], "system") && Is(path[1], "info") && HttpMethods.IsGet(context.Request.Method))
        {
            return SystemInfoAsync(context);
        }
        if (path.Length >= 2 && Is(path[0], "company"))
        {
            var rest = path[2..];
            if (Is(path[1], "companies")) return CompaniesAsync(context, rest);
            if (Is(path[1], "contacts")) return ContactsAsync(context, rest);
            if (Is(path[1], "communicationTypes")) return CommunicationTypesAsync(context, rest);
        }
        throw NoRoute();
    }

    /// <summary>GET /system/info: the field names are the spec's (A1), the values examples.</summary>
    private Task SystemInfoAsync(HttpContext context) => CwJson.WriteAsync(context, 200, new JsonObject
    {
        ["version"] = "v" + _options.ApiVersion,
        ["isCloud"] = !_options.Codebase.Equals("v4_6_release/", StringComparison.OrdinalIgnoreCase),
        ["serverTimeZone"] = "Eastern Standard Time",
        ["licenseBits"] = new JsonArray(),
        ["cloudRegion"] = "NA",
    });

    private Task CompaniesAsync(HttpContext context, string[] rest)
    {
        var method = context.Request.Method;
        switch (rest.Length)
        {
            case 0 when HttpMethods.IsGet(method):
                return ListAsync(context, CwModels.Company, d => d.Companies);
            case 0 when HttpMethods.IsPost(method):
                return CreateAsync(context, async () =>
                {
                    var body = await CwJson.ReadObjectAsync(context.Request);
                    return d => d.AddCompany(body, ApiMember);
                });
            case 1 when Is(rest[0], "count"):
                return CountAsync(context, CwModels.Company, d => d.Companies);
            case 1 when HttpMethods.IsGet(method):
                var id = Id(rest, 0);
                return OneAsync(context, d => d.GetCompany(id));
            case 1 when HttpMethods.IsPut(method):
                return OneAsync(context, Id(rest, 0), async r => await CwJson.ReadObjectAsync(r), (d, companyId, body) => d.ReplaceCompany(companyId, (JsonObject)body!, ApiMember));
            case 1 when HttpMethods.IsPatch(method):
                return OneAsync(context, Id(rest, 0), CwJson.ReadBodyAsync, (d, companyId, body) => d.PatchCompany(companyId, body, ApiMember));
            case 1 when HttpMethods.IsDelete(method):
                // The real API deletes companies (A7); the simulator does not model it (what happens to the contacts is not described).
                Id(rest, 0);
                throw NoRoute();
        }
        throw rest.Length <= 1 ? CwErrors.MethodNotAllowed(method) : NoRoute();
    }

    private async Task ContactsAsync(HttpContext context, string[] rest)
    {
        var request = context.Request;
        var method = request.Method;
        if (rest.Length == 0)
        {
            if (HttpMethods.IsGet(method)) await ListAsync(context, CwModels.Contact, d => d.Contacts, (d, filter) => filter?.RequiredCompanyId is { } company ? d.ContactsOfCompany(company) : d.Contacts, links: CwLinks.For(context));
            else if (HttpMethods.IsPost(method))
            {
                var body = await CwJson.ReadObjectAsync(request);
                await CreateAsync(context, () => Task.FromResult<Func<ConnectWiseData, JsonObject>>(d => d.AddContact(body, ApiMember)), CwLinks.For(context));
            }
            else throw CwErrors.MethodNotAllowed(method);
            return;
        }
        if (rest.Length == 1 && Is(rest[0], "count"))
        {
            await CountAsync(context, CwModels.Contact, d => d.Contacts);
            return;
        }
        if (rest.Length == 1 && Is(rest[0], "default"))
        {
            if (!HttpMethods.IsGet(method)) throw CwErrors.MethodNotAllowed(method);
            var companyId = CompanyIdParameter(request);
            var fields = CwFieldProjection.Parse(request.Query["fields"].ToString());
            await CwJson.WriteAsync(context, 200, _store.Read(d => CwJson.Serialize(d.DefaultContact(companyId), fields, CwLinks.For(context))));
            return;
        }

        var id = Id(rest, 0);
        if (rest.Length == 1)
        {
            if (HttpMethods.IsGet(method)) await OneAsync(context, d => d.GetContact(id), CwLinks.For(context));
            else if (HttpMethods.IsPut(method))
            {
                var body = await CwJson.ReadObjectAsync(request);
                await OneAsync(context, d => d.ReplaceContact(id, body, ApiMember), CwLinks.For(context));
            }
            else if (HttpMethods.IsPatch(method))
            {
                var body = await CwJson.ReadBodyAsync(request);
                await OneAsync(context, d => d.PatchContact(id, body, ApiMember), CwLinks.For(context));
            }
            else if (HttpMethods.IsDelete(method))
            {
                // A2: "In the 2025 OAS the query param transferContactId is required": missing or not a number is 400
                // before the contact is looked at, as a required parameter is (GUESS on the body: BadRequest). The
                // contact it names takes over the deleted one's records, so it must be another existing contact (GUESS).
                var transferText = request.Query["transferContactId"].ToString();
                if (!int.TryParse(transferText, NumberStyles.None, CultureInfo.InvariantCulture, out var transferId))
                {
                    throw CwErrors.BadRequest(transferText.Length == 0
                        ? "transferContactId is required: DELETE company/contacts/" + id.ToString(CultureInfo.InvariantCulture) + "?transferContactId=N names the contact that takes over this one's records."
                        : "transferContactId must be a contact id, not '" + transferText + "'.");
                }
                _store.Write(d =>
                {
                    d.GetContact(id);
                    if (transferId == id || d.Contacts.Get(transferId) == null)
                    {
                        throw CwErrors.InvalidObject("contact", "InvalidField",
                            "transferContactId " + transferId.ToString(CultureInfo.InvariantCulture) + " must name another existing contact.", "transferContactId");
                    }
                    d.DeleteContact(id);
                    return 0;
                });
                context.Response.StatusCode = StatusCodes.Status204NoContent;
            }
            else throw CwErrors.MethodNotAllowed(method);
            return;
        }

        if (!Is(rest[1], "communications")) throw NoRoute();
        if (rest.Length == 2)
        {
            if (HttpMethods.IsGet(method)) await ListAsync(context, CwModels.ContactCommunication, d => new CwListRows(d.Communications(id)));
            else if (HttpMethods.IsPost(method))
            {
                var body = await CwJson.ReadObjectAsync(request);
                await CreateAsync(context, () => Task.FromResult<Func<ConnectWiseData, JsonObject>>(d => d.AddCommunication(id, body, ApiMember)));
            }
            else throw CwErrors.MethodNotAllowed(method);
            return;
        }
        if (rest.Length == 3 && Is(rest[2], "count"))
        {
            await CountAsync(context, CwModels.ContactCommunication, d => new CwListRows(d.Communications(id)));
            return;
        }
        if (rest.Length != 3) throw NoRoute();

        var commId = Id(rest, 2);
        if (HttpMethods.IsGet(method)) await OneAsync(context, d => d.Communication(id, commId));
        else if (HttpMethods.IsPut(method))
        {
            var body = await CwJson.ReadObjectAsync(request);
            await OneAsync(context, d => d.ReplaceCommunication(id, commId, body, ApiMember));
        }
        else if (HttpMethods.IsPatch(method))
        {
            var body = await CwJson.ReadBodyAsync(request);
            await OneAsync(context, d => d.PatchCommunication(id, commId, body, ApiMember));
        }
        else if (HttpMethods.IsDelete(method))
        {
            _store.Write(d =>
            {
                d.DeleteCommunication(id, commId, ApiMember);
                return 0;
            });
            context.Response.StatusCode = StatusCodes.Status204NoContent;
        }
        else throw CwErrors.MethodNotAllowed(method);
    }

    private async Task CommunicationTypesAsync(HttpContext context, string[] rest)
    {
        var request = context.Request;
        var method = request.Method;
        if (rest.Length == 0)
        {
            if (HttpMethods.IsGet(method)) await ListAsync(context, CwModels.CommunicationType, d => d.CommunicationTypes);
            else if (HttpMethods.IsPost(method))
            {
                var body = await CwJson.ReadObjectAsync(request);
                await CreateAsync(context, () => Task.FromResult<Func<ConnectWiseData, JsonObject>>(d => d.AddCommunicationType(body, ApiMember)));
            }
            else throw CwErrors.MethodNotAllowed(method);
            return;
        }
        if (rest.Length == 1 && Is(rest[0], "count"))
        {
            await CountAsync(context, CwModels.CommunicationType, d => d.CommunicationTypes);
            return;
        }
        if (Is(rest[0], "info"))
        {
            // CommunicationTypeInfo lists (A3): the same rows, conditions on the info fields, each row cut to them.
            if (rest.Length == 1 && HttpMethods.IsGet(method)) await ListAsync(context, CwModels.CommunicationTypeInfo, d => d.CommunicationTypes, shape: TypeInfoShape);
            else if (rest.Length == 2 && Is(rest[1], "count")) await CountAsync(context, CwModels.CommunicationTypeInfo, d => d.CommunicationTypes);
            else if (rest.Length == 1) throw CwErrors.MethodNotAllowed(method);
            else throw NoRoute();
            return;
        }

        var id = Id(rest, 0);
        if (rest.Length >= 2 && Is(rest[1], "usages"))
        {
            if (rest.Length > 3 || (rest.Length == 3 && !Is(rest[2], "list"))) throw NoRoute();
            if (!HttpMethods.IsGet(method)) throw CwErrors.MethodNotAllowed(method);
            if (rest.Length == 2)
            {
                var usages = _store.Read(d => CwJson.Serialize(d.Usages(id)));
                await CwJson.WriteAsync(context, 200, usages);
            }
            else
            {
                // .../usages/list: the same entries as a list (conditions, orderBy, fields, paging and Link header).
                await ListAsync(context, CwModels.Usage, d => new CwListRows(d.Usages(id).OfType<JsonObject>()));
            }
            return;
        }
        if (rest.Length == 2 && Is(rest[1], "info"))
        {
            if (!HttpMethods.IsGet(method)) throw CwErrors.MethodNotAllowed(method);
            var fields = CwFieldProjection.Parse(request.Query["fields"].ToString());
            var info = _store.Read(d => CwJson.Serialize(TypeInfoShape.Apply(d.CommunicationTypes.Get(id) ?? throw CwErrors.NotFound("Communication Type with id " + id + " was not found.")), fields));
            await CwJson.WriteAsync(context, 200, info);
            return;
        }
        if (rest.Length != 1) throw NoRoute();

        if (HttpMethods.IsGet(method)) await OneAsync(context, d => d.CommunicationTypes.Get(id) ?? throw CwErrors.NotFound("Communication Type with id " + id + " was not found."));
        else if (HttpMethods.IsPut(method))
        {
            var body = await CwJson.ReadObjectAsync(request);
            await OneAsync(context, d => d.ReplaceCommunicationType(id, body));
        }
        else if (HttpMethods.IsPatch(method))
        {
            var body = await CwJson.ReadBodyAsync(request);
            await OneAsync(context, d => d.PatchCommunicationType(id, body));
        }
        else if (HttpMethods.IsDelete(method))
        {
            _store.Write(d =>
            {
                d.DeleteCommunicationType(id);
                return 0;
            });
            context.Response.StatusCode = StatusCodes.Status204NoContent;
        }
        else throw CwErrors.MethodNotAllowed(method);
    }

    // ---------------------------------------------------------------- shared handlers

    /// <summary>A page of a list: parse first (errors before any data work), then filter, page and serialise under the lock.</summary>
    /// <remarks><paramref name="shape"/> cuts each row to a smaller model (the /info lists) before fields applies.</remarks>
    private async Task ListAsync(HttpContext context, CwModel model, Func<ConnectWiseData, ICwRows> rows, Func<ConnectWiseData, ConditionFilter?, ICwRows>? narrowed = null,
        CwFieldProjection? shape = null, CwLinks? links = null)
    {
        var query = CwListQuery.Parse(context.Request, model, _options.ForwardOnlyPaging);
        var (body, page) = _store.Read(d =>
        {
            var result = query.Execute(narrowed == null ? rows(d) : narrowed(d, query.Filter));
            return (CwJson.SerializeArray(shape == null ? result.Rows : result.Rows.Select(shape.Apply), query.Fields, links), result);
        });
        if (_options.LinkHeaders) CwPaging.SetLinkHeader(context, query, page);
        await CwJson.WriteAsync(context, 200, body);
    }

    /// <summary>/count: {"count": N} over the same conditions and childConditions (A4 "Count endpoints").</summary>
    private async Task CountAsync(HttpContext context, CwModel model, Func<ConnectWiseData, ICwRows> rows)
    {
        if (!HttpMethods.IsGet(context.Request.Method)) throw CwErrors.MethodNotAllowed(context.Request.Method);
        var filter = CwListQuery.ParseFilter(context.Request, model);
        var count = _store.Read(d =>
        {
            var source = rows(d);
            if (filter == null) return source.Count;
            var n = 0;
            for (var i = 0; i < source.Count; i++)
            {
                if (filter.Matches(source[i])) n++;
            }
            return n;
        });
        await CwJson.WriteAsync(context, 200, new JsonObject { ["count"] = count });
    }

    /// <summary>A write of one record whose body is read first (outside the lock): PUT/PATCH.</summary>
    private async Task OneAsync(HttpContext context, int id, Func<HttpRequest, Task<JsonNode?>> read, Func<ConnectWiseData, int, JsonNode?, JsonObject> action)
    {
        var body = await read(context.Request);
        await OneAsync(context, d => action(d, id, body));
    }

    private async Task OneAsync(HttpContext context, Func<ConnectWiseData, JsonObject> action, CwLinks? links = null)
    {
        var fields = CwFieldProjection.Parse(context.Request.Query["fields"].ToString());
        var body = _store.Write(d => CwJson.Serialize(action(d), fields, links));
        await CwJson.WriteAsync(context, 200, body);
    }

    /// <summary>
    /// POST: 201 with the whole created record (A2) and a Location header with its URL (GUESS: A2 leaves the
    /// header open; the Dev Guide says the answer gives "the path to it").
    /// </summary>
    private async Task CreateAsync(HttpContext context, Func<Task<Func<ConnectWiseData, JsonObject>>> prepare, CwLinks? links = null)
    {
        var action = await prepare();
        var fields = CwFieldProjection.Parse(context.Request.Query["fields"].ToString());
        var (body, id) = _store.Write(d =>
        {
            var created = action(d);
            return (CwJson.Serialize(created, fields, links), (int)created["id"]!);
        });
        var request = context.Request;
        context.Response.Headers.Location = request.Scheme + "://" + request.Host.Value + request.PathBase.Value + request.Path.Value!.TrimEnd('/') + "/" +
            id.ToString(CultureInfo.InvariantCulture);
        await CwJson.WriteAsync(context, StatusCodes.Status201Created, body);
    }

    private static bool Is(string segment, string name) => segment.Equals(name, StringComparison.OrdinalIgnoreCase);

    private static int Id(string[] path, int index) =>
        int.TryParse(path[index], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : throw NoRoute();

    /// <summary>CommunicationTypeInfo's fields (psa-api.md A3), in the record's own order.</summary>
    private static readonly CwFieldProjection TypeInfoShape = CwFieldProjection.Parse("id,description,phoneFlag,faxFlag,emailFlag,defaultFlag,_info")!;

    /// <summary>companyId of /company/contacts/default: required, an integer (GUESS: 400 BadRequest otherwise; the real answer is not captured).</summary>
    private static int CompanyIdParameter(HttpRequest request)
    {
        var text = request.Query["companyId"].ToString();
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw CwErrors.BadRequest("companyId is required and must be a company id, e.g. company/contacts/default?companyId=250.");
    }

    /// <summary>Thrown where routing finds nothing; <see cref="DispatchAsync"/> turns it into <see cref="NotModelled"/> with the whole path.</summary>
    private static UnmodelledRouteException NoRoute() => new();

    /// <summary>
    /// 404 in the usual {code, message, errors} shape (GUESS, A6), worded so that nobody takes it for a missing
    /// record: the real API may well have this route (its OAS is much larger), the simulator does not model it.
    /// </summary>
    private static CwApiException NotModelled(string method, string[] path) =>
        CwErrors.NotFound(method + " " + (path.Length == 0 ? "apis/3.0/ with no resource path" : string.Join("/", path)) +
            " is not modelled by the PSA simulator (see the route table in tools/PsaSimulator/README.md).");

    private sealed class UnmodelledRouteException : Exception;
}
