using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using QuickpassPsa.Core.Psa.ConnectWise;
using QuickpassPsa.Core.Psa.ConnectWise.CommunicationTypes;
using QuickpassPsa.Tests.Infrastructure;
using QuickpassPsa.Tests.Writes;

namespace QuickpassPsa.Tests.CommunicationTypes;

/// <summary>
/// Round 67a (r1.ps1, r2.ps1, r3.ps1): Test- and Repair-CwCommunicationType in hosted PowerShell against the simulator over HTTP. A type
/// with the flags of two kinds is touched by no other fix, one repair leaves nothing for a second, a personal default email type is
/// reported, a fix by hand is worded for the table as the run left it, and a saved finding whose problem is gone is skipped quietly.
/// </summary>
public class CwCommunicationTypeRound67Tests : IClassFixture<WriteTenant>
{
    private readonly WriteTenant _sim;

    public CwCommunicationTypeRound67Tests(WriteTenant sim)
    {
        _sim = sim;
        _sim.Fresh();
    }

    /// <summary>The sample tenant's companies, no contacts, and this setup table ("e", "p", "f", "d": the flags).</summary>
    private void SeedTypes(params (int Id, string Description, string Flags)[] types) => _sim.SeedCommunicationTypes(new JsonArray(), types);

    private PsResult Run(PowerShellHost ps, string script, params object[] args) => ps.Run(_sim.Connect("ConnectWise") + script, args);

    /// <summary>The table as the simulator has it now, read over HTTP: (id, description, flags).</summary>
    private static (int, string, string)[] Table(PowerShellHost ps) =>
        ps.Run("Get-CwCommunicationType").Objects<CwCommunicationType>()
            .Select(t => (t.Id, t.Description, (t.EmailFlag ? "e" : "") + (t.PhoneFlag ? "p" : "") + (t.FaxFlag ? "f" : "") + (t.DefaultFlag ? "d" : "")))
            .OrderBy(t => t.Id).ToArray();

    private int TypeWrites() => _sim.Sim.Requests.Entries().Count(e => e.Method != "GET" && e.Path.IndexOf("communicationTypes", StringComparison.OrdinalIgnoreCase) >= 0);

    [Fact]
    public void R17_a_mixed_Direct_keeps_its_default_flag_and_a_second_run_makes_no_other_phone_type_the_default()
    {
        SeedTypes((1, "Email", "ed"), (2, "Direct", "epd"), (4, "Mobile", "p"));
        using var ps = PowerShellHost.WithModule();

        var first = Run(ps, "Repair-CwCommunicationType -Confirm:$false");
        var second = Run(ps, "Repair-CwCommunicationType -Confirm:$false");

        // Round 67a: the first run cleared Direct's default flag (SeveralDefaultEmailTypes), the second made Mobile the default phone type.
        Assert.Empty(first.Objects<CwCommunicationTypeChange>());
        Assert.Empty(second.Objects<CwCommunicationTypeChange>());
        Assert.All(first.Errors.Concat(second.Errors), e => Assert.StartsWith("MixedFlags:", e.Exception.Message));
        Assert.Equal(0, TypeWrites());
        Assert.Equal([(1, "Email", "ed"), (2, "Direct", "epd"), (4, "Mobile", "p")], Table(ps));
    }

    [Fact]
    public void R6min_one_repair_leaves_nothing_for_a_second_and_the_mixed_default_is_untouched()
    {
        SeedTypes((1, "Email - Work", "efd"), (2, "Direct", "pd"), (4, "Mobile", "p"));
        using var ps = PowerShellHost.WithModule();

        var first = Run(ps, "Repair-CwCommunicationType -Confirm:$false");
        var writes = TypeWrites();
        var test = Run(ps, "Test-CwCommunicationType").Objects<CwCommunicationTypeFinding>();
        var second = Run(ps, "Repair-CwCommunicationType -Confirm:$false");

        Assert.Equal((CwTypeRepairAction.Create, "'Email'"), first.Objects<CwCommunicationTypeChange>().Select(c => (c.Action, c.AfterDescription)).Single());
        Assert.Equal([CwTypeFindingCode.MixedFlags], test.Select(f => f.Code));
        // Round 67a: the second run set Email's default and cleared the mixed 'Email - Work''s.
        Assert.Empty(second.Objects<CwCommunicationTypeChange>());
        Assert.Equal(writes, TypeWrites());
        var table = Table(ps);
        Assert.Contains((1, "Email - Work", "efd"), table);
        Assert.Contains(table, t => t.Item2 == "Email" && t.Item3 == "e");
    }

