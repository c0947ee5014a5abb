using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace QuickpassPsa.Simulator.ConnectWise;

/// <summary>
/// The _info links real contact answers carry (psa-api.md A2 "Real responses also carry _info": contact level
/// lastUpdated, updatedBy, communications_href, notes_href, tracks_href, portalSecurity_href, activities_href,
/// documents_href, configurations_href, tickets_href, opportunities_href, projects_href, image_href; reference
/// level company._info.company_href). They are written while serialising, on the API base the client called
/// (scheme, host and codebase), so stored records never hold a host. The key names are the reference's; the
/// URL forms behind them are a GUESS (the real server's, as far as public fixtures show them). Most of them
/// point at routes the simulator does not model (notes, tickets, ...): following one gives its "not modelled" 404.
/// </summary>
internal sealed class CwLinks
{
    private readonly string _apiBase;

    /// <summary><paramref name="apiBase"/> ends in "apis/3.0/".</summary>
    public CwLinks(string apiBase) => _apiBase = apiBase;

    public static CwLinks For(HttpContext context)
    {
        var request = context.Request;
        var codebase = (string?)request.RouteValues["codebase"] ?? "v4_6_release";
        return new CwLinks(request.Scheme + "://" + request.Host.Value + request.PathBase.Value + "/" + codebase + "/apis/3.0/");
    }

    /// <summary>
    /// Writes a contact with the links added: to its _info (when the answer has one) and to a company reference
    /// that comes back whole (with fields=company/id only the id is asked for, so none is added).
    /// </summary>
    public void WriteContact(Utf8JsonWriter writer, JsonObject contact, CwFieldProjection? fields)
    {
        var id = ConnectWiseData.IntOf(contact["id"]);
        writer.WriteStartObject();
        foreach (var (name, value) in contact)
        {
            writer.WritePropertyName(name);
            if (name == "_info" && value is JsonObject info && id is { } contactId)
            {
                writer.WriteStartObject();
                foreach (var (key, item) in info) Write(writer, key, item);
                var self = _apiBase + "company/contacts/" + contactId.ToString(CultureInfo.InvariantCulture);
                var byContact = "?conditions=contact/id=" + contactId.ToString(CultureInfo.InvariantCulture);
                writer.WriteString("communications_href", self + "/communications");
                writer.WriteString("notes_href", self + "/notes");
                writer.WriteString("tracks_href", self + "/tracks");
                writer.WriteString("portalSecurity_href", self + "/portalSecurity");
                writer.WriteString("activities_href", _apiBase + "sales/activities" + byContact);
                writer.WriteString("documents_href", _apiBase + "system/documents?recordType=Contact&recordId=" + contactId.ToString(CultureInfo.InvariantCulture));
                writer.WriteString("configurations_href", _apiBase + "company/configurations" + byContact);
                writer.WriteString("tickets_href", _apiBase + "service/tickets" + byContact);
                writer.WriteString("opportunities_href", _apiBase + "sales/opportunities" + byContact);
                writer.WriteString("projects_href", _apiBase + "project/projects" + byContact);
                var stamp = ConnectWiseData.StringOf(info["lastUpdated"]);
                writer.WriteString("image_href", self + "/image" + (stamp == null ? string.Empty : "?lm=" + stamp));
                writer.WriteEndObject();
            }
            else if (name == "company" && value is JsonObject company && ConnectWiseData.IntOf(company["id"]) is { } companyId
                && (fields == null || fields.KeepsWhole("company")))
            {
                writer.WriteStartObject();
                foreach (var (key, item) in company)
                {
                    if (key != "_info") Write(writer, key, item);
                }
                writer.WriteStartObject("_info");
                writer.WriteString("company_href", _apiBase + "company/companies/" + companyId.ToString(CultureInfo.InvariantCulture));
                writer.WriteEndObject();
                writer.WriteEndObject();
            }
            else if (value == null) writer.WriteNullValue();
            else value.WriteTo(writer);
        }
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, string name, JsonNode? value)
    {
        writer.WritePropertyName(name);
        if (value == null) writer.WriteNullValue();
        else value.WriteTo(writer);
    }
}
