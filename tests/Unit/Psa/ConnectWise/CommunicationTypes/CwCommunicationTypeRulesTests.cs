using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Psa.ConnectWise;
using QuickpassPsa.Core.Psa.ConnectWise.CommunicationTypes;

namespace QuickpassPsa.Tests.Psa.ConnectWise.CommunicationTypes;

/// <summary>Test-CwCommunicationType's rules and the repair planner, on tables the way real ones break (issue 11).</summary>
public class CwCommunicationTypeRulesTests
{
    private static CwCommunicationType T(int id, string description, bool email = false, bool phone = false, bool fax = false, bool isDefault = false) =>
        new() { Id = id, Description = description, EmailFlag = email, PhoneFlag = phone, FaxFlag = fax, DefaultFlag = isDefault };

    /// <summary>A clean table: Email, Direct, Mobile, Fax, each kind with a default.</summary>
    private static List<CwCommunicationType> Clean() =>
        [T(1, "Email", email: true, isDefault: true), T(2, "Direct", phone: true, isDefault: true), T(3, "Fax", fax: true), T(4, "Mobile", phone: true)];

    /// <summary>Applies every fix in memory the way Repair-CwCommunicationType does, in order, against the table as it goes.</summary>
    private static List<CwCommunicationType> RepairAll(List<CwCommunicationType> table, string preferred = "Mobile")
    {
        var next = 100;
        foreach (var finding in CwCommunicationTypeRules.Test(table, preferred))
        {
            var step = CwTypeRepairPlanner.Plan(finding, table);
            if (step.Kind != CwTypeRepairStepKind.Patch && step.Kind != CwTypeRepairStepKind.Create) continue;
            var after = step.Expected(next++);
            table = table.Where(t => t.Id != after.Id).Append(after).ToList();
        }
        return table;
    }

    [Fact]
    public void A_clean_table_has_no_findings()
    {
        Assert.Empty(CwCommunicationTypeRules.Test(Clean()));
    }

    [Fact]
    public void Email_Work_without_Email_is_renamed_to_Email()
    {
        var table = Clean();
        table[0] = T(1, "Email - Work", email: true, isDefault: true);
        table.Add(T(7, "Personal Email", email: true));

        var finding = Assert.Single(CwCommunicationTypeRules.Test(table));

        Assert.Equal((CwTypeFindingCode.EmailTypeMissing, CwTypeSeverity.Error, CwTypeRepairAction.Rename, 1, "Email"),
            (finding.Code, finding.Severity, finding.Action, finding.TargetId, finding.NewDescription));
        Assert.Equal(["'Email - Work'"], finding.Types);
        Assert.Contains("'Email - Work'", finding.Message);
    }

    [Fact]
    public void A_stray_Email_beside_a_default_Email_Work_is_renamed_and_made_the_default_with_a_warning_about_the_contacts_items()
    {
        // 'EMAIL ' (a stray, not the default) beside 'Email - Work', the default that holds the contacts' addresses.
        var table = Clean();
        table[0] = T(1, "Email - Work", email: true, isDefault: true);
        table.Add(T(11, "EMAIL ", email: true));

        var findings = CwCommunicationTypeRules.Test(table);

        Assert.Equal([CwTypeFindingCode.DescriptionSpacing, CwTypeFindingCode.EmailNotDefault, CwTypeFindingCode.SeveralDefaultEmailTypes], findings.Select(f => f.Code));
        var notDefault = findings[1];
        Assert.Equal((CwTypeSeverity.Warning, CwTypeRepairAction.SetFlags, 11), (notDefault.Severity, notDefault.Action, notDefault.TargetId));
        Assert.Equal(["defaultFlag"], notDefault.SetFlags);
        Assert.Contains("'Email - Work' (id 1) is the default email type", notDefault.Message);
        Assert.Contains("-IncludeUsage", notDefault.Fix);
        var repaired = RepairAll(table);
        Assert.Contains(repaired, t => t.Id == 11 && t.Description == "Email" && t.DefaultFlag);
        // 'Email - Work' would be a second default (round 42): the same run clears its flag, reported up front (round 54).
        var several = findings[2];
        Assert.Equal((CwTypeRepairAction.ClearFlags, 1), (several.Action, several.TargetId));
        Assert.Contains("Clear the default flag of 'Email - Work'", several.Fix);
        Assert.Contains(repaired, t => t.Id == 1 && !t.DefaultFlag);
        Assert.Empty(CwCommunicationTypeRules.Test(repaired));
    }

