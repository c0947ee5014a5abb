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

        /// <summary>
        /// The text as it was written, or null when it does not read as UTF-8 taken for Windows-1252. Undone twice over at most
        /// ("JÃƒÂ¼rgen", garbled twice, is Jürgen).
        /// </summary>
        public static string? Repair(string? text)
        {
            if (text == null) return null;
            var whole = RepairWhole(text);
            if (whole != null || text.IndexOf(' ') < 0) return whole;
            // "JÃ¼rgen Müller": one word garbled and another right (a display name typed again in part). Word by word.
            var words = text.Split(' ');
            var changed = false;
            for (var i = 0; i < words.Length; i++)
            {
                var repaired = RepairWhole(words[i]);
                if (repaired == null) continue;
                words[i] = repaired;
                changed = true;
            }
            return changed ? string.Join(" ", words) : null;
        }

        private static string? RepairWhole(string text)
        {
            var once = Decode(text);
            if (once == null) return null;
            var twice = Decode(once);
            if (twice != null && LatinLetters(twice)) return twice;
            return LatinLetters(once) ? once : null;
        }

        /// <summary>The characters taken as their Windows-1252 bytes and read as UTF-8, or null when they are not valid UTF-8 that way.</summary>
        private static string? Decode(string? text)
        {
            if (text == null) return null;
            var bytes = new byte[text.Length];
            var high = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                // Below 0x80, Latin-1's upper half, and the C1 controls a tool left for Windows-1252's five unused bytes (Á is C3 81).
                if (c < 0x80 || (c >= 0x80 && c <= 0xFF && (c >= 0xA0 || HighBytes[c - 0x80] == '\0')))
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
            string repaired;
            try
            {
                repaired = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                return null;
            }
            return repaired == text ? null : repaired;
        }

        /// <summary>
        /// Beyond ASCII only the Latin letters names are written with (é, ü, Ş, ł), never a combining mark, another script or a symbol: LÍŠKA and TÕŠ are
        /// valid UTF-8 taken that way too (U+034A, an Armenian letter), and they are real names.
        /// </summary>
        private static bool LatinLetters(string text)
        {
            foreach (var c in text)
            {
                if (c < 0x80) continue;
                // Latin-1's letters and Latin Extended-A (ő, ł, ş, ž), and Romanian ș ț: the letters names are written with. Extended-B's
                // others (Ɏ, ƀ) are what a real name in capitals such as KÉŽ would turn into.
                var latin = (c >= '\u00C0' && c <= '\u017F') || (c >= '\u0218' && c <= '\u021B');
                if (!latin || c == '\u00D7' || c == '\u00F7' || !char.IsLetter(c)) return false;
            }
            return true;
        }
    }
}
