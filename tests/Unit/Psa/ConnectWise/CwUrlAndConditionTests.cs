using System;
using QuickpassPsa.Core.Psa.ConnectWise;

namespace QuickpassPsa.Tests.Psa.ConnectWise;

/// <summary>URL building (psa-api.md A1), conditions quoting and query encoding (A4), the Link header (A4 paging).</summary>
public class CwUrlAndConditionTests
{
    [Theory]
    [InlineData("na.myconnectwise.net", "https://na.myconnectwise.net/login/companyinfo/acme", "https://api-na.myconnectwise.net/v2025_1/apis/3.0/")]
    [InlineData("eu.myconnectwise.net", "https://eu.myconnectwise.net/login/companyinfo/acme", "https://api-eu.myconnectwise.net/v2025_1/apis/3.0/")]
    [InlineData("AUS.MyConnectWise.net", "https://aus.myconnectwise.net/login/companyinfo/acme", "https://api-aus.myconnectwise.net/v2025_1/apis/3.0/")]
    [InlineData("staging.connectwisedev.com", "https://staging.connectwisedev.com/login/companyinfo/acme", "https://api-staging.connectwisedev.com/v2025_1/apis/3.0/")]
    [InlineData("api-na.myconnectwise.net", "https://api-na.myconnectwise.net/login/companyinfo/acme", "https://api-na.myconnectwise.net/v2025_1/apis/3.0/")]
    [InlineData("https://na.myconnectwise.net/v4_6_release/apis/3.0/", "https://na.myconnectwise.net/login/companyinfo/acme", "https://api-na.myconnectwise.net/v2025_1/apis/3.0/")]
    [InlineData("psa.example.com", "https://psa.example.com/login/companyinfo/acme", "https://psa.example.com/v2025_1/apis/3.0/")]
    [InlineData("psa.example.com:8443", "https://psa.example.com:8443/login/companyinfo/acme", "https://psa.example.com:8443/v2025_1/apis/3.0/")]
    [InlineData("127.0.0.1:5080", "http://127.0.0.1:5080/login/companyinfo/acme", "http://127.0.0.1:5080/v2025_1/apis/3.0/")]
    [InlineData("localhost:5080", "http://localhost:5080/login/companyinfo/acme", "http://localhost:5080/v2025_1/apis/3.0/")]
    [InlineData("[::1]:5080", "http://[::1]:5080/login/companyinfo/acme", "http://[::1]:5080/v2025_1/apis/3.0/")]
    [InlineData("https://127.0.0.1:5443", "https://127.0.0.1:5443/login/companyinfo/acme", "https://127.0.0.1:5443/v2025_1/apis/3.0/")]
    public void A1_site_gives_https_company_info_and_the_api_host(string server, string companyInfo, string apiBase)
    {
        var site = CwSite.Parse(server);

        Assert.Equal(companyInfo, site.CompanyInfoUrl("acme").ToString());
        Assert.Equal(apiBase, site.ApiBase(CwSite.NormalizeCodebase("v2025_1/")).ToString());
    }

    [Theory] // refused like Autotask's rule, never silently upgraded to https
    [InlineData("http://psa.example.com")]
    [InlineData("http://na.myconnectwise.net:8080/")]
    [InlineData("HTTP://10.0.0.5")]
    public void A1_plain_http_to_a_remote_host_is_refused(string server)
    {
        var ex = Assert.Throws<ArgumentException>(() => CwSite.Parse(server));

        Assert.Contains("does not use HTTPS", ex.Message);
        Assert.Contains("nothing was sent", ex.Message);
    }

    [Theory] // loopback alone may use http: the local simulator or a tunnel
    [InlineData("http://127.0.0.1:5080", "http://127.0.0.1:5080/login/companyinfo/acme")]
    [InlineData("http://localhost:5080", "http://localhost:5080/login/companyinfo/acme")]
    [InlineData("http://[::1]:5080", "http://[::1]:5080/login/companyinfo/acme")]
    public void A1_plain_http_to_loopback_is_allowed(string server, string companyInfo)
    {
        Assert.Equal(companyInfo, CwSite.Parse(server).CompanyInfoUrl("acme").ToString());
    }

