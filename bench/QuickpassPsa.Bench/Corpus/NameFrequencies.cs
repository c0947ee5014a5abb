namespace QuickpassPsa.Bench.Corpus;

/// <summary>
/// Heavy-tailed name frequencies, as real directories have them: a few very common surnames (Smith,
/// Johnson) and tens of thousands of rare ones; given names likewise skewed towards a few. Without this a
/// million generated people would be a few hundred names copied thousands of times, which makes every
/// name block huge and every name ambiguous, neither of which is true of a real tenant.
/// </summary>
internal sealed class NameFrequencies
{
    private const int SyntheticSurnames = 40_000;

    private readonly string[] _names;
    private readonly double[] _cumulative;

    // Zipf-Mandelbrot: weight 1/(rank + Offset): the top name is about 1% of surnames and 3% of given
    // names, as in US census tables, instead of pure Zipf's 9% with this many names.
    private const double Offset = 10;

    private NameFrequencies(string[] names, double exponent)
    {
        _names = names;
        _cumulative = new double[names.Length];
        var total = 0.0;
        for (var rank = 0; rank < names.Length; rank++)
        {
            total += 1.0 / Math.Pow(rank + 1 + Offset, exponent);
            _cumulative[rank] = total;
        }
        for (var rank = 0; rank < names.Length; rank++) _cumulative[rank] /= total;
    }

    /// <summary>The pool's surnames first (the common ones), then a long tail of generated surnames.</summary>
    public static NameFrequencies Surnames { get; } = new(NamePools.Surnames.Concat(Synthetic(SyntheticSurnames)).ToArray(), 1.0);

    public static NameFrequencies FemaleFirst { get; } = new(NamePools.FemaleFirst, 1.0);

    public static NameFrequencies MaleFirst { get; } = new(NamePools.MaleFirst, 1.0);

    public int Count => _names.Length;

    public string Pick(Random random)
    {
        var roll = random.NextDouble();
        var index = Array.BinarySearch(_cumulative, roll);
        if (index < 0) index = ~index;
        return _names[Math.Min(index, _names.Length - 1)];
    }

    /// <summary>Pronounceable surnames from syllables, deterministic, distinct, none equal to a pool name.</summary>
    private static IEnumerable<string> Synthetic(int count)
    {
        string[] starts = { "Bar", "Ber", "Cal", "Dor", "Fen", "Gar", "Hal", "Kel", "Lan", "Mor", "Nor", "Pel", "Ral", "Sel", "Tor", "Val", "Wen", "Zan", "Brin", "Cor", "Dal", "Ell", "Fair", "Grim", "Hart", "Kin", "Lock", "Mar", "Ost", "Pren" };
        string[] middles = { "a", "e", "i", "o", "u", "en", "in", "an", "er", "ol", "ing", "ard", "ell", "ow", "ett" };
        string[] ends = { "ton", "ley", "by", "well", "wood", "field", "man", "son", "ford", "ridge", "ham", "stead", "worth", "croft", "dale", "more", "shaw", "brook", "wick", "gate", "combe", "hurst", "land", "mere", "thorpe", "ing", "ey", "ock", "ner", "stone" };
        var known = new HashSet<string>(NamePools.Surnames, StringComparer.OrdinalIgnoreCase);
        var random = new Random(424242);
        var produced = new HashSet<string>(StringComparer.Ordinal);
        while (produced.Count < count)
        {
            var name = starts[random.Next(starts.Length)] + (random.Next(3) == 0 ? string.Empty : middles[random.Next(middles.Length)]) + ends[random.Next(ends.Length)];
            if (random.Next(4) == 0) name += ends[random.Next(ends.Length)];
            if (!known.Contains(name) && produced.Add(name)) yield return name;
        }
    }
}
