using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Http;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Psa.Http;

/// <summary>
/// A server that accepts the connection and never answers: the per-attempt limit and the per-command limit
/// end the wait with an error that names the limit. The limits run on real time (they are about the user's
/// wait), so these tests use 1 s limits and assert the error, never the elapsed time.
/// </summary>
public class TimeLimitTests
{
    private static PsaHttpClient Client(PsaHttpOptions options) => new("ConnectWise", options, new Redactor());

    private static PsaRequest Get(LoopbackServer server) =>
        new(HttpMethod.Get, new Uri(server.BaseUrl, "v4_6_release/apis/3.0/system/info"), RequestKind.Read);

    [Fact]
    public async Task Each_attempt_that_gets_no_answer_within_the_timeout_fails_and_the_last_one_names_the_per_request_limit()
    {
        using var silent = LoopbackServer.Silent();
        var clock = TestClock.Immediate();
        using var client = Client(new PsaHttpOptions { AttemptTimeout = TimeSpan.FromSeconds(1), MaxAttempts = 2, TimeProvider = clock, Output = PsaOutput.Silent });

        var ex = await Assert.ThrowsAsync<PsaTimeoutException>(() => client.SendAsync(Get(silent), CancellationToken.None));

        Assert.Equal(PsaTimeLimit.Attempt, ex.Limit);
        Assert.Equal(TimeSpan.FromSeconds(1), ex.Value);
        Assert.Null(ex.StatusCode);
        Assert.Contains("no answer within 1 s (the per-request time limit) on any of the 2 attempts", ex.Message);
        Assert.Contains("Connect-Psa -TimeoutSec", ex.Hint);
        Assert.Equal(2, silent.Heads.Count);       // the timed-out attempt was retried once
        Assert.Single(clock.Waits);                // with one backoff wait between, on the injected clock
    }

    [Fact]
    public async Task The_command_limit_ends_all_the_work_of_a_command_and_says_so()
    {
        using var silent = LoopbackServer.Silent();
        using var client = Client(new PsaHttpOptions
        {
            AttemptTimeout = TimeSpan.FromSeconds(120),
            CommandTimeout = TimeSpan.FromSeconds(1),
            TimeProvider = TestClock.Immediate(),
            Output = PsaOutput.Silent,
        });

        PsaTimeoutException ex;
        using (PsaCommandScope.Begin(new TestOutput()))
        {
            ex = await Assert.ThrowsAsync<PsaTimeoutException>(() => client.SendAsync(Get(silent), CancellationToken.None));
        }

        Assert.Equal(PsaTimeLimit.Command, ex.Limit);
        Assert.Contains("did not finish within 1 s (the per-command time limit)", ex.Message);
        Assert.Contains("GET /v4_6_release/apis/3.0/system/info", ex.Message);
        Assert.Contains("Connect-Psa -CommandTimeoutSec", ex.Hint);
        Assert.Single(silent.Heads);
    }

