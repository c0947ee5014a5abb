using System;
using System.Collections;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text.Json.Nodes;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.ConnectWise;
using QuickpassPsa.Core.Psa.ConnectWise.CommunicationTypes;
using QuickpassPsa.Simulator.Infrastructure;
using QuickpassPsa.Tests.Infrastructure;
using QuickpassPsa.Tests.Writes;

namespace QuickpassPsa.Tests.CommunicationTypes;

/// <summary>
/// Get-, Test- and Repair-CwCommunicationType in hosted PowerShell against the simulator over HTTP, with tables
/// seeded the way real ones break (issue 11). Each test asserts the findings, the requests sent and the table after.
/// </summary>
public class CwCommunicationTypeCmdletTests : IClassFixture<WriteTenant>
{
    private static readonly string SamplePath = Path.Combine(RepoPaths.Root, "samples", "sample-tenant.json");
    private readonly WriteTenant _sim;

    public CwCommunicationTypeCmdletTests(WriteTenant sim)
    {
        _sim = sim;
        _sim.Fresh();
    }

    /// <summary>The sample tenant's companies with this communication types table (and no contacts, whose items name the sample's types).</summary>
    private void SeedTypes(params (int Id, string Description, string Flags)[] types)
    {
        var document = (JsonObject)JsonNode.Parse(File.ReadAllText(SamplePath))!;
        var cw = (JsonObject)document["connectWise"]!;
        cw["contacts"] = new JsonArray();
        cw["communicationTypes"] = new JsonArray(types.Select(t => (JsonNode)new JsonObject
        {
            ["id"] = t.Id,
            ["description"] = t.Description,
            ["emailFlag"] = t.Flags.Contains('e'),
            ["phoneFlag"] = t.Flags.Contains('p'),
            ["faxFlag"] = t.Flags.Contains('f'),
            ["defaultFlag"] = t.Flags.Contains('d'),
        }).ToArray());
        _sim.Sim.Reset();
        _sim.Sim.Seed(document);
        _sim.Sim.Requests.Clear();
    }

    private PsResult Run(PowerShellHost ps, string script, params object[] args) => ps.Run(_sim.Connect("ConnectWise") + script, args);

    /// <summary>The table as the simulator now has it, read through Get-CwCommunicationType (id, description).</summary>
    private static (int, string)[] Table(PowerShellHost ps) =>
        ps.Run("Get-CwCommunicationType").Objects<CwCommunicationType>().Select(t => (t.Id, t.Description)).OrderBy(t => t.Id).ToArray();

    private int TypeWrites() => _sim.Sim.Requests.Entries().Count(e => e.Method != "GET" && e.Path.IndexOf("communicationTypes", StringComparison.OrdinalIgnoreCase) >= 0);

    [Fact]
    public void Get_returns_every_type_with_its_flags_crossreferences_and_usage()
    {
        using var ps = PowerShellHost.WithModule();

        var types = Run(ps, "Get-CwCommunicationType -IncludeUsage").Objects<CwCommunicationType>();

        Assert.Equal(10, types.Count);
        var direct = types.Single(t => t.Id == 2);
        Assert.Equal(("Direct ", true, false, true, "Business", "work", "Work", "work"),
            (direct.Description, direct.PhoneFlag, direct.EmailFlag, direct.DefaultFlag, direct.ExchangeXref, direct.IphoneXref, direct.AndroidXref, direct.GoogleXref));
        var sample = JsonNode.Parse(File.ReadAllText(SamplePath))!["connectWise"]!["contacts"]!.AsArray();
        var emailWorkItems = sample.Sum(c => c!["communicationItems"]?.AsArray().Count(i => (int?)i!["type"]!["id"] == 1 ||
            string.Equals((string?)i["type"]!["name"], "Email - Work", StringComparison.OrdinalIgnoreCase)) ?? 0);
        Assert.True(emailWorkItems > 0);
        Assert.Equal(emailWorkItems, types.Single(t => t.Id == 1).UsageCount);
        Assert.Equal(10, _sim.Count("GET", "/usages"));
        Assert.All(Run(ps, "Get-CwCommunicationType").Objects<CwCommunicationType>(), t => Assert.Null(t.UsageCount));
    }