    [Fact]
    public void A_personal_email_as_the_default_beside_Email_is_reported_and_its_addresses_stay()
    {
        // Round 67a: it was no finding, and addresses typed in by hand went to a type Quickpass does not read.
        var table = Clean();
        table[0] = T(1, "Email", email: true);
        table.Add(T(7, "Personal Email", email: true, isDefault: true));

        var finding = Assert.Single(CwCommunicationTypeRules.Test(table), f => f.Code == CwTypeFindingCode.EmailNotDefault);

        Assert.Equal((CwTypeRepairAction.SetFlags, 1), (finding.Action, finding.TargetId));
        Assert.Contains("stay where they are", finding.Fix);
    }

    [Fact]
    public void A_table_with_only_a_personal_email_gets_Email_created_rather_than_renamed()
    {
        var table = Clean();
        table[0] = T(1, "Personal Email", email: true, isDefault: true);

        var findings = CwCommunicationTypeRules.Test(table);

        var finding = findings[0];
        Assert.Equal((CwTypeRepairAction.Create, "Email"), (finding.Action, finding.NewDescription));
        // As the default (round 67a), the personal type's default cleared by the same run.
        Assert.Equal(["emailFlag", "defaultFlag"], finding.SetFlags);
        Assert.Equal((CwTypeFindingCode.SeveralDefaultEmailTypes, CwTypeRepairAction.ClearFlags, 1), (findings[1].Code, findings[1].Action, findings[1].TargetId));
        Assert.Equal(2, findings.Count);
    }

    [Fact]
    public void Cell_and_Mobile_both_present_is_ready()
    {
        var table = Clean();
        table.Add(T(5, "Cell", phone: true));

        Assert.Empty(CwCommunicationTypeRules.Test(table));
        Assert.Empty(CwCommunicationTypeRules.Test(table, "Cell"));
    }

    [Theory]
    [InlineData("Mobile Phone", "Mobile")]
    [InlineData("Cell Phone", "Cell")]
    [InlineData("End User Mobile", "Mobile")]
    [InlineData("Personal Cell", "Cell")]
    public void A_mobile_phone_type_becomes_the_preferred_name(string description, string preferred)
    {
        var table = Clean();
        table[3] = T(4, description, phone: true);

        var finding = Assert.Single(CwCommunicationTypeRules.Test(table, preferred));

        Assert.Equal((CwTypeFindingCode.MobileTypeMissing, CwTypeRepairAction.Rename, 4, preferred), (finding.Code, finding.Action, finding.TargetId, finding.NewDescription));
    }

    [Fact]
    public void No_mobile_like_type_means_the_preferred_one_is_created_with_the_phone_flag()
    {
        var table = Clean();
        table.RemoveAt(3);

        var finding = Assert.Single(CwCommunicationTypeRules.Test(table, "Cell"));

        Assert.Equal((CwTypeRepairAction.Create, "Cell"), (finding.Action, finding.NewDescription));
        Assert.Equal(["phoneFlag"], finding.SetFlags);
    }

