using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Http;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Psa.Http;

/// <summary>The one HTTP pipeline: what it retries, what it never retries, redirects, UTF-8, errors and redaction.</summary>
public class PsaHttpClientTests
{
    private readonly List<string> _verbose = new();
    private readonly List<string> _debug = new();
    private readonly TestClock _clock = TestClock.Immediate();

    private PsaHttpClient Client(ScriptedHandler handler, Redactor? redactor = null, int attempts = 4) => new("ConnectWise", new PsaHttpOptions
    {
        Handler = handler,
        TimeProvider = _clock,
        MaxAttempts = attempts,
        BaseDelay = TimeSpan.FromMilliseconds(5),
        MaxDelay = TimeSpan.FromSeconds(2),
        Output = new TestOutput(_verbose.Add, _debug.Add),
    }, redactor ?? new Redactor());

    private static PsaRequest Get(string url = "https://psa.example.com/v4_6_release/apis/3.0/company/contacts?pageSize=1000") =>
        new(HttpMethod.Get, new Uri(url), RequestKind.Read);

    private static PsaRequest Create(string body = "{\"firstName\":\"Zoë\"}") =>
        new(HttpMethod.Post, new Uri("https://psa.example.com/v4_6_release/apis/3.0/company/contacts"), RequestKind.Create) { JsonBody = body };

    [Fact]
    public async Task A_429_is_retried_after_the_seconds_Retry_After_asks_for_and_the_wait_is_announced()
    {
        var handler = new ScriptedHandler()
            .Then((HttpStatusCode)429, """{"error":"ConnectWiseAPI","message":"Too many requests. Please try again in 1 seconds."}""", r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(1)))
            .Then(HttpStatusCode.OK, "[]");
        using var client = Client(handler);

        var response = await client.SendAsync(Get(), CancellationToken.None);