    [Fact]
    public void The_sample_table_Email_Work_and_Direct_with_a_space_is_found_repaired_and_then_clean()
    {
        using var ps = PowerShellHost.WithModule();

        var findings = Run(ps, "Test-CwCommunicationType").Objects<CwCommunicationTypeFinding>();

        Assert.Equal([(CwTypeFindingCode.DescriptionSpacing, 2, "Direct"), (CwTypeFindingCode.EmailTypeMissing, 1, "Email")],
            findings.Select(f => (f.Code, f.TargetId!.Value, f.NewDescription!)).ToArray());
        _sim.Sim.Requests.Clear();

        var repair = Run(ps, "Repair-CwCommunicationType -Confirm:$false");

        Assert.Null(repair.TerminatingError);
        Assert.Empty(repair.Errors);
        var changes = repair.Objects<CwCommunicationTypeChange>();
        Assert.Equal([(2, "'Direct '", "'Direct'"), (1, "'Email - Work'", "'Email'")], changes.Select(c => (c.TypeId, c.BeforeDescription, c.AfterDescription)).ToArray());
        Assert.Equal("Email - Work", changes[1].Before!.Description);
        Assert.Equal("Email", changes[1].After!.Description);
        Assert.Equal(2, _sim.Count("PATCH", "communicationTypes/"));
        Assert.Equal(2, TypeWrites());
        Assert.Contains((1, "Email"), Table(ps));
        Assert.Contains((2, "Direct"), Table(ps));
        Assert.Empty(Run(ps, "Test-CwCommunicationType").Output);
    }

    [Fact]
    public void Mobile_Phone_only_is_renamed_and_New_PsaContact_then_writes_Email_and_Mobile_items_with_the_repaired_types_without_a_warning()
    {
        SeedTypes((1, "Email - Work", "ed"), (2, "Direct", "pd"), (3, "Mobile Phone", "p"));
        using var ps = PowerShellHost.WithModule();

        var findings = Run(ps, "Test-CwCommunicationType").Objects<CwCommunicationTypeFinding>();
        Assert.Equal([(CwTypeFindingCode.EmailTypeMissing, 1, "Email"), (CwTypeFindingCode.MobileTypeMissing, 3, "Mobile")],
            findings.Select(f => (f.Code, f.TargetId!.Value, f.NewDescription!)).ToArray());

        var repair = ps.Run("Repair-CwCommunicationType -Confirm:$false");
        Assert.Empty(repair.Errors);
        Assert.Equal([(1, "Email"), (2, "Direct"), (3, "Mobile")], Table(ps));

        var created = ps.Run("$args | New-PsaContact -CompanyName 'Contoso Ltd'", WriteTenant.Account("Zed Quinn", "zed.quinn@contoso.com", "+1 206 555 0199"));

        Assert.Empty(created.Errors);
        Assert.Empty(created.Warnings);
        var contact = ps.Run("Get-PsaContact -CompanyName 'Contoso Ltd' -Email 'zed.quinn@contoso.com'").Objects<PsaContact>().Single();
        var items = ((object[])contact.Raw!["communicationItems"]!).Cast<Hashtable>()
            .Select(i => ((long)((Hashtable)i["type"]!)["id"]!, (string)((Hashtable)i["type"]!)["name"]!, (string)i["communicationType"]!, (string)i["value"]!)).ToArray();
        Assert.Equal([(1L, "Email", "Email", "zed.quinn@contoso.com"), (3L, "Mobile", "Phone", "+1 206 555 0199")], items);
    }

    [Fact]
    public void Cell_and_Mobile_both_present_is_ready_and_nothing_is_written()
    {
        SeedTypes((1, "Email", "ed"), (2, "Direct", "pd"), (3, "Cell", "p"), (4, "Mobile", "p"));
        using var ps = PowerShellHost.WithModule();

        Assert.Empty(Run(ps, "Test-CwCommunicationType").Output);
        Assert.Empty(ps.Run("Test-CwCommunicationType -Preferred Cell").Output);
        var repair = ps.Run("Repair-CwCommunicationType -Confirm:$false");

        Assert.Empty(repair.Errors);
        Assert.Empty(repair.Output);
        Assert.Equal(0, TypeWrites());
    }

