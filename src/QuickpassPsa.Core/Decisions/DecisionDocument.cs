using System;
using System.Collections.Generic;

namespace QuickpassPsa.Core.Decisions
{
    /// <summary>What one store file holds: the account-contact decisions and the customer-company decisions.</summary>
    internal sealed class DecisionDocument
    {
        public static readonly DecisionDocument Empty = new DecisionDocument(Array.Empty<ContactMatchDecision>(), Array.Empty<CompanyMatchDecision>());

        public DecisionDocument(IReadOnlyList<ContactMatchDecision> contacts, IReadOnlyList<CompanyMatchDecision> companies)
        {
            Contacts = contacts;
            Companies = companies;
        }

        public IReadOnlyList<ContactMatchDecision> Contacts { get; }
        public IReadOnlyList<CompanyMatchDecision> Companies { get; }
    }
}
