using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa.Writes;
using QuickpassPsa.Core.Reporting;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Reporting;

/// <summary>Core's report writer on its own: what each section holds, encoding, self-containment and the atomic file.</summary>
public class MatchReportWriterTests
{
    private static string Row(string html, string tableId, string firstCell)
    {
        var table = Regex.Match(html, "<table class=\"sortable\" id=\"" + tableId + "\">.*?</tbody></table></section>", RegexOptions.Singleline).Value;
        Assert.NotEmpty(table);
        var row = Regex.Matches(table, "<tr><td[^>]*>(.*?)</tr>\n", RegexOptions.Singleline).Select(m => m.Value).FirstOrDefault(r => r.Contains(firstCell, StringComparison.Ordinal));
        Assert.True(row != null, "no row with '" + firstCell + "' in " + tableId);
        return row!;
    }

    [Fact]
    public void The_summary_counts_each_customers_statuses_with_a_chart()
    {
        var html = ReportSamples.Html(ReportSamples.Ordinary());
        var contoso = Row(html, "summary-table", "<td>Contoso</td>");
        Assert.Equal(new[] { "0", "1", "1", "1", "2", "5" }, Regex.Matches(contoso, "<td class=\"n\">(\\d+)</td>").Select(m => m.Groups[1].Value));
        Assert.Equal(4, Regex.Matches(contoso, "<rect ").Count); // four statuses present, four bar segments
        var fabrikam = Row(html, "summary-table", "<td>Fabrikam</td>");
        Assert.Equal(new[] { "1", "0", "0", "0", "1", "2" }, Regex.Matches(fabrikam, "<td class=\"n\">(\\d+)</td>").Select(m => m.Groups[1].Value));
        Assert.Contains("<svg id=\"overall-chart\"", html);
    }

    [Fact]
    public void Customer_summaries_name_each_customers_company_and_list_the_customers_that_were_not_matched()
    {
        var report = ReportSamples.Ordinary();
        foreach (var match in report.Matches.Where(m => m.Account.Customer == "Contoso"))
        {
            match.CompanyId = "19297";
            match.CompanyName = "Contoso Ltd";
        }
        report.Customers.Add(new QuickpassPsa.Core.Matching.Customers.CustomerMatchSummary("Contoso", 5) { CompanyId = "19297", CompanyName = "Contoso Ltd" });
        report.Customers.Add(new QuickpassPsa.Core.Matching.Customers.CustomerMatchSummary("Woodgrove <Bank>", 68)
        {
            State = QuickpassPsa.Core.Matching.Customers.CustomerRunState.NotLinked,
            Error = "The customer 'Woodgrove <Bank>' (68 accounts) has no stored link to a PSA company.",
        });

        var html = ReportSamples.Html(report);

        Assert.Contains("<td><bdi>Contoso Ltd</bdi> [19297]</td>", Row(html, "summary-table", "<td>Contoso</td>"));
        var woodgrove = Row(html, "customers-table", "<td>Woodgrove &lt;Bank&gt;</td>");
        Assert.Contains("NotLinked", woodgrove);
        Assert.Contains("<td class=\"n\">68</td>", woodgrove);
        Assert.Contains("no stored link", woodgrove);
        Assert.Contains("Customers not matched (1)", html);
        Assert.DoesNotContain("<Bank>", html);
    }

    [Fact]
    public void Without_customer_summaries_there_is_no_customers_section()
    {
        var html = ReportSamples.Html(ReportSamples.Ordinary());
        Assert.DoesNotContain("id=\"customers\"", html);
    }