    private static ScriptedHandler TooManyRequests(ScriptedHandler handler, int seconds) =>
        handler.Then((HttpStatusCode)429, "", r => r.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds)));

    /// <summary>
    /// Round 56: the limit was counted per call, so a command limited to 90 s waited out two 59 s Retry-After waits. Calls
    /// that share the command's clock share one limit, and a wait that would end past it is not begun: PsaTimeout at once.
    /// </summary>
    [Fact]
    public async Task The_command_limit_counts_across_the_commands_calls_and_a_wait_past_it_is_not_begun()
    {
        var handler = TooManyRequests(new ScriptedHandler(), 20).Then(HttpStatusCode.OK, "[]");
        TooManyRequests(TooManyRequests(handler, 20), 20).Then(HttpStatusCode.OK, "[]");
        var clock = TestClock.Immediate();
        using var client = new PsaHttpClient("ConnectWise", new PsaHttpOptions
        {
            Handler = handler, TimeProvider = clock, MaxAttempts = 6, MaxDelay = TimeSpan.FromSeconds(120), CommandTimeout = TimeSpan.FromSeconds(30), Output = PsaOutput.Silent,
        }, new Redactor());
        var request = new PsaRequest(HttpMethod.Get, new Uri("https://psa.example.com/v4_6_release/apis/3.0/company/contacts/7"), RequestKind.Read);
        var command = new PsaCommandClock();

        using (PsaCommandScope.Begin(new TestOutput(), command))
        {
            await client.SendAsync(request, CancellationToken.None); // waits 20 s of the 30
        }
        PsaTimeoutException ex;
        using (PsaCommandScope.Begin(new TestOutput(), command))
        {
            ex = await Assert.ThrowsAsync<PsaTimeoutException>(() => client.SendAsync(request, CancellationToken.None));
        }

        Assert.Equal(PsaTimeLimit.Command, ex.Limit);
        Assert.Contains("would not finish within 30 s (the per-command time limit)", ex.Message);
        Assert.Contains("GET /v4_6_release/apis/3.0/company/contacts/7 answered HTTP 429", ex.Message);
        Assert.Contains("a wait of 20.0 s (Retry-After), with 10.0 s of the limit left", ex.Message);
        Assert.Contains("without waiting", ex.Message);
        Assert.StartsWith("ConnectWise GET /v4_6_release/apis/3.0/company/contacts/7 ran out of time: ", ex.Message); // an answer came: not "failed with no answer"
        Assert.Equal(new[] { TimeSpan.FromSeconds(20) }, clock.Waits); // the second wait was never begun

        // A call with a clock of its own (Get-PsaContact's per company) gets the whole limit again.
        using (PsaCommandScope.Begin(new TestOutput()))
        {
            await client.SendAsync(request, CancellationToken.None);
        }
        Assert.Equal(new[] { TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(20) }, clock.Waits);
    }

    /// <summary>
    /// Round 61b: the limit was counted on the wall clock, so a clock stepped forward two hours (an NTP correction, a VM
    /// resumed) stopped a command with PsaTimeout at its next request. It counts on the monotonic clock: the step is no time
    /// spent, while a wait still is.
    /// </summary>
    [Fact]
    public async Task The_command_limit_counts_monotonic_time_so_a_wall_clock_step_is_no_time_spent()
    {
        var handler = new ScriptedHandler().Then(HttpStatusCode.OK, "[]").Then(HttpStatusCode.OK, "[]");
        TooManyRequests(handler, 20).Then(HttpStatusCode.OK, "[]").Then(HttpStatusCode.OK, "[]");
        var clock = TestClock.Immediate();
        using var client = new PsaHttpClient("ConnectWise", new PsaHttpOptions
        {
            Handler = handler, TimeProvider = clock, MaxAttempts = 3, MaxDelay = TimeSpan.FromSeconds(120), CommandTimeout = TimeSpan.FromSeconds(30), Output = PsaOutput.Silent,
        }, new Redactor());
        var request = new PsaRequest(HttpMethod.Get, new Uri("https://psa.example.com/v4_6_release/apis/3.0/company/contacts/7"), RequestKind.Read);

        using (PsaCommandScope.Begin(new TestOutput()))
        {
            await client.SendAsync(request, CancellationToken.None);
            clock.StepWallClock(TimeSpan.FromHours(2));
            await client.SendAsync(request, CancellationToken.None); // no PsaTimeout: no time went by
            clock.StepWallClock(TimeSpan.FromHours(-5));
            await client.SendAsync(request, CancellationToken.None); // waits 20 s of the 30, whatever the wall clock says
            var ex = await Assert.ThrowsAsync<PsaTimeoutException>(async () =>
            {
                clock.Advance(TimeSpan.FromSeconds(11)); // monotonic time: 31 s of the 30 now spent
                await client.SendAsync(request, CancellationToken.None);
            });
            Assert.Equal(PsaTimeLimit.Command, ex.Limit);
        }
        Assert.Equal(new[] { TimeSpan.FromSeconds(20) }, clock.Waits);
    }

    [Fact]
    public async Task Stopping_the_command_is_a_cancellation_not_a_timeout()
    {
        using var silent = LoopbackServer.Silent();
        using var client = Client(new PsaHttpOptions { AttemptTimeout = TimeSpan.FromSeconds(120), CommandTimeout = TimeSpan.FromSeconds(120), Output = PsaOutput.Silent });
        using var stop = new CancellationTokenSource();
        using var scope = PsaCommandScope.Begin(new TestOutput());

        var sending = client.SendAsync(Get(silent), stop.Token);
        while (silent.Heads.IsEmpty) await Task.Yield();
        stop.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
    }

    [Fact]
    public async Task Retry_waits_and_their_reasons_go_to_the_progress_stream_and_the_bar_is_cleared_after()
    {
        var output = new TestOutput();
        var handler = new ScriptedHandler()
            .Then(HttpStatusCode.ServiceUnavailable)
            .Then((HttpStatusCode)429, "", r => r.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(20)))
            .Then(HttpStatusCode.OK, "[]");
        using var client = new PsaHttpClient("Autotask", new PsaHttpOptions
        {
            Handler = handler, TimeProvider = TestClock.Immediate(), MaxAttempts = 4, BaseDelay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromSeconds(30), Output = output,
        }, new Redactor());

        await client.SendAsync(new PsaRequest(HttpMethod.Get, new Uri("https://psa.example.com/V1.0/Contacts/1"), RequestKind.Read), CancellationToken.None);

        var calls = output.ProgressCalls;
        Assert.Equal(3, calls.Count);
        Assert.All(calls, c => Assert.Equal("Autotask: waiting to retry", c.Activity));
        Assert.Contains("GET /V1.0/Contacts/1 answered HTTP 503", calls[0].Status);
        Assert.Contains("before attempt 2 of 4", calls[0].Status);
        Assert.Contains("answered HTTP 429; waiting 20.0 s (Retry-After) before attempt 3 of 4", calls[1].Status);
        Assert.Null(calls[2].Status); // completed once the request is over
    }

    [Fact]
    public async Task The_engine_writes_to_the_output_of_the_command_whose_work_it_runs_and_to_nothing_outside_one()
    {
        var first = new TestOutput();
        var lines = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var second = new TestOutput(lines.Enqueue);
        var handler = new ScriptedHandler().Then(HttpStatusCode.ServiceUnavailable).Then(HttpStatusCode.OK, "[]").Then(HttpStatusCode.ServiceUnavailable).Then(HttpStatusCode.OK, "[]")
            .Then(HttpStatusCode.ServiceUnavailable).Then(HttpStatusCode.OK, "[]");
        // The connection's default output: the ambient one, as the cmdlets build it.
        using var client = new PsaHttpClient("ConnectWise", new PsaHttpOptions { Handler = handler, TimeProvider = TestClock.Immediate(), BaseDelay = TimeSpan.FromMilliseconds(5) }, new Redactor());
        var request = new PsaRequest(HttpMethod.Get, new Uri("https://psa.example.com/x"), RequestKind.Read);

        await Task.Run(async () =>
        {
            using (PsaCommandScope.Begin(first)) await client.SendAsync(request, CancellationToken.None);
        });
        await Task.Run(async () =>
        {
            using (PsaCommandScope.Begin(second)) await client.SendAsync(request, CancellationToken.None);
        });
        await client.SendAsync(request, CancellationToken.None); // no command: silent, and no failure

        Assert.Equal(2, first.ProgressCalls.Count);
        Assert.Equal(2, second.ProgressCalls.Count);
        Assert.Contains(lines, l => l.Contains("answered HTTP 503"));
        Assert.Equal(6, handler.Sent.Count);
    }
}
