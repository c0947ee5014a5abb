using System.Collections.Generic;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// Working arrays of the one-to-one rules (<see cref="ContactMatcher"/>: EnforceOneToOne, RequireNoRival),
    /// one slot per contact position instead of hash maps keyed by contact: those rules run over every
    /// account once, then again in each elimination round, and at a million accounts the maps' hashing and
    /// cache misses were most of their cost. Kept by the matcher between runs (the arrays grow with the
    /// contacts, not with the accounts of a run), and left clean after each use.
    /// </summary>
    internal sealed class ClaimTable
    {
        public ClaimTable(int contacts)
        {
            Taken = new bool[contacts];
            Count = new int[contacts];
            Linked = new ContactMatcher.Outcome?[contacts];
            Eliminated = new bool[contacts];
            TakenBy = new ContactMatcher.Outcome?[contacts];
        }

        /// <summary>The account whose strong link took the contact in an elimination round.</summary>
        public ContactMatcher.Outcome?[] TakenBy { get; }

        /// <summary>Contacts taken on strong evidence in an elimination round.</summary>
        public bool[] Eliminated { get; }

        /// <summary>Contacts linked by a stored decision.</summary>
        public bool[] Taken { get; }

        /// <summary>Suggested claims per contact.</summary>
        public int[] Count { get; }

        /// <summary>The account holding a link of two stars or fewer on the contact.</summary>
        public ContactMatcher.Outcome?[] Linked { get; }

        public List<ContactMatcher.Outcome> Contested { get; } = new List<ContactMatcher.Outcome>();
        public List<ContactMatcher.Outcome> Group { get; } = new List<ContactMatcher.Outcome>();
        public List<ContactMatcher.Outcome> Tied { get; } = new List<ContactMatcher.Outcome>();
    }
}
