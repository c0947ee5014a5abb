using System.Globalization;

namespace QuickpassPsa.Core.Psa.ConnectWise
{
    /// <summary>
    /// The lengths ConnectWise stores for what the module writes (psa-api.md A2 "Limits": firstName and lastName
    /// 30; the ContactCommunication model: value 250). A longer value fails before anything is sent, with a
    /// <see cref="PsaInvalidValueException"/> naming the field, and is never cut: a cut name or address is a wrong one.
    /// </summary>
    internal static class CwLimits
    {
        public const int FirstName = 30;
        public const int LastName = 30;
        public const int CommunicationValue = 250;

        public const string NameHint = "Shorten the name at the source (Active Directory, Entra ID or the export), then run again.";

        /// <summary>The value as given, or the failure when it is longer than <paramref name="max"/>.</summary>
        public static string? Check(string field, string? value, int max, string method, string path, string hint)
        {
            if (value == null || value.Length <= max) return value;
            throw new PsaInvalidValueException(CwConnection.Psa, method, path, field, max,
                new[] { "The " + field + " '" + value + "' has " + value.Length.ToString(CultureInfo.InvariantCulture) + " characters; ConnectWise's " + field +
                    " field holds at most " + max.ToString(CultureInfo.InvariantCulture) + "; nothing was sent." }, hint);
        }
    }
}