    [Fact]
    public void A_review_row_sets_the_account_beside_its_candidate_field_by_field_with_the_score_and_its_parts()
    {
        var html = ReportSamples.Html(ReportSamples.Ordinary());
        var row = Row(html, "review-table", "William Stone");
        Assert.Contains("<th>First name</th><td>William</td><td class=\"bad\" title=\"Differs\">Bill</td>", row);
        Assert.Contains("<th>Last name</th><td>Stone</td><td class=\"ok\" title=\"Agrees\">Stone</td>", row);
        Assert.Contains("<td class=\"bad\" title=\"Differs\">b.stone@contoso.com</td>", row);
        Assert.Contains("<th>Mobile</th><td>+44 7700 900456</td><td class=\"ok\" title=\"Agrees\">07700 900456</td>", row); // same number, other format
        Assert.Contains("<td><b>60</b></td>", row);
        Assert.Contains("Nickname 60", row);
    }

    [Fact]
    public void Values_the_matcher_counts_equal_agree_in_the_evidence_and_values_that_differ_still_differ()
    {
        var report = ReportSamples.Ordinary();
        report.Matches.Add(ReportSamples.FoldedAlike());

        var row = Row(ReportSamples.Html(report), "review-table", "Zoe Unal");

        // Account against Zoë ÜNAL (agrees in every field) and Zoey Unwin (differs in every field).
        Assert.Contains("<th>First name</th><td>Zoe</td><td class=\"ok\" title=\"Agrees\">Zoë</td><td class=\"bad\" title=\"Differs\">Zoey</td>", row);
        Assert.Contains("<th>Last name</th><td>Unal</td><td class=\"ok\" title=\"Agrees\">ÜNAL</td><td class=\"bad\" title=\"Differs\">Unwin</td>", row);
        Assert.Contains("<td class=\"ok\" title=\"Agrees\">Zoe.Unal+tickets@Contoso.com</td><td class=\"bad\" title=\"Differs\">zoey.unwin@contoso.com</td>", row);
        Assert.Contains("<td class=\"ok\" title=\"Agrees\">425.555.0130</td><td class=\"bad\" title=\"Differs\">+1 425 555 0199</td>", row);
    }

    [Theory]
    [InlineData("O'Brien", "OBrien", FieldAgreement.Agrees)]
    [InlineData("Smith-Jones", "Smith Jones", FieldAgreement.Agrees)]
    [InlineData("Łukasz", "Lukasz", FieldAgreement.Agrees)]
    [InlineData("Ｊｏｈｎ", "john", FieldAgreement.Agrees)] // full-width letters
    [InlineData("Jon", "John", FieldAgreement.Differs)]
    [InlineData("Zoe", "", FieldAgreement.Missing)]
    public void Name_cells_compare_as_the_matchers_NameNormalizer_folds(string account, string contact, FieldAgreement expected)
    {
        var a = ReportSamples.Account("Contoso", account, "Lee", "x@contoso.com");
        var c = ReportSamples.Contact("1", contact, "Lee", "y@contoso.com");
        Assert.Equal(expected, FieldComparison.Compare(a, c).Single(f => f.Field == "First name").Agreement);
    }

    [Fact]
    public void An_ambiguous_row_shows_every_candidate_and_explains_an_inactive_penalty()
    {
        var html = ReportSamples.Html(ReportSamples.Ordinary());
        var row = Row(html, "review-table", "Sam Green");
        Assert.Contains("<th>Contact 2103</th><th>Contact 2104</th>", row);
        Assert.Contains("<td class=\"bad\" title=\"Differs\">inactive</td>", row);
        Assert.Contains("NameExact 80, InactiveContact -15", row);
        Assert.Contains("NameExact 80, SharedName", row);
        Assert.DoesNotContain("Ann Lee", Regex.Match(html, "id=\"review-table\".*?</table></section>", RegexOptions.Singleline).Value); // Suggested rows are not for review
    }

