using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;

namespace QuickpassPsa.Core.Psa.Http
{
    /// <summary>
    /// The one HTTP pipeline every PSA call goes through (one per connection): retries with Polly (429
    /// honouring Retry-After in seconds or as a date, 502/503/504 and transient network faults with capped
    /// exponential backoff and jitter, never other 4xx); creates retried only when they certainly did not
    /// happen; redirects followed by hand (never HTTPS to HTTP, a request with credentials only within its
    /// origin, method and body kept on 307/308); a time limit per attempt and one per command (see
    /// <see cref="PsaCommandScope"/>); retry waits shown as progress; UTF-8 both ways; failures turned into
    /// <see cref="PsaApiException"/>; every line redacted.
    /// </summary>
    internal sealed class PsaHttpClient : IDisposable
    {
        private const int MaxRedirects = 5;
        private static readonly Encoding Utf8 = new UTF8Encoding(false);

        private readonly string _psa;
        private readonly PsaHttpOptions _options;
        private readonly Redactor _redactor;
        private readonly HttpClient _http;
        private readonly ResiliencePipeline<HttpResponseMessage> _idempotent;
        private readonly ResiliencePipeline<HttpResponseMessage> _create;

        public PsaHttpClient(string psa, PsaHttpOptions options, Redactor redactor)
        {
            _psa = psa;
            _options = options;
            _redactor = redactor;
            var handler = options.Handler ?? DefaultHandler();
            _http = new HttpClient(handler, disposeHandler: options.Handler == null) { Timeout = Timeout.InfiniteTimeSpan };
            _idempotent = Build(create: false);
            _create = Build(create: true);
        }

        public Redactor Redactor => _redactor;

        /// <summary>The platform's handler: redirects by hand (see SendOnceAsync), no cookies, the certificate check made legible.</summary>
        private static HttpMessageHandler DefaultHandler()
        {
            var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false };
            CertificateCheck.Install(handler);
            return handler;
        }

        /// <summary>
        /// Sends the request (with retries); returns a 2xx answer or throws <see cref="PsaApiException"/>
        /// (<see cref="PsaTimeoutException"/> when a time limit ran out, <see cref="PsaCertificateException"/>
        /// when the server's certificate was refused).
        /// </summary>
        public async Task<PsaResponse> SendAsync(PsaRequest request, CancellationToken cancellationToken)
        {
            var pipeline = request.Kind == RequestKind.Create ? _create : _idempotent;
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var scope = PsaCommandScope.Current;
            if (scope != null && _options.CommandTimeout > TimeSpan.Zero)
            {
                // The command's limit counts from the start of its work: this request gets what is left of it.
                var remaining = _options.CommandTimeout - scope.Elapsed(_options.TimeProvider);
                if (remaining <= TimeSpan.Zero) throw CommandTimeout(request, null);
                limit.CancelAfter(remaining);
            }

            var context = ResilienceContextPool.Shared.Get(limit.Token);
            context.Properties.Set(RequestKey, request);
            HttpResponseMessage response;
            try
            {
                response = await pipeline.ExecuteAsync(async ctx => await SendOnceAsync(request, ctx.CancellationToken).ConfigureAwait(false), context).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (OperationCanceledException ex) when (limit.IsCancellationRequested)
            {
                throw CommandTimeout(request, ex);
            }
            catch (WaitPastDeadlineException ex)
            {
                throw CommandTimeout(request, ex, ex.Message);
            }
            catch (TimeoutException ex) when (request.Kind != RequestKind.Create)
            {
                throw AttemptTimeout(request, ex);
            }
            catch (Exception ex) when (IsTransport(ex))
            {
                if (request.Kind == RequestKind.Create && !CertainlyNotSent(ex)) throw new PsaAmbiguousWriteException(_psa, request.Method.Method, PathOf(request), ex);
                throw new PsaApiException(_psa, request.Method.Method, PathOf(request), null, null,
                    new[] { Describe(ex) }, "Check the server address and the network; the request was tried " + Counted.Times(_options.MaxAttempts) + ".", ex);
            }
            finally
            {
                if (context.Properties.TryGetValue(WaitedKey, out var waited) && waited) _options.Output.ProgressCompleted(WaitActivity);
                ResilienceContextPool.Shared.Return(context);
            }

            using (response)
            {
                var body = response.Content == null ? string.Empty : Utf8.GetString(await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false));
                var status = (int)response.StatusCode;
                if (status >= 200 && status < 300)
                {
                    return new PsaResponse(status, body, Headers(response), response.RequestMessage?.RequestUri ?? request.Url);
                }
                var (code, messages) = ErrorBody.Parse(body);
                throw new PsaApiException(_psa, request.Method.Method, PathOf(request), status, code,
                    messages.Select(_redactor.Redact).ToList(), Hint(status));
            }
        }

