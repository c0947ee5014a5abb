using System;
using System.Linq;
using System.Management.Automation;
using System.Text.RegularExpressions;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Simulator.Infrastructure;
using QuickpassPsa.Tests.Infrastructure;
using QuickpassPsa.Tests.Simulator;

namespace QuickpassPsa.Tests.Cmdlets;

/// <summary>
/// Round 69: Find-PsaContactMatch -Company 'name', when no company has the name and the near-name fold is ambiguous, listed the
/// matcher's first ten candidates in its order, loosely related ones among them (every "Contoso ..." whose name merely begins with
/// the text's words), and counted ten when there were more. Now the error (still QuickpassPsa.CompanyAmbiguous, still stopping the
/// command) lists only the names plausibly meant, closest first, with the full count, and says how to list the others. Against the
/// simulator over HTTP on both PSAs.
/// </summary>
public class NearCompanyNameTests : IClassFixture<SimulatorFixture>
{
    /// <summary>(id, name, active): a Contoso family (same folded name, near spellings, branches) and a Fabrikam family of twelve legal forms.</summary>
    private static readonly (int Id, string Name, bool Active)[] Companies =
    {
        (1, "Contoso Ltd", true), (2, "Contoso Inc", true), (3, "Contoso Pharmaceuticals", true), (4, "Contoso Holdings", true),
        (5, "Contoso UK Ltd", true), (6, "Contoso Group", true), (7, "Contoso Retail", true), (8, "Contoso Foods", true),
        (9, "Contoso Bank", true), (10, "Contoso Labs", true), (11, "Contoso, LLC", true), (12, "Contosso Ltd", true),
        (13, "Kontoso", true), (14, "The Contoso Company", true), (15, "Contoso Travel", true), (16, "Contoso Corp", false),
        (21, "Fabrikam Inc", true), (22, "Fabrikam LLC", true), (23, "Fabrikam GmbH", true), (24, "Fabrikam Ltd", true),
        (25, "Fabrikam Limited", true), (26, "Fabrikam Pty Ltd", true), (27, "Fabrikam BV", true), (28, "Fabrikam PLC", true),
        (29, "Fabrikam Corp", true), (30, "Fabrikam SARL", true), (31, "Fabrikam Oy", true), (32, "Fabrikam AB", true),
        (33, "Fabrikam Holdings", true),
    };

    private readonly SimulatorFixture _sim;

    public NearCompanyNameTests(SimulatorFixture sim)
    {
        _sim = sim;
        _sim.Sim.Reset();
        var cw = string.Join(",\n", Companies.Select(c => "{ \"id\": " + c.Id + ", \"identifier\": \"C" + c.Id + "\", \"name\": \"" + c.Name + "\"" +
            (c.Active ? string.Empty : ", \"status\": { \"id\": 2, \"name\": \"Inactive\" }") + " }"));
        var at = string.Join(",\n", Companies.Select(c => "{ \"id\": " + c.Id + ", \"companyName\": \"" + c.Name + "\", \"isActive\": " + (c.Active ? "true" : "false") + " }"));
        _sim.Seed("{ \"connectWise\": { \"companies\": [" + cw + "], \"communicationTypes\": [ { \"id\": 1, \"description\": \"Email\", \"emailFlag\": true, \"defaultFlag\": true } ], \"contacts\": [] }," +
                  "  \"autotask\": { \"companies\": [" + at + "], \"contacts\": [] } }");
        _sim.Sim.Faults.Set(new FaultSettings());
    }

    private static ErrorRecord Failed(PowerShellHost ps, string company)
    {
        using var temp = new TempFolder();
        var run = ps.Run("Find-PsaContactMatch -InputObject x@example.test -Company $args[0] -DecisionPath $args[1]", company, System.IO.Path.Combine(temp.Path, "store.json"));
        Assert.True(run.TerminatingError != null, company + ": " + string.Join(",", run.Output));
        Assert.Empty(run.Output);
        Assert.StartsWith("QuickpassPsa.CompanyAmbiguous,", run.TerminatingError!.FullyQualifiedErrorId);
        return run.TerminatingError;
    }

