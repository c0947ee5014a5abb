using System;
using System.Collections.Generic;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Core.Psa.Writes.Creates
{
    /// <summary>
    /// Whether the contact the matcher finds for an account without one at its address is another account's by a stored link
    /// (round 51: "link it" moved Annabel Leigh's contact to her admin account, and Update-PsaContact then wrote the admin address
    /// over her work address): ContactMayExist then says to leave this account out, not to link it.
    /// </summary>
    internal static class LinkedElsewhere
    {
        /// <summary>
        /// The other account a stored link gives the one contact found to ("Annabel Leigh (annabel.leigh@brightwater.com)"), or null:
        /// several contacts, no link, or the link is this account's.
        /// </summary>
        public static string? Who(IEnumerable<ContactMatchDecision> stored, string companyId, Account account, ContactMatch seen)
        {
            var contact = seen.Contact ?? (seen.Candidates.Count == 1 ? seen.Candidates[0].Contact : null);
            if (contact == null || stored == null) return null;
            var id = contact.Id.Trim();
            foreach (var link in stored)
            {
                if (link.DecisionKind != MatchDecisionKind.Confirmed || !string.Equals(link.ContactId.Trim(), id, StringComparison.OrdinalIgnoreCase) ||
                    !string.Equals((link.CompanyId ?? string.Empty).Trim(), companyId.Trim(), StringComparison.OrdinalIgnoreCase) || AccountIdentity.Strength(link, account) > 0)
                {
                    continue;
                }
                var who = link.AccountName ?? link.UserPrincipalName ?? link.Email ?? link.AccountId ?? "another account";
                var address = link.UserPrincipalName ?? link.Email;
                return address != null && !string.Equals(address, who, StringComparison.OrdinalIgnoreCase) ? who + " (" + address + ")" : who;
            }
            return null;
        }
    }
}
