using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Tests.Cmdlets;

/// <summary>
/// What Find-PsaContactMatch's output needs from Core's ContactMatch and MatchCandidate: list properties whose text
/// is readable (Export-Csv calls ToString on each cell; a plain array would write "System.Collections.Generic.List`1[...]").
/// </summary>
public class FindPsaContactMatchSurfaceTests
{
    private static ContactMatch Match(params PsaContact[] contacts) =>
        new ContactMatcher(contacts).Match(new[] { new Account { Id = "a1", FirstName = "Mike", LastName = "Brown", Email = "mike@acme.test" } }).Single();

    [Fact]
    public void Reasons_and_candidates_are_value_lists_whose_text_reads_like_the_screen()
    {
        var ambiguous = Match(new PsaContact { Id = "7", FirstName = "Mike", LastName = "Brown" }, new PsaContact { Id = "8", FirstName = "Mike", LastName = "Brown" });

        Assert.Equal(MatchStatus.Ambiguous, ambiguous.Status);
        Assert.IsType<ValueList<MatchReason>>(ambiguous.Reasons);
        Assert.IsType<ValueList<MatchCandidate>>(ambiguous.Candidates);
        Assert.Equal(string.Join("; ", ambiguous.Reasons), ambiguous.Reasons.ToString());
        Assert.Equal("NameExact; SharedName", ambiguous.Reasons.ToString());
        var score = ambiguous.Candidates[0].Score;
        Assert.Equal($"7 ({score}: NameExact); 8 ({score}: NameExact)", ambiguous.Candidates.ToString());
    }

    [Fact]
    public void A_candidate_carries_its_contact_id_and_readable_reasons()
    {
        var candidate = new MatchCandidate(new PsaContact { Id = "2129" }, 90, new List<MatchReason> { MatchReason.NameExact, MatchReason.ConflictingEmail });

        Assert.Equal("2129", candidate.ContactId);
        Assert.IsType<ValueList<MatchReason>>(candidate.Reasons);
        Assert.Equal("NameExact; ConflictingEmail", candidate.Reasons.ToString());
        Assert.Equal("2129 (90: NameExact, ConflictingEmail)", candidate.ToString());
    }

    [Fact]
    public void An_unmatched_result_has_empty_lists_with_empty_text()
    {
        var unmatched = Match(new PsaContact { Id = "1", FirstName = "Zed", LastName = "Other", Emails = new[] { "zed@other.test" } });

        Assert.Equal(MatchStatus.Unmatched, unmatched.Status);
        Assert.Equal(string.Empty, unmatched.Candidates.ToString());
        Assert.Equal(string.Empty, unmatched.Reasons.ToString());
    }
}
