namespace QuickpassPsa.Core.Matching
{
    public enum MatchDecisionKind
    {
        /// <summary>A person linked this account to this contact.</summary>
        Confirmed,

        /// <summary>A person said this account is not this contact: the pair never comes back.</summary>
        Excluded,
    }

    /// <summary>A stored decision about one account and one contact; decisions win over computed evidence.</summary>
    public sealed class MatchDecision
    {
        public MatchDecision(string accountId, string contactId, MatchDecisionKind kind)
        {
            AccountId = accountId;
            ContactId = contactId;
            Kind = kind;
        }

        public string AccountId { get; }
        public string ContactId { get; }
        public MatchDecisionKind Kind { get; }
    }
}