    [Fact]
    public void Unmatched_rows_say_whether_New_PsaContact_can_create_them_and_why_not()
    {
        var connectWise = ReportSamples.Html(ReportSamples.Ordinary("ConnectWise"));
        Assert.Contains("<td class=\"ok\">yes</td>", Row(connectWise, "unmatched-table", "Zoe Quinn"));
        Assert.Contains("<td class=\"bad\">no</td><td>No email address</td>", Row(connectWise, "unmatched-table", "Reception"));
        Assert.Contains("<td class=\"ok\">yes</td>", Row(connectWise, "unmatched-table", "Frontdesk")); // ConnectWise needs only a first name
        // Round 56: the reason says what ConnectWise needs (a first name), as New-PsaContact's error does.
        var report = ReportSamples.Ordinary("ConnectWise");
        report.Matches.Add(ReportSamples.Match(ReportSamples.Account("Contoso", "", "", "noname.box@contoso.com", display: ""), MatchStatus.Unmatched, null));
        report.Matches.Add(ReportSamples.Match(ReportSamples.Account("Contoso", "", "Smithers", "smithers@contoso.com", display: "Smithers"), MatchStatus.Unmatched, null));
        var html = ReportSamples.Html(report);
        Assert.Contains("<td class=\"bad\">no</td><td>The account has no name at all (ConnectWise needs a first name)</td>", Row(html, "unmatched-table", "noname.box@contoso.com"));
        Assert.Contains("<td class=\"ok\">yes</td>", Row(html, "unmatched-table", "Smithers"));

        var autotask = ReportSamples.Html(ReportSamples.Ordinary("Autotask"));
        var frontdesk = Row(autotask, "unmatched-table", "Frontdesk");
        Assert.Contains("<td class=\"bad\">no</td>", frontdesk);
        Assert.Contains("cannot be split into a first and a last name", frontdesk);
        Assert.Contains("Autotask needs a last name", frontdesk);
    }

    /// <summary>
    /// Round 54: a disabled Unmatched account was "yes" in the report, while the summary's ToCreate left it out and New-PsaContact
    /// passed it over. One rule (Creatability) says what can be created: the report's yes rows and ToCreate agree, on both PSAs.
    /// </summary>
    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_disabled_account_cannot_be_created_and_the_yes_rows_equal_the_summarys_ToCreate(string psa)
    {
        var report = ReportSamples.Ordinary(psa);
        var leaver = ReportSamples.Account("Contoso", "Len", "Leaver", "len.leaver@contoso.com");
        leaver.Enabled = false;
        report.Matches.Add(ReportSamples.Match(leaver, MatchStatus.Unmatched, null));
        var summaries = report.Matches.GroupBy(m => m.Account.Customer).Select(g =>
        {
            var summary = new QuickpassPsa.Core.Matching.Customers.CustomerMatchSummary(g.Key!, g.Count());
            summary.Tally(g, lastNameRequired: psa == "Autotask");
            return summary;
        }).ToList();

        var html = ReportSamples.Html(report);

        var row = Row(html, "unmatched-table", "Len Leaver");
        Assert.Contains("<td class=\"bad\">no</td>", row);
        Assert.Contains("Disabled: New-PsaContact passes it over (-IncludeDisabled creates it)", row);
        var table = Regex.Match(html, "id=\"unmatched-table\".*?</table>", RegexOptions.Singleline).Value;
        Assert.Equal(summaries.Sum(s => s.ToCreate), Regex.Matches(table, "<td class=\"ok\">yes</td>").Count);
        Assert.Equal(psa == "Autotask" ? 1 : 2, summaries.Sum(s => s.ToCreate)); // Zoe Quinn; Frontdesk on ConnectWise only
    }

    /// <summary>
    /// Round 61a: New-PsaContact refuses an account that is plainly no person (QuickpassPsa.AccountNotAPerson); the report says
    /// "no" with that reason and the summary's ToCreate leaves it out, by the same rule.
    /// </summary>
    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_service_account_cannot_be_created_and_the_yes_rows_equal_the_summarys_ToCreate(string psa)
    {
        var report = ReportSamples.Ordinary(psa);
        report.Matches.Add(ReportSamples.Match(ReportSamples.Account("Contoso", "Veeam", "Backup", "svc-backup@contoso.com"), MatchStatus.Unmatched, null));
        var summaries = report.Matches.GroupBy(m => m.Account.Customer).Select(g =>
        {
            var summary = new QuickpassPsa.Core.Matching.Customers.CustomerMatchSummary(g.Key!, g.Count());
            summary.Tally(g, lastNameRequired: psa == "Autotask");
            return summary;
        }).ToList();

        var html = ReportSamples.Html(report);

        var row = Row(html, "unmatched-table", "Veeam Backup");
        Assert.Contains("<td class=\"bad\">no</td>", row);
        Assert.Contains("Looks like a service account, not a person: New-PsaContact creates no contact for it (-Force creates one)", row);
        var table = Regex.Match(html, "id=\"unmatched-table\".*?</table>", RegexOptions.Singleline).Value;
        Assert.Equal(summaries.Sum(s => s.ToCreate), Regex.Matches(table, "<td class=\"ok\">yes</td>").Count);
        Assert.Equal(psa == "Autotask" ? 1 : 2, summaries.Sum(s => s.ToCreate));
    }

