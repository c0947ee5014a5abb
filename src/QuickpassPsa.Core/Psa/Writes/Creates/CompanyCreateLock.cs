using System;
using QuickpassPsa.Core.Decisions;

namespace QuickpassPsa.Core.Psa.Writes.Creates
{
    /// <summary>
    /// New-PsaContact's lock of one company's creates across processes (<see cref="StoreLock.AcquireCreates"/>), beside the decision
    /// store. Two runs at once on one machine (two scheduled jobs, a job and a person) read the company before either created, and
    /// both created every new person (round 61b): creates of one company are serialised by this lock, and under it the address is
    /// asked of the PSA again (<see cref="AddressHolders.ActiveInCompany"/>), so a contact another run has created since is returned
    /// as found, not created again. One per run: the store is checked writable once, before the run's first create.
    /// </summary>
    internal sealed class CompanyCreateLock
    {
        /// <summary>How long a create waits for another run's: its create and its lookup take a few requests.</summary>
        public static readonly TimeSpan Wait = TimeSpan.FromMinutes(1);

        private readonly DecisionStoreOptions _options;
        private bool _storeWritable;

        public CompanyCreateLock()
            : this(new DecisionStoreOptions { LockTimeout = Wait })
        {
        }

        /// <summary>Tests: a shorter wait, an injected clock.</summary>
        internal CompanyCreateLock(DecisionStoreOptions options)
        {
            _options = options ?? throw new ArgumentNullException(nameof(options));
        }

        /// <summary>
        /// Takes the company's lock, waiting up to <see cref="Wait"/> for another run to release it.
        /// </summary>
        /// <exception cref="DecisionStoreException">
        /// The store cannot be written (checked before the first lock), the lock's folder cannot be made, or another run held the lock
        /// longer than the wait: the caller stops before anything is sent for the account.
        /// </exception>
        public IDisposable Enter(string storePath, string companyId)
        {
            // Before the first create: a store that cannot be written would lose the links of the contacts made (round 61b F7).
            if (!_storeWritable)
            {
                new DecisionStore(storePath).CheckWritable();
                _storeWritable = true;
            }
            return StoreLock.AcquireCreates(storePath, companyId, _options);
        }
    }
}
