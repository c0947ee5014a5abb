using System;
using System.Management.Automation;
using QuickpassPsa.Cmdlets.Errors;
using QuickpassPsa.Core.Accounts;

namespace QuickpassPsa.Cmdlets.Matching
{
    /// <summary>
    /// Errors for accounts Find-PsaContactMatch cannot match: each is about one pipeline item, so non-terminating
    /// (InvalidData, the account as target), and the other accounts are matched.
    /// </summary>
    internal static class MatchInputErrors
    {
        /// <summary>An account with no Id, UPN or email: its result could not be told apart from another's, nor a decision about it stored.</summary>
        public static ErrorRecord NoKey(Account account, int number)
        {
            var message = "The account " + AccountKey.Describe(account, number) + " has no Id, UserPrincipalName or Email, so its match could not be told apart " +
                "from another account's or stored as a decision. It was left out; the other accounts are matched.";
            return Build(message, ErrorIds.AccountKeyMissing, account,
                "Give the account an Id, a UserPrincipalName or an Email (in the export, or with ConvertTo-QpAccount), then run the match again.");
        }

        /// <summary>A second account with the key of one already taken: the first is matched, this one is left out.</summary>
        public static ErrorRecord DuplicateKey(Account first, int firstNumber, Account second, int secondNumber, string key)
        {
            var message = "The accounts " + AccountKey.Describe(first, firstNumber) + " and " + AccountKey.Describe(second, secondNumber) + " have the same key '" + key +
                "' (Id, else UserPrincipalName, else Email, ignoring case). The first is matched; the second was left out, because one account's match or decision would be taken for the other's.";
            return Build(message, ErrorIds.DuplicateAccountKey, second,
                "Remove the duplicate row from the input (Sort-Object Id -Unique), or give each account its own Id.");
        }

        private static ErrorRecord Build(string message, string id, object target, string action) =>
            new ErrorRecord(new ArgumentException(message), id, ErrorCategory.InvalidData, target)
            {
                ErrorDetails = new ErrorDetails(message) { RecommendedAction = action },
            };
    }
}
