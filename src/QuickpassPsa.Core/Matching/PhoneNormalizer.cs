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
            var digits = Digits(value, out var start, out var count);
            return digits == null ? null : new string(digits, start, count);
        }

        /// <summary>
        /// <see cref="Key"/> of <see cref="Significant"/>, without the string: counting the numbers on a
        /// million accounts made a string for each.
        /// </summary>
        internal static long KeyOf(string? value)
        {
            var digits = Digits(value, out var start, out var count);
            return digits == null ? 0 : Key(digits, start, count);
        }

        /// <summary>The significant digits in a scratch buffer (valid until the next call on this thread), or null.</summary>
        private static char[]? Digits(string? value, out int start, out int count)
        {
            start = 0;
            count = 0;
            if (value == null || value.Length < MinimumDigits) return null;
            var digits = StringPool.Buffer(value.Length); // scratch: only the digits kept become a string
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
            start = count > SignificantDigits ? count - SignificantDigits : 0;
            count -= start;
            return digits;
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

        private static long Key(char[] digits, int start, int count)
        {
            long value = 0;
            for (var i = start; i < start + count; i++) value = value * 10 + (digits[i] - '0');
            return value + ((long)count << 40);
        }
    }
}