    /// <summary>
    /// Round 59: a 32-character first name was "yes" in the report and counted in ToCreate, and New-PsaContact refused it
    /// (ConnectWise's firstName holds 30; Autotask's lengths are its field information's). The one rule knows the lengths.
    /// </summary>
    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_value_longer_than_the_PSAs_field_cannot_be_created_and_the_yes_rows_equal_the_summarys_ToCreate(string psa)
    {
        var report = ReportSamples.Ordinary(psa);
        // Autotask's lengths come from the connection (its entityInformation/fields); ConnectWise's are fixed and need none.
        ContactFieldLimits? limits = psa == "Autotask"
            ? ContactFieldLimits.Autotask(QuickpassPsa.Core.Psa.Autotask.AutotaskFields.Parse(Newtonsoft.Json.Linq.JObject.Parse(
                "{\"fields\":[{\"name\":\"firstName\",\"length\":20},{\"name\":\"lastName\",\"length\":20},{\"name\":\"emailAddress\",\"length\":50}]}")))
            : null;
        report.Limits = limits;
        report.Matches.Add(ReportSamples.Match(ReportSamples.Account("Contoso", "Averyveryveryverylongfirstnamexx", "Lastname", "averylong@contoso.com"), MatchStatus.Unmatched, null));
        report.Matches.Add(ReportSamples.Match(ReportSamples.Account("Contoso", "Priya", "Venkataraghavan-Subramaniam", "priya.v@contoso.com"), MatchStatus.Unmatched, null));
        var summaries = report.Matches.GroupBy(m => m.Account.Customer).Select(g =>
        {
            var summary = new QuickpassPsa.Core.Matching.Customers.CustomerMatchSummary(g.Key!, g.Count());
            summary.Tally(g, lastNameRequired: psa == "Autotask", psa == "Autotask" ? limits : ContactFieldLimits.ConnectWise);
            return summary;
        }).ToList();

        var html = ReportSamples.Html(report);

        var longFirst = Row(html, "unmatched-table", "Averyveryveryverylongfirstnamexx");
        Assert.Contains("<td class=\"bad\">no</td>", longFirst);
        Assert.Contains("The firstName &#39;Averyveryveryverylongfirstnamexx&#39; has 32 characters; " + psa + "&#39;s firstName field holds at most " + (psa == "Autotask" ? "20" : "30"), longFirst);
        Assert.Contains("Shorten the name at the source", longFirst);
        var priya = Row(html, "unmatched-table", "Venkataraghavan");
        Assert.Contains(psa == "Autotask" ? "<td class=\"bad\">no</td>" : "<td class=\"ok\">yes</td>", priya); // 27 characters: ConnectWise holds 30
        var table = Regex.Match(html, "id=\"unmatched-table\".*?</table>", RegexOptions.Singleline).Value;
        Assert.Equal(summaries.Sum(s => s.ToCreate), Regex.Matches(table, "<td class=\"ok\">yes</td>").Count);
        Assert.Equal(psa == "Autotask" ? 1 : 3, summaries.Sum(s => s.ToCreate)); // Zoe Quinn; Frontdesk and Priya on ConnectWise only
    }