    [Fact]
    public void Email_with_a_trailing_space_is_trimmed_by_a_PATCH_of_its_description()
    {
        SeedTypes((1, "Email ", "ed"), (2, "Direct", "pd"), (3, "Mobile", "p"));
        using var ps = PowerShellHost.WithModule();

        var finding = Assert.Single(Run(ps, "Test-CwCommunicationType").Objects<CwCommunicationTypeFinding>());
        Assert.Equal((CwTypeFindingCode.DescriptionSpacing, CwTypeSeverity.Warning, "'Email '"), (finding.Code, finding.Severity, finding.Types.Single()));

        var change = Assert.Single(ps.Run("Repair-CwCommunicationType -Confirm:$false").Objects<CwCommunicationTypeChange>());

        Assert.Equal(("'Email '", "'Email'", CwTypeRepairAction.Rename), (change.BeforeDescription, change.AfterDescription, change.Action));
        Assert.Equal(1, _sim.Count("PATCH", "communicationTypes/1"));
        Assert.Equal([(1, "Email"), (2, "Direct"), (3, "Mobile")], Table(ps));
    }

    [Fact]
    public void A_clean_table_has_no_findings_and_Repair_writes_nothing()
    {
        SeedTypes((1, "Email", "ed"), (2, "Direct", "pd"), (3, "Fax", "f"), (4, "Mobile", "p"));
        using var ps = PowerShellHost.WithModule();

        var test = Run(ps, "Test-CwCommunicationType");
        var repair = ps.Run("Repair-CwCommunicationType -Confirm:$false");

        Assert.Empty(test.Output);
        Assert.Contains(test.Verbose, v => v.Contains("ready for Quickpass"));
        Assert.Empty(repair.Output);
        Assert.Empty(repair.Errors);
        Assert.Equal(0, TypeWrites());
    }

    [Fact]
    public void WhatIf_shows_each_change_and_sends_no_write()
    {
        using var ps = PowerShellHost.WithModule();

        var result = Run(ps, "Repair-CwCommunicationType -WhatIf");

        Assert.Null(result.TerminatingError);
        Assert.Empty(result.Errors);
        Assert.Empty(result.Output);
        Assert.Equal(0, TypeWrites());
        Assert.Equal(2, Run(ps, "Test-CwCommunicationType").Output.Count);
    }

    [Fact]
    public void A_rename_target_that_already_exists_is_not_written_and_says_how_to_merge()
    {
        SeedTypes((1, "Email", "ed"), (2, "Email ", "e"), (3, "Direct", "pd"), (4, "Mobile", "p"));
        using var ps = PowerShellHost.WithModule();

        var findings = Run(ps, "Test-CwCommunicationType").Objects<CwCommunicationTypeFinding>();
        Assert.Equal([CwTypeFindingCode.DescriptionSpacing, CwTypeFindingCode.DuplicateDescription], findings.Select(f => f.Code).ToArray());

        var repair = ps.Run("Repair-CwCommunicationType -Confirm:$false");

        Assert.Null(repair.TerminatingError);
        Assert.Empty(repair.Output);
        Assert.Equal(2, repair.Errors.Count);
        Assert.All(repair.Errors, e => Assert.StartsWith("QuickpassPsa.CommunicationTypeNotRepaired,", e.FullyQualifiedErrorId));
        Assert.All(repair.Errors, e => Assert.Equal(ErrorCategory.ResourceExists, e.CategoryInfo.Category));
        Assert.All(repair.Errors, e => Assert.IsType<CwCommunicationTypeFinding>(e.TargetObject));
        Assert.Contains("'Email' (id 1) already has that name", repair.Errors[0].Exception.Message);
        Assert.Contains("Merge by hand", repair.Errors[0].Exception.Message);
        Assert.Equal(0, TypeWrites());
        Assert.Equal([(1, "Email"), (2, "Email "), (3, "Direct"), (4, "Mobile")], Table(ps));
    }

