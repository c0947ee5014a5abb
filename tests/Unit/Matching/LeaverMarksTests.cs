using System.Linq;
using QuickpassPsa.Core.Matching;
using static QuickpassPsa.Tests.Matching.MatchingFixtures;

namespace QuickpassPsa.Tests.Matching;

/// <summary>Contacts kept active with a leaver's mark in the name (ninth adversarial round): taken as inactive.</summary>
public class LeaverMarksTests
{
    [Theory]
    [InlineData("Smith (left)")]
    [InlineData("John (left)")]
    [InlineData("Smith - DO NOT USE")]
    [InlineData("Smith - Terminated")]
    [InlineData("Smith (ex-employee)")]
    [InlineData("Smith [LEFT 2023]")]
    [InlineData("Smith (old)")]
    [InlineData("Smith – no longer with us")]
    [InlineData("DELETED John Smith")]
    [InlineData("DNU Smith")]
    [InlineData("zz John")]
    [InlineData("zzSmith")]
    [InlineData("ZZZ - Smith")]
    [InlineData("_John")]
    [InlineData("~Mary")]
    [InlineData("*David")]
    [InlineData(".Laura")]
    public void A_name_that_marks_a_leaver_is_marked(string name)
    {
        Assert.True(LeaverMarks.Marked(name));
    }

    [Theory]
    [InlineData("Smith")]
    [InlineData("Smith-Jones")]
    [InlineData("Smith - Jones")]
    [InlineData("Old")]                // a surname
    [InlineData("Oldham")]
    [InlineData("Leftwich")]
    [InlineData("Zzyzx")]
    [InlineData("Xavier")]
    [InlineData("Anne (Annie)")]
    [InlineData("Jean-Pierre")]
    public void An_ordinary_name_is_not_marked(string name)
    {
        Assert.False(LeaverMarks.Marked(name));
    }

    [Theory]
    [InlineData("John", "Smith (left)")]
    [InlineData("John", "Smith - DO NOT USE")]
    [InlineData("John (left)", "Smith")]
    public void A_marked_contact_with_the_accounts_address_is_Review_and_never_a_link(string first, string last)
    {
        var results = Run(new[] { Con("c1", first, last, null, "john.smith@contoso.com"), Con("c2", "John", "Smith") }, Acc("a1", "John", "Smith", "john.smith@contoso.com"));

        var m = Assert.Single(results);
        Assert.NotEqual(MatchStatus.Suggested, m.Status);
        Assert.Contains(m.Candidates, c => c.Contact.Id == "c1" && c.Reasons.Contains(MatchReason.InactiveContact));
    }

    [Theory]
    [InlineData("LEFT COMPANY", true)]
    [InlineData("Former employee", true)]
    [InlineData("Terminated 2023", true)]
    [InlineData("Passed away", true)]              // round 67c: these linked a leaver's record at 2 stars
    [InlineData("RIP", true)]
    [InlineData("R.I.P.", true)]
    [InlineData("Relieved from service", true)]
    [InlineData("Contract ended", true)]
    [InlineData("End of contract", true)]
    [InlineData("Offboarded", true)]
    [InlineData("NLE - 2023", true)]
    [InlineData("Last day 31/03/2024", true)]
    [InlineData("Transferred to HQ", true)]
    [InlineData("Old account", true)]
    [InlineData("Served notice", true)]
    [InlineData("Absconded", true)]
    [InlineData("Controller", false)]
    [InlineData("Leftfield Designer", false)]
    [InlineData("Ripple Effect Analyst", false)]
    [InlineData("Quality Lead", false)]
    [InlineData("Contract Manager", false)]
    [InlineData("Expired Goods Clerk", false)]
    [InlineData("Transfer Pricing Analyst", false)]
    [InlineData("Stock Transferred Checker", false)]
    [InlineData("Expired 2022", true)]
    [InlineData("Deceased", true)]
    [InlineData("(Deceased 2021)", true)]
    [InlineData("Deceased Estates Officer", false)]    // round 68a: jobs at banks and law firms, print shops and video editing
    [InlineData("RIP Operator", false)]
    [InlineData("NLE Editor", false)]
    [InlineData("Absconding", true)]                // round 70a: Indian, Nigerian and South African HR wording linked leavers at 2 stars
    [InlineData("Retd.", true)]
    [InlineData("Rtd", true)]
    [InlineData("Superannuated", true)]
    [InlineData("VRS taken", true)]
    [InlineData("Took VRS in 2022", true)]
    [InlineData("Sacked", true)]
    [InlineData("Fired - 2023", true)]
    [InlineData("Ex-MD", true)]
    [InlineData("Ex-Director (Finance)", true)]
    [InlineData("Ex-officio Board Member", false)]
    [InlineData("RTD Calibration Engineer", false)]
    [InlineData("Fired Heater Engineer", false)]
    [InlineData("Texas-based Sales Rep", false)]
    [InlineData("Senior Consultant (ex-IBM)", false)]
    [InlineData("Volt ügyvezető", true)]             // round 72b: Hungarian "former" and a role
    [InlineData("Volt igazgató", true)]
    [InlineData("Volt Technician", false)]
    [InlineData(null, false)]
    public void A_job_title_that_says_the_person_left_marks_the_contact(string? title, bool marked)
    {
        Assert.Equal(marked, LeaverMarks.TitleMarked(title));
    }

