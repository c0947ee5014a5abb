using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using QuickpassPsa.Simulator;

namespace QuickpassPsa.Tests.Simulator.ConnectWise;

/// <summary>Requests to the simulator's ConnectWise API with the default credentials, and a standard seed.</summary>
internal static class Cw
{
    public const string Api = "v4_6_release/apis/3.0/";

    public static string Basic(string company = "qpsa", string publicKey = "qpsa-public", string privateKey = "qpsa-private") =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(company + "+" + publicKey + ":" + privateKey));

    /// <summary>A request with Basic auth and a clientId; <paramref name="path"/> is relative to apis/3.0/ unless it starts with '/'.</summary>
    public static HttpRequestMessage Request(HttpMethod method, string path, string? json = null, bool auth = true, bool clientId = true)
    {
        var request = new HttpRequestMessage(method, path.StartsWith('/') ? path.Substring(1) : Api + path);
        if (auth) request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Basic());
        if (clientId) request.Headers.Add("clientId", "qpsa-tests");
        if (json != null) request.Content = SimulatorFixture.JsonBody(json);
        return request;
    }

    public static Task<HttpResponseMessage> Send(SimulatorFixture fixture, HttpMethod method, string path, string? json = null, Action<HttpRequestMessage>? configure = null)
    {
        var request = Request(method, path, json);
        configure?.Invoke(request);
        return fixture.Http.SendAsync(request);
    }

    public static Task<HttpResponseMessage> Get(SimulatorFixture fixture, string path, Action<HttpRequestMessage>? configure = null) =>
        Send(fixture, HttpMethod.Get, path, null, configure);

    public static async Task<JsonNode> Json(HttpResponseMessage response) =>
        await SimulatorFixture.ReadJson(response) ?? throw new InvalidOperationException("The response has no body.");

    /// <summary>GET a list and return the ids, in order; fails the test on a non-200.</summary>
    public static async Task<int[]> Ids(SimulatorFixture fixture, string path)
    {
        var response = await Get(fixture, path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, path + " -> " + (int)response.StatusCode + " " + text);
        return JsonNode.Parse(text)!.AsArray().Select(n => (int)n!["id"]!).ToArray();
    }

    /// <summary>URL-escapes a conditions value (quotes, spaces, %, *, + and &amp; must be escaped, A4).</summary>
    public static string Q(string value) => Uri.EscapeDataString(value);

    public static string? Link(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Link", out var values) ? string.Join(",", values) : null;

    /// <summary>Contacts 1..n (ids assigned) in one company; for paging tests.</summary>
    public static JsonObject ManyContacts(int count)
    {
        var contacts = new JsonArray();
        for (var i = 1; i <= count; i++)
        {
            contacts.Add(new JsonObject { ["firstName"] = "First" + i, ["lastName"] = "Last" + i, ["company"] = new JsonObject { ["id"] = 1 } });
        }
        return new JsonObject
        {
            ["connectWise"] = new JsonObject
            {
                ["companies"] = new JsonArray(new JsonObject { ["id"] = 1, ["identifier"] = "Many", ["name"] = "Many Contacts Ltd" }),
                ["contacts"] = contacts,
            },
        };
    }

    /// <summary>
    /// The standard tenant: two companies, five communication types, five contacts. Contact 1004 has an email
    /// address typed into a PHONE item (john@outlook.com), while 1003 has it as an Email item: the
    /// childConditions same-item case. 1005 has no company, no last name and no items.
    /// </summary>
    public const string StandardSeed = """
    {
      "connectWise": {
        "companies": [
          { "id": 250, "identifier": "Contoso", "name": "Contoso Ltd", "status": { "id": 1, "name": "Active" }, "dateAcquired": "2010-01-01T00:00:00Z" },
          { "id": 251, "identifier": "Fabrikam", "name": "Fabrikam Inc", "status": { "id": 2, "name": "Inactive" }, "dateAcquired": "2020-01-01T00:00:00Z" }
        ],
        "communicationTypes": [
          { "id": 1, "description": "Email", "emailFlag": true, "phoneFlag": false, "faxFlag": false, "defaultFlag": true },
          { "id": 2, "description": "Direct", "phoneFlag": true },
          { "id": 4, "description": "Mobile", "phoneFlag": true },
          { "id": 5, "description": "Fax", "faxFlag": true },
          { "id": 6, "description": "Pager", "phoneFlag": true }
        ],
        "contacts": [
          { "id": 1001, "firstName": "Ann", "lastName": "Lee", "company": { "id": 250 }, "inactiveFlag": false, "title": "CFO",
            "anniversary": "2015-06-01T00:00:00Z", "portalSecurityLevel": 3,
            "communicationItems": [
              { "type": { "id": 1 }, "value": "ann.lee@contoso.com", "defaultFlag": true },
              { "type": { "name": "Mobile" }, "value": "+1 206 555 0100" } ] },
          { "id": 1002, "firstName": "Bob", "lastName": "O'Brien", "company": { "identifier": "Contoso" }, "inactiveFlag": true, "title": "Sales \"Lead\"",
            "anniversary": "2019-03-15T00:00:00Z", "portalSecurityLevel": 5, "types": [ { "id": 1, "name": "Decision Maker" } ],
            "communicationItems": [
              { "type": { "name": "email" }, "value": "bob@Outlook.com" },
              { "type": { "id": 2 }, "value": "555-0102", "extension": "12" } ] },
          { "id": 1003, "firstName": "John", "lastName": "Smith", "company": { "id": 251 }, "portalSecurityLevel": 1,
            "communicationItems": [
              { "type": { "id": 1 }, "value": "John@Outlook.com", "defaultFlag": true },
              { "type": { "id": 5 }, "value": "555-0199" } ] },
          { "id": 1004, "firstName": "Dan", "lastName": "Fox", "company": { "id": 251 }, "portalSecurityLevel": 6,
            "communicationItems": [
              { "type": { "id": 1 }, "value": "dan@fabrikam.com" },
              { "type": { "id": 2 }, "value": "john@outlook.com" } ] },
          { "id": 1005, "firstName": "Eve", "portalSecurityLevel": 1 }
        ]
      }
    }
    """;
}
