using System.Text;

namespace QuickpassPsa.Core.Accounts
{
    /// <summary>
    /// Text written as UTF-8 and read back as Windows-1252 before it reached us ("JÃ¼rgen", "JosÃ© Åžahin": an export opened
    /// and saved again in a tool that took the UTF-8 bytes for single characters). Put back only when the characters, taken
    /// as their Windows-1252 bytes, are valid UTF-8 with at least one letter beyond ASCII: a real name such as "JOÃO" or
    /// "Müller" is not valid UTF-8 that way, and stays as it is.
    /// </summary>
    internal static class Mojibake
    {
        // Windows-1252's characters for the bytes 0x80 to 0x9F ('\0' where it has none); 0xA0 to 0xFF are Latin-1's.
        private const string HighBytes = "\u20AC\0\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\0\u017D\0" +
                                         "\0\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\0\u017E\u0178";

        private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);

        /// <summary>The text as it was written, or null when it does not read as UTF-8 taken for Windows-1252.</summary>
        public static string? Repair(string? text)
        {
            if (text == null) return null;
            var bytes = new byte[text.Length];
            var high = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c < 0x80 || (c >= 0xA0 && c <= 0xFF))
                {
                    bytes[i] = (byte)c;
                    high |= c >= 0xC2;
                    continue;
                }
                var at = HighBytes.IndexOf(c);
                if (at < 0 || c == '\0') return null; // a character Windows-1252 has no byte for: not this damage
                bytes[i] = (byte)(0x80 + at);
            }
            if (!high) return null;
            try
            {
                var repaired = StrictUtf8.GetString(bytes);
                return repaired == text ? null : repaired;
            }
            catch (DecoderFallbackException)
            {
                return null;
            }
        }
    }
}
