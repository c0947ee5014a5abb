using System.Text.Json.Nodes;

namespace QuickpassPsa.Simulator.Autotask;

/// <summary>
/// Writes (psa-api.md B3/B5): contacts only through their parent company's URL, companies at the root.
/// Every success is 200 {"itemId":N} (never 201); every refusal 500 {"errors":[...]}.
/// </summary>
internal sealed class WriteEndpoints
{
    private readonly AutotaskStore _store;

    public WriteEndpoints(AutotaskStore store) => _store = store;

    /// <summary>POST create, PATCH update (id in the body), PUT replace on /Companies/{parentId}/Contacts.</summary>
    public async Task<JsonNode> ChildContactsAsync(HttpRequest request, long parentId)
    {
        var body = await Body(request, _store.Contacts);
        long id;
        if (HttpMethods.IsPost(request.Method)) id = _store.CreateContact(parentId, body);
        else if (HttpMethods.IsPatch(request.Method)) id = _store.UpdateContact(parentId, body, replace: false);
        else if (HttpMethods.IsPut(request.Method)) id = _store.UpdateContact(parentId, body, replace: true);
        else throw ErrorBodies.MethodNotAllowed(request.Method);
        return ItemId(id);
    }

    /// <summary>DELETE /Companies/{parentId}/Contacts/{id}; an unknown id (or one under another company) is a 404.</summary>
    public JsonNode DeleteContact(long parentId, long id) =>
        _store.DeleteContact(parentId, id) is { } deleted
            ? ItemId(deleted)
            : throw new AutotaskException(StatusCodes.Status404NotFound, ErrorBodies.Errors("Unable to find the Contact with id " + id + " under the Company with id " + parentId + "."));

    /// <summary>POST (create) and PATCH (update, id in the body) on /Companies.</summary>
    public async Task<JsonNode> CompaniesAsync(HttpRequest request)
    {
        if (!HttpMethods.IsPost(request.Method) && !HttpMethods.IsPatch(request.Method)) throw ErrorBodies.MethodNotAllowed(request.Method);
        var body = await Body(request, _store.Companies);
        return ItemId(HttpMethods.IsPost(request.Method) ? _store.CreateCompany(body) : _store.UpdateCompany(body));
    }

    private static JsonObject ItemId(long id) => new() { ["itemId"] = id };

    private static async Task<JsonObject> Body(HttpRequest request, EntityDef entity) =>
        await QueryJson.ReadBodyAsync(request) as JsonObject ?? throw ErrorBodies.Fail("The request body must be a " + entity.Name + " JSON object.");
}
