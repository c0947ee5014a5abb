using System;
using System.Collections.Generic;
using System.Linq;

namespace QuickpassPsa.Core.Accounts
{
    /// <summary>The outcome of one record: an account (possibly with warnings) or an error.</summary>
    public sealed class AccountReadResult
    {
        private AccountReadResult(Account? account, AccountRecordError? error, IReadOnlyList<string> warnings)
        {
            Account = account;
            Error = error;
            Warnings = warnings;
        }

        public Account? Account { get; }
        public AccountRecordError? Error { get; }
        public IReadOnlyList<string> Warnings { get; }

        public static AccountReadResult Success(Account account, IReadOnlyList<string>? warnings = null) =>
            new AccountReadResult(account ?? throw new ArgumentNullException(nameof(account)), null, warnings ?? Array.Empty<string>());

        /// <summary>The same outcome with <paramref name="first"/> ahead of its own warnings (file-level warnings ride on the first record).</summary>
        internal AccountReadResult WithWarningsFirst(IReadOnlyList<string> first) =>
            first.Count == 0 ? this : new AccountReadResult(Account, Error, first.Concat(Warnings).ToList());

        public static AccountReadResult Failure(AccountRecordError error) =>
            new AccountReadResult(null, error ?? throw new ArgumentNullException(nameof(error)), Array.Empty<string>());
    }
}