        /// <summary>The progress activity of retry waits: one per PSA, so a wait shows as one bar that goes away when the request ends.</summary>
        private string WaitActivity => _psa + ": waiting to retry";

        private PsaTimeoutException AttemptTimeout(PsaRequest request, Exception inner)
        {
            var seconds = Seconds(_options.AttemptTimeout);
            return new PsaTimeoutException(_psa, request.Method.Method, PathOf(request), PsaTimeLimit.Attempt, _options.AttemptTimeout,
                new[] { "The server sent no answer within " + seconds + " s (the per-request time limit)" + (_options.MaxAttempts == 1 ? " on its one attempt" : " on any of the " + Counted.Of(_options.MaxAttempts, "attempt")) },
                "Check that the server is up and reachable. If it is only slow, raise the per-request limit: Connect-Psa -TimeoutSec (now " + seconds + ").", inner);
        }

        private PsaTimeoutException CommandTimeout(PsaRequest request, Exception? inner, string? wait = null)
        {
            var seconds = Seconds(_options.CommandTimeout);
            var messages = new List<string>
            {
                wait == null
                    ? "The command's PSA work did not finish within " + seconds + " s (the per-command time limit); it was stopped at " + _redactor.Redact(request.Describe())
                    : "The command's PSA work would not finish within " + seconds + " s (the per-command time limit): " + _redactor.Redact(wait) + "; it was stopped there, without waiting",
            };
            if (request.Kind == RequestKind.Create) messages.Add("The create may or may not have been stored: look for the record before running the command again");
            return new PsaTimeoutException(_psa, request.Method.Method, PathOf(request), PsaTimeLimit.Command, _options.CommandTimeout, messages,
                "If the PSA is slow or rate limiting (see the verbose and progress output), raise the per-command limit: Connect-Psa -CommandTimeoutSec (now " + seconds + ").", inner);
        }

        /// <summary>A retry wait would end past the command's time limit; thrown before the wait begins.</summary>
        private sealed class WaitPastDeadlineException : Exception
        {
            public WaitPastDeadlineException(string message)
                : base(message)
            {
            }
        }

        private static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

        private static readonly ResiliencePropertyKey<PsaRequest> RequestKey = new ResiliencePropertyKey<PsaRequest>("QuickpassPsa.Request");
        private static readonly ResiliencePropertyKey<bool> WaitedKey = new ResiliencePropertyKey<bool>("QuickpassPsa.Waited");

