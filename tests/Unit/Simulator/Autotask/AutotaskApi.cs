using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using QuickpassPsa.Simulator;

namespace QuickpassPsa.Tests.Simulator.Autotask;

/// <summary>A response as the tests look at it: status, parsed body, headers.</summary>
public sealed record ApiResponse(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Raw)
{
    public JsonObject Json => Assert.IsType<JsonObject>(Body);

    /// <summary>The texts of an {"errors":[...]} body; fails the test for any other shape.</summary>
    public string[] Errors => Assert.IsType<JsonArray>(Json["errors"]).Select(e => (string)e!).ToArray();
}

/// <summary>Calls the simulator's Autotask API the way a client does: the three auth headers, JSON bodies.</summary>
public static class AutotaskApi
{
    public const string Base = "atservicesrest/V1.0/";

    public static HttpRequestMessage Request(PsaSimulatorOptions options, HttpMethod method, string pathOrUrl, string? json = null, bool auth = true)
    {
        var request = new HttpRequestMessage(method, pathOrUrl.StartsWith("http", StringComparison.Ordinal) || pathOrUrl.StartsWith("atservicesrest", StringComparison.OrdinalIgnoreCase) ? pathOrUrl : Base + pathOrUrl);
        if (auth)
        {
            request.Headers.Add("ApiIntegrationCode", options.Autotask.IntegrationCode);
            request.Headers.Add("UserName", options.Autotask.UserName);
            request.Headers.Add("Secret", options.Autotask.Secret);
        }
        if (json != null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        return request;
    }

    public static async Task<ApiResponse> Send(this SimulatorFixture fixture, HttpMethod method, string pathOrUrl, string? json = null, bool auth = true)
    {
        var response = await fixture.Http.SendAsync(Request(fixture.Sim.Options, method, pathOrUrl, json, auth));
        return new ApiResponse(response.StatusCode, await SimulatorFixture.ReadJson(response), response);
    }

    public static Task<ApiResponse> Get(this SimulatorFixture fixture, string pathOrUrl) => fixture.Send(HttpMethod.Get, pathOrUrl);

    public static Task<ApiResponse> Post(this SimulatorFixture fixture, string pathOrUrl, string? json) => fixture.Send(HttpMethod.Post, pathOrUrl, json);

    /// <summary>POST {entity}/query with a filter and optional extra QueryModel properties; asserts 200.</summary>
    public static async Task<JsonObject> Query(this SimulatorFixture fixture, string entity, string filterJson, string extra = "")
    {
        var response = await fixture.Post(entity + "/query", "{\"filter\":" + filterJson + extra + "}");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        return response.Json;
    }

    /// <summary>The ids of a query's items, in the order returned.</summary>
    public static long[] Ids(JsonObject result) => result["items"]!.AsArray().Select(i => (long)i!["id"]!).ToArray();

    /// <summary>
    /// A seed: company 174 "Contoso Ltd", company 175 "Fabrikam" (inactive), and the given contacts under 174
    /// (ids 1..n unless the caller gives contacts).
    /// </summary>
    public static void SeedContacts(this SimulatorFixture fixture, int count)
    {
        var contacts = new JsonArray();
        for (var i = 1; i <= count; i++)
        {
            contacts.Add(new JsonObject
            {
                ["id"] = i,
                ["companyID"] = 174,
                ["firstName"] = "First" + i,
                ["lastName"] = "Last" + i,
                ["emailAddress"] = "user" + i + "@contoso.com",
                ["isActive"] = 1,
            });
        }
        fixture.Sim.Seed(Document(contacts));
    }

    public static JsonObject Document(JsonArray contacts) => new()
    {
        ["autotask"] = new JsonObject
        {
            ["companies"] = new JsonArray(
                new JsonObject { ["id"] = 174, ["companyName"] = "Contoso Ltd", ["companyNumber"] = "CONTOSO", ["companyType"] = 1, ["isActive"] = true },
                new JsonObject { ["id"] = 175, ["companyName"] = "Fabrikam", ["companyType"] = 1, ["isActive"] = false }),
            ["contacts"] = contacts,
        },
    };
}
