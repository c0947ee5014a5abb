using System.Text;
using QuickpassPsa.Core.Accounts;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// Unicode normalisation that a broken string cannot stop: .NET throws on a lone surrogate (half of a character outside the BMP, as
    /// a script or a bad decode can leave it), and one such account stopped the whole match (round 74b). The half is read as U+FFFD,
    /// by the account reader's own rule (<see cref="AccountText.WithoutHalfCharacters"/>).
    /// </summary>
    internal static class UnicodeText
    {
        public static string Normalize(string value, NormalizationForm form) => AccountText.WithoutHalfCharacters(value).Normalize(form);
    }
}
