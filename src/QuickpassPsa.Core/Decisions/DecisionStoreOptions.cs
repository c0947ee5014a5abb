using System;

namespace QuickpassPsa.Core.Decisions
{
    /// <summary>How a <see cref="DecisionStore"/> waits for its lock and tells the time.</summary>
    public sealed class DecisionStoreOptions
    {
        /// <summary>How long a save waits for another process (a second scheduled job) to finish its own.</summary>
        public TimeSpan LockTimeout { get; set; } = TimeSpan.FromSeconds(10);

        /// <summary>The pause between two tries of the lock.</summary>
        public TimeSpan LockRetryInterval { get; set; } = TimeSpan.FromMilliseconds(50);

        /// <summary>The clock for lock waits and for the time a decision is stamped with; tests inject their own.</summary>
        public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

        /// <summary>Test seam: called before each decision is written, so a test can fail a write half way.</summary>
        internal Action<ContactMatchDecision>? WritingDecision { get; set; }
    }
}