    [Fact]
    public void R19_Test_reports_a_personal_default_beside_Email_and_Repair_makes_Email_the_default_in_one_run()
    {
        SeedTypes((1, "Email", "e"), (2, "Direct", "pd"), (3, "Email - Personal", "ed"), (4, "Mobile", "p"));
        using var ps = PowerShellHost.WithModule();

        var findings = Run(ps, "Test-CwCommunicationType").Objects<CwCommunicationTypeFinding>();
        var repair = Run(ps, "Repair-CwCommunicationType -Confirm:$false");
        var after = Run(ps, "Test-CwCommunicationType").Objects<CwCommunicationTypeFinding>();

        // Round 67a: reported ready, though hand-typed addresses went to a type Quickpass does not read.
        Assert.Equal([CwTypeFindingCode.EmailNotDefault, CwTypeFindingCode.SeveralDefaultEmailTypes], findings.Select(f => f.Code));
        Assert.Empty(repair.Errors);
        Assert.Equal([(1, "+defaultFlag"), (3, "-defaultFlag")],
            repair.Objects<CwCommunicationTypeChange>().Select(c => (c.TypeId, c.FlagsSet.Count > 0 ? "+" + c.FlagsSet[0] : "-" + c.FlagsCleared[0])));
        Assert.Empty(after);
        Assert.Equal([(1, "Email", "ed"), (2, "Direct", "pd"), (3, "Email - Personal", "e"), (4, "Mobile", "p")], Table(ps));
    }

    [Theory]
    [InlineData("Cell ", "Cell")]
    [InlineData("mobile", "Mobile")]
    public void A_fix_by_hand_names_the_type_as_this_runs_rename_left_it(string before, string after)
    {
        // r1.ps1 R4/R12: the run that renamed 'Cell ' to 'Cell' still said "Rename 'Cell ' (id 4) by hand".
        SeedTypes((1, "Email", "ed"), (2, "Direct", "pd"), (4, before, "e"));
        using var ps = PowerShellHost.WithModule();

        foreach (var whatIf in new[] { "-WhatIf", "-Confirm:$false" })
        {
            var repair = Run(ps, "Repair-CwCommunicationType " + whatIf);

            var error = Assert.Single(repair.Errors);
            Assert.StartsWith("QuickpassPsa.CommunicationTypeNotRepaired,", error.FullyQualifiedErrorId);
            Assert.StartsWith("MobileTypeMissing: Rename '" + after + "' (id 4) by hand", error.Exception.Message);
        }
        Assert.Equal([(1, "Email", "ed"), (2, "Direct", "pd"), (4, after, "e")], Table(ps));
    }

    [Fact]
    public void A_saved_finding_whose_problem_an_admin_fixed_another_way_is_skipped_quietly()
    {
        // r2.ps1 case l: saved with -Preferred Cell ("rename 'Mobile Phone' to 'Cell'"); an admin then created Cell by hand.
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "findings.xml");
        SeedTypes((1, "Email - Work", "ed"), (2, "Direct ", "pd"), (3, "Mobile Phone", "p"), (4, "Fax", "f"));
        using var ps = PowerShellHost.WithModule();
        Run(ps, "Test-CwCommunicationType -Preferred Cell | Export-Clixml -LiteralPath $args[0]", path);
        SeedTypes((1, "Email - Work", "ed"), (2, "Direct ", "pd"), (3, "Mobile Phone", "p"), (4, "Fax", "f"), (5, "Cell", "p"));

        var repair = Run(ps, "Import-Clixml -LiteralPath $args[0] | Repair-CwCommunicationType -Confirm:$false -Verbose", path);

        Assert.Empty(repair.Errors);
        Assert.Contains(repair.Verbose, v => v.StartsWith("MobileTypeMissing: already fixed"));
        Assert.Equal([2, 1], repair.Objects<CwCommunicationTypeChange>().Select(c => c.TypeId));
        Assert.Equal(2, TypeWrites());
        Assert.Empty(Run(ps, "Test-CwCommunicationType").Objects<CwCommunicationTypeFinding>());
    }
}