        private ResiliencePipeline<HttpResponseMessage> Build(bool create)
        {
            // Polly's retry needs at least one retry; "no retries" is simply no retry strategy.
            if (_options.MaxAttempts <= 1) return ResiliencePipeline<HttpResponseMessage>.Empty;
            var options = new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = _options.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = _options.BaseDelay,
                MaxDelay = _options.MaxDelay,
                ShouldHandle = args =>
                {
                    if (args.Outcome.Exception is { } ex)
                    {
                        if (args.Context.CancellationToken.IsCancellationRequested) return new ValueTask<bool>(false);
                        return new ValueTask<bool>(IsTransport(ex) && (!create || CertainlyNotSent(ex)));
                    }
                    var status = (int)args.Outcome.Result!.StatusCode;
                    args.Context.Properties.Set(TryAgainKey, false);
                    // Autotask's thread limit comes as a 500 (or a 429) whose body says so: retried, after longer waits (TryAgainDelay).
                    if ((status == 500 || status == 429) && _options.TryAgainAnswer is { } tryAgain) return TryAgainAsync(args.Outcome.Result, tryAgain, args.Context, status == 429);
                    // A create answered 502/503/504 may have been stored behind the gateway: not retried here.
                    return new ValueTask<bool>(status == 429 || (!create && (status == 502 || status == 503 || status == 504)));
                },
                DelayGenerator = args =>
                {
                    var retryAfter = args.Outcome.Result?.Headers.RetryAfter;
                    TimeSpan? wait = null;
                    if (retryAfter?.Delta is { } delta) wait = delta;
                    else if (retryAfter?.Date is { } date) wait = date - _options.TimeProvider.GetUtcNow();
                    else if (args.Context.Properties.TryGetValue(TryAgainKey, out var tryAgain) && tryAgain) wait = TryAgainDelay(args.AttemptNumber);
                    if (wait.HasValue)
                    {
                        if (wait.Value < TimeSpan.Zero) wait = TimeSpan.Zero;
                        if (wait.Value > _options.MaxDelay) wait = _options.MaxDelay;
                    }
                    return new ValueTask<TimeSpan?>(wait);
                },
                OnRetry = args =>
                {
                    args.Context.Properties.TryGetValue(RequestKey, out var request);
                    var threadLimit = args.Context.Properties.TryGetValue(TryAgainKey, out var tryAgain) && tryAgain;
                    var status = args.Outcome.Result == null ? 0 : (int)args.Outcome.Result.StatusCode;
                    var why = args.Outcome.Exception != null ? Describe(args.Outcome.Exception) : "HTTP " + status + (threadLimit ? " (" + _psa + "'s thread limit)" : string.Empty);
                    var source = args.Outcome.Result?.Headers.RetryAfter != null ? " (Retry-After)" : string.Empty;
                    // The command's limit bounds its waits too: a wait that would end past it is not begun (round 56: two
                    // 59 s Retry-After waits ran in a command limited to 90 s, the limit being counted per contact).
                    if (PsaCommandScope.Current is { } scope && _options.CommandTimeout > TimeSpan.Zero)
                    {
                        var left = _options.CommandTimeout - scope.Elapsed(_options.TimeProvider);
                        if (args.RetryDelay >= left)
                        {
                            args.Outcome.Result?.Dispose();
                            throw new WaitPastDeadlineException(request?.Describe() + " answered " + why + " and the next attempt would come after a wait of " +
                                args.RetryDelay.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s" + source + ", with " +
                                Math.Max(0, left.TotalSeconds).ToString("0.0", CultureInfo.InvariantCulture) + " s of the limit left");
                        }
                    }
                    var wait = request?.Describe() + " answered " + why + "; waiting " +
                        args.RetryDelay.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s" + source +
                        " before attempt " + (args.AttemptNumber + 2) + " of " + _options.MaxAttempts;
                    Verbose(_psa + " " + wait + ".");
                    // A PSA limit (not a fault) holds the run up: said once per command as a warning (round 60b: only in verbose, a
                    // run that slowed to a crawl under ConnectWise's per-minute budget or Autotask's thread limit looked like a hang).
                    if (threadLimit || status == 429) _options.Output.Throttled(_redactor.Redact(ThrottleWarning(threadLimit, args.RetryDelay, source)));
                    // On the progress stream too: a wait of a minute with nothing on screen looks like a hang.
                    _options.Output.Progress(WaitActivity, _redactor.Redact(wait), -1);
                    args.Context.Properties.Set(WaitedKey, true);
                    return default;
                },
            };
            return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = _options.TimeProvider }.AddRetry(options).Build();
        }

        private static readonly ResiliencePropertyKey<bool> TryAgainKey = new ResiliencePropertyKey<bool>("QuickpassPsa.TryAgain");

        /// <summary>
        /// Whether to retry a 500 (or a 429) whose body may be one the PSA means as "try again" (<see cref="PsaHttpOptions.TryAgainAnswer"/>):
        /// such an answer is retried after <see cref="TryAgainDelay"/> waits, marked in the context; another 500 is not retried, and
        /// a 429 always is. The body stays readable (buffered).
        /// </summary>
        private static async ValueTask<bool> TryAgainAsync(HttpResponseMessage response, Func<string, bool> tryAgain, ResilienceContext context, bool retryAnyway)
        {
            if (response.Content == null) return retryAnyway;
            var body = Utf8.GetString(await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false));
            var says = tryAgain(body);
            context.Properties.Set(TryAgainKey, says);
            return says || retryAnyway;
        }

        private static readonly Random Jitter = new Random();

        /// <summary>
        /// The wait before attempt <paramref name="attempt"/> + 2 after a "try again" answer: <see cref="PsaHttpOptions.TryAgainBaseDelay"/>
        /// doubled per attempt, ±25% jitter (two jobs turned away together do not come back together), at most MaxDelay. With the
        /// defaults (5 s, 60 s, 5 retries) about 5, 10, 20, 40 and 60 s: two minutes and a quarter in all, within the command's limit.
        /// </summary>
        private TimeSpan TryAgainDelay(int attempt)
        {
            double factor;
            lock (Jitter) factor = 0.75 + (Jitter.NextDouble() / 2);
            var ticks = _options.TryAgainBaseDelay.Ticks * Math.Pow(2, Math.Min(attempt, 20)) * factor;
            return ticks >= _options.MaxDelay.Ticks ? _options.MaxDelay : TimeSpan.FromTicks((long)ticks);
        }

        /// <summary>The once-per-command warning that a PSA limit holds the work up, with the wait.</summary>
        private string ThrottleWarning(bool threadLimit, TimeSpan wait, string source)
        {
            var seconds = wait.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s" + source;
            var what = threadLimit
                ? _psa + "'s thread limit (Itgenatr005: three requests at a time per endpoint and integration code) is taken, most likely by another program " +
                  "using the same integration code"
                : _psa + " is rate limiting this integration (HTTP 429" + (_psa == "ConnectWise" ? ": its per-minute request budget is spent" : string.Empty) + ")";
            return what + ": the command waits " + seconds + " before trying again, and goes on by itself. Later waits of this command are not warned about again; " +
                "-Verbose shows each one. If the waits outlast the retries, raise Connect-Psa -MaximumRetryCount or -CommandTimeoutSec" +
                (threadLimit ? ", or run the two programs at different times." : ", or run at a quieter hour.");
        }

        private async Task<HttpResponseMessage> SendOnceAsync(PsaRequest request, CancellationToken cancellationToken)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.AttemptTimeout);
            var url = request.Url;
            var method = request.Method;
            var body = request.JsonBody;

            for (var hop = 0; ; hop++)
            {
                using var message = new HttpRequestMessage(method, url);
                foreach (var header in request.Headers) message.Headers.TryAddWithoutValidation(header.Key, header.Value);
                if (body != null) message.Content = new StringContent(body, Utf8, "application/json");
                Debug(_psa + " " + method.Method + " " + _redactor.Redact(url.ToString()) + " [" + _redactor.DescribeHeaders(request.Headers) + "]");

                HttpResponseMessage response;
                try
                {
                    response = await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
                {
                    throw new TimeoutException("No answer within " + Seconds(_options.AttemptTimeout) + " s.", ex);
                }
                catch (HttpRequestException ex) when (CertificateCheck.Problem(message, ex) is { } problem)
                {
                    // Not a transient fault: retrying cannot make the certificate trusted.
                    throw new PsaCertificateException(_psa, request.Method.Method, PathOf(request), _redactor.Redact(problem), ex);
                }

                var status = (int)response.StatusCode;
                if (status < 300 || status >= 400 || status == 304 || response.Headers.Location == null) return response;
                if (hop >= MaxRedirects)
                {
                    response.Dispose();
                    throw new PsaApiException(_psa, request.Method.Method, PathOf(request), status, null, new[] { "It redirected more than " + MaxRedirects + " times, so the last redirect was not followed." });
                }

                var target = response.Headers.Location.IsAbsoluteUri ? response.Headers.Location : new Uri(url, response.Headers.Location);
                response.Dispose();
                if (url.Scheme == Uri.UriSchemeHttps && target.Scheme != Uri.UriSchemeHttps)
                {
                    throw new PsaApiException(_psa, request.Method.Method, PathOf(request), status, null,
                        new[] { "The server redirected to a non-HTTPS address (" + PsaUrls.Origin(target) + "); the request was not followed, so no credentials left the secure connection." });
                }
                if (!PsaUrls.SameOrigin(target, request.Url) && CarriesCredentials(request))
                {
                    // Credentials go only to the origin (scheme, host and port) they were given for. Sending the
                    // request on without them is no answer either: an anonymous reply could pass for an accepted
                    // login, so the redirect ends here with an error that says why.
                    throw new PsaApiException(_psa, request.Method.Method, PathOf(request), status, null,
                        new[] { "The server redirected to " + PsaUrls.Origin(target) + ", another origin than " + PsaUrls.Origin(request.Url) +
                                "; credentials are sent only to the origin they were given for, so the redirect was not followed and nothing was sent there." },
                        "If the server it redirects to is the right one, give that address directly (Connect-Psa -Server or -ZoneUrl).");
                }
                if (status == 303 || ((status == 301 || status == 302) && method != HttpMethod.Get && method != HttpMethod.Head))
                {
                    method = HttpMethod.Get;
                    body = null;
                }
                Verbose(_psa + " " + request.Describe() + " redirected (" + status + ") to " + _redactor.Redact(target.GetLeftPart(UriPartial.Path)) + ".");
                url = target;
            }
        }

        /// <summary>True when the request carries anything that identifies or authenticates the caller.</summary>
        private static bool CarriesCredentials(PsaRequest request) =>
            request.Headers.Keys.Any(name => Redactor.IsSecretHeader(name) || name.Equals("UserName", StringComparison.OrdinalIgnoreCase));

        /// <summary>The request's path and query for messages, with any registered secret masked.</summary>
        private string PathOf(PsaRequest request) => _redactor.Redact(request.Url.PathAndQuery);

        private static IReadOnlyDictionary<string, string> Headers(HttpResponseMessage response)
        {
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var header in response.Headers) headers[header.Key] = string.Join(", ", header.Value);
            if (response.Content != null)
            {
                foreach (var header in response.Content.Headers) headers[header.Key] = string.Join(", ", header.Value);
            }
            return headers;
        }

        private static bool IsTransport(Exception ex) => ex is HttpRequestException || ex is IOException || ex is TimeoutException || ex is SocketException;

        /// <summary>The request never reached a server: connection refused or the host does not resolve.</summary>
        private static bool CertainlyNotSent(Exception ex)
        {
            for (var e = ex; e != null; e = e.InnerException)
            {
                if (e is SocketException socket && (socket.SocketErrorCode == SocketError.ConnectionRefused || socket.SocketErrorCode == SocketError.HostNotFound)) return true;
                if (e is WebException web && (web.Status == WebExceptionStatus.ConnectFailure || web.Status == WebExceptionStatus.NameResolutionFailure)) return true;
            }
            return false;
        }

        private static string Describe(Exception ex)
        {
            var innermost = ex;
            while (innermost.InnerException != null) innermost = innermost.InnerException;
            return ex.GetType().Name + (innermost == ex ? string.Empty : " (" + innermost.Message + ")");
        }

        private static string? Hint(int status) => status switch
        {
            401 => "Check the credentials.",
            403 => "The API member or user lacks permission for this call.",
            404 => null,
            429 => "The PSA is rate limiting this integration; the request was retried until the attempts ran out.",
            _ => null,
        };

        private void Verbose(string message) => _options.Output.Verbose(_redactor.Redact(message));

        private void Debug(string message) => _options.Output.Debug(_redactor.Redact(message));

        public void Dispose() => _http.Dispose();
    }
}
