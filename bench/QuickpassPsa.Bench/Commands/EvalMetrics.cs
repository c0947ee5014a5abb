using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Bench.Commands;

/// <summary>
/// The accuracy figures: autoPrecision (correct Suggested / Suggested), autoRecall (correct Suggested /
/// accounts that have a contact), reviewRecall (the true contact is the Suggested one or among the
/// Review/Ambiguous candidates / accounts that have a contact), wrongUnmatched (accounts marked
/// Unmatched that do have a contact, each a future duplicate contact / accounts that have a contact).
/// </summary>
internal sealed class EvalMetrics
{
    public Dictionary<string, int> Counts { get; } = Enum.GetNames<MatchStatus>().ToDictionary(n => n, _ => 0);
    public int Accounts { get; private set; }
    public int WithContact { get; private set; }
    public int Suggested { get; private set; }
    public int CorrectSuggested { get; private set; }
    public int FoundForReview { get; private set; }
    public int WrongUnmatched { get; private set; }
    public List<string> WrongSuggestions { get; } = new();

    public double AutoPrecision => Suggested == 0 ? 1 : (double)CorrectSuggested / Suggested;
    public double AutoRecall => WithContact == 0 ? 1 : (double)CorrectSuggested / WithContact;
    public double ReviewRecall => WithContact == 0 ? 1 : (double)FoundForReview / WithContact;
    public double WrongUnmatchedRate => WithContact == 0 ? 0 : (double)WrongUnmatched / WithContact;

    public static EvalMetrics Compute(IReadOnlyList<ContactMatch> matches, IReadOnlyDictionary<string, string?> truth)
    {
        var metrics = new EvalMetrics();
        foreach (var match in matches)
        {
            metrics.Accounts++;
            metrics.Counts[match.Status.ToString()]++;
            truth.TryGetValue(match.AccountId ?? string.Empty, out var expected);
            if (expected != null) metrics.WithContact++;

            if (match.Status is MatchStatus.Suggested or MatchStatus.Matched)
            {
                metrics.Suggested++;
                if (expected != null && string.Equals(match.ContactId, expected, StringComparison.OrdinalIgnoreCase))
                {
                    metrics.CorrectSuggested++;
                    metrics.FoundForReview++;
                }
                else
                {
                    metrics.WrongSuggestions.Add(match.AccountId + " -> " + match.ContactId + " (truth " + (expected ?? "none") + ", " + string.Join("+", match.Reasons) + ")");
                }
            }
            else if (expected != null && match.Status is MatchStatus.Review or MatchStatus.Ambiguous &&
                     (string.Equals(match.ContactId, expected, StringComparison.OrdinalIgnoreCase) ||
                      match.Candidates.Any(c => string.Equals(c.Contact.Id, expected, StringComparison.OrdinalIgnoreCase))))
            {
                metrics.FoundForReview++;
            }
            else if (expected != null && match.Status == MatchStatus.Unmatched)
            {
                metrics.WrongUnmatched++;
            }
        }
        return metrics;
    }
}
