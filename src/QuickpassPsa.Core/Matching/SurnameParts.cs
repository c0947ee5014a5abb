using System;
using System.Collections.Generic;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// The words of a surname of several words that may stand for it alone: "García López" is also García
    /// and López, "von Trapp" and "Dijk, van" are also Trapp and Dijk. Directories and PSAs often keep one
    /// form and drop the rest (a second surname, a particle), and then no exact or one-slip name key finds
    /// the pair. Found this way, a contact is Review evidence (<see cref="MatchReason.SurnamePart"/>), never
    /// a link: "Ann Smith" is a part of "Ann Smith-Jones", and of every other Ann Smith.
    /// </summary>
    internal static class SurnameParts
    {
        // Particles and joiners that are not a surname by themselves.
        private static readonly HashSet<string> Particles = new HashSet<string>(StringComparer.Ordinal)
        {
            "van", "von", "der", "den", "de", "del", "della", "dela", "di", "da", "du", "la", "le", "les", "los", "las",
            "ten", "ter", "te", "zu", "zum", "zur", "af", "av", "bin", "ibn", "al", "el", "dos", "das", "do", "y", "e", "i",
            "st", "saint", "mac", "ap", "ó", "o",
            // Malay patronymic words (bin is above): "Fatimah binti Ali" is also Fatimah Ali (round 73b).
            "binti", "binte", "bint", "bte", "bt",
        };

        private static readonly IReadOnlyList<string> None = new string[0];

        /// <summary>
        /// The significant words (compact folded form) of a surname of two words or more, each once and none
        /// equal to the whole; empty for a surname of one word (the common case, answered without folding).
        /// </summary>
        public static IReadOnlyList<string> Of(string? lastName)
        {
            if (lastName == null || lastName.IndexOfAny(Separators) < 0) return None;
            var words = NameNormalizer.Normalize(lastName).Split(' ');
            if (words.Length < 2) return None;
            var whole = NameNormalizer.Compact(lastName);
            var parts = new List<string>(words.Length);
            foreach (var word in words)
            {
                if (word.Length < 2 || Particles.Contains(word) || word == whole || parts.Contains(word)) continue;
                parts.Add(word);
            }
            return parts.Count == 0 ? None : parts;
        }

        /// <summary>A first name as written, compact, and its first word when it has several ("Mary Ellen": maryellen, mary).</summary>
        public static IReadOnlyList<string> FirstNames(string? firstName)
        {
            var compact = NameNormalizer.Compact(firstName);
            if (compact.Length < 2) return None;
            var words = NameNormalizer.Normalize(firstName);
            var space = words.IndexOf(' ');
            return space < 2 ? new[] { compact } : new[] { compact, words.Substring(0, space) };
        }

        private static readonly char[] Separators = { ' ', '-', ',', '\u2010', '\u2011', '\u00A0' };
    }
}
