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
        public static bool Same(string? a, string? b)
        {
            var x = WithoutNorthAmericanCode(Digits(a));
            var y = WithoutNorthAmericanCode(Digits(b));
            return x == y || Matching.PhoneNormalizer.SameNumber(a, b);
        }

        private static string WithoutNorthAmericanCode(string digits) =>
            digits.Length == 11 && digits[0] == '1' ? digits.Substring(1) : digits;
    }
}