    [Theory] // Round 71b: Central and Eastern European wording linked a leaver's record at 2 stars
    [InlineData("Były pracownik")]
    [InlineData("Nie pracuje od 2023")]
    [InlineData("Zwolniony")]
    [InlineData("Bývalý zaměstnanec")]
    [InlineData("Již nepracuje")]
    [InlineData("Ukončen pracovní poměr")]
    [InlineData("Kilépett")]
    [InlineData("Volt munkatárs")]
    [InlineData("Уволен")]
    [InlineData("Уволена 03.2023")]
    [InlineData("Не работает")]
    [InlineData("Звільнено")]
    [InlineData("Išėjo iš darbo")]
    [InlineData("Vairs nestrādā")]
    [InlineData("Bivši zaposlenik")]
    [InlineData("Plecat din firmă")]
    [InlineData("Напуснал")]
    [InlineData("Zwolniona")]                 // the other forms of the same words
    [InlineData("Zwolniona 2023")]
    [InlineData("Zwolniony z pracy")]
    [InlineData("Była pracownica")]
    [InlineData("Były dyrektor")]
    [InlineData("Уволенный")]
    [InlineData("Звільнений")]
    [InlineData("Звільнена")]
    [InlineData("Bývalá zaměstnankyně")]
    [InlineData("Nepracuje")]
    [InlineData("Volt dolgozó")]
    [InlineData("kilépett 2022")]
    [InlineData("Bivša zaposlenica")]
    [InlineData("Fost angajat")]
    [InlineData("Fostă angajată")]
    [InlineData("Fost director")]
    [InlineData("Напуснала")]
    [InlineData("Бивш служител")]
    [InlineData("Бывший сотрудник")]
    [InlineData("Nebedirba")]
    [InlineData("Bijušais darbinieks")]
    [InlineData("Byly pracownik")]            // and typed without their marks
    [InlineData("Byvaly zamestnanec")]
    [InlineData("Jiz nepracuje")]
    [InlineData("Ukonceny pracovny pomer")]
    [InlineData("Kilepett")]
    [InlineData("Volt munkatars")]
    [InlineData("Isejo is darbo")]
    [InlineData("Vairs nestrada")]
    [InlineData("Bivsi zaposlenik")]
    [InlineData("Plecat din firma")]
    [InlineData("Fosta angajata")]
    [InlineData("Bijusais darbinieks")]
    [InlineData("NIE UŻYWAĆ")]
    public void A_job_title_in_a_central_or_eastern_european_language_that_says_the_person_left_marks_the_contact(string title)
    {
        Assert.True(LeaverMarks.TitleMarked(title));
    }

    [Theory]
    [InlineData("Zwolnienia Officer")]             // handles dismissals
    [InlineData("Specjalista ds. zwolnień")]
    [InlineData("Специалист по увольнениям")]
    [InlineData("Фахівець зі звільнення")]
    [InlineData("Concediu de maternitate")]         // on leave is no leaver
    [InlineData("Pracownik biurowy")]
    [InlineData("Volt Charging Technician")]
    [InlineData("Vedoucí oddělení")]
    [InlineData("Ex Works Coordinator")]            // round 71a: "Ex MD" is a former role, these are terms of trade, payment and office
    [InlineData("Ex Gratia Payments Officer")]
    [InlineData("Ex Officio Member")]
    [InlineData("EX OFFICIO MEMBER")]
    [InlineData("Executive MD")]
    [InlineData("Exam Officer")]
    public void A_job_with_such_a_word_in_it_is_no_leavers_mark(string title)
    {
        Assert.False(LeaverMarks.TitleMarked(title));
    }

    [Theory] // Round 71a: "Ex MD" linked at 2 stars where "Ex-MD" was Review
    [InlineData("Ex MD")]
    [InlineData("Ex CEO")]
    [InlineData("Ex. Director")]
    [InlineData("ex director (finance)")]
    [InlineData("Ex HOD")]
    public void A_former_role_written_with_a_space_marks_the_contact(string title)
    {
        Assert.True(LeaverMarks.TitleMarked(title));
    }

