using System;
using System.Collections.Generic;

namespace QuickpassPsa.Core.Decisions
{
    /// <summary>What storing one decision did: the decision as stored, and the older decisions it replaced.</summary>
    public sealed class DecisionChange
    {
        internal DecisionChange(ContactMatchDecision decision, IReadOnlyList<ContactMatchDecision> replaced, bool refreshed)
        {
            Decision = decision;
            Replaced = replaced;
            Refreshed = refreshed;
        }

        public ContactMatchDecision Decision { get; }

        /// <summary>
        /// Older decisions this one replaced: the account's previous link in the company, the contact's previous
        /// account, or the opposite decision about the same pair (a link replaces an exclusion and the reverse).
        /// </summary>
        public IReadOnlyList<ContactMatchDecision> Replaced { get; }

        /// <summary>The same decision was already stored: its identities and names were refreshed, who and when kept.</summary>
        public bool Refreshed { get; }

        internal static readonly IReadOnlyList<ContactMatchDecision> None = Array.Empty<ContactMatchDecision>();
    }
}
