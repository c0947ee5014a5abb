using System;
using QuickpassPsa.Core.Accounts;

namespace QuickpassPsa.Cmdlets.Matching
{
    /// <summary>
    /// What tells one account from another in a match run: its Id, else its UPN, else its email (the order
    /// Get-QpAccount fills Id in). Compared ignoring case, as Entra object ids, UPNs and addresses are.
    /// </summary>
    internal static class AccountKey
    {
        public static readonly StringComparer Comparer = StringComparer.OrdinalIgnoreCase;

        /// <summary>The key, or null when the account has nothing to be told apart by.</summary>
        public static string? Of(Account account) =>
            Text(account.Id) ?? Text(account.UserPrincipalName) ?? Text(account.Email);

        /// <summary>"Ann Lee &lt;ann@contoso.com&gt; (contoso.csv, row 3)", or the input position when the account has no text at all.</summary>
        public static string Describe(Account account, int number)
        {
            var text = account.ToString();
            if (string.IsNullOrWhiteSpace(text)) text = "input account " + number;
            return string.IsNullOrWhiteSpace(account.Origin) ? "'" + text + "'" : "'" + text + "' (" + account.Origin + ")";
        }

        private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
    }
}