    [Theory] // Round 71b: "Nowak (NIE UŻYWAĆ)" linked at 2 stars; the other notes were found only as a part of the surname
    [InlineData("Nowak (NIE UŻYWAĆ)")]
    [InlineData("Nowak (nie uzywac)")]
    [InlineData("Nowak (odszedł)")]
    [InlineData("Nowak (zwolniona)")]
    [InlineData("Nowak (nepracuje)")]
    [InlineData("Nowak (kilépett)")]
    [InlineData("Nowak (уволен)")]
    [InlineData("Nowak [NEPLATNÝ]")]
    [InlineData("Nowak - były pracownik")]
    public void A_surname_with_a_leavers_note_in_a_central_or_eastern_european_language_marks_the_contact(string last)
    {
        Assert.True(LeaverMarks.Marked(last));
    }

    [Theory]
    [InlineData("Były pracownik")]
    [InlineData("Уволена 03.2023")]
    [InlineData("Kilépett")]
    [InlineData("Ex MD")]
    public void A_contact_whose_local_title_says_the_person_left_is_no_name_link(string title)
    {
        var leaver = Con("c1", "Adam", "Nowak");
        leaver.Title = title;

        var m = Run(new[] { leaver }, Acc("a1", "Adam", "Nowak", "adam.nowak@danubia.pl")).Single();

        Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId));
        Assert.Contains(MatchReason.InactiveContact, m.Reasons);
    }

    [Fact]
    public void A_contact_with_a_local_do_not_use_note_is_no_name_link()
    {
        var m = Run(new[] { Con("c1", "Ewa", "Nowak (NIE UŻYWAĆ)") }, Acc("a1", "Ewa", "Nowak", "ewa.nowak@danubia.pl")).Single();

        Assert.NotEqual(MatchStatus.Suggested, m.Status);
        Assert.Contains(m.Candidates, c => c.ContactId == "c1" && c.Reasons.Contains(MatchReason.InactiveContact));
    }

    [Theory]
    [InlineData("Tan (passed away)")]
    [InlineData("Tan (contract ended)")]
    [InlineData("Tan - RIP")]
    [InlineData("Tan [transferred]")]
    [InlineData("Okafor (Absconded)")]
    [InlineData("Okafor (Rtd)")]
    [InlineData("Okafor - Superannuated")]
    public void A_surname_with_a_leavers_note_marks_the_contact(string last)
    {
        Assert.True(LeaverMarks.Marked(last));
    }

    [Theory] // Last session's note: "[Resigned] Jun Jie | Tan" was marked a leaver but not found by name, so the account had no candidate
    [InlineData("[Resigned] Jun Jie", "Tan")]
    [InlineData("(Resigned) Jun Jie", "Tan")]
    [InlineData("Jun Jie", "Tan [LEFT 2023]")]
    [InlineData("Jun Jie [left]", "Tan")]
    [InlineData("Jun Jie", "[Old] Tan")]
    [InlineData("Jun Jie", "Tan (left)")]
    [InlineData("[Ex-staff] Jun Jie", "Tan")]   // round 70b: these were marked or not, but never found by name: twins
    [InlineData("(NLE) Jun Jie", "Tan")]
    [InlineData("[Expired] Jun Jie", "Tan")]
    [InlineData("(Do not contact) Jun Jie", "Tan")]
    [InlineData("{Left} Jun Jie", "Tan")]
    [InlineData("*LEFT* Jun Jie", "Tan")]
    [InlineData("Left: Jun Jie", "Tan")]
    [InlineData("LEFT - Jun Jie", "Tan")]
    [InlineData("zz Jun Jie", "Tan")]
    [InlineData("zzJun Jie", "Tan")]
    [InlineData("ZZZ_Jun Jie", "Tan")]
    [InlineData("ZZ- Jun Jie", "Tan")]
    [InlineData("_Jun Jie", "Tan")]
    [InlineData("Jun Jie", "zzz_Tan")]
    [InlineData("zzJunJie", "Tan")]            // round 71a: written solid before one word, and z_ or a note word joined by an underscore
    [InlineData("ZZJunJie", "Tan")]
    [InlineData("z_Jun Jie", "Tan")]
    [InlineData("old_Jun Jie", "Tan")]
    [InlineData("JunJie", "zzTan")]
    public void A_marked_contact_is_found_by_its_name_for_review(string first, string last)
    {
        var m = Run(new[] { Con("c1", first, last), Con("c2", "Zoe", "Park", null, "zpark@contoso.com") }, Acc("a1", "Jun Jie", "Tan", "junjie.tan@contoso.com")).Single();

        Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId));
        Assert.Contains(MatchReason.InactiveContact, m.Reasons);
    }

    [Fact]
    public void A_contact_whose_title_says_the_person_left_is_no_name_link()
    {
        var leaver = Con("c1", "John", "Smith");
        leaver.Title = "LEFT COMPANY";

        var m = Run(new[] { leaver }, Acc("a1", "John", "Smith", "john.smith@contoso.com")).Single();

        Assert.Equal((MatchStatus.Review, "c1"), (m.Status, m.ContactId));
        Assert.Contains(MatchReason.InactiveContact, m.Reasons);
    }
}
