using System;

namespace QuickpassPsa.Core.Accounts
{
    /// <summary>Carries an <see cref="AccountRecordError"/> where an exception is wanted (PowerShell error records).</summary>
    public sealed class AccountRecordException : Exception
    {
        public AccountRecordException(AccountRecordError error)
            : base(error?.Message)
        {
            Error = error ?? throw new ArgumentNullException(nameof(error));
        }

        public AccountRecordError Error { get; }
    }
}
