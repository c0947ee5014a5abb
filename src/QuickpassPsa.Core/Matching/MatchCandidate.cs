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
            Reasons = reasons;
        }

        public PsaContact Contact { get; }
        public int Score { get; }
        public IReadOnlyList<MatchReason> Reasons { get; }

        public override string ToString() => Contact.Id + " (" + Score + ": " + string.Join(", ", Reasons) + ")";
    }
}
