using System.Collections.Generic;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>A contact that could be the account's, with how strong the evidence is (0..100) and what it is.</summary>
    public sealed class MatchCandidate
    {
        public MatchCandidate(PsaContact contact, int score, IReadOnlyList<MatchReason> reasons)
        {
            Contact = contact;
            Score = score;
            Reasons = ValueList<MatchReason>.From(reasons);
        }

        public PsaContact Contact { get; }

        /// <summary>The contact's id, on the candidate itself so that it survives Export-Clixml's depth and reads in a list view.</summary>
        public string ContactId => Contact.Id;
        public int Score { get; }
        /// <summary>The evidence (as text: joined by "; ").</summary>
        public IReadOnlyList<MatchReason> Reasons { get; }

        public override string ToString() => Contact.Id + " (" + Score + ": " + string.Join(", ", Reasons) + ")";
    }
}
