using System;
using System.Collections.Generic;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// Titles and styles written before a given name, in one place for the display-name parser and the name keys (a title in
    /// one and not the other made "Ing. Franz Gruber" no candidate of Franz Gruber, and "Me Amélie Lefebvre" at her own
    /// address Review: round 49). Compared without dots and hyphens, case ignored: "Dipl.-Ing.", "Dr.-Ing.", "Mag.a" too.
    /// </summary>
    internal static class NameTitles
    {
        // Titles however written.
        private static readonly string[] Always =
        {
            "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sir", "rev", "revd", "fr", "herr", "frau",
            "mme", "mlle", "madame", "mademoiselle", "monsieur", "reverend", "father", "mother", "sister", "brother", "pastor", "rabbi", "imam", "deacon",
            "mevrouw", "mevr", "mw", "dhr", "signora", "signor", "senora", "señora", "senor", "señor", "sra",
            // professional titles in everyday use: Austrian and German engineers and masters, Quebec lawyers (Maître), Philippine
            // lawyers and engineers, Italian doctors and lawyers
            "dipling", "dring", "drmed", "drrernat", "drphil", "drjur", "univprof", "maga", "maitre", "maître", "mtre", "atty", "engr",
            "dott", "dottssa", "avv",
            // Malaysian honours and the pilgrim's style (Dato' Ahmad, Datuk Lim, Datin Siti, Haji Yusof, Hjh. Fatimah; round 73b: Datuk Ahmad
            // bin Kassim found no Ahmad | Kassim, and New-PsaContact made a twin).
            "datuk", "dato", "datin", "haji", "hajjah", "hajah", "hj", "hjh",
        };

        // Names too (Ing-Marie, Maj-Britt, Hon Wai, Gen, Col, Med): titles only when written with a dot ("Ing. Karl", "Dr. med.").
        private static readonly string[] WithDot =
        {
            "ing", "mag", "dipl", "capt", "col", "lt", "sgt", "maj", "gen", "hon", "sra", "srta", "sr", "br", "lic", "arch", "ir", "drs",
            "med", "rer", "nat", "phil", "jur", "dent", "vet", "hc", "techn",
        };

        /// <summary>
        /// The word is a title. "Me" (Maître), "DI" (Diplom-Ingenieur, in capitals) and "Dame" only with a name of two words
        /// after them (<paramref name="wordsAfter"/>): otherwise they are a name or an initial.
        /// </summary>
        public static bool IsTitle(string word, int wordsAfter) => IsTitle(word, 0, word.Length, wordsAfter);

        /// <summary>
        /// <see cref="IsTitle(string, int)"/> for text[start .. start + length), read in place: it runs for the first name of
        /// every account and contact, and most are no title.
        /// </summary>
        public static bool IsTitle(string text, int start, int length, int wordsAfter)
        {
            if (length == 0 || length > 14 || IsInitials(text, start, length)) return false;
            var buffer = _key ??= new char[16];
            var keyLength = 0;
            var dotted = false;
            for (var i = start; i < start + length; i++)
            {
                var c = text[i];
                if (c == '.') { dotted = true; continue; }
                if (c == '-' || c == '\u2010') continue;
                if ((c == '\'' || c == '\u2019') && i == start + length - 1 && keyLength > 0) continue; // Dato'
                if (!char.IsLetter(c)) return false; // no title has a digit, an apostrophe or a mark of its own
                buffer[keyLength++] = char.ToLowerInvariant(c);
            }
            if (keyLength == 0) return false;
            if (In(Always, buffer, keyLength)) return true;
            if (dotted && In(WithDot, buffer, keyLength)) return true;
            if (wordsAfter < 2) return false;
            // Dame is a given name too (Dame Diouf): a title only before a whole name (Dame Judi Dench).
            if (Is(buffer, keyLength, "dame")) return true;
            if (Is(buffer, keyLength, "me")) return text[start] == 'M' && (length == 2 || (length == 3 && text[start + 2] == '.'));
            return length == 2 && text[start] == 'D' && text[start + 1] == 'I';
        }

        // Malaysian honours of two words: Tan Sri, Puan Sri, Toh Puan, and Dato' Sri, Datuk Seri (round 73b: "Tan Sri Lim Kok Wing" and
        // "Dato' Sri Nor Azizah" read Tan and Sri as names). Tan, Toh and Sri are names alone, so only the pair is a title.
        private static readonly string[][] TwoWords =
        {
            new[] { "tan", "sri" }, new[] { "puan", "sri" }, new[] { "toh", "puan" }, new[] { "dato", "sri" }, new[] { "dato", "seri" },
            new[] { "datuk", "sri" }, new[] { "datuk", "seri" }, new[] { "datin", "sri" }, new[] { "datin", "seri" },
        };

        /// <summary>The two words are one title of two words (Tan Sri, Dato' Sri), case, dots and a final apostrophe ignored.</summary>
        public static bool IsTwoWordTitle(string first, string second)
        {
            var a = Bare(first);
            var b = Bare(second);
            foreach (var pair in TwoWords)
            {
                if (a == pair[0] && b == pair[1]) return true;
            }
            return false;
        }

        /// <summary>The length of a title of two words at the start of the text, with the space after it; 0 when there is none.</summary>
        public static int LeadingTwoWordTitle(string text)
        {
            var words = text.Split(new[] { ' ' }, 4, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 3 || !IsTwoWordTitle(words[0], words[1])) return 0;
            var at = text.IndexOf(words[1], text.IndexOf(words[0], StringComparison.Ordinal) + words[0].Length, StringComparison.Ordinal) + words[1].Length;
            while (at < text.Length && text[at] == ' ') at++;
            return at;
        }

        private static string Bare(string word) => word.Trim().TrimEnd('.', '\'', '\u2019').Replace(".", string.Empty).ToLowerInvariant();

        [ThreadStatic] private static char[]? _key;

        private static bool In(string[] titles, char[] key, int length)
        {
            foreach (var title in titles)
            {
                if (Is(key, length, title)) return true;
            }
            return false;
        }

        private static bool Is(char[] key, int length, string title)
        {
            if (title.Length != length) return false;
            for (var i = 0; i < length; i++)
            {
                if (key[i] != title[i]) return false;
            }
            return true;
        }

        /// <summary>Initials written with dots ("S.R.", "J.R.R."): one letter between dots, twice or more. "Sr." is a title, "S.R." a name.</summary>
        private static bool IsInitials(string text, int start, int length)
        {
            var letters = 0;
            for (var i = start; i < start + length; i++)
            {
                if (text[i] == '.') continue;
                if (i + 1 < start + length && text[i + 1] != '.') return false;
                letters++;
            }
            return letters >= 2;
        }
    }
}
