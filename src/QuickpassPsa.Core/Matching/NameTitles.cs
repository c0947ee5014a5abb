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
        private static readonly HashSet<string> Always = new HashSet<string>(StringComparer.Ordinal)
        {
            "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sir", "rev", "revd", "fr", "herr", "frau",
            "mme", "mlle", "madame", "mademoiselle", "monsieur", "reverend", "father", "mother", "sister", "brother", "pastor", "rabbi", "imam", "deacon",
            "mevrouw", "mevr", "mw", "dhr", "signora", "signor", "senora", "señora", "senor", "señor", "sra",
            // professional titles in everyday use: Austrian and German engineers and masters, Quebec lawyers (Maître), Philippine
            // lawyers and engineers, Italian doctors and lawyers
            "dipling", "dring", "drmed", "drrernat", "drphil", "drjur", "univprof", "maga", "maitre", "maître", "mtre", "atty", "engr",
            "dott", "dottssa", "avv",
        };

        // Names too (Ing-Marie, Maj-Britt, Hon Wai, Gen, Col, Med): titles only when written with a dot ("Ing. Karl", "Dr. med.").
        private static readonly HashSet<string> WithDot = new HashSet<string>(StringComparer.Ordinal)
        {
            "ing", "mag", "dipl", "capt", "col", "lt", "sgt", "maj", "gen", "hon", "sra", "srta", "sr", "br", "lic", "arch", "ir", "drs",
            "med", "rer", "nat", "phil", "jur", "dent", "vet", "hc", "techn",
        };

        /// <summary>
        /// The word is a title. "Me" (Maître), "DI" (Diplom-Ingenieur, in capitals) and "Dame" only with a name of two words
        /// after them (<paramref name="wordsAfter"/>): otherwise they are a name or an initial.
        /// </summary>
        public static bool IsTitle(string word, int wordsAfter)
        {
            if (word.Length == 0 || word.Length > 14 || IsInitials(word)) return false;
            var key = Key(word);
            if (key.Length == 0) return false;
            if (Always.Contains(key)) return true;
            if (word.IndexOf('.') >= 0 && WithDot.Contains(key)) return true;
            if (wordsAfter < 2) return false;
            // Dame is a given name too (Dame Diouf): a title only before a whole name (Dame Judi Dench).
            return (key == "me" && (word == "Me" || word == "Me.")) || word == "DI" || key == "dame";
        }

        /// <summary>Initials written with dots ("S.R.", "J.R.R."): one letter between dots, twice or more. "Sr." is a title, "S.R." a name.</summary>
        private static bool IsInitials(string word)
        {
            var letters = 0;
            for (var i = 0; i < word.Length; i++)
            {
                if (word[i] == '.') continue;
                if (i + 1 < word.Length && word[i + 1] != '.') return false;
                letters++;
            }
            return letters >= 2;
        }

        private static string Key(string word)
        {
            var chars = new char[word.Length];
            var length = 0;
            foreach (var c in word)
            {
                if (c == '.' || c == '-' || c == '\u2010') continue;
                if (!char.IsLetter(c)) return string.Empty; // "Anne-Marie" is letters; "J.R.R." too, but no title has them
                chars[length++] = char.ToLowerInvariant(c);
            }
            return new string(chars, 0, length);
        }
    }
}