    [Fact]
    public void An_unmatched_row_after_elimination_names_the_contacts_other_accounts_took()
    {
        var report = ReportSamples.Ordinary();
        var taken = ReportSamples.Contact("2190", "John Paul", "Smith", "jpsmith@contoso.com");
        var paul = ReportSamples.Match(ReportSamples.Account("Contoso", "Paul", "Smith", "paul.smith@contoso.com"), MatchStatus.Unmatched, null,
            ReportSamples.Candidate(taken, 35, MatchReason.PartialName));
        paul.Reasons = new[] { MatchReason.AfterElimination };
        report.Matches.Add(paul);

        var html = ReportSamples.Html(report);

        var row = Row(html, "unmatched-table", "Paul Smith");
        Assert.Contains("<td class=\"ok\">yes</td>", row);
        Assert.Contains("John Paul Smith", row);
        Assert.Contains("[2190]", row);
        Assert.Contains("<th>Taken by others</th>", html);
    }

    [Fact]
    public void The_run_names_its_time_and_the_connections_PSA_else_the_PSA_the_contacts_came_from()
    {
        var withConnection = ReportSamples.Html(ReportSamples.Ordinary("Autotask"));
        Assert.Contains("Run 2026-11-27 09:30:00 +01:00 against <b>Autotask</b> at https://api-na.example.test/v4_6_release/apis/3.0/", withConnection);

        var fromContacts = ReportSamples.Html(ReportSamples.Ordinary(psa: null));
        Assert.Contains("against <b>ConnectWise</b>:", fromContacts);

        var nothing = ReportSamples.Html(new MatchReport(ReportSamples.When));
        Assert.Contains("against <b>an unknown PSA</b>: 0 accounts, 0 communication-type findings.", nothing);
    }

    [Fact]
    public void Communication_type_findings_are_listed_with_their_fix()
    {
        var html = ReportSamples.Html(ReportSamples.Ordinary());
        var row = Row(html, "findings-table", "DescriptionSpacing");
        Assert.Contains("<td class=\"bad\">Error</td><td>DescriptionSpacing</td><td>&#39;Email &#39;</td>", row);
        Assert.Contains("Rename &#39;Email &#39; to &#39;Email&#39;.", row);
    }

    [Fact]
    public void Hostile_names_are_written_as_encoded_text_and_inject_no_markup()
    {
        var html = ReportSamples.Html(ReportSamples.WithHostileNames());
        foreach (var text in ReportSamples.Hostile)
        {
            Assert.DoesNotContain(text, html);
            Assert.Contains(Html.Encode(text), html);
        }
        Assert.Single(Regex.Matches(html, "<script", RegexOptions.IgnoreCase));
        Assert.Single(Regex.Matches(html, "<style", RegexOptions.IgnoreCase));
        foreach (var tag in new[] { "<img", "<iframe", "<a ", "<svg onload", "<b>bold" }) Assert.DoesNotContain(tag, html, StringComparison.OrdinalIgnoreCase);
        // Inside every tag the writer made, an attribute value never holds a raw quote from the data.
        Assert.DoesNotContain("onerror=alert(2)>", html);
        Assert.Contains("javascript:alert(6)//&lt;b&gt;", html);
    }

    [Fact]
    public void Encoding_covers_every_character_that_can_end_text_or_an_attribute()
    {
        Assert.Equal("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;", Html.Encode("<a href=\"x\" title='y'>Tom & Jerry</a>"));
        Assert.Equal("ab", Html.Encode("a\u0000\u001bb"));
        Assert.Equal("Zoë Ünal 李", Html.Encode("Zoë Ünal 李"));
        Assert.Equal(string.Empty, Html.Encode(null));
    }

