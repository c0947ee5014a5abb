using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Bench.Commands;

/// <summary>
/// Every field of every match as text lines (status, stars, reasons, weight and its parts, each candidate
/// with its score, reasons and weight), and a digest of them: a change made for speed must leave both
/// identical, candidate scores and weights included (eval's matches.csv lists candidate ids only).
/// </summary>
internal static class ResultDetail
{
    public static IEnumerable<string> Lines(IEnumerable<ContactMatch> matches)
    {
        foreach (var m in matches)
        {
            var line = new StringBuilder();
            line.Append(m.AccountId).Append('|').Append(m.Status).Append('|').Append(m.Stars).Append('|').Append(m.ContactId)
                .Append('|').Append(string.Join("+", m.Reasons)).Append('|').Append(m.Weight.ToString("R", CultureInfo.InvariantCulture))
                .Append('|').Append(string.Join(";", m.WeightParts));
            foreach (var c in m.Candidates)
            {
                line.Append(" || ").Append(c.ContactId).Append(' ').Append(c.Score).Append(' ').Append(string.Join("+", c.Reasons))
                    .Append(' ').Append(c.Weight.ToString("R", CultureInfo.InvariantCulture)).Append(' ').Append(string.Join(";", c.WeightParts));
            }
            yield return line.ToString();
        }
    }

    public static string Digest(IEnumerable<ContactMatch> matches)
    {
        using var sha = SHA256.Create();
        foreach (var line in Lines(matches))
        {
            var bytes = Encoding.UTF8.GetBytes(line + "\n");
            sha.TransformBlock(bytes, 0, bytes.Length, null, 0);
        }
        sha.TransformFinalBlock(Array.Empty<byte>(), 0, 0);
        return Convert.ToHexString(sha.Hash!).Substring(0, 16);
    }
}
