using System;
using System.IO;
using System.Linq;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Simulator.Infrastructure;
using QuickpassPsa.Tests.Infrastructure;
using QuickpassPsa.Tests.Simulator;

namespace QuickpassPsa.Tests.Cmdlets;

/// <summary>
/// What Tab completion writes for a company or customer name is a text the parameter reads back as the company listed (round 67b),
/// against the simulator over HTTP: "Tick [x]" was written 'Tick `[x`]', the exact name of another company ("Tick `[x`]", with
/// backticks in its name), which the exact-name rule took instead; '  Leading Space Ltd' was written with its spaces.
/// </summary>
public class CompletionResolvesTests : IClassFixture<SimulatorFixture>, IDisposable
{
    private const string Seed = """
    {
      "connectWise": {
        "companies": [
          { "id": 31001, "identifier": "TickBracket", "name": "Tick [x]" },
          { "id": 31002, "identifier": "TickBacktick", "name": "Tick `[x`]" },
          { "id": 31003, "identifier": "TickX", "name": "Tick x" },
          { "id": 31004, "identifier": "Leading", "name": "  Leading Space Ltd" },
          { "id": 31005, "identifier": "Trailing", "name": "Trailing Space Ltd  " },
          { "id": 31006, "identifier": "Star", "name": "Star*" },
          { "id": 31007, "identifier": "StarBacktick", "name": "Star`*" }
        ],
        "communicationTypes": [ { "id": 1, "description": "Email", "emailFlag": true, "defaultFlag": true }, { "id": 4, "description": "Mobile", "phoneFlag": true } ],
        "contacts": []
      },
      "autotask": { "companies": [], "contacts": [] }
    }
    """;

    private readonly SimulatorFixture _sim;
    private readonly TempFolder _folder = new();
    private readonly string _store;

