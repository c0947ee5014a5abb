using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Decisions;

namespace QuickpassPsa.Cmdlets.Writes
{
    /// <summary>
    /// What Update-PsaContact says of rows it passes over whose account has a stored link that Find-PsaContactMatch did not take:
    /// the account's id is a short one (a sAMAccountName such as acc-01, which repeats across customers) and its email and UPN both
    /// changed since the link was saved, so the id alone was not taken as the same account (Find-PsaContactMatch's -DecisionPath).
    /// Those are exactly the accounts Update-PsaContact is for, so they are named, with why and what to do (round 65b).
    /// </summary>
    internal static class ShortIdText
    {
        private const int Shown = 5;

        /// <summary>One row's reason, for its verbose line.</summary>
        public static string Why(Account account, ContactMatchDecision link) =>
            "The decision store links it to " + Contact(link) + ", but Find-PsaContactMatch passed that link over: " + Reason(account, link) + ".";

        /// <summary>The end-of-run warning that names the accounts.</summary>
        public static string Warning(IReadOnlyList<(Account Account, ContactMatchDecision Link)> rows)
        {
            var names = string.Join("; ", rows.Take(Shown).Select(r => r.Account + " (stored link to " + Contact(r.Link) + ", id '" + r.Account.Id + "')")) +
                (rows.Count > Shown ? " and " + (rows.Count - Shown) + " more" : string.Empty);
            var first = rows[0];
            return (rows.Count == 1 ? "1 of them has" : rows.Count + " of them have") + " a link in the decision store that Find-PsaContactMatch passed over, so " +
                (rows.Count == 1 ? "its contact was" : "their contacts were") + " not updated: " + names + ". " +
                "The account's id is a short one, such as a sAMAccountName, which repeats across customers, and both its email and its UPN changed since the link was " +
                "saved, so the id alone is not taken as the same account (see Find-PsaContactMatch -DecisionPath). These are the accounts whose address changed: " +
                "if the link is still right, link each again with Set-PsaContactMatch (Set-PsaContactMatch -Match <its row> -ContactId " + first.Link.ContactId.Trim() +
                " for " + first.Account + "), or keep the old address as an alias (a proxy address) of the account in the export, then run Find-PsaContactMatch and " +
                "Update-PsaContact again.";
        }

        private static string Contact(ContactMatchDecision link) =>
            (string.IsNullOrWhiteSpace(link.ContactName) ? string.Empty : link.ContactName + " ") + "[" + link.ContactId.Trim() + "]";

        private static string Reason(Account account, ContactMatchDecision link) =>
            "the account's id '" + account.Id + "' is a short one (not a GUID or SID), and its email and UPN both differ from the " +
            (string.IsNullOrWhiteSpace(link.Email) ? "addresses" : "address " + link.Email!.Trim()) + " the link was saved with; link it again with Set-PsaContactMatch " +
            "if it is the same person, or keep the old address as an alias";
    }
}
