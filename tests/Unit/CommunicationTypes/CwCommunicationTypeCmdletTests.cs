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
using QuickpassPsa.Core.Psa.Writes;
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
    private void SeedTypes(params (int Id, string Description, string Flags)[] types) => SeedTypesAndContacts(new JsonArray(), types);

    /// <summary>As <see cref="SeedTypes"/>, with these ConnectWise contacts.</summary>
    private void SeedTypesAndContacts(JsonArray contacts, params (int Id, string Description, string Flags)[] types) => _sim.SeedCommunicationTypes(contacts, types);

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
    public void Email_with_a_space_beside_Email_is_one_duplicate_finding_and_one_error_never_a_rename_onto_the_taken_name()
    {
        // Round 65b: 'Email ' beside 'Email' was a DescriptionSpacing rename that could never succeed and a DuplicateDescription
        // too: two findings and two errors for one problem on every run.
        SeedTypes((1, "Email", "ed"), (2, "Email ", "e"), (3, "Direct", "pd"), (4, "Mobile", "p"));
        using var ps = PowerShellHost.WithModule();

        var finding = Assert.Single(Run(ps, "Test-CwCommunicationType").Objects<CwCommunicationTypeFinding>());
        Assert.Equal((CwTypeFindingCode.DuplicateDescription, CwTypeRepairAction.Manual), (finding.Code, finding.Action));
        Assert.Equal(["'Email'", "'Email '"], finding.Types);

        var repair = ps.Run("Repair-CwCommunicationType -Confirm:$false");

        Assert.Null(repair.TerminatingError);
        Assert.Empty(repair.Output);
        var error = Assert.Single(repair.Errors);
        Assert.StartsWith("QuickpassPsa.CommunicationTypeNotRepaired,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidOperation, error.CategoryInfo.Category);
        Assert.Equal(CwTypeFindingCode.DuplicateDescription, Assert.IsType<CwCommunicationTypeFinding>(error.TargetObject).Code);
        Assert.Contains("Merge by hand", error.Exception.Message);
        Assert.DoesNotContain("Cannot rename", error.Exception.Message);
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
        var good = Run(ps, "Test-CwCommunicationType").Objects<CwCommunicationTypeFinding>().Single(f => f.Code == CwTypeFindingCode.DescriptionSpacing);

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

    /// <summary>A Contoso Ltd contact with an Email item (type 1) and a phone item of the given type.</summary>
    private static JsonObject ContactWithPhone(int id, string first, string last, string email, int phoneTypeId, string phoneTypeName, string phone) => new()
    {
        ["id"] = id,
        ["firstName"] = first,
        ["lastName"] = last,
        ["company"] = new JsonObject { ["id"] = 19297 },
        ["inactiveFlag"] = false,
        ["communicationItems"] = new JsonArray(
            new JsonObject { ["type"] = new JsonObject { ["id"] = 1, ["name"] = "Email" }, ["value"] = email, ["defaultFlag"] = true },
            new JsonObject { ["type"] = new JsonObject { ["id"] = phoneTypeId, ["name"] = phoneTypeName }, ["value"] = phone, ["defaultFlag"] = true }),
    };

    private static (long TypeId, string TypeName, string Value)[] Items(PsaContact contact) =>
        ((object[])contact.Raw!["communicationItems"]!).Cast<Hashtable>()
            .Select(i => ((long)((Hashtable)i["type"]!)["id"]!, (string)((Hashtable)i["type"]!)["name"]!, (string)i["value"]!)).OrderBy(i => i.Item1).ToArray();

    [Fact]
    public void A_phone_type_named_Email_is_never_made_a_default_and_the_phone_table_keeps_one_default()
    {
        // Round 54 (repro-01): EmailNotDefault made the phone type 'Email' a default beside 'Direct'.
        SeedTypes((1, "Email - Work", "ed"), (2, "Email", "p"), (3, "Direct", "pd"), (4, "Cell", "p"));
        using var ps = PowerShellHost.WithModule();

        var findings = Run(ps, "Test-CwCommunicationType").Objects<CwCommunicationTypeFinding>();
        var repair = ps.Run("Repair-CwCommunicationType -Confirm:$false");

        Assert.Equal([(CwTypeFindingCode.EmailTypeMissing, CwTypeRepairAction.Manual)], findings.Select(f => (f.Code, f.Action)).ToArray());
        Assert.Empty(repair.Output);
        var error = Assert.Single(repair.Errors);
        Assert.Equal(ErrorCategory.InvalidOperation, error.CategoryInfo.Category);
        Assert.Equal(0, TypeWrites());
        var types = ps.Run("Get-CwCommunicationType").Objects<CwCommunicationType>();
        Assert.Equal([3], types.Where(t => t.PhoneFlag && t.DefaultFlag).Select(t => t.Id).ToArray());
    }

    [Fact]
    public void Several_default_email_types_are_reported_up_front_cleared_by_the_repair_and_a_second_repair_is_silent()
    {
        // Round 54 (repro-04): SeveralDefaultEmailTypes came only after a repair, and the second run wrote an error.
        SeedTypes((1, "Email - Work", "ed"), (2, "E-mail", "ed"), (3, "Direct", "pd"), (4, "Cell", "p"), (5, " email", "e"));
        using var ps = PowerShellHost.WithModule();

        var findings = Run(ps, "Test-CwCommunicationType").Objects<CwCommunicationTypeFinding>();
        Assert.Equal([(CwTypeFindingCode.DescriptionSpacing, 5), (CwTypeFindingCode.EmailNotDefault, 5),
                (CwTypeFindingCode.SeveralDefaultEmailTypes, 1), (CwTypeFindingCode.SeveralDefaultEmailTypes, 2)],
            findings.Select(f => (f.Code, f.TargetId!.Value)).ToArray());
        Assert.All(findings.Where(f => f.Code == CwTypeFindingCode.SeveralDefaultEmailTypes), f => Assert.Equal(["defaultFlag"], f.ClearFlags));

        var whatIf = ps.Run("Repair-CwCommunicationType -WhatIf");
        Assert.Empty(whatIf.Errors);
        Assert.Equal(0, TypeWrites());

        var first = ps.Run("Repair-CwCommunicationType -Confirm:$false");
        Assert.Empty(first.Errors);
        var cleared = first.Objects<CwCommunicationTypeChange>().Where(c => c.Code == CwTypeFindingCode.SeveralDefaultEmailTypes).ToList();
        Assert.Equal([(1, CwTypeRepairAction.ClearFlags), (2, CwTypeRepairAction.ClearFlags)], cleared.Select(c => (c.TypeId, c.Action)).ToArray());
        Assert.All(cleared, c => Assert.Equal(["defaultFlag"], c.FlagsCleared));
        var types = ps.Run("Get-CwCommunicationType").Objects<CwCommunicationType>();
        Assert.Equal([5], types.Where(t => t.EmailFlag && t.DefaultFlag).Select(t => t.Id).ToArray());
        Assert.Equal("Email", types.Single(t => t.Id == 5).Description);
        Assert.Empty(ps.Run("Test-CwCommunicationType").Output);

        var writes = TypeWrites();
        var second = ps.Run("Repair-CwCommunicationType -Confirm:$false");
        Assert.Empty(second.Errors);
        Assert.Empty(second.Output);
        Assert.Equal(writes, TypeWrites());
    }

    [Fact]
    public void A_manual_step_is_an_InvalidOperation_error_whose_recommended_action_matches_its_message()
    {
        // No type can be the kept 'Email' (the one so named is a phone type), so the two default email types are left to a person.
        SeedTypes((1, "Email - Work", "ed"), (2, "E-mail", "ed"), (3, "Email", "p"), (4, "Direct", "pd"), (5, "Cell", "p"));
        using var ps = PowerShellHost.WithModule();

        var repair = Run(ps, "Repair-CwCommunicationType -Confirm:$false");

        Assert.Equal(0, TypeWrites());
        var several = Assert.Single(repair.Errors, e => ((CwCommunicationTypeFinding)e.TargetObject).Code == CwTypeFindingCode.SeveralDefaultEmailTypes);
        Assert.Equal(ErrorCategory.InvalidOperation, several.CategoryInfo.Category);
        Assert.Contains("clear the default flag", several.Exception.Message);
        Assert.Contains("by hand", several.ErrorDetails.RecommendedAction);
        Assert.DoesNotContain("Merge", several.ErrorDetails.RecommendedAction);
    }

    [Theory]
    [InlineData("Handy")]
    [InlineData("Móvil")]
    [InlineData("Portable")]
    [InlineData("GSM")]
    public void A_mobile_under_a_non_English_type_is_read_updated_in_place_and_its_type_renamed_when_it_is_the_only_one(string name)
    {
        // Round 54 (repro-02): Get-PsaContact read no mobile under 'Handy', and Update-PsaContact added the same number again under 'Mobile'.
        SeedTypesAndContacts(new JsonArray(ContactWithPhone(100, "Bernd", "Hyphen", "bernd.hyphen@contoso.com", 4, name, "+49 151 2345 6701")),
            (1, "Email", "ed"), (2, "Direct", "pd"), (3, "Mobile", "p"), (4, name, "p"));
        using var ps = PowerShellHost.WithModule();

        var contact = Assert.Single(Run(ps, "Get-PsaContact -CompanyName 'Contoso Ltd'").Objects<PsaContact>());
        Assert.Equal("+49 151 2345 6701", contact.MobilePhone);

        var match = LinkedMatch.Create(WriteTenant.Account("Bernd Hyphen", "bernd.hyphen@contoso.com", "+49 151 9999 0000"), contact);
        var update = ps.Run("$args | Update-PsaContact -Confirm:$false", match);
        Assert.Empty(update.Errors);
        Assert.Equal(0, _sim.Count("POST", "/communications"));
        Assert.Equal(1, _sim.Count("PATCH", "/communications/"));
        var stored = Assert.Single(ps.Run("Get-PsaContact -CompanyName 'Contoso Ltd'").Objects<PsaContact>());
        Assert.Equal([(1L, "Email", "bernd.hyphen@contoso.com"), (4L, name, "+49 151 9999 0000")], Items(stored));

        // The tenant's only mobile type: the repair renames it rather than creating a new 'Mobile'.
        SeedTypes((1, "Email", "ed"), (2, "Direct", "pd"), (4, name, "p"));
        var finding = Assert.Single(ps.Run("Test-CwCommunicationType").Objects<CwCommunicationTypeFinding>());
        Assert.Equal((CwTypeFindingCode.MobileTypeMissing, CwTypeRepairAction.Rename, 4, "Mobile"), (finding.Code, finding.Action, finding.TargetId!.Value, finding.NewDescription!));
    }

    [Fact]
    public void New_PsaContact_before_a_repair_uses_an_exact_Cell_before_Mobile_with_a_space_and_warns_about_a_near_Email()
    {
        // Round 54 (repro-03): the items went to ' email' and 'Mobile ' without a warning although 'Cell' is exact.
        SeedTypes((1, "Email - Work", "ed"), (2, " email", "e"), (3, "Direct", "pd"), (4, "Cell", "p"), (5, "Mobile ", "p"));
        using var ps = PowerShellHost.WithModule();

        var created = Run(ps, "$args | New-PsaContact -CompanyName 'Contoso Ltd' -Confirm:$false", WriteTenant.Account("Zed New", "zed.new@contoso.com", "+1 425 555 0177"));

        Assert.Empty(created.Errors);
        var warning = Assert.Single(created.Warnings);
        Assert.Contains("no email type described exactly 'Email'", warning);
        Assert.Contains("' email'", warning);
        Assert.Contains("Repair-CwCommunicationType", warning);
        var contact = Assert.Single(ps.Run("Get-PsaContact -CompanyName 'Contoso Ltd'").Objects<PsaContact>());
        Assert.Equal([(2L, " email", "zed.new@contoso.com"), (4L, "Cell", "+1 425 555 0177")], Items(contact));
    }

    [Fact]
    public void New_PsaContact_warns_when_its_mobile_type_is_only_a_near_name()
    {
        SeedTypes((1, "Email", "ed"), (2, "Direct", "pd"), (5, "Mobile ", "p"));
        using var ps = PowerShellHost.WithModule();

        var created = Run(ps, "$args | New-PsaContact -CompanyName 'Contoso Ltd' -Confirm:$false", WriteTenant.Account("Zed New", "zed.new@contoso.com", "+1 425 555 0177"));

        Assert.Empty(created.Errors);
        Assert.Contains("'Mobile '", Assert.Single(created.Warnings));
    }

    [Fact]
    public void A_saved_finding_is_not_applied_to_a_type_renamed_since_and_says_to_test_again()
    {
        // Round 65b: Test found 'Mobile  Phone' (id 3) -> 'Mobile' and 'Direct ' (id 2) -> 'Direct'; an admin then made id 3
        // 'Pager' and id 2 'Fax Line'; the saved findings renamed 'Pager' to 'Mobile' (pager numbers then read as mobiles) and
        // 'Fax Line' to 'Direct'.
        SeedTypes((1, " Email", "ed"), (2, "Direct ", "pd"), (3, "Mobile  Phone", "p"));
        using var ps = PowerShellHost.WithModule();
        var saved = Run(ps, "$global:saved = @(Test-CwCommunicationType); $global:saved").Objects<CwCommunicationTypeFinding>();
        Assert.Equal([(CwTypeFindingCode.DescriptionSpacing, 1), (CwTypeFindingCode.DescriptionSpacing, 2), (CwTypeFindingCode.DescriptionSpacing, 3), (CwTypeFindingCode.MobileTypeMissing, 3)],
            saved.Select(f => (f.Code, f.TargetId!.Value)).ToArray());

        SeedTypes((1, " Email", "ed"), (2, "Fax Line", "pd"), (3, "Pager", "p"));
        var repair = ps.Run("$global:saved | Repair-CwCommunicationType -Confirm:$false");

        Assert.Null(repair.TerminatingError);
        // The finding on ' Email' still holds and is applied; the three on the types renamed since are refused, each as its own error.
        Assert.Equal([(1, "' Email'", "'Email'")], repair.Objects<CwCommunicationTypeChange>().Select(c => (c.TypeId, c.BeforeDescription, c.AfterDescription)).ToArray());
        Assert.Equal(3, repair.Errors.Count);
        Assert.All(repair.Errors, e =>
        {
            Assert.StartsWith("QuickpassPsa.CommunicationTypeFindingInvalid,", e.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidData, e.CategoryInfo.Category);
            Assert.Contains("Run Test-CwCommunicationType again", e.ErrorDetails.RecommendedAction);
            Assert.Contains("Nothing was changed", e.Exception.Message);
        });
        Assert.Equal([2, 3, 3], repair.Errors.Select(e => Assert.IsType<CwCommunicationTypeFinding>(e.TargetObject).TargetId!.Value).ToArray());
        Assert.Contains("the type with id 2 is now 'Fax Line', not 'Direct '", repair.Errors[0].Exception.Message);
        Assert.Contains("the type with id 3 is now 'Pager', not 'Mobile  Phone'", repair.Errors[2].Exception.Message);
        Assert.Equal(1, TypeWrites());
        Assert.Equal([(1, "Email"), (2, "Fax Line"), (3, "Pager")], Table(ps));
    }

    [Fact]
    public void A_saved_finding_read_back_with_Import_Clixml_is_refused_when_its_type_was_renamed_and_skipped_when_its_fix_is_in_place()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "findings.xml");
        SeedTypes((1, " Email", "ed"), (2, "Direct ", "pd"), (3, "Mobile", "p"));
        using var ps = PowerShellHost.WithModule();
        Run(ps, "Test-CwCommunicationType | Export-Clixml -LiteralPath $args[0]", path);

        // Meanwhile an admin corrected 'Direct ' by hand and made ' Email' an 'E-mail'.
        SeedTypes((1, "E-mail", "ed"), (2, "Direct", "pd"), (3, "Mobile", "p"));
        var repair = ps.Run("Import-Clixml -LiteralPath $args[0] | Repair-CwCommunicationType -Confirm:$false", path);

        Assert.Empty(repair.Output);
        var error = Assert.Single(repair.Errors);
        Assert.StartsWith("QuickpassPsa.CommunicationTypeFindingInvalid,", error.FullyQualifiedErrorId);
        Assert.Contains("the type with id 1 is now 'E-mail', not ' Email'", error.Exception.Message);
        Assert.Contains(repair.Verbose, v => v.Contains("already as the fix wants it"));
        Assert.Equal(0, TypeWrites());
        Assert.Equal([(1, "E-mail"), (2, "Direct"), (3, "Mobile")], Table(ps));
    }

    [Theory]
    [InlineData("$f[0].NewDescription = 'Foo'")]
    [InlineData("$f[0].TargetId = 5")]
    [InlineData("$f[0].Action = 'SetFlags'; $f[0].SetFlags = [string[]]@('phoneFlag')")]
    [InlineData("$f[0].TypeIds = [int[]]@(5); $f[0].Types = [string[]]@(\"'Personal Email'\"); $f[0].TargetId = 5")]
    public void An_edited_finding_is_refused_with_FindingInvalid_and_nothing_is_written(string edit)
    {
        // Round 65b: $f[0].NewDescription = 'Foo' renamed 'Email - Work' to 'Foo'; $f[0].TargetId = 5 renamed 'Personal Email' to 'Email'.
        SeedTypes((1, "Email - Work", "ed"), (2, "Direct", "pd"), (3, "Cell", "p"), (4, "Fax", "f"), (5, "Personal Email", "e"));
        using var ps = PowerShellHost.WithModule();

        var repair = Run(ps, "$f = @(Test-CwCommunicationType); " + edit + "; $f | Repair-CwCommunicationType -Confirm:$false");

        Assert.Null(repair.TerminatingError);
        Assert.Empty(repair.Output);
        var error = Assert.Single(repair.Errors);
        Assert.StartsWith("QuickpassPsa.CommunicationTypeFindingInvalid,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
        Assert.Contains("is not one Test-CwCommunicationType finds in the setup table now", error.Exception.Message);
        Assert.Contains("Run Test-CwCommunicationType again", error.ErrorDetails.RecommendedAction);
        Assert.Equal(0, TypeWrites());
        Assert.Equal([(1, "Email - Work"), (2, "Direct"), (3, "Cell"), (4, "Fax"), (5, "Personal Email")], Table(ps));
        // The finding as Test-CwCommunicationType made it is still applied.
        var change = Assert.Single(ps.Run("Test-CwCommunicationType | Repair-CwCommunicationType -Confirm:$false").Objects<CwCommunicationTypeChange>());
        Assert.Equal((1, "'Email'"), (change.TypeId, change.AfterDescription));
    }

    [Fact]
    public void Findings_of_Test_with_Preferred_Cell_are_applied_as_made()
    {
        SeedTypes((1, "Email", "ed"), (2, "Direct", "pd"), (3, "Mobile Phone", "p"));
        using var ps = PowerShellHost.WithModule();

        var repair = Run(ps, "Test-CwCommunicationType -Preferred Cell | Repair-CwCommunicationType -Confirm:$false");

        Assert.Empty(repair.Errors);
        Assert.Equal((3, "'Cell'"), repair.Objects<CwCommunicationTypeChange>().Select(c => (c.TypeId, c.AfterDescription)).Single());
    }

    [Theory]
    [InlineData("e", "an email type", "email addresses")]
    [InlineData("f", "a fax type", "fax numbers")]
    public void An_email_or_fax_type_named_Mobile_is_never_given_the_phone_flag(string flags, string kind, string holds)
    {
        // Round 65b (t6, t9): the MobileTypeMissing fix set the phone flag on 'Mobile' holding addresses (or fax numbers); New-PsaContact
        // then stored a new mobile as communicationType=Email.
        SeedTypes((1, "Email", "ed"), (2, "Direct", "pd"), (3, "Mobile", flags));
        using var ps = PowerShellHost.WithModule();

        var finding = Assert.Single(Run(ps, "Test-CwCommunicationType").Objects<CwCommunicationTypeFinding>());
        Assert.Equal((CwTypeFindingCode.MobileTypeMissing, CwTypeSeverity.Error, CwTypeRepairAction.Manual, 3), (finding.Code, finding.Severity, finding.Action, finding.TargetId!.Value));
        Assert.Empty(finding.SetFlags);
        Assert.Contains("is " + kind, finding.Message);
        Assert.Contains(holds, finding.Message);
        Assert.Contains("by hand", finding.Fix);

        var repair = ps.Run("Repair-CwCommunicationType -Confirm:$false");

        Assert.Empty(repair.Output);
        var error = Assert.Single(repair.Errors);
        Assert.StartsWith("QuickpassPsa.CommunicationTypeNotRepaired,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidOperation, error.CategoryInfo.Category);
        Assert.Equal(0, TypeWrites());
        var mobile = ps.Run("Get-CwCommunicationType").Objects<CwCommunicationType>().Single(t => t.Id == 3);
        Assert.False(mobile.PhoneFlag);
    }

    [Fact]
    public void A_type_with_the_email_and_the_phone_flag_is_its_own_finding_left_to_a_person()
    {
        // Round 65b: 'Mobile' with both flags (left so by the old repair) looked ready, and New-PsaContact filed a mobile under it as an email.
        SeedTypes((1, "Email", "ed"), (2, "Direct", "pd"), (3, "Mobile", "ep"));
        using var ps = PowerShellHost.WithModule();

        var finding = Assert.Single(Run(ps, "Test-CwCommunicationType").Objects<CwCommunicationTypeFinding>());
        Assert.Equal((CwTypeFindingCode.MixedFlags, CwTypeSeverity.Error, CwTypeRepairAction.Manual, 3), (finding.Code, finding.Severity, finding.Action, finding.TargetId!.Value));
        Assert.Contains("the email flag and the phone flag", finding.Message);

        var repair = ps.Run("Repair-CwCommunicationType -Confirm:$false");

        Assert.Empty(repair.Output);
        Assert.Equal(ErrorCategory.InvalidOperation, Assert.Single(repair.Errors).CategoryInfo.Category);
        Assert.Equal(0, TypeWrites());
    }
}
