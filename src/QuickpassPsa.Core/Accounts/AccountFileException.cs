using System;

namespace QuickpassPsa.Core.Accounts
{
    public enum AccountFileErrorKind
    {
        NotFound,
        Unreadable,
        InvalidEncoding,
        InvalidFormat,
        UnknownColumns,

        /// <summary>Valid JSON, but not a shape accounts are read from (a number, {"results": [...]}, {"value": {...}}).</summary>
        UnsupportedShape,

        /// <summary>A file of a format accounts are not read from, named as such (an LDIF export of ldifde).</summary>
        UnsupportedFormat,
    }

    /// <summary>
    /// The whole file cannot be read as accounts (as opposed to one bad row). The message names the file
    /// and says what to fix.
    /// </summary>
    public sealed class AccountFileException : Exception
    {
        public AccountFileException(AccountFileErrorKind kind, string path, string message, Exception? inner = null)
            : base(message, inner)
        {
            Kind = kind;
            Path = path;
        }

        public AccountFileErrorKind Kind { get; }
        public string Path { get; }
    }
}
