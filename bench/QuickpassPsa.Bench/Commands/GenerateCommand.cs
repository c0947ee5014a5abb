using QuickpassPsa.Bench.Corpus;

namespace QuickpassPsa.Bench.Commands;

/// <summary>
/// generate --accounts N --out DIR [--mix tuning|heldout|traps] [--seed S]: writes accounts.csv, contacts.csv,
/// truth.csv and cases.csv. The held-out mix has its own default seed; never tune the matcher on it. The traps
/// mix holds the ways an adversarial corpus made the matcher link the wrong person: its measure is autoPrecision.
/// </summary>
internal static class GenerateCommand
{
    public static int Run(Arguments args)
    {
        var mix = CaseMix.ByName(args.Optional("mix") ?? CaseMix.Tuning.Name);
        var corpus = CorpusGenerator.Generate(args.Int("accounts", 10_000), args.Int("seed", mix.DefaultSeed), mix: mix);
        var directory = args.Required("out");
        corpus.WriteTo(directory);
        Console.WriteLine($"{corpus.Accounts.Count} accounts, {corpus.Contacts.Count} contacts, {corpus.Truth.Count(t => t.Value != null)} with a contact -> {Path.GetFullPath(directory)}");
        foreach (var (kind, count) in corpus.Cases.OrderByDescending(c => c.Value)) Console.WriteLine($"  {kind,-22} {count,6}");
        return 0;
    }
}
