using System.Collections.Generic;

namespace QuickpassPsa.Core.Accounts
{
    public enum AccountRecordErrorKind
    {
        /// <summary>The record has neither an email address (Email, UPN, proxy address) nor a name.</summary>
        MissingIdentity,

        /// <summary>None of the record's columns or properties is one an account can be read from.</summary>
        NoRecognisedFields,

        /// <summary>A CSV row with more fields than the header: a separator in an unquoted value shifted its columns.</summary>
        ShiftedColumns,
    }

    /// <summary>Why one record did not become an account. The other records still do.</summary>
    public sealed class AccountRecordError
    {
        public AccountRecordError(AccountRecordErrorKind kind, string message, AccountRecord record)
        {
            Kind = kind;
            Message = message;
            Origin = record.Origin;
            Number = record.Number;
            Values = record.ToDictionary();
        }

        public AccountRecordErrorKind Kind { get; }
        public string Message { get; }
        public string Origin { get; }

        /// <summary>1-based number of the record within its source.</summary>
        public int Number { get; }

        public IDictionary<string, object?> Values { get; }

        public override string ToString() => Message;
    }
}
