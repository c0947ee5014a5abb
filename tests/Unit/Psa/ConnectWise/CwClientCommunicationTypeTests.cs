using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Tests.Simulator;
using QuickpassPsa.Tests.Simulator.ConnectWise;

namespace QuickpassPsa.Tests.Psa.ConnectWise;

/// <summary>psa-api.md A3/A5: the communication types setup table: list, create, patch, usages.</summary>
public class CwClientCommunicationTypeTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _fixture;

    public CwClientCommunicationTypeTests(SimulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Sim.Reset();
        fixture.Seed(Cw.StandardSeed);
    }

    [Fact]
    public async Task A3_list_maps_every_flag()
    {
        using var h = new CwClientHarness(_fixture);

        var types = await h.Client.GetCommunicationTypesAsync(CancellationToken.None);

        Assert.Equal(new[] { 1, 2, 4, 5, 6 }, types.Select(t => t.Id).ToArray());
        var email = types[0];
        Assert.Equal("Email", email.Description);
        Assert.True(email.EmailFlag);
        Assert.False(email.PhoneFlag);
        Assert.True(email.DefaultFlag);
        Assert.True(types[2].PhoneFlag);
        Assert.True(types[3].FaxFlag);
        Assert.Equal("Mobile", (string)types[2].Raw!["description"]!);
    }

    [Fact]
    public async Task A3_create_then_patch_then_usages()
    {
        using var h = new CwClientHarness(_fixture);

        var cell = await h.Client.CreateCommunicationTypeAsync("Cell Phone", emailFlag: false, phoneFlag: true, faxFlag: false, defaultFlag: false, CancellationToken.None);
        Assert.True(cell.Id > 6);
        Assert.Equal("Cell Phone", cell.Description);
        Assert.True(cell.PhoneFlag);

        var renamed = await h.Client.PatchCommunicationTypeAsync(cell.Id, new (string, string, object?)[] { ("replace", "description", "Cell"), ("replace", "defaultFlag", true) }, CancellationToken.None);
        Assert.Equal("Cell", renamed.Description);
        Assert.True(renamed.DefaultFlag);
        Assert.Contains(await h.Client.GetCommunicationTypesAsync(CancellationToken.None), t => t.Id == cell.Id && t.Description == "Cell");
        Assert.Single(await h.Logged("company/communicationTypes/" + cell.Id, "PATCH"));

        Assert.Equal(4, await h.Client.GetCommunicationTypeUsageCountAsync(1, CancellationToken.None));
        Assert.Equal(0, await h.Client.GetCommunicationTypeUsageCountAsync(cell.Id, CancellationToken.None));
    }

    [Fact]
    public async Task A3_a_rename_shows_on_contacts_read_afterwards()
    {
        using var h = new CwClientHarness(_fixture);

        await h.Client.PatchCommunicationTypeAsync(4, new (string, string, object?)[] { ("replace", "description", "Cell") }, CancellationToken.None);
        var ann = (await h.Client.GetContactsAsync(new ContactQuery { CompanyId = "250" }, null, CancellationToken.None)).Single();

        Assert.Equal("+1 206 555 0100", ann.MobilePhone);
    }

    [Fact]
    public async Task A3_errors_are_typed()
    {
        using var h = new CwClientHarness(_fixture);

        var duplicate = await Assert.ThrowsAsync<PsaApiException>(() => h.Client.CreateCommunicationTypeAsync("email", true, false, false, false, CancellationToken.None));
        var noFlag = await Assert.ThrowsAsync<PsaApiException>(() => h.Client.CreateCommunicationTypeAsync("Nothing", false, false, false, false, CancellationToken.None));
        var missing = await Assert.ThrowsAsync<PsaApiException>(() => h.Client.PatchCommunicationTypeAsync(99, new (string, string, object?)[] { ("replace", "description", "X") }, CancellationToken.None));

        Assert.Equal(400, duplicate.StatusCode);
        Assert.Equal("InvalidObject", duplicate.ErrorCode);
        Assert.Equal(400, noFlag.StatusCode);
        Assert.Equal(404, missing.StatusCode);
        await Assert.ThrowsAsync<ArgumentException>(() => h.Client.PatchCommunicationTypeAsync(1, Array.Empty<(string, string, object?)>(), CancellationToken.None));
    }
}
