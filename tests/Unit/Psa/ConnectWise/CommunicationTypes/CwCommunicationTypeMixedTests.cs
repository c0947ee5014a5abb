using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Psa.ConnectWise;
using QuickpassPsa.Core.Psa.ConnectWise.CommunicationTypes;

namespace QuickpassPsa.Tests.Psa.ConnectWise.CommunicationTypes;

/// <summary>
/// Round 67a: a type with the flags of two kinds (MixedFlags) is touched by no other fix, Test reports everything one repair does,
/// a personal default email type is reported, and the picker never files an item under a type of two kinds.
/// </summary>
public class CwCommunicationTypeMixedTests
{
    private static CwCommunicationType T(int id, string description, string flags) => new()
    {
        Id = id, Description = description, EmailFlag = flags.Contains('e'), PhoneFlag = flags.Contains('p'), FaxFlag = flags.Contains('f'), DefaultFlag = flags.Contains('d'),
    };

    /// <summary>Plans every finding of one Test in order against the table as the earlier steps leave it, as Repair-CwCommunicationType does.</summary>
    private static (List<CwCommunicationType> Table, List<CwTypeRepairStep> Steps) RepairAll(IEnumerable<CwCommunicationType> start, string preferred = "Mobile")
    {
        var table = start.Select(t => t.Copy()).ToList();
        var steps = new List<CwTypeRepairStep>();
        var next = 100;
        foreach (var finding in CwCommunicationTypeRules.Test(table, preferred))
        {
            var step = CwTypeRepairPlanner.Plan(finding, table);
            steps.Add(step);
            if (step.Kind != CwTypeRepairStepKind.Patch && step.Kind != CwTypeRepairStepKind.Create) continue;
            var after = step.Expected(next++);
            table = table.Where(t => t.Id != after.Id).Append(after).ToList();
        }
        return (table, steps);
    }

    private static string Flags(CwCommunicationType t) => (t.EmailFlag ? "e" : "") + (t.PhoneFlag ? "p" : "") + (t.FaxFlag ? "f" : "") + (t.DefaultFlag ? "d" : "");

    /// <summary>The tables of the tester's r3.ps1 (and two of r1.ps1), by case name.</summary>
    public static TheoryData<string> Tables => new() { "R6min", "R14", "R15", "R16", "R17", "R18", "R19", "R2", "R7", "Personal only", "Personal and mixed defaults" };