    [Theory]
    [InlineData("https://admin:Hunter2-Secret@psa.example.com")]
    [InlineData("admin:Hunter2-Secret@psa.example.com")]
    [InlineData("http://admin:Hunter2-Secret@127.0.0.1:5080")]
    [InlineData("https://admin:Hunter2-Secret@psa.exa mple.com")]
    [InlineData("admin:Hunter2@Secret@psa.example.com")]
    public void A1_a_server_with_a_user_and_password_is_refused_without_echoing_them(string server)
    {
        var ex = Assert.Throws<ArgumentException>(() => CwSite.Parse(server));

        Assert.DoesNotContain("Hunter2", ex.ToString());
        Assert.DoesNotContain("Secret", ex.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("ftp://psa.example.com")]
    public void A1_a_server_that_is_no_site_is_refused(string server)
    {
        Assert.Throws<ArgumentException>(() => CwSite.Parse(server));
    }

    [Theory]
    [InlineData(null, "v4_6_release/")]
    [InlineData("", "v4_6_release/")]
    [InlineData("v4_6_release/", "v4_6_release/")]
    [InlineData("v2025_1", "v2025_1/")]
    [InlineData("/v2017_3/", "v2017_3/")]
    public void A1_codebase_is_normalised(string? codebase, string expected)
    {
        Assert.Equal(expected, CwSite.NormalizeCodebase(codebase));
    }

    [Theory]
    [InlineData("../evil/")]
    [InlineData("v1/x/")]
    [InlineData("v1?x=1")]
    [InlineData("..")]
    public void A1_a_codebase_that_would_change_the_path_is_refused(string codebase)
    {
        Assert.Throws<FormatException>(() => CwSite.NormalizeCodebase(codebase));
    }

    [Theory] // psa-api.md A4: strings in double quotes; a value with " but no ' in single quotes
    [InlineData("Contoso Ltd", "name=\"Contoso Ltd\"")]
    [InlineData("O'Brien", "name=\"O'Brien\"")]
    [InlineData("a\"b", "name='a\"b'")]
    [InlineData("x\" OR id>0 OR name=\"y", "name='x\" OR id>0 OR name=\"y'")]
    [InlineData("back\\slash", "name=\"back\\slash\"")]
    [InlineData("", "name=\"\"")]
    [InlineData("Zoë Łukasz Nguyễn", "name=\"Zoë Łukasz Nguyễn\"")]
    public void A4_string_values_are_quoted_so_they_cannot_end_early(string value, string expected)
    {
        Assert.Equal(expected, new CwConditions().Equal("name", value).ToString());
    }

    [Theory] // psa-api.md A4: no documented escape, so a value with both quote characters is refused
    [InlineData("O'Brien \"Bob\"")]
    [InlineData("x' OR id>0 OR name=\"y")]
    public void A4_a_value_with_both_quotes_is_refused(string value)
    {
        var ex = Assert.Throws<ArgumentException>(() => new CwConditions().Equal("name", value));
        Assert.Contains("quote", ex.Message);
    }

    [Fact]
    public void A4_clauses_are_joined_with_AND_and_numbers_and_booleans_are_bare()
    {
        var text = new CwConditions().Equal("company/id", 250).Equal("inactiveFlag", false).Equal("communicationItems/communicationType", "Email").ToString();

        Assert.Equal("company/id=250 AND inactiveFlag=false AND communicationItems/communicationType=\"Email\"", text);
        Assert.True(new CwConditions().IsEmpty);
        Assert.Equal(string.Empty, new CwConditions().ToString());
    }

    [Theory]
    [InlineData("name=\"x\" OR id")]
    [InlineData("name ")]
    [InlineData("/name")]
    [InlineData("company//id")]
    [InlineData("")]
    public void A4_field_paths_are_checked(string field)
    {
        Assert.Throws<ArgumentException>(() => new CwConditions().Equal(field, "x"));
    }

    [Theory] // psa-api.md A4 "Escaping Characters": & " ' * % + and brackets are percent-encoded; UTF-8 bytes
    [InlineData("name=\"a b\"", "name%3D%22a%20b%22")]
    [InlineData("&'*%+[]()!", "%26%27%2A%25%2B%5B%5D%28%29%21")]
    [InlineData("company/id=1", "company%2Fid%3D1")]
    [InlineData("Zoë", "Zo%C3%AB")]
    [InlineData("a-b_c.d~e", "a-b_c.d~e")]
    public void A4_query_values_are_percent_encoded(string value, string expected)
    {
        Assert.Equal(expected, CwQuery.Encode(value));
    }

    [Theory] // psa-api.md A4 "Pagination": forward-only next, empty on the last page, navigable rel="next" among others
    [InlineData("<https://h/v4_6_release/apis/3.0/company/contacts?pageSize=1000&pageId=1000>; rel=\"next\"", "https://h/v4_6_release/apis/3.0/company/contacts?pageSize=1000&pageId=1000")]
    [InlineData("", null)]
    [InlineData(null, null)]
    [InlineData("<https://h/x?page=1>; rel=\"first\", <https://h/x?page=1>; rel=\"prev\", <https://h/x?page=3>; rel=\"next\", <https://h/x?page=9>; rel=\"last\"", "https://h/x?page=3")]
    [InlineData("<https://h/x?page=1>; rel=\"first\", <https://h/x?page=1>; rel=\"prev\"", null)]
    [InlineData("<https://h/x?a=1,2&pageId=5>", "https://h/x?a=1,2&pageId=5")]
    public void A4_the_next_link_is_read_from_the_Link_header(string? link, string? expected)
    {
        Assert.Equal(expected, CwLinkHeader.Next(link));
    }

    [Fact]
    public void Empty_keys_are_refused_when_the_client_is_made()
    {
        var info = new ConnectWiseConnectionInfo { Server = "na.myconnectwise.net", CompanyId = "acme", PublicKey = new System.Security.SecureString(), PrivateKey = QuickpassPsa.Core.Psa.Secrets.ToSecure("private") };

        var ex = Assert.Throws<ArgumentException>(() => new ConnectWiseClient(info, new QuickpassPsa.Core.Psa.Http.PsaHttpOptions()));
        Assert.Contains("public key", ex.Message);
    }
}
