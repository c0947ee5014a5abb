using System;
using System.Collections.Generic;

namespace QuickpassPsa.Core.Decisions
{
    /// <summary>What storing one decision did: the decision as stored, and the older decisions it replaced.</summary>
    public sealed class DecisionChange
    {
        internal DecisionChange(ContactMatchDecision decision, IReadOnlyList<ContactMatchDecision> replaced, bool refreshed, IReadOnlyList<ContactMatchDecision>? superseded = null)
        {
            Decision = decision;
            Replaced = replaced;
            Refreshed = refreshed;
            Superseded = superseded ?? None;
        }

        public ContactMatchDecision Decision { get; }

        /// <summary>
        /// Older decisions this one replaced: the account's previous link in the company, the contact's previous
        /// account, or the opposite decision about the same pair (a link replaces an exclusion and the reverse).
        /// </summary>
        public IReadOnlyList<ContactMatchDecision> Replaced { get; }

        /// <summary>The same decision was already stored: its identities and names were refreshed, who and when kept.</summary>
        public bool Refreshed { get; }

        /// <summary>
        /// The stored decisions this one would have replaced that were made after the row it comes from was computed (see
        /// <see cref="ContactMatchDecision.RowComputedAt"/>): a person decided since. When there are any, nothing was stored for this
        /// decision and <see cref="Replaced"/> is empty; the store keeps the newer decisions.
        /// </summary>
        public IReadOnlyList<ContactMatchDecision> Superseded { get; }

        /// <summary>Nothing was stored for this decision: newer decisions keep their place (<see cref="Superseded"/>).</summary>
        public bool Skipped => Superseded.Count > 0;

        internal static readonly IReadOnlyList<ContactMatchDecision> None = Array.Empty<ContactMatchDecision>();
    }
}
