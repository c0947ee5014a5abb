using System.Text;

namespace QuickpassPsa.Core.Psa.Writes
{
    /// <summary>
    /// Phone numbers compared by their digits: "+1 (555) 010-1234", "555.010.1234" and "5550101234" are one
    /// number. PSAs and directories write numbers every way, and an update that only reformats a number would
    /// be noise on every run. A leading North American country code 1 is ignored when the rest is ten digits,
    /// so "+1 555 010 1234" equals "555 010 1234"; other country codes are compared as written.
    /// </summary>
    public static class PhoneNumbers
    {
        public static string Digits(string? value)
        {
            var digits = new StringBuilder();
            foreach (var c in value ?? string.Empty)
            {
                if (c >= '0' && c <= '9') digits.Append(c);
            }
            return digits.ToString();
        }

        /// <summary>
        /// True when both have the same digits, allowing a leading 1 on one side of a ten-digit number, or when the matcher
        /// reads them as one line (<see cref="Matching.PhoneNormalizer.SameNumber"/>: a trunk 0 against the country code, an
        /// extension on one side only).
        /// </summary>
        /// <remarks>
        /// Extensions are read as ConnectWise's extension field is written (<see cref="ConnectWise.CwPhone"/>: "x12", "ext. 12", "#12",
        /// "tel:...;ext=12", up to 15 digits, the first of two), so that a number written and read back is no change on the next run
        /// (round 67a: "tel:+1-206-555-0203;ext=12" and a 15-digit extension were taken for the number without one). Two extensions
        /// that differ are two numbers; an extension on one side only is not a difference.
        /// </remarks>
        public static bool Same(string? a, string? b)
        {
            var extensionA = ConnectWise.CwPhone.ExtensionOf(a);
            var extensionB = ConnectWise.CwPhone.ExtensionOf(b);
            if (extensionA != null && extensionB != null && !string.Equals(extensionA, extensionB, System.StringComparison.Ordinal)) return false;
            if (extensionA != null || extensionB != null)
            {
                var numberA = a == null ? null : ConnectWise.CwPhone.NumberOf(a);
                var numberB = b == null ? null : ConnectWise.CwPhone.NumberOf(b);
                return SameNumber(numberA, numberB);
            }
            return SameNumber(a, b);
        }

        private static bool SameNumber(string? a, string? b)
        {
            var x = WithoutNorthAmericanCode(Digits(a));
            var y = WithoutNorthAmericanCode(Digits(b));
            return x == y || Matching.PhoneNormalizer.SameNumber(a, b);
        }

        private static string WithoutNorthAmericanCode(string digits) =>
            digits.Length == 11 && digits[0] == '1' ? digits.Substring(1) : digits;
    }
}
