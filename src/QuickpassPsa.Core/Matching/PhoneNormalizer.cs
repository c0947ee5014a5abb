namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// Folds a phone number to the digits that identify it, so that "+1 206 555 0123", "(206) 555-0123"
    /// and "206.555.0123 x12" agree, and so do "+44 7700 900123" and "07700 900123": formatting and an
    /// extension are dropped, then the last nine digits are kept when there are more (the national number
    /// without its country code or trunk 0; nine, not ten, because a trunk 0 and a one-digit country code
    /// leave nine). Fewer than seven digits identify nobody: null.
    /// </summary>
    public static class PhoneNormalizer
    {
        public const int MinimumDigits = 7;
        private const int SignificantDigits = 9;

        /// <summary>The significant digits, or null when the value has fewer than seven.</summary>
        public static string? Significant(string? value)
        {
            if (value == null || value.Length < MinimumDigits) return null;
            var digits = StringPool.Buffer(value.Length); // scratch: only the digits kept become a string
            var count = 0;
            foreach (var c in value)
            {
                if (c >= '0' && c <= '9')
                {
                    digits[count++] = c;
                }
                else if (count >= MinimumDigits && (c == 'x' || c == 'X' || c == 'e' || c == 'E' || c == '#' || c == ',' || c == ';'))
                {
                    break; // "x12", "ext 12", "#12": an extension reaches a desk, not a person's mobile
                }
            }
            if (count < MinimumDigits) return null;
            var start = count > SignificantDigits ? count - SignificantDigits : 0;
            return new string(digits, start, count - start);
        }

        /// <summary>
        /// The significant digits as one number (the digit count in the top bits, so "0123456" and
        /// "123456" differ), 0 for null: a key that costs no string per account.
        /// </summary>
        internal static long Key(string? significant)
        {
            if (significant == null) return 0;
            long value = 0;
            foreach (var c in significant) value = value * 10 + (c - '0');
            return value + ((long)significant.Length << 40);
        }
    }
}
