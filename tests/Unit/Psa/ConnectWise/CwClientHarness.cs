using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.ConnectWise;
using QuickpassPsa.Core.Psa.Http;
using QuickpassPsa.Simulator.Infrastructure;
using QuickpassPsa.Tests.Simulator;

using QuickpassPsa.Tests.Infrastructure;
using QuickpassPsa.Tests.Psa.Http;

namespace QuickpassPsa.Tests.Psa.ConnectWise;

/// <summary>
/// A ConnectWiseClient on the in-process simulator with short backoffs, every verbose and debug line
/// captured, and every request's headers recorded on the wire.
/// </summary>
internal sealed class CwClientHarness : IDisposable
{
    public const string PublicKey = "qpsa-public";
    public const string PrivateKey = "qpsa-private";

    private readonly RecordingHandler _handler = new();

    public CwClientHarness(SimulatorFixture fixture, string company = "qpsa", string publicKey = PublicKey, string privateKey = PrivateKey,
        string clientId = "qpsa-tests", string? server = null, string? apiVersion = null, TestClock? clock = null)
    {
        Clock = clock ?? TestClock.Immediate();
        Fixture = fixture;
        UsedPublicKey = publicKey;
        UsedPrivateKey = privateKey;
        Token = Convert.ToBase64String(Encoding.UTF8.GetBytes(company + "+" + publicKey + ":" + privateKey));
        Options = new PsaHttpOptions
        {
            BaseDelay = TimeSpan.FromMilliseconds(10),
            MaxDelay = TimeSpan.FromSeconds(2),
            AttemptTimeout = TimeSpan.FromSeconds(60),
            TimeProvider = Clock,
            Output = new TestOutput(line => Verbose.Enqueue(line), line => Debug.Enqueue(line)),
            Handler = _handler,
        };
        Client = new ConnectWiseClient(new ConnectWiseConnectionInfo
        {
            Server = server ?? fixture.Sim.ConnectWiseSite,
            CompanyId = company,
            PublicKey = Secrets.ToSecure(publicKey),
            PrivateKey = Secrets.ToSecure(privateKey),
            ClientId = clientId,
            ApiVersion = apiVersion,
        }, Options);
    }

    public SimulatorFixture Fixture { get; }

    /// <summary>The next POST fails with an IOException before it is sent (an answer lost for certain, the record not stored).</summary>
    public bool FailNextPostBeforeSending
    {
        get => _handler.FailNextPost;
        set => _handler.FailNextPost = value;
    }
    public ConnectWiseClient Client { get; }
    public PsaHttpOptions Options { get; }
    /// <summary>The clock of retry waits: immediate unless the test passed a manual one.</summary>
    public TestClock Clock { get; }
    public ConcurrentQueue<string> Verbose { get; } = new();
    public ConcurrentQueue<string> Debug { get; } = new();
    public string UsedPublicKey { get; }
    public string UsedPrivateKey { get; }

    /// <summary>base64(company+public:private), what the Authorization header carries.</summary>
    public string Token { get; }

    /// <summary>Each request as sent: method, URL, headers.</summary>
    public IReadOnlyList<SentRequest> Sent => _handler.Sent.ToList();

    /// <summary>Every text the user could see: verbose and debug lines, plus the given exception's Message and ToString.</summary>
    public string AllText(Exception? ex = null) =>
        string.Join("\n", Verbose.Concat(Debug).Concat(ex == null ? Array.Empty<string>() : new[] { ex.Message, ex.ToString() }));

    /// <summary>Asserts no key and no auth token appears in any text.</summary>
    public void AssertNoSecrets(Exception? ex = null)
    {
        var text = AllText(ex);
        Assert.DoesNotContain(UsedPublicKey, text);
        Assert.DoesNotContain(UsedPrivateKey, text);
        Assert.DoesNotContain(Token, text);
        Assert.DoesNotContain(PublicKey, text);
        Assert.DoesNotContain(PrivateKey, text);
    }

    /// <summary>
    /// The simulator's log entries for one ConnectWise API path (e.g. "company/contacts") and method. The simulator
    /// logs a request just after its answer has gone out, so this first waits (up to 5 s) until every request this
    /// client got an answer to is in the log. Tests reset the simulator first, so the log holds only their requests.
    /// </summary>
    /// <paramref name="minimum"/>: also wait for at least this many matching entries (for requests whose answer was cut off).
    public async Task<IReadOnlyList<RequestLogEntry>> Logged(string apiPath, string method = "GET", int minimum = 0)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (true)
        {
            var all = Fixture.Sim.Requests.Entries();
            var matching = all.Where(e => e.Method == method && e.Path.EndsWith("/apis/3.0/" + apiPath, StringComparison.OrdinalIgnoreCase)).ToList();
            if ((all.Count >= _handler.Answered && matching.Count >= minimum) || DateTime.UtcNow > deadline) return matching;
            await Task.Delay(10);
        }
    }

    public async Task SetFaults(string json)
    {
        var response = await Fixture.Http.PostAsync("_sim/faults", SimulatorFixture.JsonBody(json));
        Assert.True(response.IsSuccessStatusCode);
    }

    public void Dispose()
    {
        Client.Dispose();
        _handler.Dispose();
    }

    internal sealed record SentRequest(string Method, Uri Url, IReadOnlyDictionary<string, string> Headers);

    private sealed class RecordingHandler : DelegatingHandler
    {
        public RecordingHandler() : base(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
        {
        }

        public ConcurrentQueue<SentRequest> Sent { get; } = new();

        public volatile bool FailNextPost;

        private int _answered;

        /// <summary>Requests that got an answer (so the simulator served and will log them).</summary>
        public int Answered => Volatile.Read(ref _answered);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
            Sent.Enqueue(new SentRequest(request.Method.Method, request.RequestUri!, headers));
            if (request.Method == HttpMethod.Post && FailNextPost)
            {
                FailNextPost = false;
                throw new System.IO.IOException("The connection was reset (test).");
            }
            return SendAndCountAsync(request, cancellationToken);
        }

        private async Task<HttpResponseMessage> SendAndCountAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            Interlocked.Increment(ref _answered);
            return response;
        }
    }
}
