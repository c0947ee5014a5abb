using System.Globalization;
using System.Text;

namespace QuickpassPsa.Bench.Corpus;

internal sealed record GeneratedAccount(string Id, string DisplayName, string FirstName, string LastName, string Email, string Upn, string ProxyAddresses, string Mobile);

internal sealed record GeneratedContact(string Id, string CompanyId, string FirstName, string LastName, string Email, string Email2, string Email3, string Mobile, bool Active);

/// <summary>A labelled corpus: accounts, contacts, and the true contact of each account (null when none exists).</summary>
internal sealed class LabelledCorpus
{
    public List<GeneratedAccount> Accounts { get; } = new();
    public List<GeneratedContact> Contacts { get; } = new();
    public Dictionary<string, string?> Truth { get; } = new();

    /// <summary>How many accounts each generated case produced, for the report.</summary>
    public Dictionary<string, int> Cases { get; } = new();

    /// <summary>The generated case of each account (cases.csv), for per-case analysis of an eval.</summary>
    public Dictionary<string, string> CaseOf { get; } = new();

    public void WriteTo(string directory)
    {
        Directory.CreateDirectory(directory);
        WriteCsv(Path.Combine(directory, "accounts.csv"), new[] { "Id", "DisplayName", "FirstName", "LastName", "Email", "UserPrincipalName", "ProxyAddresses", "MobilePhone" },
            Accounts.Select(a => new[] { a.Id, a.DisplayName, a.FirstName, a.LastName, a.Email, a.Upn, a.ProxyAddresses, a.Mobile }));
        WriteCsv(Path.Combine(directory, "contacts.csv"), new[] { "Id", "CompanyId", "FirstName", "LastName", "Email", "Email2", "Email3", "MobilePhone", "Active" },
            Contacts.Select(c => new[] { c.Id, c.CompanyId, c.FirstName, c.LastName, c.Email, c.Email2, c.Email3, c.Mobile, c.Active ? "true" : "false" }));
        WriteCsv(Path.Combine(directory, "truth.csv"), new[] { "AccountId", "ContactId" },
            Truth.Select(t => new[] { t.Key, t.Value ?? string.Empty }));
        WriteCsv(Path.Combine(directory, "cases.csv"), new[] { "AccountId", "Case" }, CaseOf.Select(c => new[] { c.Key, c.Value }));
    }

    public static void WriteCsv(string path, string[] header, IEnumerable<string[]> rows)
    {
        var temp = path + ".tmp";
        using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false)))
        {
            writer.WriteLine(string.Join(",", header.Select(Quote)));
            foreach (var row in rows) writer.WriteLine(string.Join(",", row.Select(Quote)));
        }
        File.Move(temp, path, overwrite: true);
    }

    private static string Quote(string value) =>
        value.IndexOfAny(new[] { ',', '"', '\n', '\r', ';' }) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;

    public static string Format(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
