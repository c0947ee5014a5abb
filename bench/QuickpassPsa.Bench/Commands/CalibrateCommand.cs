using System.Globalization;
using QuickpassPsa.Bench.Corpus;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Bench.Commands;

/// <summary>
/// calibrate --accounts A.csv --contacts C.csv --truth T.csv [--pairs 400000] [--seed 1]: estimates the
/// Fellegi-Sunter m and u probabilities of every comparison level from a labelled corpus (the tuning mix,
/// never the held-out one). m: the share of true pairs at that level. u: the share of random pairs of two
/// different people at that level. Each count gets half a pair added, so no level is ever impossible.
/// Prints the rows for MatchWeights.cs and MatchWeights.md.
/// </summary>
internal static class CalibrateCommand
{
    public static int Run(Arguments args)
    {
        var accounts = CsvFiles.ReadAccounts(args.Required("accounts"));
        var contacts = CsvFiles.ReadContacts(args.Required("contacts"));
        var truth = CsvFiles.ReadTruth(args.Required("truth"));
        var pairs = args.Int("pairs", 400_000);
        var random = new Random(args.Int("seed", 1));

        var index = new ContactIndex(contacts);
        var profiles = accounts.Select((a, i) => new AccountProfile(a, i)).ToList();
        var accountPhones = profiles.Where(p => p.Phone != null).GroupBy(p => p.Phone!).ToDictionary(g => g.Key, g => g.Count());
        var comparer = new PairComparer(NicknameTable.Default, (account, _) => index.WithPhone(account.Phone!).Count > 1 || accountPhones.GetValueOrDefault(account.Phone!) > 1);

        var m = new Tally();
        var u = new Tally();
        foreach (var profile in profiles)
        {
            if (truth.GetValueOrDefault(profile.Account.Id ?? "") is { } id && index.ById.TryGetValue(id, out var contact)) m.Add(comparer.Compare(profile, contact));
        }
        for (var k = 0; k < pairs; k++)
        {
            var profile = profiles[random.Next(profiles.Count)];
            var contact = index.All[random.Next(index.All.Count)];
            if (string.Equals(truth.GetValueOrDefault(profile.Account.Id ?? ""), contact.Contact.Id, StringComparison.OrdinalIgnoreCase)) continue;
            u.Add(comparer.Compare(profile, contact));
        }

        Console.WriteLine($"true pairs {m.Total:N0}, random pairs {u.Total:N0}");
        Print("Email", Enum.GetNames<EmailLevel>(), m.Email, u.Email, m.Total, u.Total);
        Print("FirstName", Enum.GetNames<NameLevel>(), m.First, u.First, m.Total, u.Total);
        Print("LastName", Enum.GetNames<NameLevel>(), m.Last, u.Last, m.Total, u.Total);
        Print("MobilePhone", Enum.GetNames<PhoneLevel>(), m.Phone, u.Phone, m.Total, u.Total);
        return 0;
    }

    private static void Print(string comparison, string[] levels, int[] m, int[] u, int mTotal, int uTotal)
    {
        var rows = new List<string>();
        for (var i = 0; i < levels.Length; i++)
        {
            var pm = (m[i] + 0.5) / (mTotal + 0.5 * levels.Length);
            var pu = (u[i] + 0.5) / (uTotal + 0.5 * levels.Length);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {comparison} | {levels[i]} | {pm:0.######} | {pu:0.########} | {Math.Log2(pm / pu):0.00} |"));
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"({pm:0.######}, {pu:0.########})"));
        }
        Console.WriteLine("    " + comparison + ": " + string.Join(", ", rows));
    }

    private sealed class Tally
    {
        public int[] Email { get; } = new int[Enum.GetValues<EmailLevel>().Length];
        public int[] First { get; } = new int[Enum.GetValues<NameLevel>().Length];
        public int[] Last { get; } = new int[Enum.GetValues<NameLevel>().Length];
        public int[] Phone { get; } = new int[Enum.GetValues<PhoneLevel>().Length];
        public int Total { get; private set; }

        public void Add(ComparisonVector vector)
        {
            Email[(int)vector.Email]++;
            First[(int)vector.First]++;
            Last[(int)vector.Last]++;
            Phone[(int)vector.Phone]++;
            Total++;
        }
    }
}
