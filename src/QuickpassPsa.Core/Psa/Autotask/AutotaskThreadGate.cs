using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace QuickpassPsa.Core.Psa.Autotask
{
    /// <summary>
    /// Autotask's thread limit: at most three requests in flight per object endpoint (Contacts, Companies,
    /// ThresholdInformation, ...) and integration code (psa-api.md B4). One semaphore of three slots per
    /// endpoint name, for this client, held around each request (its retries and waits included), so even
    /// callers running in parallel never reach the server's cap. Zone lookups are exempt and not gated.
    /// </summary>
    internal sealed class AutotaskThreadGate : IDisposable
    {
        /// <summary>Autotask's cap for integrations made after release 2023.1.</summary>
        public const int ThreadCap = 3;

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
