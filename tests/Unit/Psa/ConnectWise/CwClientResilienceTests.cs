using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Tests.Infrastructure;
using QuickpassPsa.Tests.Simulator;
using QuickpassPsa.Tests.Simulator.ConnectWise;

namespace QuickpassPsa.Tests.Psa.ConnectWise;

/// <summary>psa-api.md A6: 429 storms and 503 runs ridden out and announced; creates whose answer is lost; cancellation.</summary>
public class CwClientResilienceTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _fixture;

    public CwClientResilienceTests(SimulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Sim.Reset();
        fixture.Seed(Cw.StandardSeed);
    }

    [Fact]
    public async Task A6_a_429_storm_is_ridden_out_waiting_what_Retry_After_says()
    {
        using var h = new CwClientHarness(_fixture);
        await h.Client.ValidateAsync(CancellationToken.None);
        await h.SetFaults("""{ "failNextStatus": 429, "failNextCount": 3, "retryAfterSeconds": 1 }""");
        // ConnectWise says "try again in N seconds" with Retry-After; the (immediate) clock records the waits.

        var contacts = await h.Client.GetContactsAsync(new ContactQuery { CompanyId = "250", IncludeInactive = true }, null, CancellationToken.None);

        Assert.Equal(new[] { "1001", "1002" }, contacts.Select(c => c.Id).ToArray());
        var waits = h.Verbose.Where(l => l.Contains("HTTP 429")).ToList();
        Assert.Equal(3, waits.Count);
        Assert.All(waits, l => Assert.Contains("waiting 1.0 s (Retry-After)", l));
        Assert.Contains(waits, l => l.Contains("attempt 4 of 6"));
        Assert.Equal(new[] { TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1) }, h.Clock.Waits);
        var logged = await h.Logged("company/contacts");
        Assert.Equal(new[] { 429, 429, 429, 200 }, logged.Select(e => e.Status).ToArray());
        h.AssertNoSecrets();
    }

    [Fact]
    public async Task A6_a_run_of_503s_is_ridden_out_with_backoff_and_each_wait_announced()
    {
        using var h = new CwClientHarness(_fixture);
        await h.Client.ValidateAsync(CancellationToken.None);
        await h.SetFaults("""{ "failNextStatus": 503, "failNextCount": 3 }""");

        var companies = await h.Client.GetCompaniesAsync("Contoso Ltd", CancellationToken.None);

        Assert.Equal("250", Assert.Single(companies).Id);
        var waits = h.Verbose.Where(l => l.Contains("HTTP 503")).ToList();
        Assert.Equal(3, waits.Count);
        Assert.All(waits, l => Assert.Matches(@"waiting \d+\.\d s before attempt \d of 6", l));
        // Exponential backoff with jitter from 10 ms, never above the 2 s ceiling.
        Assert.Equal(3, h.Clock.Waits.Count);
        Assert.All(h.Clock.Waits, w => Assert.InRange(w, TimeSpan.Zero, TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public async Task A6_a_create_answered_429_is_retried()
    {
        using var h = new CwClientHarness(_fixture);
        await h.Client.ValidateAsync(CancellationToken.None);
        await h.Client.GetCommunicationTypesAsync(CancellationToken.None);
        await h.SetFaults("""{ "failNextStatus": 429, "failNextCount": 1, "retryAfterSeconds": 1 }""");

        var created = await h.Client.CreateContactAsync(new NewPsaContact { CompanyId = "250", FirstName = "Rita", LastName = "Retry", Email = "rita@contoso.com" }, CancellationToken.None);

        Assert.Equal(new[] { "rita@contoso.com" }, created.Emails);
        Assert.Equal(new[] { 429, 201 }, (await h.Logged("company/contacts", "POST")).Select(e => e.Status).ToArray());
    }

    [Fact]
    public async Task Commit_then_drop_returns_the_stored_contact_and_leaves_exactly_one()
    {
        using var h = new CwClientHarness(_fixture);
        await h.Client.ValidateAsync(CancellationToken.None);
        await h.SetFaults("""{ "commitThenDrop": true }""");

        var created = await h.Client.CreateContactAsync(new NewPsaContact { CompanyId = "250", FirstName = "Dora", LastName = "Dropped", Email = "dora@contoso.com", MobilePhone = "+1 206 555 0111" }, CancellationToken.None);

        Assert.Equal("Dora", created.FirstName);
        Assert.Equal(new[] { "dora@contoso.com" }, created.Emails);
        Assert.Equal("+1 206 555 0111", created.MobilePhone);
        var posts = await h.Logged("company/contacts", "POST", minimum: 1);
        Assert.Single(posts);
        Assert.Equal("CommitThenDrop", posts[0].Fault);
        var stored = await h.Client.GetContactsAsync(new ContactQuery { CompanyId = "250", Email = "dora@contoso.com", IncludeInactive = true }, null, CancellationToken.None);
        Assert.Equal(created.Id, Assert.Single(stored).Id);
        Assert.Contains(h.Verbose, l => l.Contains("lost after sending") && l.Contains("looking for it"));
    }

    [Fact]
    public async Task After_a_lost_answer_another_contact_with_the_same_email_is_not_taken_for_ours()
    {
        using var h = new CwClientHarness(_fixture);
        await h.Client.ValidateAsync(CancellationToken.None);
        // The address is on another contact (other names) too: the lookup must pick the one we created.
        await h.Client.CreateContactAsync(new NewPsaContact { CompanyId = "250", FirstName = "Other", LastName = "Person", Email = "shared@contoso.com" }, CancellationToken.None);
        await h.SetFaults("""{ "commitThenDrop": true }""");

        var created = await h.Client.CreateContactAsync(new NewPsaContact { CompanyId = "250", FirstName = "Sam", LastName = "Shared", Email = "shared@contoso.com" }, CancellationToken.None);

        // The dropped create WAS stored, so the lookup finds Sam: no second POST.
        Assert.Equal("Sam", created.FirstName);
        Assert.Equal(2, (await h.Logged("company/contacts", "POST")).Count);
        var stored = await h.Client.GetContactsAsync(new ContactQuery { CompanyId = "250", Email = "shared@contoso.com" }, null, CancellationToken.None);
        Assert.Equal(new[] { "Other", "Sam" }, stored.Select(c => c.FirstName).ToArray());
    }

    [Fact]
    public async Task A_lost_create_that_is_not_found_after_is_reported_and_never_sent_again()
    {
        // Round 41: a PSA that stores the create after the client's time limit is not found by the lookup right after;
        // a resend stored the person twice. Only a later look can tell, so the failure is reported instead.
        using var h = new CwClientHarness(_fixture);
        await h.Client.ValidateAsync(CancellationToken.None);
        await h.Client.GetCommunicationTypesAsync(CancellationToken.None);
        h.FailNextPostBeforeSending = true; // the connection breaks before the server sees anything

        var ex = await Assert.ThrowsAsync<PsaAmbiguousWriteException>(() =>
            h.Client.CreateContactAsync(new NewPsaContact { CompanyId = "250", FirstName = "Lena", LastName = "Lost", Email = "lena@contoso.com" }, CancellationToken.None));

        Assert.True(ex.LookedUp);
        Assert.Contains("was not found right after, and the create was not sent again", ex.Message);
        Assert.Contains("Run the same command again", ex.Message);
        Assert.Equal(1, h.Sent.Count(r => r.Method == "POST"));
        Assert.Empty(await h.Logged("company/contacts", "POST"));
        Assert.Contains(h.Verbose, l => l.Contains("the create is not sent again"));
    }

    [Fact]
    public async Task Without_an_email_an_ambiguous_create_is_rethrown()
    {
        using var h = new CwClientHarness(_fixture);
        await h.Client.ValidateAsync(CancellationToken.None);
        await h.SetFaults("""{ "commitThenDrop": true }""");

        var ex = await Assert.ThrowsAsync<PsaAmbiguousWriteException>(() =>
            h.Client.CreateContactAsync(new NewPsaContact { CompanyId = "250", FirstName = "Nora", LastName = "Noemail" }, CancellationToken.None));

        Assert.Single(await h.Logged("company/contacts", "POST", minimum: 1)); // not sent again: it may exist
        h.AssertNoSecrets(ex);
    }

    [Fact]
    public async Task A_cancelled_token_stops_a_call_at_once()
    {
        using var h = new CwClientHarness(_fixture);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => h.Client.GetContactsAsync(new ContactQuery { CompanyId = "250" }, null, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => h.Client.ValidateAsync(cancelled.Token));
        Assert.Empty(h.Sent);
    }

    [Fact]
    public async Task Cancelling_stops_a_slow_call()
    {
        using var h = new CwClientHarness(_fixture);
        await h.Client.ValidateAsync(CancellationToken.None);
        await h.SetFaults("""{ "latencyMs": 5000 }""");
        using var cancel = new CancellationTokenSource();

        // Without cancellation the call would succeed after the latency; cancelled in flight, it throws.
        var call = h.Client.GetCompaniesAsync(null, cancel.Token);
        await WaitUntil(() => h.Sent.Count(r => r.Url.AbsolutePath.EndsWith("/company/companies", StringComparison.Ordinal)) == 1);
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        // The simulator sees the client go away during the latency and logs it as such (never as a 200). Waiting
        // for that entry also keeps it out of the next test's log, which the class shares.
        var logged = await h.Logged("company/companies", minimum: 1);
        Assert.Equal(499, Assert.Single(logged).Status);
    }

    [Fact]
    public async Task Cancelling_stops_a_retry_wait()
    {
        using var h = new CwClientHarness(_fixture, clock: TestClock.Manual());
        await h.Client.ValidateAsync(CancellationToken.None);
        // Retry-After 30 s, capped at the harness's MaxDelay of 2 s; the manual clock never lets it pass.
        await h.SetFaults("""{ "failNextStatus": 429, "failNextCount": 5, "retryAfterSeconds": 30 }""");
        using var cancel = new CancellationTokenSource();

        var call = h.Client.GetCompaniesAsync(null, cancel.Token);
        await WaitUntil(() => h.Clock.PendingTimers == 1);
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(new[] { TimeSpan.FromSeconds(2) }, h.Clock.Waits);
        // What this client sent, not the server's log: a slow request of another test may still land there.
        Assert.Single(h.Sent, r => r.Url.AbsolutePath.EndsWith("/company/companies", StringComparison.Ordinal));
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        // Polls for a state the code under test reaches by itself; bounded so a bug fails instead of hanging.
        for (var i = 0; i < 6000 && !condition(); i++) await Task.Delay(5);
        Assert.True(condition(), "the condition was not reached");
    }
}
