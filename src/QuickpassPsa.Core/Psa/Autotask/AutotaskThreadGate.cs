using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace QuickpassPsa.Core.Psa.Autotask
{
    /// <summary>
    /// Autotask's thread limit: at most three requests in flight per object endpoint (Contacts, Companies,
    /// ThresholdInformation, ...) and integration code (psa-api.md B4). One semaphore of three slots per
    /// endpoint name, held around each request (its retries and waits included), so even callers running in
    /// parallel never reach the server's cap. Zone lookups are exempt and not gated.
    /// <para>
    /// The server counts per tracking identifier, not per connection, so the gates are shared process-wide
    /// (<see cref="Shared"/>): every client of this process with the same integration code and zone host (two
    /// Connect-Psa sessions, ForEach-Object -Parallel runspaces, companies read in parallel) draws from the
    /// same three slots. The key holds a SHA-256 of the code, never the code.
    /// </para>
    /// </summary>
    internal sealed class AutotaskThreadGate : IDisposable
    {
        /// <summary>Autotask's cap for integrations made after release 2023.1.</summary>
        public const int ThreadCap = 3;

        private static readonly ConcurrentDictionary<string, AutotaskThreadGate> SharedGates =
            new ConcurrentDictionary<string, AutotaskThreadGate>(StringComparer.Ordinal);

        /// <summary>The process-wide gate of this integration code at this zone host.</summary>
        public static AutotaskThreadGate Shared(Uri zone, System.Security.SecureString integrationCode)
        {
            string digest;
            using (var sha = System.Security.Cryptography.SHA256.Create())
            {
                digest = Convert.ToBase64String(sha.ComputeHash(System.Text.Encoding.UTF8.GetBytes(Secrets.Reveal(integrationCode))));
            }
            return SharedGates.GetOrAdd(zone.GetLeftPart(UriPartial.Authority).ToLowerInvariant() + "|" + digest, _ => new AutotaskThreadGate());
        }

        private readonly ConcurrentDictionary<string, Lazy<SemaphoreSlim>> _slots =
            new ConcurrentDictionary<string, Lazy<SemaphoreSlim>>(StringComparer.OrdinalIgnoreCase);

        public async Task<T> RunAsync<T>(string endpoint, Func<Task<T>> action, CancellationToken cancellationToken)
        {
            var slot = _slots.GetOrAdd(endpoint, _ => new Lazy<SemaphoreSlim>(() => new SemaphoreSlim(ThreadCap, ThreadCap))).Value;
            await slot.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await action().ConfigureAwait(false);
            }
            finally
            {
                slot.Release();
            }
        }

        public void Dispose()
        {
            foreach (var slot in _slots.Values)
            {
                if (slot.IsValueCreated) slot.Value.Dispose();
            }
        }
    }
}
