using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Reporting;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Reporting;

/// <summary>
/// The report as people meet it: opened from disk in headless Chromium. It renders, its tables sort and filter,
/// hostile names stay text in the live DOM, and the page asks for nothing but its own file. The screenshot is kept
/// in out/TestResults/ for a person to look at.
/// </summary>
public class ReportBrowserTests
{
    public static readonly string ScreenshotPath = Path.Combine(RepoPaths.Root, "out", "TestResults", "match-report.png");

    private static string WriteReport(TempFolder folder, MatchReport report)
    {
        var path = Path.Combine(folder.Path, "report.html");
        MatchReportFile.Write(report, path);
        return path;
    }

    [Fact]
    public void The_report_renders_in_Chromium_and_the_screenshot_is_kept()
    {
        using var folder = new TempFolder();
        var file = WriteReport(folder, ReportSamples.Ordinary());

        var dom = Chromium.DumpDom(file);
        Assert.Contains("id=\"review-table\"", dom);
        Assert.Contains("Summary per customer", dom);
        Assert.Contains("tabindex=\"0\"", dom); // the script ran: it made the headers focusable

        Chromium.Screenshot(file, ScreenshotPath);
        var png = File.ReadAllBytes(ScreenshotPath);
        Assert.True(png.Length > 10_000, "the screenshot is suspiciously small: " + png.Length + " bytes");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png.Take(4).ToArray());
    }

    [Fact]
    public async Task Clicking_a_header_sorts_its_table_and_clicking_again_reverses_it()
    {
        using var folder = new TempFolder();
        await using var page = await Chromium.OpenAsync(WriteReport(folder, ReportSamples.Ordinary()));

        const string accounts = "Array.from(document.querySelectorAll('#unmatched-table > tbody > tr')).map(r => r.cells[1].textContent).join('|')";
        Assert.Equal("Zoe Quinn|Reception|Frontdesk", (await page.EvaluateAsync(accounts))!.GetValue<string>());

        await page.EvaluateAsync("document.querySelectorAll('#unmatched-table > thead th')[1].click()");
        Assert.Equal("Frontdesk|Reception|Zoe Quinn", (await page.EvaluateAsync(accounts))!.GetValue<string>());
        Assert.Equal("ascending", (await page.EvaluateAsync("document.querySelectorAll('#unmatched-table > thead th')[1].getAttribute('aria-sort')"))!.GetValue<string>());

        await page.EvaluateAsync("document.querySelectorAll('#unmatched-table > thead th')[1].click()");
        Assert.Equal("Zoe Quinn|Reception|Frontdesk", (await page.EvaluateAsync(accounts))!.GetValue<string>());

        // Numbers sort as numbers: the Review row (best score 60) before the Ambiguous one (80), then after it.
        const string scores = "Array.from(document.querySelectorAll('#review-table > tbody > tr')).map(r => r.cells[4].textContent).join('|')";
        await page.EvaluateAsync("document.querySelectorAll('#review-table > thead th')[4].click()");
        Assert.Equal("60|80", (await page.EvaluateAsync(scores))!.GetValue<string>());
        await page.EvaluateAsync("document.querySelectorAll('#review-table > thead th')[4].click()");
        Assert.Equal("80|60", (await page.EvaluateAsync(scores))!.GetValue<string>());
    }

    /// <summary>Round 59: Zoe Unal against Zoë Ünal was painted red ("Differs") in the browser while the matcher said NameExact.</summary>
    [Fact]
    public async Task Evidence_cells_the_matcher_counts_equal_are_not_painted_as_differing()
    {
        using var folder = new TempFolder();
        var report = ReportSamples.Ordinary();
        report.Matches.Add(ReportSamples.FoldedAlike());
        await using var page = await Chromium.OpenAsync(WriteReport(folder, report));

        // The first candidate's column of Zoe Unal's evidence: each field's class and the colour the page gives it.
        const string cells = "JSON.stringify(Array.from(Array.from(document.querySelectorAll('#review-table > tbody > tr')).find(r => r.textContent.includes('Zoe Unal'))" +
            ".querySelectorAll('table tr')).filter(tr => ['First name', 'Last name', 'Email', 'Mobile'].includes(tr.cells[0].textContent)).map(tr => ({ field: tr.cells[0].textContent, cls: tr.cells[2].className, " +
            "differ: tr.cells[3].className, colour: getComputedStyle(tr.cells[2]).backgroundColor, bad: getComputedStyle(tr.cells[3]).backgroundColor })))";
        var json = (await page.EvaluateAsync(cells))!.GetValue<string>();
        var rows = JsonNode.Parse(json)!.AsArray();

        Assert.Equal(new[] { "First name", "Last name", "Email", "Mobile" }, rows.Select(r => r!["field"]!.GetValue<string>()));
        Assert.All(rows, r => Assert.Equal("ok", r!["cls"]!.GetValue<string>()));
        Assert.All(rows, r => Assert.Equal("bad", r!["differ"]!.GetValue<string>()));
        Assert.All(rows, r => Assert.NotEqual(r!["bad"]!.GetValue<string>(), r!["colour"]!.GetValue<string>())); // agree and differ look different
    }

    [Fact]
    public async Task Typing_in_the_filter_box_hides_the_rows_that_do_not_contain_the_text()
    {
        using var folder = new TempFolder();
        await using var page = await Chromium.OpenAsync(WriteReport(folder, ReportSamples.Ordinary()));

        await page.EvaluateAsync("(() => { const i = document.querySelector('input[data-filter=\"unmatched-table\"]'); i.value = 'fabrikam'; i.dispatchEvent(new Event('input')); })()");
        var visible = await page.EvaluateAsync("Array.from(document.querySelectorAll('#unmatched-table > tbody > tr')).filter(r => !r.hidden).map(r => r.cells[1].textContent).join('|')");
        Assert.Equal("Frontdesk", visible!.GetValue<string>());
    }

    [Fact]
    public async Task Hostile_names_inject_no_element_attribute_or_request_and_read_back_as_written()
    {
        using var folder = new TempFolder();
        var file = WriteReport(folder, ReportSamples.WithHostileNames());
        await using var page = await Chromium.OpenAsync(file);

        Assert.Equal(1, (await page.EvaluateAsync("document.querySelectorAll('script').length"))!.GetValue<int>());
        Assert.Equal(1, (await page.EvaluateAsync("document.querySelectorAll('style').length"))!.GetValue<int>());
        Assert.Equal(0, (await page.EvaluateAsync("document.querySelectorAll('img, iframe, a, object, embed, link, base, form, svg[onload], svg > svg').length"))!.GetValue<int>());
        Assert.Equal(0, (await page.EvaluateAsync("Array.from(document.querySelectorAll('b')).filter(b => b.textContent === 'bold').length"))!.GetValue<int>());
        var handlers = await page.EvaluateAsync("Array.from(document.querySelectorAll('*')).flatMap(e => Array.from(e.attributes).map(a => a.name)).filter(n => n.startsWith('on')).length");
        Assert.Equal(0, handlers!.GetValue<int>());
        Assert.Equal(0, (await page.EvaluateAsync("Array.from(document.querySelectorAll('*')).filter(e => Array.from(e.attributes).some(a => ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'style'].includes(a.name) && /javascript:|url\\(/i.test(a.value))).length"))!.GetValue<int>());
        Assert.False(page.HasEvent("Page.javascriptDialogOpening"), "a hostile name ran alert()");

        // Each hostile text is a customer name, shown as text in the summary table exactly as it was given.
        var customers = (await page.EvaluateAsync("Array.from(document.querySelectorAll('#summary-table > tbody > tr')).map(r => r.cells[0].textContent)"))!.AsArray()
            .Select(n => n!.GetValue<string>()).ToList();
        foreach (var text in ReportSamples.Hostile) Assert.Contains(text, customers);

        // The page asked for its own file and nothing else: no http(s), no data fetched from elsewhere.
        var requested = page.RequestedUrls;
        Assert.NotEmpty(requested);
        Assert.All(requested, url => Assert.StartsWith("file:", url));
    }

    [Fact]
    public async Task Sorting_and_filtering_make_no_request()
    {
        using var folder = new TempFolder();
        await using var page = await Chromium.OpenAsync(WriteReport(folder, ReportSamples.Ordinary()));
        await page.EvaluateAsync("document.querySelectorAll('table.sortable > thead th').forEach(th => th.click())");
        await page.EvaluateAsync("document.querySelectorAll('input[data-filter]').forEach(i => { i.value = 'x'; i.dispatchEvent(new Event('input')); })");
        await page.ScreenshotAsync(Path.Combine(RepoPaths.Root, "out", "TestResults", "match-report-sorted.png"));
        Assert.All(page.RequestedUrls, url => Assert.StartsWith("file:", url));
    }

    /// <summary>
    /// Round 54: a 100-character address and a long one-word surname made the Unmatched table wider than the window, and
    /// printing (no scrolling on paper) cut the Review table's evidence off; the filter boxes were printed too. Long values
    /// now wrap, the tables fit a narrow window and a portrait page, and the filter boxes are not printed.
    /// </summary>
    [Fact]
    public async Task Long_unbroken_values_wrap_so_every_table_fits_the_window_and_the_printed_page()
    {
        using var folder = new TempFolder();
        var report = ReportSamples.Ordinary();
        var address = "accounts-payable-notifications-do-not-reply-team@long-subsidiary-name-holdings-international-group.example.com";
        var surname = "Wolfeschlegelsteinhausenbergerdorffwelchevoralternwarengewissenhaftschaferswessenschafewarenwohlgepflegeundsorgfaltigkeitbeschutzen";
        report.Matches.Add(ReportSamples.Match(ReportSamples.Account("Contoso", "Svc", "Mailbox", address), MatchStatus.Unmatched, null));
        report.Matches.Add(ReportSamples.Match(ReportSamples.Account("Contoso", "Maria", surname, "maria@contoso.com"), MatchStatus.Unmatched, null));
        var namesake = ReportSamples.Contact("2300", "Maria", surname + "x", "m" + address);
        report.Matches.Add(ReportSamples.Match(ReportSamples.Account("Contoso", "Maria", surname, address), MatchStatus.Review, null,
            ReportSamples.Candidate(namesake, 45, MatchReason.Typo), ReportSamples.Candidate(namesake, 40, MatchReason.Typo)));
        await using var page = await Chromium.OpenAsync(WriteReport(folder, report));

        const string widths = "JSON.stringify({ window: document.documentElement.clientWidth, page: document.documentElement.scrollWidth, " +
            "tables: Array.from(document.querySelectorAll('table.sortable')).map(t => Math.ceil(t.getBoundingClientRect().right)), " +
            "filters: Array.from(document.querySelectorAll('input[data-filter]')).map(i => getComputedStyle(i.closest('p')).display) })";
        async Task<(int Window, int Page, int[] Tables, string[] Filters)> Measure(int width)
        {
            await page.SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = width, ["height"] = 900, ["deviceScaleFactor"] = 1, ["mobile"] = false });
            var json = JsonNode.Parse((await page.EvaluateAsync(widths))!.GetValue<string>())!;
            return (json["window"]!.GetValue<int>(), json["page"]!.GetValue<int>(), json["tables"]!.AsArray().Select(n => n!.GetValue<int>()).ToArray(),
                json["filters"]!.AsArray().Select(n => n!.GetValue<string>()).ToArray());
        }

        var screen = await Measure(1000);
        Assert.True(screen.Page <= screen.Window, "the page scrolls sideways: " + screen.Page + " px in a " + screen.Window + " px window; tables end at " + string.Join(", ", screen.Tables));
        Assert.All(screen.Tables, right => Assert.True(right <= screen.Window, "a table ends at " + right + " px in a " + screen.Window + " px window"));
        Assert.All(screen.Filters, display => Assert.NotEqual("none", display));
        Assert.True((await page.EvaluateAsync("document.querySelector('#unmatched-table td').offsetHeight < Array.from(document.querySelectorAll('#unmatched-table td')).find(c => c.textContent.includes('accounts-payable')).offsetHeight"))!.GetValue<bool>(),
            "the long address did not wrap onto more lines");

        // A portrait page (Letter or A4 less its margins is about 700 CSS px): no scrolling there, so every column must fit.
        await page.SendAsync("Emulation.setEmulatedMedia", new JsonObject { ["media"] = "print" });
        var paper = await Measure(700);
        Assert.True(paper.Page <= paper.Window, "the printed page is " + paper.Page + " px wide for " + paper.Window + " px of paper");
        Assert.All(paper.Tables, right => Assert.True(right <= paper.Window, "a printed table ends at " + right + " px on " + paper.Window + " px of paper"));
        Assert.All(paper.Filters, display => Assert.Equal("none", display));
        // Words that are words (a status, a header) are not broken in the middle to make room.
        Assert.True((await page.EvaluateAsync("Array.from(document.querySelectorAll('#review-table > tbody > tr > td:nth-child(3), #review-table > thead th')).every(c => c.scrollWidth <= c.clientWidth)"))!.GetValue<bool>(),
            "a status or a header overflows its cell");
    }
}
