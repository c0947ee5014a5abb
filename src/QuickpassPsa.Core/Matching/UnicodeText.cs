using System.Text;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// Unicode normalisation that a broken string cannot stop: .NET throws on a lone surrogate (half of a character outside the BMP, as
    /// a script or a bad decode can leave it), and one such account stopped the whole match (round 74b). The half is read as U+FFFD.
    /// </summary>
    internal static class UnicodeText
    {
        public static string Normalize(string value, NormalizationForm form) => WithoutLoneSurrogates(value).Normalize(form);

        /// <summary>The text with each lone surrogate replaced by U+FFFD; the same string when it has none (nearly always).</summary>
        public static string WithoutLoneSurrogates(string value)
        {
            char[]? copy = null;
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (!char.IsSurrogate(c)) continue;
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                    continue;
                }
                copy ??= value.ToCharArray();
                copy[i] = '\uFFFD';
            }
            return copy == null ? value : new string(copy);
        }
    }
}