    private static List<CwCommunicationType> Table(string name) => name switch
    {
        "R6min" => [T(1, "Email - Work", "efd"), T(2, "Direct", "pd"), T(4, "Mobile", "p")],
        "R14" => [T(1, "Email - Work", "ed"), T(2, "Direct", "pd"), T(3, "Email", "ep"), T(4, "Mobile", "p")],
        "R15" => [T(1, "Email", "ed"), T(2, "Direct", "pd"), T(3, "Mobile", "ep"), T(4, "Mobile Phone", "p")],
        "R16" => [T(1, "Email - Work", "ed"), T(2, "Direct", "pd"), T(3, "Email", "ef"), T(4, "Mobile", "p")],
        "R17" => [T(1, "Email", "ed"), T(2, "Direct", "epd"), T(4, "Mobile", "p")],
        "R18" => [T(1, "Email", "e"), T(2, "Direct", "pd"), T(3, "Email - Work", "epd"), T(4, "Mobile", "p")],
        "R19" => [T(1, "Email", "e"), T(2, "Direct", "pd"), T(3, "Email - Personal", "ed"), T(4, "Mobile", "p")],
        "R2" => [T(1, "Email", "ed"), T(2, "Direct", "pd"), T(4, "Mobile", "ep")],
        "R7" => [T(1, "Email", "epd"), T(2, "Direct", "pd"), T(4, "Mobile", "p")],
        "Personal only" => [T(1, "Personal Email", "ed"), T(2, "Direct", "pd"), T(4, "Mobile", "p")],
        _ => [T(1, "Personal Email", "ed"), T(2, "Direct ", "pd"), T(3, "Work Line", "efd"), T(4, "Mobile", "p")],
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void A_repaired_table_needs_nothing_more_and_no_fix_touches_a_type_of_two_kinds(string name)
    {
        var before = Table(name);
        var mixed = before.Where(CwCommunicationTypeRules.IsMixed).ToDictionary(t => t.Id, t => (t.Description, Flags(t)));

        var (after, steps) = RepairAll(before);

        // No step writes to a mixed type: its description and flags are as they were.
        Assert.DoesNotContain(steps, s => (s.Kind == CwTypeRepairStepKind.Patch) && s.Before != null && mixed.ContainsKey(s.Before.Id));
        Assert.All(mixed, m => Assert.Equal(m.Value, after.Where(t => t.Id == m.Key).Select(t => (t.Description, Flags(t))).Single()));
        // Round 67a (R6min): a second Test finds only what a person must do, and a second repair plans no write.
        Assert.All(CwCommunicationTypeRules.Test(after), f => Assert.Equal(CwTypeRepairAction.Manual, f.Action));
        var (again, secondSteps) = RepairAll(after);
        Assert.DoesNotContain(secondSteps, s => s.Kind == CwTypeRepairStepKind.Patch || s.Kind == CwTypeRepairStepKind.Create);
        Assert.Equal(after.Select(t => (t.Id, t.Description, Flags(t))).OrderBy(t => t.Id), again.Select(t => (t.Id, t.Description, Flags(t))).OrderBy(t => t.Id));
        // And with Cell as the preferred name too.
        var (cellAfter, _) = RepairAll(before, "Cell");
        Assert.All(CwCommunicationTypeRules.Test(cellAfter, "Cell"), f => Assert.Equal(CwTypeRepairAction.Manual, f.Action));
    }

    [Fact]
    public void R17_a_mixed_Direct_keeps_its_default_flag_and_Mobile_never_becomes_the_default_phone_type()
    {
        var table = Table("R17");

        var findings = CwCommunicationTypeRules.Test(table);

        // Round 67a: a SeveralDefaultEmailTypes fix cleared Direct's default flag; the next run made Mobile the default phone type.
        Assert.Equal([CwTypeFindingCode.MixedFlags], findings.Select(f => f.Code));
        var (after, _) = RepairAll(table);
        Assert.True(after.Single(t => t.Id == 2).DefaultFlag);
        Assert.False(after.Single(t => t.Id == 4).DefaultFlag);
    }

    [Fact]
    public void R6min_a_mixed_default_Email_Work_gets_Email_created_beside_it_and_nothing_more()
    {
        var table = Table("R6min");

        var findings = CwCommunicationTypeRules.Test(table);

        Assert.Equal([CwTypeFindingCode.MixedFlags, CwTypeFindingCode.EmailTypeMissing], findings.Select(f => f.Code));
        Assert.Equal((CwTypeRepairAction.Create, "Email"), (findings[1].Action, findings[1].NewDescription));
        // Not the default: the default is the mixed type's until a person clears its fax flag, and no fix touches it.
        Assert.Equal(["emailFlag"], findings[1].SetFlags);
        var (after, _) = RepairAll(table);
        Assert.Equal([CwTypeFindingCode.MixedFlags], CwCommunicationTypeRules.Test(after).Select(f => f.Code));
    }

    [Fact]
    public void The_planner_blocks_any_other_fix_on_a_type_of_two_kinds()
    {
        var table = Table("R17");
        // As the tester's first run proposed it: clear Direct's default flag, 'Email' staying the default.
        var clear = new CwCommunicationTypeFinding
        {
            Code = CwTypeFindingCode.SeveralDefaultEmailTypes, Action = CwTypeRepairAction.ClearFlags, TargetId = 2, TypeIds = [1, 2], Types = ["'Email'", "'Direct'"],
            ClearFlags = ["defaultFlag"],
        };
        var rename = new CwCommunicationTypeFinding { Code = CwTypeFindingCode.DescriptionSpacing, Action = CwTypeRepairAction.Rename, TargetId = 2, NewDescription = "Direct Line" };

        foreach (var finding in new[] { clear, rename })
        {
            var step = CwTypeRepairPlanner.Plan(finding, table);
            Assert.Equal((CwTypeRepairStepKind.Blocked, CwTypeRepairBlock.ManualStep), (step.Kind, step.Block));
            Assert.Contains("MixedFlags", step.Reason);
            Assert.Contains("'Direct' (id 2)", step.Reason);
        }
    }

    [Fact]
    public void A_mixed_type_with_stray_spaces_is_not_renamed()
    {
        var table = new List<CwCommunicationType> { T(1, "Email", "ed"), T(2, "Direct", "pd"), T(3, "Mobile ", "ep"), T(4, "Cell", "p") };

        var findings = CwCommunicationTypeRules.Test(table);

        Assert.Equal([(CwTypeFindingCode.MixedFlags, 3)], findings.Select(f => (f.Code, f.TargetId!.Value)));
    }

    [Fact]
    public void R19_a_personal_default_beside_Email_is_reported_and_repaired_and_its_addresses_stay()
    {
        var table = Table("R19");

        var findings = CwCommunicationTypeRules.Test(table);

        // Round 67a: reported as ready, though every address typed in by hand went to a type Quickpass does not read.
        Assert.Equal([CwTypeFindingCode.EmailNotDefault, CwTypeFindingCode.SeveralDefaultEmailTypes], findings.Select(f => f.Code));
        Assert.Equal((CwTypeRepairAction.SetFlags, 1), (findings[0].Action, findings[0].TargetId));
        Assert.Contains("a personal type Quickpass does not read", findings[0].Message);
        Assert.Contains("The personal addresses under 'Email - Personal' stay where they are", findings[0].Fix);
        Assert.DoesNotContain("move the contacts' addresses", findings[0].Fix);
        Assert.Equal((CwTypeRepairAction.ClearFlags, 3), (findings[1].Action, findings[1].TargetId));
        var (after, _) = RepairAll(table);
        Assert.Equal(("Email", true), after.Where(t => t.Id == 1).Select(t => (t.Description, t.DefaultFlag)).Single());
        Assert.False(after.Single(t => t.Id == 3).DefaultFlag);
        Assert.Empty(CwCommunicationTypeRules.Test(after));
    }

    [Fact]
    public void With_only_a_personal_default_Email_is_created_as_the_default_and_the_personal_default_cleared_in_the_same_run()
    {
        var table = Table("Personal only");

        var findings = CwCommunicationTypeRules.Test(table);

        Assert.Equal([CwTypeFindingCode.EmailTypeMissing, CwTypeFindingCode.SeveralDefaultEmailTypes], findings.Select(f => f.Code));
        Assert.Equal(["emailFlag", "defaultFlag"], findings[0].SetFlags);
        Assert.Equal((CwTypeRepairAction.ClearFlags, 1), (findings[1].Action, findings[1].TargetId));
        Assert.Contains("once 'Email' is created as the default", findings[1].Message);
        var (after, _) = RepairAll(table);
        Assert.Empty(CwCommunicationTypeRules.Test(after));
        Assert.Equal("Email", after.Single(t => t.EmailFlag && t.DefaultFlag).Description);
    }

    [Fact]
    public void A_saved_MobileTypeMissing_whose_problem_an_admin_fixed_by_hand_is_no_longer_found()
    {
        // r2.ps1 case l: saved with -Preferred Cell ("rename 'Mobile Phone' to 'Cell'"), then an admin created Cell by hand.
        var table = new List<CwCommunicationType> { T(1, "Email - Work", "ed"), T(2, "Direct ", "pd"), T(3, "Mobile Phone", "p"), T(4, "Fax", "f") };
        var saved = CwCommunicationTypeRules.Test(table, "Cell").Single(f => f.Code == CwTypeFindingCode.MobileTypeMissing);
        table.Add(T(5, "Cell", "p"));

        Assert.Null(CwTypeFindingCheck.Match(saved, CwTypeFindingCheck.Current(table)));
        Assert.True(CwTypeFindingCheck.NoLongerFound(saved, table, CwTypeFindingCheck.Current(table)));
        // A type renamed since is another matter: refused, as before.
        table[2] = T(3, "Pager", "p");
        Assert.False(CwTypeFindingCheck.NoLongerFound(saved, table, CwTypeFindingCheck.Current(table)));
    }

    [Fact]
    public void A_saved_finding_whose_types_have_another_problem_now_is_not_taken_for_fixed()
    {
        // r2.ps1 case p: EmailNotDefault saved; an admin then made 'Email' a phone type. Its problem is another one now (EmailTypeMissing).
        var table = new List<CwCommunicationType> { T(1, "Email", "e"), T(2, "Direct", "pd"), T(3, "Mobile", "p"), T(6, "Email - Work", "ed") };
        var saved = CwCommunicationTypeRules.Test(table).Single(f => f.Code == CwTypeFindingCode.EmailNotDefault);
        table[0] = T(1, "Email", "p");

        Assert.False(CwTypeFindingCheck.NoLongerFound(saved, table, CwTypeFindingCheck.Current(table)));
        // Made the default by hand instead: fixed.
        table[0] = T(1, "Email", "ed");
        table[3] = T(6, "Email - Work", "e");
        Assert.True(CwTypeFindingCheck.NoLongerFound(saved, table, CwTypeFindingCheck.Current(table)));
    }
}
