using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using QuickpassPsa.Simulator;
using QuickpassPsa.Tests.Infrastructure;
using QuickpassPsa.Tests.Simulator.Autotask;
using QuickpassPsa.Tests.Simulator.ConnectWise;

namespace QuickpassPsa.Tests.Simulator;

/// <summary>samples/sample-tenant.json loads into both simulated PSAs and is served through their APIs.</summary>
public class SampleTenantLoadTests : IClassFixture<SampleTenantLoadTests.SeededFixture>
{
    public sealed class SeededFixture : SimulatorFixture
    {
        protected override PsaSimulatorOptions Options() => new() { SeedPath = Path.Combine(RepoPaths.Root, "samples", "sample-tenant.json") };
    }

    private readonly SeededFixture _fixture;

    public SampleTenantLoadTests(SeededFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task Both_PSAs_hold_the_sample_tenant()
    {
        var state = (await SimulatorFixture.ReadJson(await _fixture.Http.GetAsync("_sim/state")))!;
        var cw = state["ConnectWise"]!.AsObject();
        var at = state["Autotask"]!.AsObject();

        Assert.Equal(299, (int)cw["contacts"]!);
        Assert.Equal(6, (int)cw["companies"]!);
        Assert.Equal(10, (int)cw["communicationTypes"]!);
        Assert.Equal(299, (int)at["Contacts"]!);
        Assert.Equal(6, (int)at["Companies"]!);
    }

    [Fact]
    public async Task The_broken_ConnectWise_type_table_is_served_as_seeded()
    {
        var response = await Cw.Get(_fixture, "company/communicationTypes?pageSize=1000");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var descriptions = (await SimulatorFixture.ReadJson(response))!.AsArray().Select(t => (string)t!["description"]!).ToList();

        Assert.Contains("Email - Work", descriptions);
        Assert.Contains("Cell", descriptions);
        Assert.Contains("Direct ", descriptions);
        Assert.DoesNotContain("Email", descriptions);
    }

    [Fact]
    public async Task Contacts_are_found_by_email_in_both_PSAs()
    {
        var cwResponse = await Cw.Get(_fixture, "company/contacts?childConditions=" + System.Uri.EscapeDataString("communicationItems/communicationType=\"Email\"") + "&pageSize=1000");
        Assert.Equal(HttpStatusCode.OK, cwResponse.StatusCode);
        Assert.True((await SimulatorFixture.ReadJson(cwResponse))!.AsArray().Count > 200);

        var atResult = await _fixture.Query("Contacts", """[{"op":"exist","field":"emailAddress"}]""");
        Assert.True(atResult["items"]!.AsArray().Count > 200);

        var owner = await _fixture.Get("Companies/0");
        Assert.Equal(HttpStatusCode.OK, owner.Status);
        Assert.Equal("Adatum IT Services", (string)owner.Json["item"]!["companyName"]!);
    }
}
