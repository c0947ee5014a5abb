using System.Linq;
using System.Threading;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Writes;

/// <summary>
/// Round 61b F1: two New-PsaContact runs at once on one company (two scheduled jobs) both read the company before either
/// created, and both created every new contact. Creates of one company are serialised by a lock beside the decision store, and
/// under it the address is asked of the PSA again: the second run finds what the first created.
/// </summary>
public class NewPsaContactConcurrentRunsTests : IClassFixture<WriteTenant>
{
    private readonly WriteTenant _sim;

    public NewPsaContactConcurrentRunsTests(WriteTenant sim)
    {
        _sim = sim;
        _sim.Fresh();
    }

    private static readonly string[] Names = Enumerable.Range(1, 12).Select(i => "Hire" + (char)('a' + i) + " Newperson" + (char)('a' + i)).ToArray();

    private static Core.Accounts.Account[] Hires() => Names.Select(n => WriteTenant.Account(n, n.ToLowerInvariant().Replace(' ', '.') + "@contoso.com")).ToArray();

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void Two_runs_at_once_on_one_company_create_each_contact_once_and_the_second_returns_it_as_found(string psa)
    {
        using var folder = new TempFolder();
        var store = System.IO.Path.Combine(folder.Path, "decisions.json");
        var results = new PsResult[2];
        using var start = new Barrier(2);
        var threads = Enumerable.Range(0, 2).Select(i => new Thread(() =>
        {
            using var ps = PowerShellHost.WithModule();
            ps.Run(_sim.Connect(psa));
            start.SignalAndWait();
            results[i] = ps.Run($"$args | New-PsaContact -CompanyName 'Contoso Ltd' -DecisionPath '{store}'", Hires().Cast<object>().ToArray());
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        using var check = PowerShellHost.WithModule();
        check.Run(_sim.Connect(psa));
        foreach (var hire in Hires())
        {
            var stored = check.Run("Get-PsaContact -CompanyName 'Contoso Ltd' -Email '" + hire.Email + "' -IncludeInactive").Objects<PsaContact>().ToArray();
            Assert.Single(stored);
        }
        foreach (var result in results)
        {
            Assert.Null(result.TerminatingError);
            Assert.Empty(result.Errors);
            var rows = result.Objects<ContactMatch>().ToList();
            Assert.Equal(Names.Length, rows.Count);
            Assert.All(rows, r => Assert.Equal(MatchStatus.Matched, r.Status));
        }
        // Each account was either created by one run and found by the other: 12 creates in all, one link each.
        Assert.Equal(Names.Length, _sim.Count("POST", psa == "ConnectWise" ? "company/contacts" : "Contacts"));
        var links = new DecisionStore(store).Read();
        Assert.Equal(Names.Length, links.Count);
        Assert.Equal(Names.Length, links.Select(l => l.ContactId).Distinct().Count());
    }
}

/// <summary>What the create lock's lookup costs (round 61b): one request per contact created, on both PSAs.</summary>
public class NewPsaContactCreateLockCostTests : IClassFixture<WriteTenant>
{
    private readonly WriteTenant _sim;

    public NewPsaContactCreateLockCostTests(WriteTenant sim)
    {
        _sim = sim;
        _sim.Fresh();
    }

    /// <summary>Contact reads: ConnectWise GETs of company/contacts, Autotask Contacts queries.</summary>
    private int ContactReads(string psa) => psa == "ConnectWise"
        ? _sim.Sim.Requests.Entries().Count(e => e.Method == "GET" && e.Path.EndsWith("company/contacts", System.StringComparison.OrdinalIgnoreCase))
        : _sim.Sim.Requests.Entries().Count(e => e.Method == "POST" && e.Path.EndsWith("Contacts/query", System.StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_hundred_creates_cost_one_lookup_each_under_the_lock(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();
        var store = System.IO.Path.Combine(folder.Path, "decisions.json");
        var hires = Enumerable.Range(0, 100).Select(i => WriteTenant.Account("Hire Person" + Letters(i), "hire.person" + Letters(i) + "@contoso.com")).Cast<object>().ToArray();
        ps.Run(_sim.Connect(psa));
        _sim.Sim.Requests.Clear();

        var result = ps.Run($"$args | New-PsaContact -CompanyName 'Contoso Ltd' -DecisionPath '{store}'", hires);

        Assert.Empty(result.Errors);
        Assert.Equal(100, result.Objects<ContactMatch>().Count());
        var reads = ContactReads(psa);
        var withoutLock = psa == "ConnectWise" ? 1 + 5 : 1 + 1; // the company's read and the PSA-wide batched lookup (5 URLs on ConnectWise, 1 query on Autotask)
        Assert.Equal(withoutLock + 100, reads);
    }

    private static string Letters(int i) => ((char)('a' + i / 26)).ToString() + (char)('a' + i % 26);
}

/// <summary>
/// Round 61b F7: with a decision store it could not write, New-PsaContact created 13 contacts and then failed to store their
/// links. The store is checked (its lock taken and released) before the first create: the command stops before anything is sent.
/// </summary>
public class NewPsaContactUnwritableStoreTests : IClassFixture<WriteTenant>
{
    private readonly WriteTenant _sim;

    public NewPsaContactUnwritableStoreTests(WriteTenant sim)
    {
        _sim = sim;
        _sim.Fresh();
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_store_that_cannot_be_written_stops_the_command_before_the_first_create(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();
        var store = System.IO.Path.Combine(folder.Path, "decisions.json");
        System.IO.File.WriteAllText(store, "{\"formatVersion\":1,\"decisions\":[]}");
        System.IO.File.SetAttributes(store, System.IO.FileAttributes.ReadOnly);
        try
        {
            ps.Run(_sim.Connect(psa));
            _sim.Sim.Requests.Clear();

            var result = ps.Run($"$args | New-PsaContact -CompanyName 'Contoso Ltd' -DecisionPath '{store}'",
                WriteTenant.Account("Zed Quinn", "zed.quinn@contoso.com"), WriteTenant.Account("Amy Quinn", "amy.quinn@contoso.com"));

            Assert.NotNull(result.TerminatingError);
            Assert.StartsWith("QuickpassPsa.DecisionStoreUnavailable", result.TerminatingError!.FullyQualifiedErrorId);
            Assert.Contains("read-only", result.TerminatingError.Exception.Message);
            Assert.Equal(0, _sim.Writes());
            Assert.Empty(result.Objects<ContactMatch>());
        }
        finally
        {
            System.IO.File.SetAttributes(store, System.IO.FileAttributes.Normal);
        }
    }
}
