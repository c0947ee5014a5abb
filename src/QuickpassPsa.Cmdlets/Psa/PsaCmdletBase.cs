using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using QuickpassPsa.Cmdlets.Errors;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Http;

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

        // The command's one time limit (Connect-Psa -CommandTimeoutSec), shared by all its calls of Run.
        private readonly PsaCommandClock _clock = new PsaCommandClock();

        // 1 once a PSA rate or thread limit has made this command wait and the warning saying so was written.
        private int _throttleWarned;

        /// <summary>
        /// True where the time limit counts per call of <see cref="Run{T}"/> instead of for the whole command: Get-PsaContact,
        /// whose limit is documented per company.
        /// </summary>
        private protected virtual bool TimeLimitPerCall => false;

        /// <summary>
        /// Runs PSA work to completion on the thread pool, writing what it reports through its
        /// <see cref="IPsaOutput"/> (the work's own progress and the connection engine's verbose, debug and
        /// progress lines, which reach it through the <see cref="PsaCommandScope"/>) on this thread as they arrive.
        /// The scope also carries the connection's per-command time limit, which counts from the command's first request.
        /// </summary>
        private protected T Run<T>(Func<IPsaOutput, CancellationToken, Task<T>> work)
        {
            using var output = new CmdletOutput(this, () => Interlocked.Exchange(ref _throttleWarned, 1) == 0);
            var token = _stopping.Token;
            var task = Task.Run(() =>
            {
                using (PsaCommandScope.Begin(output, TimeLimitPerCall ? null : _clock))
                {
                    return work(output, token);
                }
            });
            task.ContinueWith(_ => output.Close(), TaskScheduler.Default);

            output.Pump();
            return task.GetAwaiter().GetResult();
        }

        protected override void StopProcessing() => _stopping.Cancel();

        /// <summary>PowerShell disposes a command when its pipeline ends, also when it stops early (an error under -ErrorAction Stop, Ctrl+C).</summary>
        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        protected virtual void Dispose(bool disposing)
        {
            if (disposing) _stopping.Dispose();
        }
    }
}
