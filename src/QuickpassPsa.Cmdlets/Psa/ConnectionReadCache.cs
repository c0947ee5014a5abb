using System;
using System.Collections;
using System.Management.Automation;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Psa
{
    /// <summary>
    /// One read per connection for tab completion (the company names, the communication types): completion runs while the user
    /// types, so it never throws and never waits long. The read is kept as long as the connection lives (a ConditionalWeakTable,
    /// so a dropped connection takes it along); a first read longer than the wait budget goes on in the background and serves
    /// the next Tab; a failed read is not kept, and the next Tab tries again (the PSA may have been down for a moment).
    /// </summary>
    internal sealed class ConnectionReadCache<T> where T : class
    {
        /// <summary>How long one Tab waits for the first read.</summary>
        private static readonly TimeSpan WaitBudget = TimeSpan.FromSeconds(5);

        /// <summary>How long the background read may take in all before it is given up (and retried on a later Tab).</summary>
        private static readonly TimeSpan ReadLimit = TimeSpan.FromSeconds(60);

        private readonly ConditionalWeakTable<PsaConnection, Task<T>> _reads = new ConditionalWeakTable<PsaConnection, Task<T>>();
        private readonly Func<PsaConnection, CancellationToken, Task<T>> _read;

        public ConnectionReadCache(Func<PsaConnection, CancellationToken, Task<T>> read) => _read = read;

        /// <summary>The connection's value; null when it is not (yet) known.</summary>
        public T? Get(PsaConnection connection)
        {
            Task<T> read;
            lock (_reads)
            {
                if (!_reads.TryGetValue(connection, out read))
                {
                    read = Task.Run(async () =>
                    {
                        using var limit = new CancellationTokenSource(ReadLimit);
                        return await _read(connection, limit.Token).ConfigureAwait(false);
                    });
                    _reads.Add(connection, read);
                }
            }
            // Wait on the handle, not Task.Wait: a failed read must reach the eviction below, not throw past it.
            if (!((IAsyncResult)read).AsyncWaitHandle.WaitOne(WaitBudget)) return null;
            if (read.Status == TaskStatus.RanToCompletion) return read.Result;
            _ = read.Exception; // observed: a failed read is an answer here, not an unobserved task exception
            lock (_reads)
            {
                if (_reads.TryGetValue(connection, out var current) && ReferenceEquals(current, read)) _reads.Remove(connection);
            }
            return null;
        }

        /// <summary>The -Connection already typed (when it is a value PowerShell could evaluate safely), else the session's default.</summary>
        public static PsaConnection? ConnectionOf(IDictionary? fakeBoundParameters)
        {
            var given = fakeBoundParameters != null && fakeBoundParameters.Contains("Connection") ? fakeBoundParameters["Connection"] : null;
            if ((given is PSObject wrapped ? wrapped.BaseObject : given) is PsaConnection connection) return connection;
            return ConnectionStore.Default;
        }
    }
}