    [Fact]
    public void A_403_on_a_write_names_the_permission_and_the_other_type_is_still_repaired()
    {
        using var ps = PowerShellHost.WithModule();
        ps.Run(_sim.Connect("ConnectWise"));
        _sim.Sim.Faults.Set(new FaultSettings { FailNextStatus = 403, FailNextCount = 1, FailNextMethod = "PATCH" });

        var result = ps.Run("Repair-CwCommunicationType -Confirm:$false");

        Assert.Null(result.TerminatingError);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("QuickpassPsa.SetupTablePermissionDenied,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.PermissionDenied, error.CategoryInfo.Category);
        Assert.Contains("Table Setup", error.ErrorDetails.RecommendedAction);
        Assert.Contains("Communication Type", error.ErrorDetails.RecommendedAction);
        Assert.Equal(CwTypeFindingCode.DescriptionSpacing, Assert.IsType<CwCommunicationTypeFinding>(error.TargetObject).Code);
        var change = Assert.Single(result.Objects<CwCommunicationTypeChange>());
        Assert.Equal((1, "'Email'"), (change.TypeId, change.AfterDescription));
        Assert.Contains((2, "Direct "), Table(ps));
        Assert.Contains((1, "Email"), Table(ps));
    }

    [Fact]
    public void Piped_findings_repair_only_those()
    {
        using var ps = PowerShellHost.WithModule();

        var changes = Run(ps, "Test-CwCommunicationType | Where-Object Code -eq DescriptionSpacing | Repair-CwCommunicationType -Confirm:$false").Objects<CwCommunicationTypeChange>();

        Assert.Equal(2, Assert.Single(changes).TypeId);
        Assert.Equal(1, TypeWrites());
        Assert.Contains((1, "Email - Work"), Table(ps));
    }

    [Fact]
    public void A_finding_read_back_with_Import_Clixml_binds_to_Repair()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "findings.xml");
        using var ps = PowerShellHost.WithModule();

        var result = Run(ps, "Test-CwCommunicationType | Export-Clixml -LiteralPath $args[0]; Import-Clixml -LiteralPath $args[0] | Where-Object Code -eq EmailTypeMissing | Repair-CwCommunicationType -Confirm:$false", path);

        Assert.Empty(result.Errors);
        var change = Assert.Single(result.Objects<CwCommunicationTypeChange>());
        Assert.Equal((1, CwTypeFindingCode.EmailTypeMissing, "'Email'"), (change.TypeId, change.Code, change.AfterDescription));
    }

    [Fact]
    public void Without_any_mobile_like_type_the_preferred_one_is_created()
    {
        SeedTypes((1, "Email", "ed"), (2, "Direct", "pd"));
        using var ps = PowerShellHost.WithModule();

        var change = Assert.Single(Run(ps, "Repair-CwCommunicationType -Preferred Cell -Confirm:$false").Objects<CwCommunicationTypeChange>());

        Assert.Equal((CwTypeRepairAction.Create, "", "'Cell'"), (change.Action, change.BeforeDescription, change.AfterDescription));
        Assert.True(change.After!.PhoneFlag);
        Assert.Equal(1, _sim.Count("POST", "communicationTypes"));
        Assert.Contains((change.TypeId, "Cell"), Table(ps));
    }

    [Theory]
    [InlineData("Get-CwCommunicationType")]
    [InlineData("Test-CwCommunicationType")]
    [InlineData("Repair-CwCommunicationType -Confirm:$false")]
    public void On_an_Autotask_connection_each_command_stops_with_ConnectWise_only(string command)
    {
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run(_sim.Connect("Autotask") + command);

        Assert.NotNull(result.TerminatingError);
        Assert.StartsWith("QuickpassPsa.NotSupportedForPsa,", result.TerminatingError!.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.NotImplemented, result.TerminatingError.CategoryInfo.Category);
        Assert.IsType<PsaConnection>(result.TerminatingError.TargetObject);
        Assert.Contains("ConnectWise", result.TerminatingError.ErrorDetails.RecommendedAction);
        Assert.Equal(0, _sim.Writes());
    }

    [Fact]
    public void An_edited_finding_is_refused_as_that_items_error_and_the_next_is_repaired()
    {
        using var ps = PowerShellHost.WithModule();
        var edited = new CwCommunicationTypeFinding { Code = CwTypeFindingCode.EmailTypeMissing, Action = CwTypeRepairAction.Rename, TargetId = 1, NewDescription = " " };
        var good = new CwCommunicationTypeFinding { Code = CwTypeFindingCode.DescriptionSpacing, Action = CwTypeRepairAction.Rename, TargetId = 2, NewDescription = "Direct" };

        var result = Run(ps, "$args | Repair-CwCommunicationType -Confirm:$false", edited, good);

        Assert.Null(result.TerminatingError);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("QuickpassPsa.CommunicationTypeFindingInvalid,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
        Assert.Same(edited, error.TargetObject);
        // Round 47c: no "(Parameter 'finding')" from the Core exception, in the message or the record's exception.
        Assert.Equal("The finding cannot be repaired: A rename finding needs a NewDescription.", error.ErrorDetails!.Message);
        Assert.Equal(error.ErrorDetails.Message, error.Exception.Message);
        Assert.Equal(2, Assert.Single(result.Objects<CwCommunicationTypeChange>()).TypeId);
        Assert.Equal(1, TypeWrites());
    }
}
