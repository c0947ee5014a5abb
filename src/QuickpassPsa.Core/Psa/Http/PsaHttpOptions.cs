using System;
using System.Net.Http;

namespace QuickpassPsa.Core.Psa.Http
{
    /// <summary>Resilience, time limits and output of one connection's HTTP pipeline.</summary>
    internal sealed class PsaHttpOptions
    {
        /// <summary>Attempts per request, the first included.</summary>
        public int MaxAttempts { get; set; } = 6;

        /// <summary>First backoff delay; it doubles per attempt, with jitter.</summary>
        public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

        /// <summary>Ceiling of one backoff wait (and of a Retry-After the server asks for).</summary>
        public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>Time allowed for one attempt of one request (Connect-Psa -TimeoutSec).</summary>
        public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>
        /// Time allowed for one command's PSA work (Connect-Psa -CommandTimeoutSec), counted from the start of its
        /// <see cref="PsaCommandScope"/>: every request, retry and wait of that work must end within it. Outside a
        /// scope (a client used directly) only <see cref="AttemptTimeout"/> applies.
        /// </summary>
        public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromMinutes(10);

        /// <summary>Where verbose, debug and progress go (already redacted); by default the running command's output.</summary>
        internal IPsaOutput Output { get; set; } = PsaOutput.Ambient;

        /// <summary>
        /// The clock of retry waits and of Retry-After dates. Tests inject one so a 30 s Retry-After is
        /// announced and honoured without the test sleeping; the time limits stay on real time.
        /// </summary>
        public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

        /// <summary>
        /// An error answer (HTTP 500, its body) that the PSA means as "try again": Autotask's thread limit (Itgenatr005),
        /// which it sends when another program with the same integration code has three requests running. Retried
        /// like a 429, creates included: the request was turned away before it was processed. Null: none.
        /// </summary>
        public Func<string, bool>? TryAgainAnswer { get; set; }

        /// <summary>
        /// First backoff wait after a <see cref="TryAgainAnswer"/> (Autotask's thread limit); it doubles per attempt, with
        /// jitter, up to <see cref="MaxDelay"/>. Longer than <see cref="BaseDelay"/>: the threads are held by another program's
        /// run, which a few seconds do not outlast (round 60b: two jobs on one integration code gave up after about 10 s of
        /// 0.5 s-based waits while -MaximumRetryWaitSec allowed 60).
        /// </summary>
        public TimeSpan TryAgainBaseDelay { get; set; } = TimeSpan.FromSeconds(5);

        /// <summary>For tests: the handler to send through instead of a new HttpClientHandler.</summary>
        public HttpMessageHandler? Handler { get; set; }
    }
}
