using System.Collections.Generic;

namespace QuickpassPsa.Core.Decisions
{
    /// <summary>What storing one customer-company decision did: the decision as stored, and the older ones it replaced.</summary>
    public sealed class CompanyDecisionChange
    {
        internal CompanyDecisionChange(CompanyMatchDecision decision, IReadOnlyList<CompanyMatchDecision> replaced, bool refreshed)
        {
            Decision = decision;
            Replaced = replaced;
            Refreshed = refreshed;
        }

        public CompanyMatchDecision Decision { get; }

        /// <summary>
        /// Older decisions this one replaced: the customer's previous link, the company's previous customer (one
        /// customer to one company), or the opposite decision about the same pair.
        /// </summary>
        public IReadOnlyList<CompanyMatchDecision> Replaced { get; }

        /// <summary>The same decision was already stored: the company name was refreshed, who and when kept.</summary>
        public bool Refreshed { get; }
    }
}
