using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Core.Matching.Companies
{
    /// <summary>A company that could be the customer's, with how strong the evidence is (0..100) and what it is.</summary>
    public sealed class CompanyCandidate
    {
        public CompanyCandidate(PsaCompany company, int score, CompanyMatchReason reason)
        {
            Company = company;
            Score = score;
            Reason = reason;
        }

        public PsaCompany Company { get; }

        /// <summary>The company's id, on the candidate itself so that it survives Export-Clixml's depth.</summary>
        public string CompanyId => Company.Id;

        public string CompanyName => Company.Name;
        public int Score { get; }
        public CompanyMatchReason Reason { get; }

        public override string ToString() => Company.Name + " [" + Company.Id + "] (" + Score + ": " + Reason + ")";
    }
}
