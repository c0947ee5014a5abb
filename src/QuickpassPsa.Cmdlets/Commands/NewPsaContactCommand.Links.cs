using System;
using System.Collections.Generic;
using System.Globalization;
using QuickpassPsa.Cmdlets.Decisions;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Writes.Creates;

namespace QuickpassPsa.Cmdlets.Commands
{
    /// <summary>
    /// New-PsaContact and the decision store: the stored contact decisions, read once; the links the run makes
    /// (<see cref="RunLinks"/>), saved when the pipeline ends or, stopped early, when the command is disposed.
    /// </summary>
    public sealed partial class NewPsaContactCommand
    {
        /// <summary>The links this run made (created, or found by address), saved once the pipeline ends (or, stopped, in Dispose).</summary>
        private readonly RunLinks _runLinks = new RunLinks();

        /// <summary>The decision store's path, located while the pipeline runs: Dispose may need it when nothing else can be asked.</summary>
        private string? _storePath;

        private IReadOnlyList<ContactMatchDecision>? _stored;

        /// <summary>The stored contact decisions, read once, when a contact found by address is about to be linked.</summary>
        private IReadOnlyList<ContactMatchDecision> StoredDecisions(PsaConnection connection)
        {
            if (_stored != null) return _stored;
            var store = DecisionStoreLocator.Open(this, DecisionPath, DecisionPath == null ? connection : null);
            try
            {
                return _stored = store.Read();
            }
            catch (DecisionStoreException ex)
            {
                // Without the decisions no found contact can be linked safely: stop before anything is written.
                ThrowTerminatingError(DecisionErrors.Store(ex));
                throw;
            }
        }

        /// <summary>
        /// Remembers that this account is linked to this contact (created, or found by email), so the next
        /// Find-PsaContactMatch reports it Matched. The links are saved together once the pipeline ends, or, when
        /// the pipeline stops before that (an error under -ErrorAction Stop, Ctrl+C), when the command is disposed.
        /// </summary>
        private ContactMatchDecision? RememberLink(ContactMatch linked, bool created)
        {
            if (linked.Contact?.CompanyId == null) return null;
            // Located now, while the pipeline runs: Dispose may need it when nothing else can be asked.
            _storePath ??= DecisionStoreLocator.Open(this, DecisionPath, DecisionPath == null ? RequireConnection() : null).Path;
            return _runLinks.Add(linked, created);
        }

        /// <summary>The run's links, stored together once the pipeline ends (-WhatIf and a declined -Confirm store none).</summary>
        private void SaveLinks()
        {
            if (_runLinks.Count == 0) return;
            var store = DecisionStoreLocator.Open(this, DecisionPath, DecisionPath == null ? RequireConnection() : null);
            if (!ShouldProcess(store.Path, "Store " + _runLinks.Count.ToString(CultureInfo.InvariantCulture) + " account-contact links"))
            {
                _runLinks.Drop();
                return;
            }
            try
            {
                var links = _runLinks.TakeAll();
                store.Save(links);
                WriteVerbose("Stored " + links.Count.ToString(CultureInfo.InvariantCulture) + " links in " + store.Path + ".");
            }
            catch (DecisionStoreException ex)
            {
                // The contacts exist; only their links were not stored. Say so, and how to store them later.
                WriteWarning("The contacts were created, but their links could not be stored; fix the store, then pipe this command's output to Save-PsaContactMatch.");
                WriteError(DecisionErrors.Store(ex));
            }
        }

        /// <summary>
        /// The links of contacts already created when the pipeline stopped before EndProcessing (an error under
        /// -ErrorAction Stop, Ctrl+C): the contacts exist, so their links are stored too, or the next run would
        /// offer them as Suggested instead of Matched. Nothing can be written to the host any more; a store that
        /// cannot be written is left as it is (the created contacts are found by address next time).
        /// </summary>
        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            // Only the links of contacts created by this run: a contact merely found is found again next time,
            // and after a normal end EndProcessing has saved (or, declined, dropped) every link.
            var pending = _runLinks.CreatedNotSaved();
            if (!disposing || pending.Count == 0) return;
            try
            {
                if (_storePath != null) new DecisionStore(_storePath).Save(pending);
            }
            catch (DecisionStoreException)
            {
            }
            catch (System.IO.IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
            _runLinks.Clear();
        }
    }
}
