using System;
using System.Net.Http;

namespace QuickpassPsa.Core.Psa.Http
{
    /// <summary>Resilience and logging settings of one connection's HTTP pipeline.</summary>
    internal sealed class PsaHttpOptions
    {
        /// <summary>Attempts per request, the first included.</summary>
        public int MaxAttempts { get; set; } = 6;

        /// <summary>First backoff delay; it doubles per attempt, with jitter.</summary>
        public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

        /// <summary>Ceiling of one backoff wait (and of a Retry-After the server asks for).</summary>
        public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>Time allowed for one attempt.</summary>
        public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(100);

        /// <summary>Verbose messages (retries, waits, pages); already redacted.</summary>
        public Action<string>? Verbose { get; set; }

        /// <summary>Debug messages (each request and its headers); already redacted.</summary>
        public Action<string>? Debug { get; set; }

        /// <summary>
        /// The clock of retry waits and of Retry-After dates. Tests inject one so a 30 s Retry-After is
        /// announced and honoured without the test sleeping; the per-attempt timeout stays on real time.
        /// </summary>
        public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

        /// <summary>For tests: the handler to send through instead of a new HttpClientHandler.</summary>
        public HttpMessageHandler? Handler { get; set; }
    }
}
