using System;
using System.Collections.Generic;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.ConnectWise.CommunicationTypes;
using QuickpassPsa.Core.Reporting;

namespace QuickpassPsa.Tests.Reporting;

/// <summary>Reports built directly from Core types: an ordinary one and one whose every text field is hostile.</summary>
internal static class ReportSamples
{
    /// <summary>Texts that would inject an element, an attribute, a script or a request if any of them reached the page raw.</summary>
    public static readonly string[] Hostile =
    {
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(2)>",
        "' onmouseover='alert(3)",
        "<a href=\"javascript:alert(4)\">click</a>",
        "Tom & Jerry <b>bold</b>",
        "<img src=\"http://203.0.113.9/track.png\">",
        "</td></tr></table><iframe src=\"https://203.0.113.9/\"></iframe>",
        "<svg onload=alert(5)>",
        "<style>body{background:url(http://203.0.113.9/x)}</style>",
    };

    public static readonly DateTimeOffset When = new(2026, 11, 27, 9, 30, 0, TimeSpan.FromHours(1));

    public static PsaContact Contact(string id, string first, string last, string email, string psa = "ConnectWise", string? mobile = null, bool active = true) =>
        new() { Id = id, Psa = psa, CompanyId = "250", CompanyName = "Contoso", FirstName = first, LastName = last, Emails = new[] { email }, MobilePhone = mobile, Active = active };

    public static Account Account(string customer, string first, string last, string? email, string? display = null, string? mobile = null) =>
        new() { Id = email ?? display ?? first, Customer = customer, FirstName = first, LastName = last, DisplayName = display ?? (first + " " + last).Trim(), Email = email, MobilePhone = mobile };

    public static ContactMatch Match(Account account, MatchStatus status, PsaContact? contact, params MatchCandidate[] candidates) =>
        new(account)
        {
            Status = status,
            Stars = status == MatchStatus.Suggested ? 3 : status == MatchStatus.Review ? 1 : 0,
            Contact = contact,
            Reasons = candidates.Length > 0 ? candidates[0].Reasons : Array.Empty<MatchReason>(),
            Candidates = candidates,
        };

    public static MatchCandidate Candidate(PsaContact contact, int score, params MatchReason[] reasons) => new(contact, score, reasons);

    /// <summary>
    /// An Ambiguous row whose account and first candidate are written apart only as the matcher folds away (round 59: Zoe Unal
    /// against Zoë Ünal was red in the report, NameExact in the matcher): accents and case in the names, case and a plus tag in
    /// the address, the mobile's format; and a second candidate that truly differs.
    /// </summary>
    public static ContactMatch FoldedAlike()
    {
        var zoe = Contact("2401", "Zoë", "ÜNAL", "Zoe.Unal+tickets@Contoso.com", mobile: "425.555.0130");
        var other = Contact("2402", "Zoey", "Unwin", "zoey.unwin@contoso.com", mobile: "+1 425 555 0199");
        return Match(Account("Contoso", "Zoe", "Unal", "zoe.unal@contoso.com", mobile: "+1 (425) 555-0130"), MatchStatus.Ambiguous, null,
            Candidate(zoe, 80, MatchReason.NameExact), Candidate(other, 80, MatchReason.Typo));
    }

    /// <summary>Two customers, every status, a review with a nickname, an ambiguous pair, unmatched rows that can and cannot be created, findings.</summary>
    public static MatchReport Ordinary(string? psa = "ConnectWise")
    {
        var report = new MatchReport(When) { Psa = psa, Endpoint = psa == null ? null : "https://api-na.example.test/v4_6_release/apis/3.0/" };
        var ann = Contact("2101", "Ann", "Lee", "ann.lee@contoso.com", mobile: "+44 7700 900123");
        report.Matches.Add(Match(Account("Contoso", "Ann", "Lee", "ann.lee@contoso.com"), MatchStatus.Suggested, ann, Candidate(ann, 100, MatchReason.EmailPrimary)));
        var bill = Contact("2102", "Bill", "Stone", "b.stone@contoso.com", mobile: "07700 900456");
        report.Matches.Add(Match(Account("Contoso", "William", "Stone", "william.stone@contoso.com", mobile: "+44 7700 900456"), MatchStatus.Review, bill,
            Candidate(bill, 60, MatchReason.Nickname)));
        var sam1 = Contact("2103", "Sam", "Green", "sam@contoso.com");
        var sam2 = Contact("2104", "Sam", "Green", "sgreen@contoso.com", active: false);
        report.Matches.Add(Match(Account("Contoso", "Sam", "Green", "sam.green@contoso.com"), MatchStatus.Ambiguous, null,
            Candidate(sam1, 80, MatchReason.NameExact, MatchReason.SharedName), Candidate(sam2, 65, MatchReason.NameExact, MatchReason.InactiveContact)));
        report.Matches.Add(Match(Account("Contoso", "Zoe", "Quinn", "zoe.quinn@contoso.com"), MatchStatus.Unmatched, null));
        report.Matches.Add(Match(Account("Contoso", "", "", null, display: "Reception"), MatchStatus.Unmatched, null));
        report.Matches.Add(Match(Account("Fabrikam", "", "", "frontdesk@fabrikam.com", display: "Frontdesk"), MatchStatus.Unmatched, null));
        var yan = Contact("3101", "Yan", "Li", "yan.li@fabrikam.com");
        report.Matches.Add(Match(Account("Fabrikam", "Yan", "Li", "yan.li@fabrikam.com"), MatchStatus.Matched, yan, Candidate(yan, 100, MatchReason.StoredDecision)));
        report.Findings.Add(new CwCommunicationTypeFinding
        {
            Code = CwTypeFindingCode.DescriptionSpacing, Severity = CwTypeSeverity.Error, TypeIds = new[] { 7 }, Types = new[] { "'Email '" },
            Message = "The type 'Email ' has a trailing space.", Fix = "Rename 'Email ' to 'Email'.", Action = CwTypeRepairAction.Rename, TargetId = 7, NewDescription = "Email",
        });
        return report;
    }

    /// <summary>The ordinary report plus rows and a finding whose every text is one of <see cref="Hostile"/>.</summary>
    public static MatchReport WithHostileNames()
    {
        var report = Ordinary();
        report.Endpoint = "javascript:alert(6)//<b>";
        var i = 0;
        foreach (var text in Hostile)
        {
            i++;
            var contact = new PsaContact { Id = text, Psa = "ConnectWise", FirstName = text, LastName = text, Emails = new[] { text + "@x.test" }, MobilePhone = text, CompanyName = text };
            var account = new Account { Id = "h" + i, Customer = text, FirstName = text, LastName = text, DisplayName = text, Email = text, MobilePhone = text, UserPrincipalName = text };
            report.Matches.Add(Match(account, i % 3 == 0 ? MatchStatus.Unmatched : i % 3 == 1 ? MatchStatus.Review : MatchStatus.Ambiguous, i % 3 == 1 ? contact : null,
                Candidate(contact, 50, MatchReason.Typo), Candidate(contact, 45, MatchReason.Initial)));
            report.Findings.Add(new CwCommunicationTypeFinding
            {
                Code = CwTypeFindingCode.DuplicateDescription, Severity = CwTypeSeverity.Warning, Types = new[] { text }, Message = text, Fix = text, Action = CwTypeRepairAction.Manual,
            });
        }
        return report;
    }

    public static string Html(MatchReport report)
    {
        using var text = new System.IO.StringWriter();
        MatchReportWriter.Write(report, text);
        return text.ToString();
    }
}
