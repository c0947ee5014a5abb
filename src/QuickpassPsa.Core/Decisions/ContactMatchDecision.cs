using System;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Core.Decisions
{
    /// <summary>
    /// One stored decision about an account and a PSA contact in one company: a confirmed link ("this account is
    /// this contact") or an exclusion ("never suggest this contact for this account"). It keeps every identity the
    /// account had (UPN, primary email, id) so that the same person read later from another source (AD, Graph, a
    /// CSV export) still finds it, and the names for people reading the store.
    /// </summary>
    public sealed class ContactMatchDecision
    {
        internal ContactMatchDecision()
        {
        }

        /// <summary>A decision about an account known by any of <paramref name="userPrincipalName"/>, <paramref name="email"/> and <paramref name="accountId"/>.</summary>
        public ContactMatchDecision(MatchDecisionKind kind, string companyId, string contactId, string? userPrincipalName, string? email, string? accountId)
        {
            DecisionKind = kind;
            CompanyId = companyId ?? throw new ArgumentNullException(nameof(companyId));
            ContactId = contactId ?? throw new ArgumentNullException(nameof(contactId));
            UserPrincipalName = userPrincipalName;
            Email = email;
            AccountId = accountId;
        }

        /// <summary>
        /// "Confirmed" (a link) or "Excluded". Text, not Core's enum, so that it stays a name through ConvertTo-Json,
        /// Export-Csv and Import-Clixml (the enum's type is private to the module, so PowerShell would see a number).
        /// </summary>
        public string Kind => DecisionKind.ToString();

        internal MatchDecisionKind DecisionKind { get; set; }
        public string CompanyId { get; internal set; } = string.Empty;

        /// <summary>
        /// The name of <see cref="CompanyId"/>, for people: Get-PsaContactMatchDecision takes it from the store's customer-company
        /// link of that company, else reads it from the PSA (once per company); empty when neither knows it. Not kept in the file.
        /// </summary>
        public string? CompanyName { get; internal set; }

        public string ContactId { get; internal set; } = string.Empty;

        /// <summary>The contact's name when the decision was made, for people (the PSA may rename it since).</summary>
        public string? ContactName { get; internal set; }

        public string? UserPrincipalName { get; internal set; }
        public string? Email { get; internal set; }
        public string? AccountId { get; internal set; }

        /// <summary>The account's display name when the decision was made, for people.</summary>
        public string? AccountName { get; internal set; }

        /// <summary>Who decided: DOMAIN\user on Windows, the user name elsewhere.</summary>
        public string? DecidedBy { get; internal set; }

        /// <summary>When (UTC).</summary>
        public DateTime DecidedAt { get; internal set; }

        /// <summary>
        /// The PSA of the store the decision was read from or saved to, "ConnectWise" or "Autotask"; empty for a -DecisionPath file
        /// used without a connection. Not kept in the file (the store is the PSA instance's): the cmdlets set it on what they write,
        /// so that a decision piped to a connection of the other PSA is refused (QuickpassPsa.PsaMismatch).
        /// </summary>
        public string? Psa { get; internal set; }

        /// <summary>
        /// For a decision made from a row of Find-PsaContactMatch: when that row was computed (<see cref="Matching.ContactMatch.ComputedAt"/>).
        /// A stored decision this one would replace that was made after it is newer than the row: the store keeps it and this one is
        /// not stored (<see cref="DecisionChange.Superseded"/>). Null: no such check (a decision by hand, an older saved row). Never stored.
        /// </summary>
        internal DateTime? RowComputedAt { get; set; }

        /// <summary>Fields of the stored record this version does not know, written back as they were (see DecisionFile).</summary>
        internal Newtonsoft.Json.Linq.JObject? Extra { get; set; }

        /// <summary>The account's most stable identity, the one the store is keyed by: UPN, else email, else id.</summary>
        public string AccountKey => AccountIdentity.KeyOf(UserPrincipalName, Email, AccountId);

        /// <summary>A new decision about an account and a contact (who and when are stamped by the store).</summary>
        internal static ContactMatchDecision For(MatchDecisionKind kind, string companyId, Accounts.Account account, string contactId, string? contactName) =>
            new ContactMatchDecision
            {
                DecisionKind = kind,
                CompanyId = companyId,
                ContactId = contactId,
                ContactName = string.IsNullOrWhiteSpace(contactName) ? null : contactName,
                UserPrincipalName = account.UserPrincipalName,
                Email = account.Email,
                AccountId = account.Id,
                AccountName = account.DisplayName ?? Accounts.Account.JoinName(account.FirstName, account.LastName),
            };

        internal ContactMatchDecision Copy() => (ContactMatchDecision)MemberwiseClone();

        public override string ToString() =>
            Kind + ": " + AccountKey + " -> " + (string.IsNullOrEmpty(ContactName) ? string.Empty : ContactName + " ") + "[" + ContactId + "] in company " + CompanyId;
    }
}
