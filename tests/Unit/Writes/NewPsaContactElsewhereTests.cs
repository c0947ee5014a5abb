using System.Linq;
using System.Management.Automation;
using System.Text.Json.Nodes;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Writes;

/// <summary>
/// Round 60b (c3, Fabrikam): one customer spread over two PSA companies. New-PsaContact looked the address up in the company it
/// creates in only, and made a second contact for people already on the other company. It now asks the whole PSA, in batches.
/// </summary>
public class NewPsaContactElsewhereTests : IClassFixture<WriteTenant>
{
    private readonly WriteTenant _sim;

    public NewPsaContactElsewhereTests(WriteTenant sim)
    {
        _sim = sim;
        _sim.Fresh();
    }

    private const int CwFabrikam = 19302;
    private const int AtFabrikam = 29683519;

    /// <summary>The sample tenant with these people added to Fabrikam Inc as contacts (each with its email), then a fresh request log.</summary>
    private void SeedFabrikam(string psa, params (string First, string Last, string Email, bool Active)[] people)
    {
        var tenant = JsonNode.Parse(System.IO.File.ReadAllText(System.IO.Path.Combine(RepoPaths.Root, "samples", "sample-tenant.json")))!;
        var contacts = tenant[psa == "ConnectWise" ? "connectWise" : "autotask"]!["contacts"]!.AsArray();
        var id = psa == "ConnectWise" ? 9200 : 39200000;
        foreach (var p in people)
        {
            contacts.Add(psa == "ConnectWise"
                ? new JsonObject
                {
                    ["id"] = id++, ["firstName"] = p.First, ["lastName"] = p.Last, ["company"] = new JsonObject { ["id"] = CwFabrikam }, ["inactiveFlag"] = !p.Active,
                    ["communicationItems"] = new JsonArray(new JsonObject { ["type"] = new JsonObject { ["id"] = 1, ["name"] = "Email - Work" }, ["value"] = p.Email, ["defaultFlag"] = true }),
                }
                : new JsonObject
                {
                    ["id"] = id++, ["companyID"] = AtFabrikam, ["firstName"] = p.First, ["lastName"] = p.Last, ["emailAddress"] = p.Email, ["isActive"] = p.Active ? 1 : 0,
                });
        }
        _sim.Sim.Reset();
        _sim.Sim.Seed((JsonObject)tenant);
        _sim.Sim.Requests.Clear();
    }

    private int Creates(string psa) => psa == "ConnectWise" ? _sim.Count("POST", "company/contacts") : _sim.Count("POST", "/Contacts");

    private static string Store(TempFolder folder) => "-DecisionPath '" + System.IO.Path.Combine(folder.Path, "decisions.json") + "'";

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_row_whose_address_is_on_a_contact_of_another_company_is_refused_under_WhatIf_and_for_real_and_created_with_Force(string psa)
    {
        SeedFabrikam(psa, ("Kayla", "Fox", "Kayla.Fox@contoso.com", true));
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();
        var rows = _sim.Connect(psa) + "$rows = $args | Find-PsaContactMatch -CompanyName 'Contoso Ltd' " + Store(folder) + "\n";
        var accounts = new object[] { WriteTenant.Account("Kayla Fox", "kayla.fox@contoso.com"), WriteTenant.Account("Zed Quinn", "zed.quinn@contoso.com") };

        foreach (var run in new[] { "-WhatIf", "-Confirm:$false" })
        {
            var result = ps.Run(rows + "$rows | Where-Object Status -eq Unmatched | New-PsaContact " + Store(folder) + " " + run, accounts);

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("QuickpassPsa.ContactInOtherCompany,", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ResourceExists, error.CategoryInfo.Category);
            Assert.Contains("The address kayla.fox@contoso.com of Kayla Fox", error.Exception.Message);
            Assert.Contains("the contact Kayla Fox [", error.Exception.Message);
            Assert.Contains("of Fabrikam Inc [" + (psa == "ConnectWise" ? CwFabrikam : AtFabrikam) + "]", error.Exception.Message);
            Assert.Contains("not on a contact of Contoso Ltd", error.Exception.Message);
            Assert.Contains("-Force", error.ErrorDetails.RecommendedAction);
            Assert.IsType<ContactMatch>(error.TargetObject);
        }
        Assert.Equal(1, Creates(psa)); // Zed, for real; never Kayla

        var forced = ps.Run(rows + "$rows | Where-Object { $_.Status -eq 'Unmatched' -and $_.Account.Email -like 'kayla*' } | New-PsaContact -Force -Confirm:$false " + Store(folder), accounts);
        Assert.Empty(forced.Errors);
        Assert.Equal("kayla.fox@contoso.com", Assert.Single(forced.Objects<ContactMatch>()).Account.Email);
        Assert.Equal(2, Creates(psa));
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void An_account_piped_in_directly_is_refused_alike_and_an_inactive_contact_elsewhere_stops_nothing(string psa)
    {
        SeedFabrikam(psa, ("Kayla", "Fox", "kayla.fox@contoso.com", true), ("Omar", "Reyes", "omar.reyes@contoso.com", false));
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();

        var result = ps.Run(_sim.Connect(psa) + "$args | New-PsaContact -CompanyName 'Contoso Ltd' -Confirm:$false " + Store(folder),
            WriteTenant.Account("Kayla Fox", "kayla.fox@contoso.com"), WriteTenant.Account("Omar Reyes", "omar.reyes@contoso.com"));

        Assert.StartsWith("QuickpassPsa.ContactInOtherCompany,", Assert.Single(result.Errors).FullyQualifiedErrorId);
        // A former employee of the other company (inactive there) who now works here gets a contact here.
        Assert.Equal("omar.reyes@contoso.com", Assert.Single(result.Objects<ContactMatch>()).Account.Email);
        Assert.Equal(1, Creates(psa));
    }

    [Theory]
    [InlineData("ConnectWise", 25)]
    [InlineData("Autotask", 5)]
    public void The_run_s_addresses_are_looked_up_in_the_whole_PSA_in_a_few_requests(string psa, int most)
    {
        SeedFabrikam(psa, ("Kayla", "Fox", "kayla.fox@contoso.com", true));
        using var ps = PowerShellHost.WithModule();
        using var folder = new TempFolder();
        var accounts = Enumerable.Range(1, 250).Select(i => (object)WriteTenant.Account("New Hire" + i, "new.hire" + i + "@contoso.com", first: "New", last: "Hire" + i)).ToArray();

        var result = ps.Run(_sim.Connect(psa) + "$args | Find-PsaContactMatch -CompanyName 'Contoso Ltd' -Status Unmatched " + Store(folder) + " | New-PsaContact -WhatIf " + Store(folder), accounts);

        Assert.Empty(result.Errors);
        var requests = _sim.Sim.Requests.Entries();
        var lookups = psa == "ConnectWise"
            ? requests.Count(e => e.Path.EndsWith("company/contacts", System.StringComparison.OrdinalIgnoreCase) && e.Query.Contains("childConditions", System.StringComparison.OrdinalIgnoreCase))
            : requests.Count(e => e.Path.EndsWith("Contacts/query", System.StringComparison.OrdinalIgnoreCase)) - 2; // less the company's two reads (Find's and New's)
        // 250 rows in batches of 100: about 15 addresses to a ConnectWise request within its URL limit, 100 to an Autotask query.
        Assert.InRange(lookups, 1, most);
        Assert.All(requests.Where(e => e.Method == "GET"), e => Assert.True(e.Path.Length + e.Query.Length < 1_900, e.Path + e.Query));
    }
}