        Assert.Equal(200, response.Status);
        Assert.Equal(2, handler.Sent.Count);
        Assert.Contains(_verbose, v => v.Contains("HTTP 429") && v.Contains("1.0 s (Retry-After)") && v.Contains("attempt 2 of 4"));
        Assert.Equal(new[] { TimeSpan.FromSeconds(1) }, _clock.Waits);
    }

    [Fact]
    public async Task A_Retry_After_date_is_honoured_and_capped()
    {
        var handler = new ScriptedHandler()
            .Then((HttpStatusCode)429, "", r => r.Headers.RetryAfter = new RetryConditionHeaderValue(_clock.GetUtcNow().AddSeconds(1)))
            .Then((HttpStatusCode)429, "", r => r.Headers.RetryAfter = new RetryConditionHeaderValue(_clock.GetUtcNow().AddHours(1)))
            .Then(HttpStatusCode.OK, "[]");
        using var client = Client(handler);

        await client.SendAsync(Get(), CancellationToken.None);

        // The date is read against the injected clock; an hour away is capped at MaxDelay.
        Assert.Contains(_verbose, v => v.Contains("waiting 1.0 s (Retry-After)") && v.Contains("attempt 2 of 4"));
        Assert.Contains(_verbose, v => v.Contains("waiting 2.0 s (Retry-After)") && v.Contains("attempt 3 of 4"));
        Assert.Equal(new[] { TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2) }, _clock.Waits);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Gateway_errors_are_retried_for_reads(HttpStatusCode status)
    {
        var handler = new ScriptedHandler().Then(status).Then(status).Then(HttpStatusCode.OK, "[]");
        using var client = Client(handler);

        Assert.Equal(200, (await client.SendAsync(Get(), CancellationToken.None)).Status);
        Assert.Equal(3, handler.Sent.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.Conflict)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task Other_failures_are_never_retried_and_become_a_typed_error(HttpStatusCode status)
    {
        var handler = new ScriptedHandler().Then(status, """{"code":"InvalidObject","message":"contact object is invalid","errors":[{"code":"MissingRequiredField","message":"firstName is required.","field":"firstName"}]}""");
        using var client = Client(handler);

        var ex = await Assert.ThrowsAsync<PsaApiException>(() => client.SendAsync(Get(), CancellationToken.None));

        Assert.Single(handler.Sent);
        Assert.Equal((int)status, ex.StatusCode);
        Assert.Equal("InvalidObject", ex.ErrorCode);
        Assert.Equal(new[] { "contact object is invalid", "firstName: firstName is required." }, ex.Messages);
        Assert.Equal("GET", ex.Method);
        Assert.Equal("/v4_6_release/apis/3.0/company/contacts?pageSize=1000", ex.Path);
        Assert.Contains("HTTP " + (int)status, ex.Message);
    }

    private const string ThreadLimitBody =
        """{"errors":["Thread Threshold Exceeded: The Autotask API thread threshold of 3 threads has been exceeded for this API tracking identifier and object endpoint. (Itgenatr005)"]}""";

    /// <summary>An Autotask-like client: a 500 whose body says "thread limit" is one to try again; the defaults of Connect-Psa otherwise (5 retries, 60 s at most).</summary>
    private PsaHttpClient ThreadLimitedClient(ScriptedHandler handler, TestOutput output, int attempts = 6) => new("Autotask", new PsaHttpOptions
    {
        Handler = handler,
        TimeProvider = _clock,
        MaxAttempts = attempts,
        MaxDelay = TimeSpan.FromSeconds(60),
        TryAgainAnswer = b => b.Contains("Itgenatr005"),
        Output = output,
    }, new Redactor());

    [Theory] // round 60b: two jobs on one integration code; the waits after a thread-limit answer came to about 10 s in all
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData((HttpStatusCode)429)]
    public async Task A_thread_limit_answer_is_retried_after_waits_that_grow_to_the_longest_wait_allowed(HttpStatusCode status)
    {
        var handler = new ScriptedHandler();
        for (var i = 0; i < 5; i++) handler.Then(status, ThreadLimitBody);
        handler.Then(HttpStatusCode.OK, "[]");
        var output = new TestOutput(_verbose.Add);
        using var client = ThreadLimitedClient(handler, output);

        var response = await client.SendAsync(Get(), CancellationToken.None);

        Assert.Equal(200, response.Status);
        Assert.Equal(6, handler.Sent.Count);
        var waits = _clock.Waits;
        Assert.Equal(5, waits.Count);
        // 5 s doubled per attempt, ±25%, never past -MaximumRetryWaitSec (60): about 5, 10, 20, 40, 60.
        for (var i = 0; i < 5; i++)
        {
            var nominal = 5 * Math.Pow(2, i);
            Assert.InRange(waits[i].TotalSeconds, Math.Min(60, nominal * 0.75), Math.Min(60, nominal * 1.25));
        }
        Assert.Equal(60, waits[4].TotalSeconds);
        Assert.True(waits.Sum(w => w.TotalSeconds) > 100, "waited " + waits.Sum(w => w.TotalSeconds) + " s in all");
        Assert.Contains(_verbose, v => v.Contains("HTTP " + (int)status + " (Autotask's thread limit)") && v.Contains("attempt 2 of 6"));
        // Each wait is reported for the once-per-command warning; the first one says what holds the work up, and for how long.
        Assert.Equal(5, output.Throttles.Count);
        Assert.Contains("thread limit", output.Throttles.First());
        Assert.Contains(waits[0].TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " s", output.Throttles.First());
    }

    [Fact]
    public async Task A_thread_limit_answer_that_outlasts_the_retries_ends_with_its_own_error_after_every_attempt()
    {
        var handler = new ScriptedHandler();
        for (var i = 0; i < 3; i++) handler.Then(HttpStatusCode.InternalServerError, ThreadLimitBody);
        using var client = ThreadLimitedClient(handler, new TestOutput(), attempts: 3);

        var ex = await Assert.ThrowsAsync<PsaApiException>(() => client.SendAsync(Get(), CancellationToken.None));

        Assert.Equal(500, ex.StatusCode);
        Assert.Equal(3, handler.Sent.Count);
        Assert.Equal(2, _clock.Waits.Count);
        Assert.True(_clock.Waits[1] > _clock.Waits[0] && _clock.Waits[0] >= TimeSpan.FromSeconds(3.75));
    }

    [Fact]
    public async Task Another_500_of_a_client_that_knows_the_thread_limit_is_not_retried_and_warns_of_nothing()
    {
        var handler = new ScriptedHandler().Then(HttpStatusCode.InternalServerError, """{"errors":["Unable to find projectID in the Contact Entity"]}""");
        var output = new TestOutput();
        using var client = ThreadLimitedClient(handler, output);

        await Assert.ThrowsAsync<PsaApiException>(() => client.SendAsync(Get(), CancellationToken.None));

        Assert.Single(handler.Sent);
        Assert.Empty(_clock.Waits);
        Assert.Empty(output.Throttles);
    }

    [Fact]
    public async Task A_429_without_a_thread_limit_body_keeps_the_ordinary_backoff_and_is_reported_as_rate_limiting()
    {
        var handler = new ScriptedHandler().Then((HttpStatusCode)429, """{"errors":["rate"]}""").Then(HttpStatusCode.OK, "[]");
        var output = new TestOutput();
        using var client = new PsaHttpClient("ConnectWise", new PsaHttpOptions
        {
            Handler = handler, TimeProvider = _clock, MaxAttempts = 4, BaseDelay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromSeconds(2), Output = output,
        }, new Redactor());

        await client.SendAsync(Get(), CancellationToken.None);

        // Retried once, after the ordinary backoff: under a second (a jittered delay can come out as zero, when no wait is started at all).
        Assert.Equal(2, handler.Sent.Count);
        Assert.True(_clock.Waits.Count <= 1 && _clock.Waits.All(wait => wait < TimeSpan.FromSeconds(1)), string.Join(", ", _clock.Waits));
        Assert.Contains("ConnectWise is rate limiting this integration (HTTP 429", output.Throttles.Single());
    }

    [Fact]
    public async Task A_gateway_error_wait_is_no_throttle_warning()
    {
        var handler = new ScriptedHandler().Then(HttpStatusCode.ServiceUnavailable).Then(HttpStatusCode.OK, "[]");
        var output = new TestOutput();
        using var client = new PsaHttpClient("ConnectWise", new PsaHttpOptions
        {
            Handler = handler, TimeProvider = _clock, MaxAttempts = 4, BaseDelay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromSeconds(2), Output = output,
        }, new Redactor());

        await client.SendAsync(Get(), CancellationToken.None);

        Assert.Single(_clock.Waits);
        Assert.Empty(output.Throttles);
    }

    [Fact]
    public async Task Autotask_error_bodies_are_read_too()
    {
        var handler = new ScriptedHandler().Then(HttpStatusCode.InternalServerError, """{"errors":["Unable to find projectID in the Contact Entity"]}""");
        using var client = Client(handler);

        var ex = await Assert.ThrowsAsync<PsaApiException>(() => client.SendAsync(Get(), CancellationToken.None));
        Assert.Equal(new[] { "Unable to find projectID in the Contact Entity" }, ex.Messages);
    }

    [Fact]
    public async Task Attempts_run_out_with_an_error_naming_the_last_status()
    {
        var handler = new ScriptedHandler().Then(HttpStatusCode.ServiceUnavailable).Then(HttpStatusCode.ServiceUnavailable).Then(HttpStatusCode.ServiceUnavailable);
        using var client = Client(handler, attempts: 3);

        var ex = await Assert.ThrowsAsync<PsaApiException>(() => client.SendAsync(Get(), CancellationToken.None));
        Assert.Equal(503, ex.StatusCode);
        Assert.Equal(3, handler.Sent.Count);
    }

    [Fact]
    public async Task One_attempt_means_no_retry()
    {
        var handler = new ScriptedHandler().Then(HttpStatusCode.ServiceUnavailable).Then(HttpStatusCode.OK, "[]");
        using var client = Client(handler, attempts: 1);

        Assert.Equal(503, (await Assert.ThrowsAsync<PsaApiException>(() => client.SendAsync(Get(), CancellationToken.None))).StatusCode);
        Assert.Single(handler.Sent);
    }

    [Fact]
    public async Task Transient_network_faults_are_retried_for_reads()
    {
        var handler = new ScriptedHandler().Throw(new HttpRequestException("reset", new IOException("connection reset"))).Then(HttpStatusCode.OK, "[]");
        using var client = Client(handler);

        Assert.Equal(200, (await client.SendAsync(Get(), CancellationToken.None)).Status);
        Assert.Equal(2, handler.Sent.Count);
    }

    [Theory] // round 47c: "the request was tried 1 times"
    [InlineData(1, "the request was tried once.")]
    [InlineData(3, "the request was tried 3 times.")]
    public async Task A_server_that_refuses_every_attempt_says_how_often_it_was_tried_in_words(int attempts, string expected)
    {
        var handler = new ScriptedHandler();
        for (var i = 0; i < attempts; i++) handler.Throw(new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused)));
        using var client = Client(handler, attempts: attempts);

        var ex = await Assert.ThrowsAsync<PsaApiException>(() => client.SendAsync(Get(), CancellationToken.None));

        Assert.Equal(attempts, handler.Sent.Count);
        Assert.EndsWith(expected, ex.Message);
    }

    [Fact]
    public async Task A_create_is_retried_on_429_and_connection_refused_only()
    {
        var handler = new ScriptedHandler()
            .Then((HttpStatusCode)429, "", r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.Zero))
            .Throw(new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused)))
            .Then(HttpStatusCode.Created, """{"id":5}""");
        using var client = Client(handler);

        Assert.Equal(201, (await client.SendAsync(Create(), CancellationToken.None)).Status);
        Assert.Equal(3, handler.Sent.Count);
    }

    [Fact]
    public async Task A_create_cut_off_after_sending_is_ambiguous_and_not_repeated()
    {
        var handler = new ScriptedHandler().Throw(new HttpRequestException("cut", new IOException("The response ended prematurely.")));
        using var client = Client(handler);

        var ex = await Assert.ThrowsAsync<PsaAmbiguousWriteException>(() => client.SendAsync(Create(), CancellationToken.None));
        Assert.Single(handler.Sent);
        Assert.Null(ex.StatusCode);
    }

    [Fact]
    public async Task A_create_answered_503_is_not_repeated()
    {
        var handler = new ScriptedHandler().Then(HttpStatusCode.ServiceUnavailable);
        using var client = Client(handler);

        var ex = await Assert.ThrowsAsync<PsaApiException>(() => client.SendAsync(Create(), CancellationToken.None));
        Assert.Equal(503, ex.StatusCode);
        Assert.Single(handler.Sent);
    }

    [Fact]
    public async Task Bodies_are_UTF8_both_ways()
    {
        var handler = new ScriptedHandler().Then(HttpStatusCode.Created, """{"firstName":"Łukasz","lastName":"Nguyễn"}""");
        using var client = Client(handler);

        var response = await client.SendAsync(Create("""{"firstName":"Zoë"}"""), CancellationToken.None);

        Assert.Equal("""{"firstName":"Zoë"}""", handler.Sent[0].Body);
        Assert.Contains("Łukasz", response.Body);
        Assert.Contains("Nguyễn", response.Body);
    }

    [Fact]
    public async Task A_redirect_to_http_is_refused_and_no_credentials_follow_it()
    {
        var handler = new ScriptedHandler().Then(HttpStatusCode.Redirect, "", r => r.Headers.Location = new Uri("http://psa.example.com/elsewhere"));
        using var client = Client(handler);
        var request = Get();
        request.Headers["Authorization"] = "Basic c2VjcmV0";

        var ex = await Assert.ThrowsAsync<PsaApiException>(() => client.SendAsync(request, CancellationToken.None));
        Assert.Contains("non-HTTPS", ex.Message);
        Assert.Single(handler.Sent);
    }

    [Fact]
    public async Task A_307_keeps_method_and_body_and_credentials_within_the_origin()
    {
        var handler = new ScriptedHandler()
            .Then(HttpStatusCode.TemporaryRedirect, "", r => r.Headers.Location = new Uri("https://psa.example.com/v2025_1/apis/3.0/company/contacts"))
            .Then(HttpStatusCode.Created, "{}");
        using var client = Client(handler);
        var request = Create();
        request.Headers["Authorization"] = "Basic c2VjcmV0";
        request.Headers["clientId"] = "cid";

        await client.SendAsync(request, CancellationToken.None);

        Assert.Equal(new[] { "POST", "POST" }, handler.Sent.Select(s => s.Method));
        Assert.All(handler.Sent, s => Assert.Equal("""{"firstName":"Zoë"}""", s.Body));
        Assert.All(handler.Sent, s => Assert.True(s.Headers.ContainsKey("Authorization")));
    }

    [Theory] // same origin = scheme, host and port: another port or host of the same name is another server
    [InlineData("https://psa.example.com:8443/v2025_1/apis/3.0/company/contacts")]
    [InlineData("https://other.example.net/company/contacts")]
    [InlineData("https://evil.psa.example.com/company/contacts")]
    public async Task A_request_with_credentials_is_not_redirected_to_another_origin_with_or_without_them(string location)
    {
        var handler = new ScriptedHandler()
            .Then(HttpStatusCode.TemporaryRedirect, "", r => r.Headers.Location = new Uri(location))
            .Then(HttpStatusCode.OK, "{}");
        using var client = Client(handler);
        var request = Get();
        request.Headers["Secret"] = "qpsa-secret";
        request.Headers["ApiIntegrationCode"] = "QPSA-TRACKING";
        request.Headers["UserName"] = "api@qpsa.test";

        var ex = await Assert.ThrowsAsync<PsaApiException>(() => client.SendAsync(request, CancellationToken.None));

        // Nothing went to the other origin: neither the credentials nor the request stripped of them.
        Assert.Single(handler.Sent);
        Assert.Equal(307, ex.StatusCode);
        Assert.Contains("another origin", ex.Message);
        Assert.Contains(new Uri(location).GetLeftPart(UriPartial.Authority), ex.Message);
    }

    [Fact]
    public async Task A_request_without_credentials_follows_a_redirect_to_another_origin()
    {
        var handler = new ScriptedHandler()
            .Then(HttpStatusCode.Found, "", r => r.Headers.Location = new Uri("https://webservices5.example.net/atservicesrest/v1.0/zoneInformation?user=a"))
            .Then(HttpStatusCode.OK, "{}");
        using var client = Client(handler);

        var response = await client.SendAsync(Get("https://webservices.example.net/atservicesrest/v1.0/zoneInformation?user=a"), CancellationToken.None);

        Assert.Equal(200, response.Status);
        Assert.Equal("webservices5.example.net", handler.Sent[1].Url.Host);
    }

    [Fact]
    public async Task Logs_never_show_secret_headers_or_registered_secret_values()
    {
        var redactor = new Redactor();
        redactor.AddSecret("qpsa-private");
        var handler = new ScriptedHandler()
            .Then(HttpStatusCode.ServiceUnavailable)
            .Then(HttpStatusCode.BadRequest, """{"code":"X","message":"bad value qpsa-private"}""");
        using var client = Client(handler, redactor);
        var request = new PsaRequest(HttpMethod.Get, new Uri("https://psa.example.com/api?key=qpsa-private"), RequestKind.Read);
        request.Headers["Authorization"] = "Basic cXBzYStxcHNhLXB1YmxpYzpxcHNhLXByaXZhdGU=";
        request.Headers["Secret"] = "at-secret-value";
        request.Headers["ApiIntegrationCode"] = "TRACKING-CODE";

        var ex = await Assert.ThrowsAsync<PsaApiException>(() => client.SendAsync(request, CancellationToken.None));

        var text = string.Join("\n", _verbose.Concat(_debug).Concat(new[] { ex.ToString() }));
        Assert.NotEmpty(_debug);
        foreach (var secret in new[] { "qpsa-private", "cXBzYStxcHNhLXB1YmxpYzpxcHNhLXByaXZhdGU=", "at-secret-value", "TRACKING-CODE" })
        {
            Assert.DoesNotContain(secret, text);
        }
        Assert.Contains("Authorization: ***", string.Join("\n", _debug));
    }

    [Fact]
    public async Task Cancellation_stops_a_wait()
    {
        var handler = new ScriptedHandler().Then((HttpStatusCode)429, "", r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(30))).Then(HttpStatusCode.OK, "[]");
        var clock = TestClock.Manual();
        using var client = new PsaHttpClient("Autotask", new PsaHttpOptions { Handler = handler, MaxDelay = TimeSpan.FromSeconds(60), TimeProvider = clock }, new Redactor());
        using var cancel = new CancellationTokenSource();

        var call = client.SendAsync(Get(), cancel.Token);
        await WaitUntil(() => clock.PendingTimers == 1); // the 30 s Retry-After wait has begun
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Single(handler.Sent);
        Assert.Equal(new[] { TimeSpan.FromSeconds(30) }, clock.Waits);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        // Polls a condition that the code under test reaches on its own; bounded so a bug fails instead of hanging.
        for (var i = 0; i < 6000 && !condition(); i++) await Task.Delay(5);
        Assert.True(condition(), "the condition was not reached");
    }
}
