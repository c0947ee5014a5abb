using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Autotask;
using QuickpassPsa.Core.Psa.ConnectWise;
using QuickpassPsa.Core.Psa.Http;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Psa.Http;

/// <summary>
/// The one next-page rule of both PSAs (PsaTransport.NextPage): a next link is followed only on the API base's
/// origin (scheme, host and port), because the next request carries the credentials; a link elsewhere is
/// refused with a clear error, never followed and never rewritten.
/// </summary>
public class NextPageRuleTests
{
    private const string ApiBase = "https://api-na.myconnectwise.net/v4_6_release/apis/3.0/";

    public static TheoryData<string> ForeignLinks => new()
    {
        "https://internal-node:8443/v4_6_release/apis/3.0/company/contacts?pageSize=1000&pageId=5",
        "https://api-na.myconnectwise.net:8443/v4_6_release/apis/3.0/company/contacts?pageId=5",
        "http://api-na.myconnectwise.net/v4_6_release/apis/3.0/company/contacts?pageId=5",
        "https://evil.example/v4_6_release/apis/3.0/company/contacts?pageId=7",
    };

    private static PsaHttpOptions Options(ScriptedHandler handler) => new() { Handler = handler, TimeProvider = TestClock.Immediate(), Output = PsaOutput.Silent };

    private static ConnectWiseClient ConnectWise(ScriptedHandler handler) => new(new ConnectWiseConnectionInfo
    {
        Server = "na.myconnectwise.net",
        CompanyId = "acme",
        PublicKey = Secrets.ToSecure("pub-key"),
        PrivateKey = Secrets.ToSecure("priv-key"),
        ClientId = "cid",
    }, Options(handler));

    private static AutotaskClient Autotask(ScriptedHandler handler) => new(new AutotaskConnectionInfo
    {
        UserName = "api@example.com",
        Secret = Secrets.ToSecure("the-secret"),
        IntegrationCode = Secrets.ToSecure("THE-CODE"),
        ZoneUrl = new Uri("https://api-na.myconnectwise.net/atservicesrest/"),
    }, Options(handler));

    private static ScriptedHandler ConnectWisePages(string nextLink) => new ScriptedHandler()
        .Then(HttpStatusCode.OK, """{"CompanyName":"acme","Codebase":"v4_6_release/"}""")
        .Then(HttpStatusCode.OK, """[{"id":1,"firstName":"Ann","lastName":"Lee","company":{"id":7}}]""", r => r.Headers.TryAddWithoutValidation("Link", "<" + nextLink + ">; rel=\"next\""))
        .Then(HttpStatusCode.OK, """[{"id":2,"firstName":"Bob","lastName":"Ray","company":{"id":7}}]""", r => r.Headers.TryAddWithoutValidation("Link", ""));

    private static ScriptedHandler AutotaskPages(string nextLink) => new ScriptedHandler()
        .Then(HttpStatusCode.OK, """{"items":[{"id":1,"companyID":7,"firstName":"Ann","lastName":"Lee","isActive":1}],"pageDetails":{"count":1,"nextPageUrl":""" + "\"" + nextLink + "\"" + "}}")
        .Then(HttpStatusCode.OK, """{"items":[{"id":2,"companyID":7,"firstName":"Bob","lastName":"Ray","isActive":1}],"pageDetails":{"count":1,"nextPageUrl":null}}""");

    [Theory]
    [MemberData(nameof(ForeignLinks))]
    public async Task ConnectWise_refuses_a_next_link_to_another_origin(string link)
    {
        var handler = ConnectWisePages(link);
        using var client = ConnectWise(handler);

        var ex = await Assert.ThrowsAsync<PsaApiException>(() => client.GetContactsAsync(new ContactQuery { CompanyId = "7" }, null, CancellationToken.None));

        Assert.Contains("another origin than the API's https://api-na.myconnectwise.net", ex.Message);
        Assert.Contains("not read to the end", ex.Message);
        Assert.Equal(2, handler.Sent.Count); // company info and the first page; nothing went to the link
        Assert.All(handler.Sent, s => Assert.Contains("myconnectwise.net", s.Url.Host));
    }

    [Theory]
    [MemberData(nameof(ForeignLinks))]
    public async Task Autotask_refuses_a_next_link_to_another_origin(string link)
    {
        var handler = AutotaskPages(link);
        using var client = Autotask(handler);

        var ex = await Assert.ThrowsAsync<PsaApiException>(() => client.GetContactsAsync(new ContactQuery { CompanyId = "7" }, null, CancellationToken.None));

        Assert.Contains("another origin than the API's https://api-na.myconnectwise.net", ex.Message);
        Assert.Single(handler.Sent);
    }

    [Theory]
    [InlineData(ApiBase + "company/contacts?pageSize=1000&pageId=1")]
    [InlineData("/v4_6_release/apis/3.0/company/contacts?pageSize=1000&pageId=1")]
    [InlineData("HTTPS://API-NA.MYCONNECTWISE.NET:443/v4_6_release/apis/3.0/company/contacts?pageId=1")]
    public async Task ConnectWise_follows_a_next_link_on_the_api_origin(string link)
    {
        var handler = ConnectWisePages(link);
        using var client = ConnectWise(handler);

        var contacts = await client.GetContactsAsync(new ContactQuery { CompanyId = "7" }, null, CancellationToken.None);

        Assert.Equal(new[] { "1", "2" }, contacts.Select(c => c.Id));
        Assert.EndsWith("pageId=1", handler.Sent[2].Url.Query);
        Assert.Equal("api-na.myconnectwise.net", handler.Sent[2].Url.Host);
    }

    [Theory]
    [InlineData("https://api-na.myconnectwise.net/ATServicesRest/V1.0/Contacts/query/next?paging=x")]
    [InlineData("/ATServicesRest/V1.0/Contacts/query/next?paging=x")]
    public async Task Autotask_follows_a_next_link_on_the_api_origin(string link)
    {
        var handler = AutotaskPages(link);
        using var client = Autotask(handler);

        var contacts = await client.GetContactsAsync(new ContactQuery { CompanyId = "7" }, null, CancellationToken.None);

        Assert.Equal(new[] { "1", "2" }, contacts.Select(c => c.Id));
        Assert.Equal("/ATServicesRest/V1.0/Contacts/query/next", handler.Sent[1].Url.AbsolutePath);
    }

    [Fact]
    public async Task A_next_link_sent_twice_stops_paging_instead_of_looping()
    {
        var handler = new ScriptedHandler()
            .Then(HttpStatusCode.OK, """{"items":[{"id":1,"companyID":7,"isActive":1}],"pageDetails":{"nextPageUrl":"/ATServicesRest/V1.0/Contacts/query/next?paging=a"}}""")
            .Then(HttpStatusCode.OK, """{"items":[{"id":2,"companyID":7,"isActive":1}],"pageDetails":{"nextPageUrl":"/ATServicesRest/V1.0/Contacts/query/next?paging=a"}}""");
        using var client = Autotask(handler);

        var ex = await Assert.ThrowsAsync<PsaApiException>(() => client.GetContactsAsync(new ContactQuery { CompanyId = "7" }, null, CancellationToken.None));

        Assert.Contains("next-page link it had sent before", ex.Message);
        Assert.Equal(2, handler.Sent.Count);
    }
}
