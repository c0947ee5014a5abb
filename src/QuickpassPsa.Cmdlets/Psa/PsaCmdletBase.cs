using System;
using System.Collections.Concurrent;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using QuickpassPsa.Cmdlets.Errors;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Psa
{
    /// <summary>
    /// Base of the cmdlets that talk to a PSA through a connection: the -Connection parameter (else the
    /// session's default). The async plumbing is in <see cref="PsaAsyncCmdlet"/>: a pump that runs the PSA
    /// call on the thread pool while the pipeline thread writes its verbose, debug and progress records
    /// (PowerShell accepts writes only from the pipeline thread).
    /// </summary>
    public abstract class PsaCmdletBase : PsaAsyncCmdlet
    {
        /// <summary>The connection to use; by default the one the last Connect-Psa made.</summary>
        [Parameter]
        [ValidateNotNull]
        public PsaConnection? Connection { get; set; }

        /// <summary>The connection to use, or a terminating error when there is none.</summary>
        protected PsaConnection RequireConnection()
        {
            var connection = Connection ?? ConnectionStore.Default;
            if (connection == null) ThrowTerminatingError(PsaErrors.NotConnected());
            if (!connection!.IsOpen) ThrowTerminatingError(PsaErrors.Closed(connection));
            return connection;
        }
    }

    /// <summary>Cancellation through StopProcessing, and the pump that runs async PSA work (see <see cref="Run{T}"/>).</summary>
    public abstract class PsaAsyncCmdlet : QuickpassCmdlet, IDisposable
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();

        /// <summary>
        /// Runs PSA work to completion on the thread pool, writing the records it queues (through
        /// <paramref name="write"/> and the connection's log) on this thread as they arrive.
        /// </summary>
        protected T Run<T>(Func<Action<Action>, CancellationToken, Task<T>> work)
        {
            using var queue = new BlockingCollection<Action>();
            void Post(Action action)
            {
                try
                {
                    queue.Add(action);
                }
                catch (Exception ex) when (ex is InvalidOperationException || ex is ObjectDisposedException)
                {
                    // the pump has stopped (work finished, or the pipeline was stopped): a late line has nowhere to go
                }
            }

            var task = Task.Run(() =>
            {
                CmdletLog.Attach(m => Post(() => WriteVerbose(m)), m => Post(() => WriteDebug(m)));
                return work(Post, _stopping.Token);
            });
            task.ContinueWith(_ => queue.CompleteAdding(), TaskScheduler.Default);

            foreach (var action in queue.GetConsumingEnumerable()) action();
            return task.GetAwaiter().GetResult();
        }

        protected override void StopProcessing() => _stopping.Cancel();

        public void Dispose()
        {
            _stopping.Dispose();
            GC.SuppressFinalize(this);
        }
    }
}
