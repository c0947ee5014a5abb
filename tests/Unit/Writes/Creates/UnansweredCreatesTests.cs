using QuickpassPsa.Core.Psa.Writes.Creates;

namespace QuickpassPsa.Tests.Writes.Creates;

/// <summary>An address whose create got no answer is not sent again in the run (round 43).</summary>
public class UnansweredCreatesTests
{
    [Fact]
    public void The_same_address_in_another_case_or_with_a_tag_is_the_one_sent_and_another_address_is_not()
    {
        var unanswered = new UnansweredCreates();
        Assert.Null(unanswered.SentAs("ann@contoso.com"));

        unanswered.Add("Ann@Contoso.com");

        Assert.Equal("Ann@Contoso.com", unanswered.SentAs("ann@contoso.com"));
        Assert.Equal("Ann@Contoso.com", unanswered.SentAs(" ANN@CONTOSO.COM "));
        Assert.Equal("Ann@Contoso.com", unanswered.SentAs("ann+qp@contoso.com"));   // one mailbox to the matcher
        Assert.Null(unanswered.SentAs("anna@contoso.com"));
    }
}