    [Theory]
    [InlineData("Email ", "Email", "leading or trailing")]
    [InlineData(" Direct", "Direct", "leading or trailing")]
    [InlineData("After  Hours", "After Hours", "doubled")]
    [InlineData("email", "Email", "case")]
    public void Stray_spaces_and_the_case_of_the_names_Quickpass_looks_for_are_one_spacing_finding(string description, string clean, string said)
    {
        var table = Clean();
        var index = table.FindIndex(t => t.Description == clean.Trim());
        if (index < 0) table.Add(T(9, description, phone: true));
        else table[index] = T(table[index].Id, description, table[index].EmailFlag, table[index].PhoneFlag, table[index].FaxFlag, table[index].DefaultFlag);

        var finding = Assert.Single(CwCommunicationTypeRules.Test(table));

        Assert.Equal((CwTypeFindingCode.DescriptionSpacing, CwTypeRepairAction.Rename, clean), (finding.Code, finding.Action, finding.NewDescription));
        Assert.Contains(said, finding.Message);
        Assert.Equal(["'" + description + "'"], finding.Types);
    }

    [Fact]
    public void Types_that_differ_only_by_case_or_spacing_are_a_duplicate_with_a_manual_fix()
    {
        var table = Clean();
        table.Add(T(8, "Email ", email: true));
        table.Add(T(10, "direct", phone: true));

        var findings = CwCommunicationTypeRules.Test(table);

        var duplicates = findings.Where(f => f.Code == CwTypeFindingCode.DuplicateDescription).ToList();
        Assert.Equal([[1, 8], [2, 10]], duplicates.Select(d => d.TypeIds.ToArray()).ToArray());
        // Round 65b: one problem, one finding: no rename of 'Email ' or 'direct' onto the name the other type has.
        Assert.Equal(duplicates, findings);
        Assert.All(duplicates, d => Assert.Equal(CwTypeRepairAction.Manual, d.Action));
        Assert.All(duplicates, d => Assert.Contains("Merge by hand", d.Fix));
    }

    [Fact]
    public void Names_like_email_or_phone_without_their_flag_are_found()
    {
        var table = Clean();
        table.Add(T(11, "Billing Email"));
        table.Add(T(12, "Home Phone", fax: true, email: false));
        table.Add(T(13, "Car Phone", email: true));
        table.Add(T(14, "E-mail", phone: true));

        var findings = CwCommunicationTypeRules.Test(table);

        Assert.Equal(2, findings.Count);
        Assert.Equal((CwTypeFindingCode.FlagMissing, 11, CwTypeRepairAction.SetFlags), (findings[0].Code, findings[0].TargetId, findings[0].Action));
        Assert.Equal(["emailFlag"], findings[0].SetFlags);
        // A phone type named like email holds numbers: the email flag would make them addresses (round 42), so a person looks.
        Assert.Equal((CwTypeFindingCode.FlagMissing, 14, CwTypeRepairAction.Manual), (findings[1].Code, findings[1].TargetId, findings[1].Action));
        Assert.Empty(findings[1].SetFlags);
    }

