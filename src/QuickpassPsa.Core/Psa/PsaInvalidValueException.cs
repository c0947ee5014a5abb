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
        /// <remarks>
        /// The message starts with the value and its limit, never "failed with no answer", which is how a lost answer reads
        /// (run again, the record may exist); here nothing was sent (round 56): "The firstName 'Maximiliana…' has 31
        /// characters; ConnectWise's firstName field holds at most 30; nothing was sent (POST company/contacts was not sent)."
        /// </remarks>
        public PsaInvalidValueException(string psa, string method, string path, string field, int maxLength, IReadOnlyList<string> messages, string? hint)
            : base(new ComposedMessage((messages.Count == 0 ? "The " + field + " cannot be stored" : Detail(messages).Substring(2).TrimEnd('.')) + " (" + psa + " " + method + " " + Shortened(path) + " was not sent)." + (hint == null ? string.Empty : " " + hint)),
                   psa, method, path, null, messages, hint, null)
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