    [Fact]
    public void The_file_is_self_contained_and_its_policy_allows_only_its_own_script()
    {
        var html = ReportSamples.Html(ReportSamples.Ordinary());
        foreach (var reference in new[] { "src=", "href=", "url(", "@import", "<link", "<img", "<iframe", "<object" })
        {
            Assert.DoesNotContain(reference, html, StringComparison.OrdinalIgnoreCase);
        }
        var policy = Regex.Match(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\">").Groups[1].Value;
        Assert.StartsWith("default-src 'none';", policy);
        var script = Regex.Match(html, "<script>(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        var hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(script)));
        Assert.Contains("script-src 'sha256-" + hash + "';", policy);
    }

    [Fact]
    public void Writing_over_an_existing_report_replaces_it_whole_and_leaves_no_temporary_file()
    {
        using var folder = new TempFolder();
        var path = folder.Write("report.html", "old report");
        MatchReportFile.Write(ReportSamples.Ordinary(), path);
        var text = File.ReadAllText(path);
        Assert.StartsWith("<!DOCTYPE html>", text);
        Assert.EndsWith("</html>\n", text);
        Assert.Equal(new[] { "report.html" }, Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_report_of_no_matches_still_has_every_section()
    {
        var html = ReportSamples.Html(new MatchReport(ReportSamples.When));
        foreach (var id in new[] { "summary", "review", "unmatched", "findings" }) Assert.Contains("<section id=\"" + id + "\">", html);
        Assert.Contains("Review and Ambiguous (0)", html);
        Assert.Contains("None given to this report", html);
    }

    [Fact]
    public void A_right_to_left_name_is_isolated_so_its_id_and_address_stay_on_their_side()
    {
        // Round 41: "[2001] شركة الأمل للتجارة" showed where "شركة الأمل للتجارة [2001]" was written.
        var report = new MatchReport(ReportSamples.When);
        var account = ReportSamples.Account("الأمل", "سارة", "حداد", "sara@alamal.example", "سارة حداد");
        var match = ReportSamples.Match(account, MatchStatus.Review, null, ReportSamples.Candidate(ReportSamples.Contact("7", "سارة", "حداد", "s@alamal.example"), 80, MatchReason.NameExact));
        match.CompanyId = "2001";
        match.CompanyName = "شركة الأمل للتجارة";
        report.Matches.Add(match);

        var html = ReportSamples.Html(report);

        Assert.Contains("<td><bdi>شركة الأمل للتجارة</bdi> [2001]</td>", Row(html, "summary-table", "الأمل"));
        Assert.Contains("<td><bdi>سارة حداد</bdi> &lt;sara@alamal.example&gt;</td>", Row(html, "review-table", "الأمل"));
    }

    [Fact]
    public void The_customer_tables_have_a_filter_box_like_the_others()
    {
        var report = ReportSamples.Ordinary();
        report.Customers.Add(new QuickpassPsa.Core.Matching.Customers.CustomerMatchSummary("Woodgrove", 3) { State = QuickpassPsa.Core.Matching.Customers.CustomerRunState.NotLinked });

        var html = ReportSamples.Html(report);

        foreach (var table in new[] { "summary-table", "customers-table", "review-table", "unmatched-table" })
        {
            Assert.Contains("data-filter=\"" + table + "\"", html);
        }
    }

    [Fact]
    public void A_review_row_says_why_even_when_every_field_agrees()
    {
        // Round 41: a Review row with every field green and no word of its reason (ConflictingName).
        var report = new MatchReport(ReportSamples.When);
        var contact = ReportSamples.Contact("9", "Bob8", "Reyes", "bob8@contoso.com");
        var match = ReportSamples.Match(ReportSamples.Account("Contoso", "Bob8", "Reyes", "bob8@contoso.com"), MatchStatus.Review, contact,
            ReportSamples.Candidate(contact, 100, MatchReason.EmailPrimary, MatchReason.NameExact));
        match.Reasons = new[] { MatchReason.EmailPrimary, MatchReason.ConflictingName };
        report.Matches.Add(match);

        var row = Row(ReportSamples.Html(report), "review-table", "Contoso");

        Assert.Contains("<td>Review</td><td>EmailPrimary, ConflictingName</td>", row);
        Assert.Contains("EmailPrimary 100, NameExact 80, +3 for 1 more kind of evidence", row);
    }
}