    [Fact]
    public void A_type_named_Email_without_the_email_flag_gets_the_flag_rather_than_a_rename()
    {
        var table = Clean();
        table[0] = T(1, "Email");
        table.Add(T(6, "Email - Work", email: true, isDefault: true));

        var findings = CwCommunicationTypeRules.Test(table);

        var finding = findings[0];
        Assert.Equal((CwTypeFindingCode.EmailTypeMissing, CwTypeRepairAction.SetFlags, 1), (finding.Code, finding.Action, finding.TargetId));
        Assert.Equal(["emailFlag"], finding.SetFlags);
        // Once flagged, Email is still not the default: 'Email - Work' is.
        Assert.Equal((CwTypeFindingCode.EmailNotDefault, 1), (findings[1].Code, findings[1].TargetId));
        Assert.Equal((CwTypeFindingCode.SeveralDefaultEmailTypes, CwTypeRepairAction.ClearFlags, 6), (findings[2].Code, findings[2].Action, findings[2].TargetId));
        Assert.Equal(3, findings.Count);
        Assert.Empty(CwCommunicationTypeRules.Test(RepairAll(table)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_phone_or_fax_type_named_Email_is_left_to_a_person_never_given_the_email_flag(bool phone)
    {
        // Round 42: a phone type called Email, holding desk numbers, got the email flag and the default: its numbers became addresses.
        var table = Clean();
        table[0] = T(1, "Email", phone: phone, fax: !phone);
        table.Add(T(6, "Email - Work", email: true, isDefault: true));

        var finding = CwCommunicationTypeRules.Test(table)[0];

        Assert.Equal((CwTypeFindingCode.EmailTypeMissing, CwTypeRepairAction.Manual, 1), (finding.Code, finding.Action, finding.TargetId));
        Assert.Empty(finding.SetFlags);
        Assert.Contains(phone ? "is a phone type" : "is a fax type", finding.Message);
        Assert.Contains("by hand", finding.Fix);
        var repaired = RepairAll(table);
        Assert.Contains(repaired, t => t.Id == 1 && !t.EmailFlag);
    }

    [Fact]
    public void A_missing_default_goes_to_Email_and_to_Direct()
    {
        var table = Clean();
        table[0] = T(1, "Email", email: true);
        table[1] = T(2, "Direct", phone: true);

        var findings = CwCommunicationTypeRules.Test(table);

        Assert.Equal([(CwTypeFindingCode.DefaultTypeMissing, 1), (CwTypeFindingCode.DefaultTypeMissing, 2)], findings.Select(f => (f.Code, f.TargetId!.Value)).ToArray());
        Assert.All(findings, f => Assert.Equal(["defaultFlag"], f.SetFlags));
    }

    public static TheoryData<string> BrokenTables => new() { "sample", "mobilePhoneOnly", "nothing", "flags", "spaces" };

    private static List<CwCommunicationType> Broken(string name) => name switch
    {
        "sample" => [T(1, "Email - Work", email: true, isDefault: true), T(2, "Direct ", phone: true, isDefault: true), T(3, "Fax", fax: true), T(4, "Cell", phone: true), T(7, "Personal Email", email: true)],
        "mobilePhoneOnly" => [T(1, "Email", email: true, isDefault: true), T(2, "Mobile Phone", phone: true)],
        "nothing" => [T(3, "Fax", fax: true)],
        "flags" => [T(1, "Email"), T(2, "Mobile"), T(3, "Work Phone", fax: true)],
        _ => [T(1, "  email  ", email: true), T(2, "Cell ", phone: true), T(3, "After  Hours", phone: true)],
    };

    [Theory]
    [MemberData(nameof(BrokenTables))]
    public void After_every_fix_Test_finds_nothing_and_New_PsaContact_picks_Email_and_Mobile_or_Cell_without_a_warning(string name)
    {
        var before = Broken(name);
        Assert.NotEmpty(CwCommunicationTypeRules.Test(before));

        var after = RepairAll(before);

        Assert.Empty(CwCommunicationTypeRules.Test(after));
        var choice = CwContactTypes.Choose(after, null, null);
        Assert.Null(choice.Problem);
        Assert.Empty(choice.Warnings);
        Assert.Equal("Email", choice.Email!.Description);
        Assert.Contains(choice.Mobile!.Description, new[] { "Mobile", "Cell" });
        Assert.Equal(before.Select(t => t.Id).Order(), after.Where(t => t.Id < 100).Select(t => t.Id).Order()); // nothing deleted
    }

    [Fact]
    public void A_rename_onto_a_name_another_type_has_is_blocked_with_how_to_merge()
    {
        var table = Clean();
        table.Add(T(8, "Email ", email: true));
        // Test makes no such finding (the duplicate is the one); a finding made by hand, or for a table changed since, is still blocked here.
        var spacing = new CwCommunicationTypeFinding { Code = CwTypeFindingCode.DescriptionSpacing, Action = CwTypeRepairAction.Rename, TargetId = 8, NewDescription = "Email" };

        var step = CwTypeRepairPlanner.Plan(spacing, table);

        Assert.Equal(CwTypeRepairStepKind.Blocked, step.Kind);
        Assert.Contains("'Email' (id 1) already has that name", step.Reason);
        Assert.Contains("Merge by hand", step.Reason);
        Assert.Equal(CwTypeRepairStepKind.Blocked, CwTypeRepairPlanner.Plan(CwCommunicationTypeRules.Test(table).Single(f => f.Code == CwTypeFindingCode.DuplicateDescription), table).Kind);
    }

    [Fact]
    public void An_old_finding_is_checked_again_done_fixes_are_skipped_and_a_gone_type_is_blocked()
    {
        var table = Clean();
        table[0] = T(1, "Email - Work", email: true, isDefault: true);
        var finding = Assert.Single(CwCommunicationTypeRules.Test(table));

        table[0] = T(1, "Email", email: true, isDefault: true);
        Assert.Equal(CwTypeRepairStepKind.AlreadyDone, CwTypeRepairPlanner.Plan(finding, table).Kind);
        table.RemoveAt(0);
        Assert.Equal(CwTypeRepairStepKind.Blocked, CwTypeRepairPlanner.Plan(finding, table).Kind);
    }

    [Fact]
    public void A_patch_step_sends_the_trimmed_description_and_the_flags()
    {
        var table = Clean();
        table[0] = T(1, " Email - Work", email: true);
        var rename = CwCommunicationTypeRules.Test(table).Single(f => f.Code == CwTypeFindingCode.EmailTypeMissing);

        var step = CwTypeRepairPlanner.Plan(rename, table);

        Assert.Equal([("replace", "description", (object?)"Email")], step.Operations);
        var flag = CwTypeRepairPlanner.Plan(CwCommunicationTypeRules.Test(table).Single(f => f.Code == CwTypeFindingCode.DefaultTypeMissing), table);
        Assert.Equal([("replace", "defaultFlag", (object?)true)], flag.Operations);
    }

    [Fact]
    public void A_stale_EmailNotDefault_finding_on_a_phone_type_is_blocked_and_no_phone_type_becomes_a_second_default()
    {
        // Round 54: an email fix must never set the default flag of a phone type (here named 'Email').
        var table = new List<CwCommunicationType> { T(1, "Email - Work", email: true, isDefault: true), T(2, "Email", phone: true), T(3, "Direct", phone: true, isDefault: true) };
        var stale = new CwCommunicationTypeFinding { Code = CwTypeFindingCode.EmailNotDefault, Action = CwTypeRepairAction.SetFlags, TargetId = 2, SetFlags = ["defaultFlag"] };
        var phoneDefault = new CwCommunicationTypeFinding { Code = CwTypeFindingCode.DefaultTypeMissing, Action = CwTypeRepairAction.SetFlags, TargetId = 2, SetFlags = ["defaultFlag"] };

        Assert.Equal((CwTypeRepairStepKind.Blocked, CwTypeRepairBlock.ManualStep), (CwTypeRepairPlanner.Plan(stale, table).Kind, CwTypeRepairPlanner.Plan(stale, table).Block));
        Assert.Equal(CwTypeRepairStepKind.Blocked, CwTypeRepairPlanner.Plan(phoneDefault, table).Kind);
        Assert.DoesNotContain(CwCommunicationTypeRules.Test(table), f => f.Code == CwTypeFindingCode.EmailNotDefault);
    }

    [Fact]
    public void Clearing_a_default_flag_waits_until_Email_is_the_default()
    {
        var table = new List<CwCommunicationType> { T(1, "Email - Work", email: true, isDefault: true), T(2, "Email", email: true), T(3, "Direct", phone: true, isDefault: true) };
        var clear = CwCommunicationTypeRules.Test(table).Single(f => f.Code == CwTypeFindingCode.SeveralDefaultEmailTypes);

        Assert.Equal(CwTypeRepairStepKind.Blocked, CwTypeRepairPlanner.Plan(clear, table).Kind);
        table[1] = T(2, "Email", email: true, isDefault: true);
        var step = CwTypeRepairPlanner.Plan(clear, table);
        Assert.Equal(CwTypeRepairStepKind.Patch, step.Kind);
        Assert.Equal([("replace", "defaultFlag", (object?)false)], step.Operations);
    }

    [Theory]
    [InlineData("Handy")]
    [InlineData("Móvil")]
    [InlineData("Movil")]
    [InlineData("Portable")]
    [InlineData("Celular")]
    [InlineData("Mobil")]
    [InlineData("Mobiel")]
    [InlineData("Cellulare")]
    [InlineData("GSM")]
    [InlineData("Natel")]
    [InlineData("Personal Cell")]
    public void A_non_English_mobile_type_is_the_one_renamed_when_it_is_the_only_mobile_type(string name)
    {
        var table = Clean();
        table[3] = T(4, name, phone: true);

        var finding = Assert.Single(CwCommunicationTypeRules.Test(table));

        Assert.Equal((CwTypeFindingCode.MobileTypeMissing, CwTypeRepairAction.Rename, 4, "Mobile"), (finding.Code, finding.Action, finding.TargetId, finding.NewDescription));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_email_or_fax_type_named_Mobile_is_left_to_a_person_never_given_the_phone_flag(bool email)
    {
        // Round 65b (t6, t9): 'Mobile' holding addresses got the phone flag, and New-PsaContact then stored a mobile as an email.
        var table = Clean();
        table[3] = T(4, "Mobile", email: email, fax: !email);

        var finding = Assert.Single(CwCommunicationTypeRules.Test(table));

        Assert.Equal((CwTypeFindingCode.MobileTypeMissing, CwTypeRepairAction.Manual, 4), (finding.Code, finding.Action, finding.TargetId));
        Assert.Empty(finding.SetFlags);
        Assert.Contains(email ? "is an email type" : "is a fax type", finding.Message);
        Assert.Contains("by hand", finding.Fix);
        Assert.Equal(CwTypeRepairStepKind.Blocked, CwTypeRepairPlanner.Plan(finding, table).Kind);
        Assert.Contains(RepairAll(table), t => t.Id == 4 && !t.PhoneFlag);
    }

    [Fact]
    public void A_plain_type_named_Cell_gets_the_phone_flag_rather_than_an_email_type_named_Mobile()
    {
        var table = Clean();
        table[3] = T(4, "Mobile", email: true);
        table.Add(T(5, "Cell"));

        var finding = Assert.Single(CwCommunicationTypeRules.Test(table));

        Assert.Equal((CwTypeFindingCode.MobileTypeMissing, CwTypeRepairAction.SetFlags, 5), (finding.Code, finding.Action, finding.TargetId));
        Assert.Equal(["phoneFlag"], finding.SetFlags);
    }

    [Theory]
    [InlineData("Mobile", true, false)]
    [InlineData("Email", true, false)]
    [InlineData("Work Phone", false, true)]
    public void A_type_with_the_email_and_the_phone_or_fax_flag_is_one_manual_finding(string name, bool phone, bool fax)
    {
        var table = Clean();
        var index = table.FindIndex(t => t.Description == name);
        var type = T(index < 0 ? 9 : table[index].Id, name, email: true, phone: phone, fax: fax, isDefault: index >= 0 && table[index].DefaultFlag);
        if (index < 0) table.Add(type); else table[index] = type;

        var findings = CwCommunicationTypeRules.Test(table);

        // Reported once, by its own finding: no email or mobile fix, no default and no flag is proposed for it.
        var finding = Assert.Single(findings, f => f.TypeIds.Contains(type.Id));
        Assert.Equal((CwTypeFindingCode.MixedFlags, CwTypeSeverity.Error, CwTypeRepairAction.Manual, type.Id), (finding.Code, finding.Severity, finding.Action, finding.TargetId));
        Assert.Contains("the email flag and the " + (phone ? "phone" : "fax") + " flag", finding.Message);
        Assert.Contains("by hand", finding.Fix);
        Assert.DoesNotContain(findings, f => f.TargetId == type.Id && f.Action != CwTypeRepairAction.Manual);
    }

    [Fact]
    public void The_planner_never_sets_the_phone_flag_on_an_email_or_fax_type_nor_the_email_flag_on_a_phone_or_fax_type()
    {
        var table = new List<CwCommunicationType> { T(1, "Email", email: true, isDefault: true), T(2, "Mobile", email: true), T(3, "Cell", fax: true), T(4, "Direct", phone: true, isDefault: true) };
        CwCommunicationTypeFinding Set(int id, string flag) => new() { Code = CwTypeFindingCode.FlagMissing, Action = CwTypeRepairAction.SetFlags, TargetId = id, SetFlags = [flag] };

        foreach (var (id, flag) in new[] { (2, "phoneFlag"), (3, "phoneFlag"), (4, "emailFlag"), (3, "emailFlag") })
        {
            var step = CwTypeRepairPlanner.Plan(Set(id, flag), table);
            Assert.Equal((CwTypeRepairStepKind.Blocked, CwTypeRepairBlock.ManualStep), (step.Kind, step.Block));
            Assert.Contains("Not setting the " + flag.Replace("Flag", "") + " flag", step.Reason);
        }
    }

    [Fact]
    public void A_finding_is_current_only_as_Test_made_it_for_the_table_as_it_is()
    {
        var table = new List<CwCommunicationType> { T(1, " Email", email: true, isDefault: true), T(2, "Direct ", phone: true, isDefault: true), T(3, "Mobile  Phone", phone: true) };
        var findings = CwCommunicationTypeRules.Test(table);
        var current = CwTypeFindingCheck.Current(table);
        Assert.All(findings, f => Assert.Same(CwTypeFindingCheck.Match(Copy(f), current), current.First(c => c.Code == f.Code && c.TargetId == f.TargetId && c.NewDescription == f.NewDescription)));
        // A finding of Test -Preferred Cell is current too.
        Assert.NotNull(CwTypeFindingCheck.Match(CwCommunicationTypeRules.Test(table, "Cell").Single(f => f.Code == CwTypeFindingCode.MobileTypeMissing), current));

        // Edited: another name, another target, another flag.
        var rename = findings.Single(f => f.Code == CwTypeFindingCode.MobileTypeMissing);
        var foo = Copy(rename); foo.NewDescription = "Foo";
        var other = Copy(rename); other.TargetId = 2;
        var flag = Copy(rename); flag.SetFlags = ["defaultFlag"];
        Assert.All(new[] { foo, other, flag }, f => Assert.Null(CwTypeFindingCheck.Match(f, current)));
        Assert.Contains("or the finding was edited", CwTypeFindingCheck.WhyNotCurrent(foo, table));

        // Stale: id 3 is another type now, or gone.
        table[2] = T(3, "Pager", phone: true);
        Assert.Null(CwTypeFindingCheck.Match(rename, CwTypeFindingCheck.Current(table)));
        Assert.Contains("the type with id 3 is now 'Pager', not 'Mobile  Phone'", CwTypeFindingCheck.WhyNotCurrent(rename, table));
        table.RemoveAt(2);
        Assert.Contains("the type with id 3 is no longer in the table", CwTypeFindingCheck.WhyNotCurrent(rename, table));
    }

    private static CwCommunicationTypeFinding Copy(CwCommunicationTypeFinding f) => new()
    {
        Code = f.Code, Severity = f.Severity, TypeIds = f.TypeIds.ToList(), Types = f.Types.ToList(), Message = f.Message, Fix = f.Fix,
        Action = f.Action, TargetId = f.TargetId, NewDescription = f.NewDescription, SetFlags = f.SetFlags.ToList(), ClearFlags = f.ClearFlags.ToList(),
    };
}