    /// <summary>The names the message lists, in its order.</summary>
    private static string[] Listed(ErrorRecord error) =>
        Regex.Matches(error.Exception.Message, @"'((?:[^']|'')*)' \(id \d+\)").Select(m => m.Groups[1].Value).ToArray();

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void An_ambiguous_fold_lists_the_names_plausibly_meant_closest_first_and_not_the_names_that_only_begin_with_the_words(string psa)
    {
        using var ps = SimulatorSession.Connected(_sim, psa);

        var error = Failed(ps, "Contoso");

        Assert.StartsWith("7 companies are named like 'Contoso' (the same words once case, punctuation, legal suffixes and a leading 'The' are set aside, " +
            "or a word one letter off or cut short), closest first: ", error.Exception.Message);
        var listed = Listed(error);
        // The same name folded first (the active ones, then the inactive Contoso Corp), then a letter off; no branch.
        Assert.Equal(new[] { "Contoso Inc", "Contoso Ltd", "Contoso, LLC", "The Contoso Company" }.OrderBy(n => n), listed.Take(4).OrderBy(n => n));
        Assert.Equal(new[] { "Contoso Corp", "Contosso Ltd", "Kontoso" }, listed.Skip(4));
        Assert.DoesNotContain(listed, n => n.Contains("Pharmaceuticals", StringComparison.Ordinal) || n.Contains("Holdings", StringComparison.Ordinal));

        // The advice says there are looser names, and how to list them; the command runs as written.
        var advice = error.ErrorDetails!.RecommendedAction;
        Assert.Contains("Other companies' names only begin with its words or are near spellings of it: Get-PsaCompany -Name '*Contoso*'", advice);
        Assert.Contains("3", ps.Run("(Get-PsaCompany -Name '*Contoso*').Id").Output.Select(o => o.ToString()));
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void Every_plausible_name_is_counted_and_the_texts_own_legal_form_comes_first(string psa)
    {
        using var ps = SimulatorSession.Connected(_sim, psa);

        var error = Failed(ps, "Fabrikam Ltd.");

        // Twelve legal forms of the same name: all counted, ten listed ("and 2 more"), the two Ltd ones first; never the holding company.
        Assert.StartsWith("12 companies are named like 'Fabrikam Ltd.'", error.Exception.Message);
        Assert.Contains(" and 2 more. Exactly one is needed.", error.Exception.Message);
        var listed = Listed(error);
        Assert.Equal(10, listed.Length);
        Assert.Equal(new[] { "Fabrikam Limited", "Fabrikam Ltd" }, listed.Take(2).OrderBy(n => n));
        Assert.DoesNotContain("Fabrikam Holdings", listed);
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void With_fewer_than_two_plausible_names_the_error_says_so_instead_of_listing_loose_ones(string psa)
    {
        using var ps = SimulatorSession.Connected(_sim, psa);

        // 'Contoso Pharma' cuts Contoso Pharmaceuticals short: that one is named, the four that merely begin with "Contoso" are not.
        var one = Failed(ps, "Contoso Pharma");
        Assert.StartsWith("No company is named 'Contoso Pharma'. Only 'Contoso Pharmaceuticals' (id 3) is named like it", one.Exception.Message);
        Assert.Equal(new[] { "Contoso Pharmaceuticals" }, Listed(one));
        Assert.Contains("If 'Contoso Pharmaceuticals' (id 3) is the company you mean, pass its exact name or its -CompanyId.", one.ErrorDetails!.RecommendedAction);

        // Nothing plausibly meant: nothing listed, and how to list the names with its longest word.
        var none = Failed(ps, "Contoso Dental");
        Assert.StartsWith("No company is named 'Contoso Dental' or like it (", none.Exception.Message);
        Assert.Empty(Listed(none));
        Assert.Contains("Get-PsaCompany -Name '*Contoso*' lists the companies with 'Contoso' in their name.", none.ErrorDetails!.RecommendedAction);
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void A_fold_to_one_company_is_still_taken_with_a_warning(string psa)
    {
        using var ps = SimulatorSession.Connected(_sim, psa);
        using var temp = new TempFolder();

        var run = ps.Run("Find-PsaContactMatch -InputObject x@example.test -Company 'Contosso' -DecisionPath $args[0]", System.IO.Path.Combine(temp.Path, "store.json"));

        Assert.Null(run.TerminatingError);
        Assert.Equal("12", Assert.Single(run.Output).Properties["CompanyId"].Value);
        Assert.Contains(run.Warnings, w => w.Contains("-Company 'Contosso' is taken as Contosso Ltd [12]", StringComparison.Ordinal));
    }
}
