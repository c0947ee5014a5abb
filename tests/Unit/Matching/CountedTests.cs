using QuickpassPsa.Core;
using QuickpassPsa.Core.Matching.Customers;

namespace QuickpassPsa.Tests.Matching;

/// <summary>Counts in messages read as written for a person (round 47c: "the request was tried 1 times").</summary>
public class CountedTests
{
    [Theory]
    [InlineData(0, "0 accounts")]
    [InlineData(1, "1 account")]
    [InlineData(3, "3 accounts")]
    public void A_count_of_one_is_singular(int count, string expected) => Assert.Equal(expected, Counted.Of(count, "account"));

    [Theory]
    [InlineData(1, "once")]
    [InlineData(2, "2 times")]
    [InlineData(3, "3 times")]
    public void Times_reads_once_for_one(int count, string expected) => Assert.Equal(expected, Counted.Times(count));

    [Fact]
    public void A_customer_summary_of_one_account_says_one_account()
    {
        Assert.Equal("Contoso: Done, 1 account", new CustomerMatchSummary("Contoso", 1).ToString());
        Assert.Equal("Contoso: Done, 2 accounts", new CustomerMatchSummary("Contoso", 2).ToString());
    }
}
