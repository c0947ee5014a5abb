using System.Diagnostics;
using System.Text.Json.Nodes;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Autotask;
using QuickpassPsa.Core.Psa.ConnectWise;
using QuickpassPsa.Core.Psa.Http;
using QuickpassPsa.Simulator;

namespace QuickpassPsa.Bench.Commands;

/// <summary>
/// fetch [--contacts 25000] [--accounts 1000]: one company's contacts from the in-process simulator through
/// the real clients (all pages) against the naive approach of one email query per account. Prints requests
/// (from the simulator's log) and wall time for both PSAs.
/// </summary>
internal static class FetchCommand
{
    public static int Run(Arguments args)
    {
        var contactCount = args.Int("contacts", 25_000);
        var accountCount = args.Int("accounts", 1_000);
        RunAsync(contactCount, accountCount).GetAwaiter().GetResult();
        return 0;
    }

    private static async Task RunAsync(int contactCount, int accountCount)
    {
        // No ConnectWise per-minute budget: the benchmark measures the client's paging, not the throttle.
        await using var sim = await PsaSimulator.StartAsync(new PsaSimulatorOptions { ConnectWise = { RequestsPerMinute = null } });
        sim.Seed(Seed(contactCount));

        var connectWise = new ConnectWiseClient(new ConnectWiseConnectionInfo
        {
            Server = sim.ConnectWiseSite, CompanyId = "qpsa", ClientId = "bench", PublicKey = Secrets.ToSecure("qpsa-public"), PrivateKey = Secrets.ToSecure("qpsa-private"),
        }, new PsaHttpOptions());
        var autotask = new AutotaskClient(new AutotaskConnectionInfo
        {
            UserName = "api@qpsa.test", Secret = Secrets.ToSecure("qpsa-secret"), IntegrationCode = Secrets.ToSecure("QPSA-TRACKING"), ZoneUrl = sim.AutotaskZoneUrl,
        }, new PsaHttpOptions());

        foreach (var (name, client, companyId) in new (string, IPsaClient, string)[] { ("ConnectWise", connectWise, "1"), ("Autotask", autotask, "1") })
        {
            await client.ValidateAsync(CancellationToken.None);
            var (all, requests, ms) = await Measure(sim, () => client.GetContactsAsync(new ContactQuery { CompanyId = companyId }, null, CancellationToken.None));
            Console.WriteLine($"{name}: {all.Count:N0} contacts in {requests:N0} requests, {ms:N0} ms (all pages)");

            var emails = all.Take(accountCount).Select(c => c.Emails[0]).ToList();
            var (_, naiveRequests, naiveMs) = await Measure(sim, async () =>
            {
                var found = 0;
                foreach (var email in emails) found += (await client.GetContactsAsync(new ContactQuery { CompanyId = companyId, Email = email }, null, CancellationToken.None)).Count;
                return (IReadOnlyList<PsaContact>)new PsaContact[found];
            });
            Console.WriteLine($"{name}: naive, one email query per account for {emails.Count:N0} accounts: {naiveRequests:N0} requests, {naiveMs:N0} ms");
            client.Dispose();
        }
    }

    private static async Task<(IReadOnlyList<PsaContact> Result, int Requests, double Ms)> Measure(PsaSimulator sim, Func<Task<IReadOnlyList<PsaContact>>> work)
    {
        var before = sim.Requests.Entries().Count;
        var clock = Stopwatch.StartNew();
        var result = await work();
        clock.Stop();
        return (result, sim.Requests.Entries().Count - before, clock.Elapsed.TotalMilliseconds);
    }

    private static JsonObject Seed(int count)
    {
        var cwContacts = new JsonArray();
        var atContacts = new JsonArray();
        for (var i = 1; i <= count; i++)
        {
            cwContacts.Add(new JsonObject
            {
                ["id"] = i, ["firstName"] = "First" + i, ["lastName"] = "Last" + i, ["company"] = new JsonObject { ["id"] = 1 },
                ["communicationItems"] = new JsonArray { new JsonObject { ["type"] = new JsonObject { ["id"] = 1 }, ["value"] = "user" + i + "@big.example", ["defaultFlag"] = true } },
            });
            atContacts.Add(new JsonObject
            {
                ["id"] = i, ["companyID"] = 1, ["firstName"] = "First" + i, ["lastName"] = "Last" + i, ["emailAddress"] = "user" + i + "@big.example", ["isActive"] = 1,
            });
        }
        return new JsonObject
        {
            ["connectWise"] = new JsonObject
            {
                ["companies"] = new JsonArray { new JsonObject { ["id"] = 1, ["identifier"] = "Big", ["name"] = "Big Co" } },
                ["communicationTypes"] = new JsonArray { new JsonObject { ["id"] = 1, ["description"] = "Email", ["emailFlag"] = true, ["phoneFlag"] = false, ["faxFlag"] = false, ["defaultFlag"] = true } },
                ["contacts"] = cwContacts,
            },
            ["autotask"] = new JsonObject
            {
                ["companies"] = new JsonArray { new JsonObject { ["id"] = 1, ["companyName"] = "Big Co", ["isActive"] = true } },
                ["contacts"] = atContacts,
            },
        };
    }
}
