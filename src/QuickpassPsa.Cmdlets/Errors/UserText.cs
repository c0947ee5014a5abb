using System;

namespace QuickpassPsa.Cmdlets.Errors
{
    /// <summary>
    /// An exception's message as a person should read it. An ArgumentException from Core carries the name of the C#
    /// parameter it was about, and .NET appends it to the message: " (Parameter 'server')" on PowerShell 7,
    /// "Parameter name: server" on a line of its own in Windows PowerShell 5.1. That name is not the cmdlet's (-Server),
    /// so it never reaches a user (round 47c): every error record built from a Core exception goes through here.
    /// </summary>
    internal static class UserText
    {
        /// <summary>The message without .NET's parameter-name suffix (and an ArgumentOutOfRangeException's value line after it).</summary>
        public static string Message(Exception ex)
        {
            var message = ex.Message;
            if (ex is ArgumentException argument && !string.IsNullOrEmpty(argument.ParamName))
            {
                // The suffix exactly as this runtime writes it, in this culture.
                var suffix = new ArgumentException(string.Empty, argument.ParamName).Message.Trim();
                var at = suffix.Length == 0 ? -1 : message.LastIndexOf(suffix, StringComparison.Ordinal);
                if (at > 0) message = message.Substring(0, at).TrimEnd();
            }
            return message;
        }

        /// <summary>
        /// The exception to put in an ErrorRecord: the same one, or for an ArgumentException that names a C# parameter an
        /// ArgumentException with the plain message and the original inside, so $_.Exception.Message reads as written too.
        /// </summary>
        public static Exception Plain(Exception ex) =>
            ex is ArgumentException argument && !string.IsNullOrEmpty(argument.ParamName) ? new ArgumentException(Message(ex), ex) : ex;
    }
}