    public CompletionResolvesTests(SimulatorFixture sim)
    {
        _sim = sim;
        _sim.Sim.Reset();
        _sim.Seed(Seed);
        _sim.Sim.Faults.Set(new FaultSettings());
        _store = Path.Combine(_folder.Path, "store.json");
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>(what Tab writes, the name it lists) for the line.</summary>
    private static (string Text, string Listed)[] Complete(PowerShellHost ps, string line)
    {
        var result = ps.Run("(TabExpansion2 -inputScript $args[0] -cursorColumn $args[0].Length).CompletionMatches | ForEach-Object { $_.CompletionText; $_.ListItemText }", line);
        Assert.Null(result.TerminatingError);
        var texts = result.Output.Select(o => o.ToString()).ToArray();
        return Enumerable.Range(0, texts.Length / 2).Select(i => (texts[2 * i], texts[2 * i + 1])).ToArray();
    }

    private static string IdOf(string listed) => listed switch
    {
        "Tick [x]" => "31001",
        "Tick `[x`]" => "31002",
        "Tick x" => "31003",
        "  Leading Space Ltd" => "31004",
        "Trailing Space Ltd  " => "31005",
        "Star*" => "31006",
        "Star`*" => "31007",
        _ => throw new ArgumentException(listed),
    };

    [Theory]
    [InlineData("Get-PsaCompany -Name ", "(Get-PsaCompany -Name {0}).Id")]
    [InlineData("Get-PsaCompany -LiteralName ", "(Get-PsaCompany -LiteralName {0}).Id")]
    [InlineData("Get-PsaContact -CompanyName ", "Get-PsaContact -CompanyName {0} -Verbose")]
    [InlineData("Get-PsaContact -LiteralCompanyName ", "Get-PsaContact -LiteralCompanyName {0} -Verbose")]
    [InlineData("Find-PsaContactMatch -InputObject x@example.test -CompanyName ", "(Find-PsaContactMatch -InputObject x@example.test -CompanyName {0} -DecisionPath $args[0]).CompanyId")]
    [InlineData("New-PsaContact -CompanyName ", "$zed | New-PsaContact -CompanyName {0} -DecisionPath $args[0] -WhatIf")]
    public void Every_completed_company_name_names_the_company_it_lists(string line, string command)
    {
        using var ps = SimulatorSession.Connected(_sim, "ConnectWise",
            "$zed = ConvertTo-QpAccount ([pscustomobject]@{ GivenName = 'Zed'; Surname = 'Quill'; mail = 'zed.quill@example.test' })");

        foreach (var typed in new[] { "'Tick", "Lead", "'  Lead", "Trail", "Star" })
        {
            var completions = Complete(ps, line + typed);
            Assert.NotEmpty(completions);
            foreach (var (text, listed) in completions)
            {
                var run = ps.Run(string.Format(System.Globalization.CultureInfo.InvariantCulture, command, text), _store);
                var because = line + text + " (listed " + listed + ")";
                Assert.True(run.TerminatingError == null, because + ": " + run.TerminatingError);
                Assert.True(run.Errors.Count == 0, because + ": " + string.Join(" | ", run.Errors));
                var id = IdOf(listed);
                if (command.Contains("-Verbose", StringComparison.Ordinal)) Assert.True(run.Verbose.Any(v => v.Contains("contacts of", StringComparison.Ordinal) && v.Contains("[" + id + "]", StringComparison.Ordinal)), because);
                else if (command.Contains("New-PsaContact", StringComparison.Ordinal)) Assert.True(run.Verbose.Any(v => v.Contains("New contacts go to", StringComparison.Ordinal) && v.Contains("[" + id + "]", StringComparison.Ordinal)), because);
                else Assert.True(new[] { id }.SequenceEqual(run.Output.Select(o => o.ToString())), because + ": " + string.Join(",", run.Output));
            }
        }
    }

    [Fact]
    public void The_escaped_form_is_written_unless_it_is_another_company_s_exact_name_and_a_padded_name_is_written_without_its_spaces()
    {
        using var ps = SimulatorSession.Connected(_sim, "ConnectWise");

        var tick = Complete(ps, "Get-PsaCompany -Name 'Tick").ToDictionary(c => c.Listed, c => c.Text);
        Assert.Equal("'Tick [x]'", tick["Tick [x]"]);                 // 'Tick `[x`]' is the other company's name
        Assert.Equal("'Tick ```[x```]'", tick["Tick `[x`]"]);        // no company is named with doubled backticks: escapes write the name
        Assert.Equal("'Tick x'", tick["Tick x"]);
        var star = Complete(ps, "Get-PsaCompany -Name Star").ToDictionary(c => c.Listed, c => c.Text);
        Assert.Equal("Star*", star["Star*"]);                          // 'Star`*' is the other company's name
        Assert.Equal("'Star```*'", star["Star`*"]);
        Assert.Equal(new[] { ("'Leading Space Ltd'", "  Leading Space Ltd") }, Complete(ps, "Get-PsaContact -CompanyName Lead"));
        Assert.Equal(new[] { ("'Trailing Space Ltd'", "Trailing Space Ltd  ") }, Complete(ps, "New-PsaContact -CompanyName Trail"));
    }

    [Fact]
    public void Completed_customers_of_the_decision_store_name_the_customer_they_list()
    {
        new DecisionStore(_store).SaveCompanyDecisions(new[]
        {
            new CompanyMatchDecision(MatchDecisionKind.Confirmed, "Tick [x]", "31001", "Tick [x]"),
            new CompanyMatchDecision(MatchDecisionKind.Confirmed, "Tick `[x`]", "31002", "Tick `[x`]"),
            new CompanyMatchDecision(MatchDecisionKind.Confirmed, "Tick x", "31003", "Tick x"),
        });
        using var ps = PowerShellHost.WithModule();

        foreach (var cmdlet in new[] { "Get-PsaCompanyMatchDecision", "Remove-PsaCompanyMatch" })
        {
            var completions = Complete(ps, cmdlet + " -DecisionPath '" + _store + "' -Customer 'Tick");
            Assert.Equal(3, completions.Length);
            foreach (var (text, listed) in completions)
            {
                var run = ps.Run(cmdlet == "Get-PsaCompanyMatchDecision"
                    ? "(Get-PsaCompanyMatchDecision -DecisionPath $args[0] -Customer " + text + ").Customer"
                    : "$copy = $args[0] + '.copy.json'; Copy-Item -LiteralPath $args[0] -Destination $copy -Force\n" +
                      "(Remove-PsaCompanyMatch -DecisionPath $copy -Customer " + text + " -Confirm:$false -PassThru).Customer", _store);
                Assert.True(run.Errors.Count == 0 && run.TerminatingError == null, cmdlet + " " + text + ": " + string.Join(" | ", run.Errors) + run.TerminatingError);
                Assert.True(new[] { listed }.SequenceEqual(run.Output.Select(o => o.ToString())), cmdlet + " " + text + ": " + string.Join(",", run.Output));
            }
        }
        Assert.Equal("'Tick [x]'", Complete(ps, "Get-PsaCompanyMatchDecision -DecisionPath '" + _store + "' -Customer 'Tick").First(c => c.Listed == "Tick [x]").Text);
    }
}
