using System.Linq;
using QuickpassPsa.Core.Psa.Writes.Creates;

namespace QuickpassPsa.Tests.Writes.Creates;

/// <summary>The rows New-PsaContact holds back so that their addresses are looked up in the whole PSA together.</summary>
public class RowBatchTests
{
    [Fact]
    public void Rows_come_out_a_hundred_at_a_time_in_input_order_and_the_rest_when_the_pipeline_ends()
    {
        var batch = new RowBatch<int>();
        var full = new System.Collections.Generic.List<System.Collections.Generic.IReadOnlyList<int>>();

        for (var i = 0; i < 250; i++)
        {
            if (batch.Add(i) is { } rows) full.Add(rows);
        }

        Assert.Equal(2, full.Count);
        Assert.Equal(Enumerable.Range(0, RowBatch<int>.Size), full[0]);
        Assert.Equal(Enumerable.Range(100, 100), full[1]);
        Assert.Equal(50, batch.Count);
        Assert.Equal(Enumerable.Range(200, 50), batch.TakeAll());
        Assert.Equal(0, batch.Count);
        Assert.Empty(batch.TakeAll());
    }

    [Fact]
    public void A_short_run_waits_for_the_end()
    {
        var batch = new RowBatch<string>();

        Assert.Null(batch.Add("a"));
        Assert.Null(batch.Add("b"));
        Assert.Equal(new[] { "a", "b" }, batch.TakeAll());
    }
}
