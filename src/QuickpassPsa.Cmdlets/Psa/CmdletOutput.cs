using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Management.Automation;
using QuickpassPsa.Core.Psa.Http;

namespace QuickpassPsa.Cmdlets.Psa
{
    /// <summary>
    /// The cmdlet's side of the engine's one output seam. The engine calls it from any thread; PowerShell takes
    /// records only on the pipeline thread, so each call is queued and the pump (<see cref="Pump"/>, on the
    /// pipeline thread) writes it. Once the work has ended, late calls are dropped: they have nowhere to go.
    /// </summary>
    internal sealed class CmdletOutput : IPsaOutput, IDisposable
    {
        private readonly QuickpassCmdlet _cmdlet;
        private readonly BlockingCollection<Action> _queue = new BlockingCollection<Action>();

        /// <summary>Progress activities shown and not yet completed; touched only on the pipeline thread.</summary>
        private readonly List<string> _open = new List<string>();

        private readonly Func<bool> _firstThrottle;

        /// <param name="cmdlet">QuickpassCmdlet: its WriteVerbose never prompts under -Debug.</param>
        /// <param name="firstThrottle">True the first time in the command that a rate or thread limit made it wait (the command's calls share it).</param>
        public CmdletOutput(QuickpassCmdlet cmdlet, Func<bool>? firstThrottle = null)
        {
            _cmdlet = cmdlet;
            _firstThrottle = firstThrottle ?? (() => true);
        }

        /// <summary>The first wait of the command on a PSA limit, as a warning; the later ones are in verbose and progress only.</summary>
        public void Throttled(string message)
        {
            if (_firstThrottle()) Post(() => _cmdlet.WriteWarning(message));
        }

        public void Verbose(string message) => Post(() => _cmdlet.WriteVerbose(message));

        public void Debug(string message) => Post(() => _cmdlet.WriteDebug(message));

        public void Progress(string activity, string status, int percent) => Post(() =>
        {
            if (!_open.Contains(activity)) _open.Add(activity);
            _cmdlet.WriteProgress(new ProgressRecord(ActivityId(activity), activity, string.IsNullOrEmpty(status) ? "..." : status)
            {
                PercentComplete = percent < 0 ? -1 : Math.Min(percent, 100),
            });
        });

        public void ProgressCompleted(string activity) => Post(() => Complete(activity));

        /// <summary>No more records: the pump ends once it has written what is queued.</summary>
        public void Close()
        {
            try
            {
                _queue.CompleteAdding();
            }
            catch (ObjectDisposedException)
            {
                // The pump already ended (a write failed, or the pipeline was stopped).
            }
        }

        /// <summary>Writes queued records on this (the pipeline) thread until <see cref="Close"/>; then clears every progress bar still shown.</summary>
        public void Pump()
        {
            foreach (var write in _queue.GetConsumingEnumerable()) write();
            foreach (var activity in _open.ToArray()) Complete(activity);
        }

        private void Complete(string activity)
        {
            if (!_open.Remove(activity)) return;
            _cmdlet.WriteProgress(new ProgressRecord(ActivityId(activity), activity, "Done") { RecordType = ProgressRecordType.Completed });
        }

        private void Post(Action write)
        {
            try
            {
                _queue.Add(write);
            }
            catch (Exception ex) when (ex is InvalidOperationException || ex is ObjectDisposedException)
            {
                // The work has ended (or the pipeline was stopped): a late line has nowhere to go.
            }
        }

        /// <summary>A stable id per activity text, so its updates and its completion land on the same bar.</summary>
        private static int ActivityId(string activity)
        {
            unchecked
            {
                var hash = (int)2166136261;
                foreach (var c in activity) hash = (hash ^ c) * 16777619;
                return (hash & 0x3FFFFFFF) + 1;
            }
        }

        public void Dispose() => _queue.Dispose();
    }
}
