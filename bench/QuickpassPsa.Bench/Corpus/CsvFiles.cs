using CsvHelper;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Bench.Corpus;

/// <summary>Reads the eval inputs: accounts through the module's own reader, contacts and truth with CsvHelper.</summary>
internal static class CsvFiles
{
    public static List<Account> ReadAccounts(string path)
    {
        var accounts = new List<Account>();
        foreach (var result in AccountFileReader.Read(path))
        {
            if (result.Account != null) accounts.Add(result.Account);
            else if (result.Error != null) Console.Error.WriteLine("skipped: " + result.Error.Message);
        }
        return accounts;
    }

    public static List<PsaContact> ReadContacts(string path) =>
        Rows(path).Select(row => new PsaContact
        {
            Id = row.Get("Id"),
            CompanyId = row.Get("CompanyId"),
            FirstName = row.Get("FirstName"),
            LastName = row.Get("LastName"),
            Emails = new[] { row.Get("Email"), row.Get("Email2"), row.Get("Email3") }.Where(e => e.Length > 0).ToList(),
            MobilePhone = row.Get("MobilePhone"),
            Active = !row.Get("Active").Equals("false", StringComparison.OrdinalIgnoreCase) && row.Get("Active") != "0",
        }).ToList();

    /// <summary>AccountId → ContactId (null when the account has no contact).</summary>
    public static Dictionary<string, string?> ReadTruth(string path) =>
        Rows(path).ToDictionary(r => r.Get("AccountId"), r => r.Get("ContactId") is { Length: > 0 } id ? id : null, StringComparer.OrdinalIgnoreCase);

    /// <summary>AccountId → generated case (cases.csv), for per-case figures.</summary>
    public static Dictionary<string, string> ReadCases(string path) =>
        Rows(path).ToDictionary(r => r.Get("AccountId"), r => r.Get("Case"), StringComparer.OrdinalIgnoreCase);

    private sealed class Row
    {
        private readonly Dictionary<string, string> _values;
        public Row(Dictionary<string, string> values) => _values = values;
        public string Get(string name) => _values.TryGetValue(name, out var v) ? v.Trim() : string.Empty;
    }

    private static IEnumerable<Row> Rows(string path)
    {
        using var csv = CsvReader.Create(new StreamReader(path), new CsvReaderOptions { HasHeader = true }, false);
        var header = csv.Headers.ToList();
        while (csv.Read())
        {
            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Count && i < csv.FieldCount; i++) values[header[i]] = csv.GetString(i) ?? string.Empty;
            yield return new Row(values);
        }
    }
}
