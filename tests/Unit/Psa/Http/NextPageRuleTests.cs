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
        Assert.Contains(" answered HTTP 200, but the next-page link points at ", ex.Message);
        Assert.DoesNotContain("failed with", ex.Message);
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
        Assert.StartsWith("Autotask POST /atservicesrest/V1.0/Contacts/query answered HTTP 200, but the next-page link points at ", ex.Message, StringComparison.OrdinalIgnoreCase); // round 63c: not "failed with HTTP 200"
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

    [Fact]
    public async Task Autotask_a_page_of_records_sent_before_stops_paging_with_an_error()
    {
        // Round 41: a server that sends one page again under a new cursor was followed for ever (until the command's time
        // limit), and a page sent twice listed its people twice (Ambiguous with themselves).
        const string page = """{"items":[{"id":1,"companyID":7,"isActive":1},{"id":2,"companyID":7,"isActive":1}],"pageDetails":{"nextPageUrl":"/ATServicesRest/V1.0/Contacts/query/next?paging=""";
        var handler = new ScriptedHandler()
            .Then(HttpStatusCode.OK, page + "a\"}}")
            .Then(HttpStatusCode.OK, page + "b\"}}")
            .Then(HttpStatusCode.OK, page + "c\"}}");
        using var client = Autotask(handler);

        var ex = await Assert.ThrowsAsync<PsaApiException>(() => client.GetContactsAsync(new ContactQuery { CompanyId = "7" }, null, CancellationToken.None));

        Assert.Contains("only records it had sent before", ex.Message);
        Assert.Contains("not read to the end", ex.Message);
        Assert.Equal(2, handler.Sent.Count);
    }

    [Fact]
    public async Task A_record_sent_again_beside_new_ones_is_listed_once()
    {
        var handler = new ScriptedHandler()
            .Then(HttpStatusCode.OK, """{"items":[{"id":1,"companyID":7,"isActive":1},{"id":2,"companyID":7,"isActive":1}],"pageDetails":{"nextPageUrl":"/ATServicesRest/V1.0/Contacts/query/next?paging=a"}}""")
            .Then(HttpStatusCode.OK, """{"items":[{"id":2,"companyID":7,"isActive":1},{"id":3,"companyID":7,"isActive":1}],"pageDetails":{"nextPageUrl":null}}""");
        using var client = Autotask(handler);

        var contacts = await client.GetContactsAsync(new ContactQuery { CompanyId = "7" }, null, CancellationToken.None);

        Assert.Equal(new[] { "1", "2", "3" }, contacts.Select(c => c.Id));
    }

    [Fact]
    public async Task ConnectWise_an_empty_page_that_links_to_another_is_followed()
    {
        // Round 41: an empty page with a next link ended the read, and the records after it were lost without a word.
        var handler = new ScriptedHandler()
            .Then(HttpStatusCode.OK, """{"CompanyName":"acme","Codebase":"v4_6_release/"}""")
            .Then(HttpStatusCode.OK, """[{"id":1,"firstName":"Ann","lastName":"Lee","company":{"id":7}}]""", r => r.Headers.TryAddWithoutValidation("Link", "<" + ApiBase + "company/contacts?pageId=1>; rel=\"next\""))
            .Then(HttpStatusCode.OK, "[]", r => r.Headers.TryAddWithoutValidation("Link", "<" + ApiBase + "company/contacts?pageId=5>; rel=\"next\""))
            .Then(HttpStatusCode.OK, """[{"id":6,"firstName":"Bob","lastName":"Ray","company":{"id":7}}]""", r => r.Headers.TryAddWithoutValidation("Link", ""));
        using var client = ConnectWise(handler);

        var contacts = await client.GetContactsAsync(new ContactQuery { CompanyId = "7" }, null, CancellationToken.None);

        Assert.Equal(new[] { "1", "6" }, contacts.Select(c => c.Id));
    }

    [Fact]
    public async Task Empty_pages_that_keep_linking_to_new_ones_stop_paging_with_an_error()
    {
        var handler = new ScriptedHandler()
            .Then(HttpStatusCode.OK, """{"items":[{"id":1,"companyID":7,"isActive":1}],"pageDetails":{"nextPageUrl":"/ATServicesRest/V1.0/Contacts/query/next?paging=a"}}""");
        for (var i = 0; i < 10; i++)
        {
            handler.Then(HttpStatusCode.OK, """{"items":[],"pageDetails":{"nextPageUrl":"/ATServicesRest/V1.0/Contacts/query/next?paging=e""" + i + "\"}}");
        }
        using var client = Autotask(handler);

        var ex = await Assert.ThrowsAsync<PsaApiException>(() => client.GetContactsAsync(new ContactQuery { CompanyId = "7" }, null, CancellationToken.None));

        Assert.Contains("3 empty pages in a row", ex.Message);
        Assert.Equal(1 + PsaTransport.MaxEmptyPagesInARow, handler.Sent.Count);
    }

    [Fact]
    public void A_long_path_is_shortened_in_the_message_and_kept_whole_on_the_exception()
    {
        var path = "/ATServicesRest/V1.0/Contacts/query/next?paging=" + new string('x', 16000);

        var ex = new PsaApiException("Autotask", "POST", path, null, null, new[] { "No answer." });

        Assert.Equal(path, ex.Path);
        Assert.True(ex.Message.Length < 600, ex.Message.Length.ToString());
        Assert.Contains("(16048 characters)", ex.Message);
    }
}
