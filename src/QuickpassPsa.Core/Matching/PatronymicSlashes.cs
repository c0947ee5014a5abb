using System;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// The Malaysian and Singaporean Indian "a/l" and "a/p" (son and daughter of) and the South Asian "s/o" and "d/o" between a given
    /// name and the father's ("Arjun a/l Murugan", "Lakshmi d/o Ramasamy"): words of one name, not a slash between two people or a
    /// department's (round 73b: the same fields on both sides were ConflictingName and never linked). The checks that read a slash as a
    /// join ask <see cref="HasJoiningSlash"/>.
    /// </summary>
    internal static class PatronymicSlashes
    {
        /// <summary>A slash in the text that is not inside one of the patronymic words.</summary>
        public static bool HasJoiningSlash(string? text)
        {
            if (text == null) return false;
            for (var i = text.IndexOf('/'); i >= 0; i = text.IndexOf('/', i + 1))
            {
                if (!IsPatronymicAt(text, i)) return true;
            }
            return false;
        }

        /// <summary>The text with each patronymic word's slash taken out ("a/l" as "al"); the same string when it has none.</summary>
        public static string? WithoutPatronymicSlashes(string? text)
        {
            if (text == null || text.IndexOf('/') < 0) return text;
            var chars = text.ToCharArray();
            var length = 0;
            for (var i = 0; i < chars.Length; i++)
            {
                if (chars[i] == '/' && IsPatronymicAt(text, i)) continue;
                chars[length++] = chars[i];
            }
            return length == chars.Length ? text : new string(chars, 0, length);
        }

        /// <summary>The slash at <paramref name="slash"/> is the middle of a/l, a/p, s/o or d/o written as a word of its own.</summary>
        public static bool IsPatronymicAt(string text, int slash)
        {
            if (slash < 1 || slash + 1 >= text.Length) return false;
            var before = char.ToLowerInvariant(text[slash - 1]);
            var after = char.ToLowerInvariant(text[slash + 1]);
            var word = (before == 'a' && (after == 'l' || after == 'p')) || (before == 's' && after == 'o') || (before == 'd' && after == 'o');
            if (!word) return false;
            var starts = slash - 1 == 0 || !char.IsLetter(text[slash - 2]);
            var ends = slash + 2 == text.Length || !char.IsLetter(text[slash + 2]);
            return starts && ends;
        }
    }
}
