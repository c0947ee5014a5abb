using System.Linq;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Tests.Matching;

/// <summary>The per-thread pool of folded names: one object per distinct text, never a wrong text.</summary>
public class StringPoolTests
{
    [Fact]
    public void Equal_texts_give_one_object_and_different_texts_different_ones()
    {
        var pool = new StringPool();
        var smith = pool.Get("smith".ToCharArray(), 5);
        var again = pool.Get("smithx".ToCharArray(), 5);
        var smyth = pool.Get("smyth".ToCharArray(), 5);

        Assert.Equal("smith", smith);
        Assert.Same(smith, again);
        Assert.Equal("smyth", smyth);
        Assert.NotSame(smith, smyth);
        Assert.Same(string.Empty, pool.Get(new char[4], 0));
    }

    [Fact]
    public void A_prefix_of_a_pooled_text_is_its_own_text()
    {
        var pool = new StringPool();
        var buffer = "annabel".ToCharArray();

        Assert.Equal("annabel", pool.Get(buffer, 7));
        Assert.Equal("ann", pool.Get(buffer, 3));
        Assert.Equal("anna", pool.Get(buffer, 4));
    }

    [Fact]
    public void Texts_stay_right_through_growth_and_the_bound()
    {
        // Past its bound the pool starts again empty: what it handed out before stays valid and equal.
        var pool = new StringPool();
        var first = Enumerable.Range(0, 300_000).Select(i => pool.Get(("n" + i).ToCharArray(), ("n" + i).Length)).ToList();

        Assert.All(first.Select((s, i) => (s, i)), p => Assert.Equal("n" + p.i, p.s));
        Assert.Equal("n299999", pool.Get("n299999".ToCharArray(), 7));
    }

    [Fact]
    public void Folded_names_share_one_object_per_thread()
    {
        Assert.Same(NameNormalizer.Compact("Smith"), NameNormalizer.Compact("SMITH"));
        Assert.Same(NameNormalizer.Normalize("Mary-Ellen"), NameNormalizer.Normalize("mary ellen"));
        Assert.Equal("mary ellen", NameNormalizer.Normalize("Mary-Ellen"));
    }

    [Fact]
    public void Accented_names_fold_the_same_from_the_cache_and_past_its_bound()
    {
        // Each distinct accented text is folded once per thread; past the cache's bound it starts again, and every
        // text still folds as the first time (spaced and compact kept apart).
        Assert.Equal("jose maria", NameNormalizer.Normalize("José-María"));
        Assert.Equal("josemaria", NameNormalizer.Compact("José-María"));
        var folded = Enumerable.Range(0, 70_000).Select(i => NameNormalizer.Normalize("Müller-Ørsted " + i)).ToList();

        Assert.All(folded.Select((s, i) => (s, i)), p => Assert.Equal("muller orsted " + p.i, p.s));
        Assert.Equal("jose maria", NameNormalizer.Normalize("José-María"));
        Assert.Equal("josemaria", NameNormalizer.Compact("José-María"));
        Assert.Equal("mullerorsted69999", NameNormalizer.Compact("Müller-Ørsted 69999"));
    }
}
