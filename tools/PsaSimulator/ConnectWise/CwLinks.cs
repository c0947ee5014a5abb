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
    /// Writes a contact (<paramref name="shown"/>: the stored <paramref name="row"/> cut to <paramref name="fields"/>)
    /// with the links added, as far as the projection asks for them, the way companies' own _info sub-paths work:
    /// to its _info every link when _info is named whole, else only the links named (fields=id,_info/lastUpdated
    /// adds none); to the company reference an _info with company_href when company comes back whole, or when
    /// company/_info (or company/_info/company_href) is named; with fields=company/id only the id comes back.
    /// </summary>
    public void WriteContact(Utf8JsonWriter writer, JsonObject row, JsonObject shown, CwFieldProjection? fields)
    {
        var id = ConnectWiseData.IntOf(row["id"]);
        writer.WriteStartObject();
        foreach (var (name, value) in shown)
        {
            writer.WritePropertyName(name);
            if (name == "_info" && value is JsonObject info && id is { } contactId)
            {
                CwFieldProjection? infoFields = null;
                fields?.Names("_info", out infoFields);
                bool Wanted(string key) => infoFields == null || infoFields.Names(key, out _);
                writer.WriteStartObject();
                foreach (var (key, item) in info) Write(writer, key, item);
                var self = _apiBase + "company/contacts/" + contactId.ToString(CultureInfo.InvariantCulture);
                var byContact = "?conditions=contact/id=" + contactId.ToString(CultureInfo.InvariantCulture);
                var stamp = ConnectWiseData.StringOf(row["_info"]?["lastUpdated"]);
                foreach (var (key, link) in new[]
                {
                    ("communications_href", self + "/communications"),
                    ("notes_href", self + "/notes"),
                    ("tracks_href", self + "/tracks"),
                    ("portalSecurity_href", self + "/portalSecurity"),
                    ("activities_href", _apiBase + "sales/activities" + byContact),
                    ("documents_href", _apiBase + "system/documents?recordType=Contact&recordId=" + contactId.ToString(CultureInfo.InvariantCulture)),
                    ("configurations_href", _apiBase + "company/configurations" + byContact),
                    ("tickets_href", _apiBase + "service/tickets" + byContact),
                    ("opportunities_href", _apiBase + "sales/opportunities" + byContact),
                    ("projects_href", _apiBase + "project/projects" + byContact),
                    ("image_href", self + "/image" + (stamp == null ? string.Empty : "?lm=" + stamp)),
                })
                {
                    if (Wanted(key)) writer.WriteString(key, link);
                }
                writer.WriteEndObject();
            }
            else if (name == "company" && value is JsonObject company && ConnectWiseData.IntOf(row["company"]?["id"]) is { } companyId
                && CompanyHref(fields) is { } withHref)
            {
                writer.WriteStartObject();
                foreach (var (key, item) in company)
                {
                    if (key != "_info") Write(writer, key, item);
                }
                writer.WriteStartObject("_info");
                if (withHref) writer.WriteString("company_href", _apiBase + "company/companies/" + companyId.ToString(CultureInfo.InvariantCulture));
                writer.WriteEndObject();
                writer.WriteEndObject();
            }
            else if (value == null) writer.WriteNullValue();
            else value.WriteTo(writer);
        }
        writer.WriteEndObject();
    }

    /// <summary>
    /// Whether the company reference gets an _info (null: no) and whether it holds company_href: yes and yes
    /// without a projection or with company named whole; with company/_info... as that names it.
    /// </summary>
    private static bool? CompanyHref(CwFieldProjection? fields)
    {
        if (fields == null) return true;
        if (!fields.Names("company", out var company)) return null;
        if (company == null) return true;
        if (!company.Names("_info", out var info)) return null;
        return info == null || info.Names("company_href", out _);
    }

    private static void Write(Utf8JsonWriter writer, string name, JsonNode? value)
    {
        writer.WritePropertyName(name);
        if (value == null) writer.WriteNullValue();
        else value.WriteTo(writer);
    }
}
