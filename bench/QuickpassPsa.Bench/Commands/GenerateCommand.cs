using QuickpassPsa.Bench.Corpus;

namespace QuickpassPsa.Bench.Commands;

/// <summary>generate --accounts N --out DIR [--seed S]: writes accounts.csv, contacts.csv and truth.csv.</summary>
internal static class GenerateCommand
{
    public static int Run(Arguments args)
    {
        var corpus = CorpusGenerator.Generate(args.Int("accounts", 10_000), args.Int("seed", 20261122));
        var directory = args.Required("out");
        corpus.WriteTo(directory);
        Console.WriteLine($"{corpus.Accounts.Count} accounts, {corpus.Contacts.Count} contacts, {corpus.Truth.Count(t => t.Value != null)} with a contact -> {Path.GetFullPath(directory)}");
        foreach (var (kind, count) in corpus.Cases.OrderByDescending(c => c.Value)) Console.WriteLine($"  {kind,-22} {count,6}");
        return 0;
    }
}
