using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Tests.Matching;

/// <summary>
/// A matcher keeps working arrays between runs (ClaimTable, one slot per contact): each run must find them
/// clean, and two runs at once must not share them. Every run gives what a fresh matcher gives.
/// </summary>
public class MatcherReuseTests
{
    private static readonly PsaContact[] Contacts =
    {
        new() { Id = "c1", FirstName = "Ann", LastName = "Lee", Emails = new[] { "ann.lee@contoso.com" } },
        new() { Id = "c2", FirstName = "Zoe", LastName = "Nguyen" },
        new() { Id = "c3", FirstName = "Bo", LastName = "Ek", Emails = new[] { "bo.ek@contoso.com" } },
    };

    private static Account Acc(string id, string first, string last, string? email = null) => new()
    {
        Id = id, FirstName = first, LastName = last, DisplayName = first + " " + last, Email = email,
    };

    // Two claims on c1 (contested) and two on c2's name (a rival): the one-to-one rules fill every table.
    private static readonly Account[] Crowded =
    {
        Acc("a1", "Ann", "Lee", "ann.lee@contoso.com"), Acc("a2", "Ann", "Lee", "ann.lee@contoso.com"),
        Acc("a3", "Zoe", "Nguyen"), Acc("a4", "Zoe", "Nguyen"), Acc("a5", "Bo", "Ek", "bo.ek@contoso.com"),
    };

    // One claim each: nothing contested, nothing rivalled.
    private static readonly Account[] Single =
    {
        Acc("b1", "Ann", "Lee", "ann.lee@contoso.com"), Acc("b2", "Zoe", "Nguyen"),
    };

    private static string Describe(IReadOnlyList<ContactMatch> matches) =>
        string.Join(" | ", matches.Select(m => m.AccountId + " " + m.Status + " " + m.Stars + " " + m.ContactId + " " + string.Join("+", m.Reasons)));

    private static string Fresh(Account[] accounts) => Describe(new ContactMatcher(Contacts).Match(accounts));

    [Fact]
    public void A_run_after_a_crowded_one_finds_no_claims_left_over()
    {
        var matcher = new ContactMatcher(Contacts);

        var crowded = Describe(matcher.Match(Crowded));
        var single = matcher.Match(Single);

        Assert.Equal(Fresh(Crowded), crowded);
        Assert.Equal(Fresh(Single), Describe(single));
        Assert.All(single, m => Assert.Equal(MatchStatus.Suggested, m.Status));
    }

    [Fact]
    public async Task Runs_at_the_same_time_on_one_matcher_give_what_fresh_matchers_give()
    {
        var matcher = new ContactMatcher(Contacts);
        var expected = new[] { Fresh(Crowded), Fresh(Single) };

        var runs = Enumerable.Range(0, 16).Select(i => Task.Run(() => (i % 2, Describe(matcher.Match(i % 2 == 0 ? Crowded : Single))))).ToArray();
        var results = await Task.WhenAll(runs);

        Assert.All(results, run => Assert.Equal(expected[run.Item1], run.Item2));
    }
}
