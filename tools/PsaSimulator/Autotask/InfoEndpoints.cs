using System.Text.Json.Nodes;

namespace QuickpassPsa.Simulator.Autotask;

/// <summary>Discovery and metadata (psa-api.md B1, B3): version and zone information, thresholds, entityInformation.</summary>
internal static class InfoEndpoints
{
    /// <summary>
    /// {"apiVersions":["v1.0"]}. The value format is an open question (psa-api.md F); "v1.0" is chosen because
    /// AT-KT builds /atservicesrest/{last apiVersion}/zoneInformation from it, which only works with the v.
    /// </summary>
    public static JsonNode Version() => new JsonObject { ["apiVersions"] = new JsonArray("v1.0") };

    /// <summary>
    /// No auth. url points back at this simulator ({scheme}://{host}/atservicesrest/ of the request). Only the
    /// configured user has a zone; any other (or none) gets the real text seen for an unknown user,
    /// {"errors":["Zone information could not be determined"]} (KelvinTegelaar/AutotaskAPI#17), with 500.
    /// </summary>
    public static JsonNode Zone(HttpRequest request, AutotaskSimulatorOptions options)
    {
        var user = request.Query["user"].ToString();
        if (!user.Equals(options.UserName, StringComparison.OrdinalIgnoreCase)) throw ErrorBodies.Fail("Zone information could not be determined");
        var root = request.Scheme + "://" + request.Host + "/";
        return new JsonObject
        {
            ["zoneName"] = "QuickpassPsa Simulator",
            ["url"] = root + "atservicesrest/",
            ["webUrl"] = root,
            ["ci"] = 20264,
        };
    }

    public static JsonNode Threshold(AutotaskSimulatorOptions options, RequestBudget budget) => new JsonObject
    {
        ["externalRequestThreshold"] = options.HourlyRequestBudget,
        ["requestThresholdTimeframe"] = (int)RequestBudget.Window.TotalMinutes,
        ["currentTimeframeRequestCount"] = budget.Count(),
    };

    /// <summary>GET {Entity}/entityInformation (shape of the real EntityInformationResultModel; not in our Swagger subset).</summary>
    public static JsonNode EntityInformation(EntityDef entity)
    {
        var contacts = entity.Name == "Contact";
        return new JsonObject
        {
            ["info"] = new JsonObject
            {
                ["name"] = entity.Name,
                ["canCreate"] = true,
                ["canDelete"] = contacts,
                ["canQuery"] = true,
                ["canUpdate"] = true,
                ["userAccessForCreate"] = "All",
                ["userAccessForDelete"] = contacts ? "All" : "None",
                ["userAccessForQuery"] = "All",
                ["userAccessForUpdate"] = "All",
                ["hasUserDefinedFields"] = true,
                ["supportsWebhookCallouts"] = true,
            },
        };
    }
}
