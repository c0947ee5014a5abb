using System.Collections.Generic;

namespace QuickpassPsa.Core.Psa
{
    /// <summary>
    /// A value the PSA cannot store as given (longer than its field, or a required field left empty), found
    /// before anything was sent. It concerns one record, never the connection, so a cmdlet reports it and goes
    /// on with the next item; and the value is never cut to fit, since a cut address or name is a wrong one.
    /// </summary>
    public sealed class PsaInvalidValueException : PsaApiException
    {
        public PsaInvalidValueException(string psa, string method, string path, string field, int maxLength, IReadOnlyList<string> messages, string? hint)
            : base(psa, method, path, null, null, messages, hint)
        {
            Field = field;
            MaxLength = maxLength;
        }

        /// <summary>The PSA's field name (firstName, emailAddress, ...).</summary>
        public string Field { get; }

        /// <summary>The most characters the field holds; 0 when the problem is a missing required value.</summary>
        public int MaxLength { get; }
    }
}
