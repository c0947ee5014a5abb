using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Matching.Companies;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Cmdlets;

/// <summary>
/// Save-, Set-, Remove-PsaCompanyMatch and Get-PsaCompanyMatchDecision in a hosted runspace with the built module, on
/// rows and stores made here (no PSA is called by these cmdlets; Find-PsaCompanyMatch with decisions, against the
/// simulator for both PSAs, is in CompanyDecisionFindTests).
/// </summary>
public class CompanyDecisionCmdletTests
{
    private static PsaCompany Co(string id, string name) => new() { Id = id, Name = name, Psa = "ConnectWise" };

    private static CompanyMatch Row(string customer, MatchStatus status, PsaCompany? company, params PsaCompany[] candidates) =>
        new(customer)
        {
            Status = status,
            Stars = status == MatchStatus.Suggested ? 3 : status == MatchStatus.Review ? 1 : 0,
            Company = company,
            Reasons = new[] { status == MatchStatus.Matched ? CompanyMatchReason.StoredDecision : CompanyMatchReason.CompanyExact },
            Candidates = (company == null ? candidates : new[] { company }.Concat(candidates)).Select(c => new CompanyCandidate(c, 90, CompanyMatchReason.CompanyNormalized)).ToList(),
        };

    private static readonly PsaCompany Contoso = Co("80", "Contoso Ltd");
    private static readonly PsaCompany Fabrikam = Co("82", "Fabrikam Group");
    private static readonly PsaCompany Northwind = Co("85", "Northwind Traders");
    private static readonly PsaCompany LitwareA = Co("83", "Litware, Inc.");
    private static readonly PsaCompany LitwareB = Co("84", "Litware Inc.");

    private static List<CompanyMatch> Rows() => new()
    {
        Row("Contoso Ltd", MatchStatus.Suggested, Contoso),
        Row("Fabrikam", MatchStatus.Review, Fabrikam),
        Row("Northwind", MatchStatus.Matched, Northwind),
        Row("Litware Inc", MatchStatus.Ambiguous, null, LitwareA, LitwareB),
        Row("Tailspin Toys", MatchStatus.Unmatched, null),
    };

    private static string Keys(IEnumerable<CompanyMatchDecision> decisions) =>
        string.Join(",", decisions.Select(d => d.Kind[0] + ":" + d.Customer + "=" + d.CompanyId).OrderBy(x => x, StringComparer.Ordinal));

    [Fact]
    public void Save_stores_Suggested_Review_and_Matched_rows_and_refuses_Ambiguous_and_Unmatched_rows_one_by_one()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "d.json");
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run("$args[0] | Save-PsaCompanyMatch -DecisionPath $args[1] -PassThru", Rows(), path);

        Assert.Null(result.TerminatingError);
        var saved = result.Objects<CompanyMatchDecision>();
        Assert.Equal("C:Contoso Ltd=80,C:Fabrikam=82,C:Northwind=85", Keys(saved));
        Assert.Equal("Contoso Ltd", saved.Single(d => d.CompanyId == "80").CompanyName);
        Assert.Equal("C:Contoso Ltd=80,C:Fabrikam=82,C:Northwind=85", Keys(new DecisionStore(path).ReadCompanyDecisions()));
        Assert.Empty(new DecisionStore(path).Read());

        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e =>
        {
            Assert.StartsWith("QuickpassPsa.MatchNotDecidable", e.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidOperation, e.CategoryInfo.Category);
            Assert.IsType<CompanyMatch>(e.TargetObject);
            Assert.Contains("-CompanyId", e.Exception.Message);
            Assert.Contains("Set-PsaCompanyMatch", e.ErrorDetails.RecommendedAction);
        });
        Assert.Equal(new[] { "Ambiguous", "Unmatched" }, result.Errors.Select(e => ((CompanyMatch)e.TargetObject).Status.ToString()).OrderBy(x => x));
    }

    [Fact]
    public void Save_with_CompanyId_takes_a_candidate_of_an_Ambiguous_row_and_refuses_an_id_that_is_not_one()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "d.json");
        using var ps = PowerShellHost.WithModule();
        var ambiguous = Rows()[3];

        var chosen = ps.Run("$args[0] | Save-PsaCompanyMatch -CompanyId ' 84 ' -DecisionPath $args[1] -PassThru", ambiguous, path);
        var wrong = ps.Run("$args[0] | Save-PsaCompanyMatch -CompanyId 999 -DecisionPath $args[1]", ambiguous, path);

        Assert.Empty(chosen.Errors);
        var link = Assert.Single(chosen.Objects<CompanyMatchDecision>());
        Assert.Equal(("Litware Inc", "84", "Litware Inc."), (link.Customer, link.CompanyId, link.CompanyName));
        var error = Assert.Single(wrong.Errors);
        Assert.StartsWith("QuickpassPsa.CompanyNotCandidate", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.IsType<CompanyMatch>(error.TargetObject);
        Assert.Contains("Set-PsaCompanyMatch", error.ErrorDetails.RecommendedAction);
        Assert.Equal("84", Assert.Single(new DecisionStore(path).ReadCompanyDecisions()).CompanyId);
    }

    [Fact]
    public void Save_writes_nothing_under_WhatIf_and_writes_once_at_the_end_of_the_pipeline()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "d.json");
        using var ps = PowerShellHost.WithModule();
        var many = Enumerable.Range(0, 200).Select(i => Row("Customer " + i, MatchStatus.Suggested, Co((1000 + i).ToString(), "Company " + i))).ToList();

        var whatIf = ps.Run("$args[0] | Save-PsaCompanyMatch -DecisionPath $args[1] -WhatIf", many.Take(3).ToList(), path);
        Assert.Empty(whatIf.Errors);
        Assert.False(File.Exists(path));
        Assert.False(File.Exists(path + ".lock"));

        var streamed = ps.Run("""
            $path = $args[1]
            $args[0] | ForEach-Object { if (Test-Path -LiteralPath $path) { 'written before the end' }; $_ } |
                Where-Object { $_ -isnot [string] } | Save-PsaCompanyMatch -DecisionPath $path -Verbose
            """, many, path);
        Assert.Empty(streamed.Errors);
        Assert.DoesNotContain(streamed.Output, o => o.BaseObject is string);
        Assert.Equal(200, new DecisionStore(path).ReadCompanyDecisions().Count);
        Assert.Single(streamed.Verbose, v => v.StartsWith("Saved 200 customer-company links"));
    }

    [Fact]
    public void Save_takes_rows_read_back_with_Import_Clixml()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "d.json");
        var xml = Path.Combine(temp.Path, "rows.xml");
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run("""
            $args[0] | Export-Clixml -LiteralPath $args[2]
            $back = Import-Clixml -LiteralPath $args[2]
            $back | Where-Object Status -in Suggested, Review | Save-PsaCompanyMatch -DecisionPath $args[1] -PassThru
            $back | Where-Object Status -eq Ambiguous | Save-PsaCompanyMatch -CompanyId 83 -DecisionPath $args[1] -PassThru
            """, Rows(), path, xml);

        Assert.Null(result.TerminatingError);
        Assert.Empty(result.Errors);
        Assert.Equal("C:Contoso Ltd=80,C:Fabrikam=82,C:Litware Inc=83", Keys(result.Objects<CompanyMatchDecision>()));
        Assert.Equal("Litware, Inc.", result.Objects<CompanyMatchDecision>().Single(d => d.CompanyId == "83").CompanyName);
        Assert.Equal(3, new DecisionStore(path).ReadCompanyDecisions().Count);
    }

    [Fact]
    public void A_new_link_replaces_the_customers_older_link_and_the_companys_older_customer_with_warnings()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "d.json");
        using var ps = PowerShellHost.WithModule();
        ps.Run("$args[0] | Save-PsaCompanyMatch -DecisionPath $args[1]", Rows().Take(2).ToList(), path);

        var byCustomer = ps.Run("Set-PsaCompanyMatch -Customer 'CONTOSO LTD ' -CompanyId 81 -DecisionPath $args[0]", path);
        var byCompany = ps.Run("Set-PsaCompanyMatch 'Fabrikam Inc' 82 -DecisionPath $args[0]", path);

        Assert.Empty(byCustomer.Errors);
        var warning = Assert.Single(byCustomer.Warnings);
        Assert.Contains("[80]", warning);
        Assert.Contains("[81]", warning);
        Assert.Contains("customer 'Fabrikam' ", Assert.Single(byCompany.Warnings));
        Assert.Equal("C:CONTOSO LTD=81,C:Fabrikam Inc=82", Keys(new DecisionStore(path).ReadCompanyDecisions()));
    }

    [Fact]
    public void Set_links_or_excludes_by_id_any_company_and_takes_customer_and_company_from_a_piped_row()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "d.json");
        using var ps = PowerShellHost.WithModule();

        var byId = ps.Run("Set-PsaCompanyMatch -Customer ' Tailspin Toys ' -CompanyId 4242 -DecisionPath $args[0] -PassThru", path);
        var excludeRow = ps.Run("$args[0] | Set-PsaCompanyMatch -Exclude -DecisionPath $args[1] -PassThru", Rows()[1], path);
        var rowOtherId = ps.Run("$args[0] | Set-PsaCompanyMatch -CompanyId 85 -DecisionPath $args[1] -PassThru", Rows()[3], path);
        // A row with no company binds no -CompanyId: PowerShell refuses that row, the others go on.
        var noCompany = ps.Run("$args[0] | Set-PsaCompanyMatch -Exclude -DecisionPath $args[1] -PassThru", new[] { Rows()[4], Rows()[0] }, path);

        Assert.Empty(byId.Errors);
        var link = Assert.Single(byId.Objects<CompanyMatchDecision>());
        Assert.Equal(("Confirmed", "Tailspin Toys", "4242", (string?)null), (link.Kind, link.Customer, link.CompanyId, link.CompanyName));
        var excluded = Assert.Single(excludeRow.Objects<CompanyMatchDecision>());
        Assert.Equal(("Excluded", "Fabrikam", "82"), (excluded.Kind, excluded.Customer, excluded.CompanyId));
        Assert.Equal(("Confirmed", "Litware Inc", "85"), (rowOtherId.Objects<CompanyMatchDecision>().Single().Kind, rowOtherId.Objects<CompanyMatchDecision>().Single().Customer, rowOtherId.Objects<CompanyMatchDecision>().Single().CompanyId));
        Assert.Single(noCompany.Errors);
        Assert.Equal("E:Contoso Ltd=80", Keys(noCompany.Objects<CompanyMatchDecision>()));
        Assert.Equal("C:Litware Inc=85,C:Tailspin Toys=4242,E:Contoso Ltd=80,E:Fabrikam=82", Keys(new DecisionStore(path).ReadCompanyDecisions()));
    }

    [Fact]
    public void Set_takes_a_company_object_live_or_imported_and_keeps_its_name()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "d.json");
        var xml = Path.Combine(temp.Path, "co.xml");
        using var ps = PowerShellHost.WithModule();

        var live = ps.Run("$args[0] | Set-PsaCompanyMatch -Customer Contoso -DecisionPath $args[1] -PassThru", Contoso, path);
        var imported = ps.Run("""
            $args[0] | Export-Clixml -LiteralPath $args[2]
            Set-PsaCompanyMatch -Customer Fabrikam -Company (Import-Clixml -LiteralPath $args[2]) -Exclude -DecisionPath $args[1] -PassThru
            """, Fabrikam, path, xml);
        var noId = ps.Run("$args[0] | Set-PsaCompanyMatch -Customer Nobody -DecisionPath $args[1]", new PsaCompany { Name = "No Id" }, path);

        Assert.Empty(live.Errors);
        Assert.Equal(("Confirmed", "Contoso", "80", "Contoso Ltd"), live.Objects<CompanyMatchDecision>().Select(d => (d.Kind, d.Customer, d.CompanyId, d.CompanyName)).Single());
        Assert.Empty(imported.Errors);
        Assert.Equal(("Excluded", "Fabrikam", "82", "Fabrikam Group"), imported.Objects<CompanyMatchDecision>().Select(d => (d.Kind, d.Customer, d.CompanyId, d.CompanyName)).Single());
        var error = Assert.Single(noId.Errors);
        Assert.StartsWith("QuickpassPsa.DecisionCompanyUnknown", error.FullyQualifiedErrorId);
        Assert.IsType<PsaCompany>(error.TargetObject);
        Assert.Equal(2, new DecisionStore(path).ReadCompanyDecisions().Count);
    }

    [Fact]
    public void Set_WhatIf_writes_nothing()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "d.json");
        using var ps = PowerShellHost.WithModule();
        var result = ps.Run("Set-PsaCompanyMatch -Customer Contoso -CompanyId 80 -Exclude -DecisionPath $args[0] -WhatIf", path);
        Assert.Empty(result.Errors);
        Assert.False(File.Exists(path));
    }

    private static string Seeded(TempFolder temp)
    {
        var path = Path.Combine(temp.Path, "d.json");
        var store = new DecisionStore(path);
        store.SaveCompanyDecisions(new[]
        {
            new CompanyMatchDecision(MatchDecisionKind.Confirmed, "Contoso Ltd", "80", "Contoso Ltd"),
            new CompanyMatchDecision(MatchDecisionKind.Excluded, "Contoso Ltd", "81", null),
            new CompanyMatchDecision(MatchDecisionKind.Excluded, "Contoso Ltd", "86", null),
            new CompanyMatchDecision(MatchDecisionKind.Confirmed, "Contoso Holdings", "87", null),
            new CompanyMatchDecision(MatchDecisionKind.Confirmed, "Fabrikam", "82", "Fabrikam Group"),
        });
        store.Save(new[] { new ContactMatchDecision(MatchDecisionKind.Confirmed, "80", "501", "jane@contoso.com", null, null) });
        return path;
    }

    [Fact]
    public void Get_filters_by_customer_wildcard_company_and_kind()
    {
        using var temp = new TempFolder();
        var path = Seeded(temp);
        using var ps = PowerShellHost.WithModule();

        string Listed(string filters) => Keys(ps.Run("Get-PsaCompanyMatchDecision -DecisionPath $args[0] " + filters, path).Objects<CompanyMatchDecision>());

        Assert.Equal("C:Contoso Holdings=87,C:Contoso Ltd=80,C:Fabrikam=82,E:Contoso Ltd=81,E:Contoso Ltd=86", Listed(""));
        Assert.Equal("C:Contoso Holdings=87,C:Contoso Ltd=80,E:Contoso Ltd=81,E:Contoso Ltd=86", Listed("-Customer 'contoso*'"));
        Assert.Equal("C:Contoso Ltd=80,E:Contoso Ltd=81,E:Contoso Ltd=86", Listed("' CONTOSO LTD '"));
        Assert.Equal("C:Contoso Holdings=87,C:Contoso Ltd=80,C:Fabrikam=82", Listed("-Kind confirmed"));
        Assert.Equal("E:Contoso Ltd=81", Listed("-CompanyId 81 -Kind Excluded"));
        Assert.Equal(string.Empty, Listed("-DecisionPath (Join-Path $args[0] '..' 'none.json')"));
    }

    [Fact]
    public void Remove_by_customer_drops_the_link_only_and_with_Exclude_only_exclusions_and_never_contact_decisions()
    {
        using var temp = new TempFolder();
        var path = Seeded(temp);
        using var ps = PowerShellHost.WithModule();

        var link = ps.Run("Remove-PsaCompanyMatch -Customer 'contoso ltd' -DecisionPath $args[0] -PassThru -Confirm:$false", path);
        Assert.Empty(link.Errors);
        Assert.Equal("C:Contoso Ltd=80", Keys(link.Objects<CompanyMatchDecision>()));
        Assert.Equal("C:Contoso Holdings=87,C:Fabrikam=82,E:Contoso Ltd=81,E:Contoso Ltd=86", Keys(new DecisionStore(path).ReadCompanyDecisions()));

        var one = ps.Run("Remove-PsaCompanyMatch 'Contoso Ltd' -Exclude -CompanyId 86 -DecisionPath $args[0] -Confirm:$false", path);
        Assert.Empty(one.Errors);
        Assert.Equal("C:Contoso Holdings=87,C:Fabrikam=82,E:Contoso Ltd=81", Keys(new DecisionStore(path).ReadCompanyDecisions()));

        var nothing = ps.Run("Remove-PsaCompanyMatch 'Nobody', 'Fabrikam' -DecisionPath $args[0] -Confirm:$false", path);
        var error = Assert.Single(nothing.Errors);
        Assert.StartsWith("QuickpassPsa.DecisionNotFound", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal("Nobody", error.TargetObject);
        Assert.Contains("Get-PsaCompanyMatchDecision", error.ErrorDetails.RecommendedAction);
        Assert.Equal("C:Contoso Holdings=87,E:Contoso Ltd=81", Keys(new DecisionStore(path).ReadCompanyDecisions()));

        Assert.Equal("501", Assert.Single(new DecisionStore(path).Read()).ContactId);
    }

    [Fact]
    public void Remove_takes_piped_decisions_exactly_also_after_a_Clixml_round_trip_and_honours_WhatIf()
    {
        using var temp = new TempFolder();
        var path = Seeded(temp);
        var xml = Path.Combine(temp.Path, "d.xml");
        using var ps = PowerShellHost.WithModule();

        var whatIf = ps.Run("Get-PsaCompanyMatchDecision -DecisionPath $args[0] | Remove-PsaCompanyMatch -DecisionPath $args[0] -WhatIf", path);
        Assert.Empty(whatIf.Errors);
        Assert.Equal(5, new DecisionStore(path).ReadCompanyDecisions().Count);

        var result = ps.Run("""
            Get-PsaCompanyMatchDecision -DecisionPath $args[0] -CompanyId 81 | Export-Clixml -LiteralPath $args[1]
            Import-Clixml -LiteralPath $args[1] | Remove-PsaCompanyMatch -DecisionPath $args[0] -Confirm:$false -PassThru
            """, path, xml);

        Assert.Empty(result.Errors);
        Assert.Equal("E:Contoso Ltd=81", Keys(result.Objects<CompanyMatchDecision>()));
        Assert.Equal("C:Contoso Holdings=87,C:Contoso Ltd=80,C:Fabrikam=82,E:Contoso Ltd=86", Keys(new DecisionStore(path).ReadCompanyDecisions()));
    }

    [Fact]
    public void Remove_takes_a_piped_row_or_name_as_its_customer_and_refuses_input_without_one()
    {
        using var temp = new TempFolder();
        var path = Seeded(temp);
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run("@($args[1], 'Fabrikam', [pscustomobject]@{ Phone = '555' }) | Remove-PsaCompanyMatch -DecisionPath $args[0] -Confirm:$false -PassThru",
            path, Rows()[0]);

        Assert.Equal("C:Contoso Ltd=80,C:Fabrikam=82", Keys(result.Objects<CompanyMatchDecision>()));
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("QuickpassPsa.DecisionInputUnrecognised", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Equal("C:Contoso Holdings=87,E:Contoso Ltd=81,E:Contoso Ltd=86", Keys(new DecisionStore(path).ReadCompanyDecisions()));
    }

    [Fact]
    public void A_corrupt_store_stops_every_company_decision_command_with_a_typed_error_and_the_file_is_kept()
    {
        using var temp = new TempFolder();
        var path = temp.Write("d.json", "{ not json");
        using var ps = PowerShellHost.WithModule();

        var results = new[]
        {
            ps.Run("$args[0] | Save-PsaCompanyMatch -DecisionPath $args[1]", Rows()[0], path),
            ps.Run("Set-PsaCompanyMatch Contoso 80 -DecisionPath $args[0]", path),
            ps.Run("Remove-PsaCompanyMatch Contoso -DecisionPath $args[0] -Confirm:$false", path),
            ps.Run("Get-PsaCompanyMatchDecision -DecisionPath $args[0]", path),
        };

        foreach (var result in results)
        {
            var error = result.TerminatingError;
            Assert.NotNull(error);
            Assert.StartsWith("QuickpassPsa.DecisionStoreUnreadable", error!.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
            Assert.Equal(path, error.TargetObject);
        }
        Assert.Equal("{ not json", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(temp.Path, "d.corrupt-*.json"));
    }

    [Fact]
    public void Without_DecisionPath_or_a_connection_the_commands_stop_before_any_row()
    {
        using var ps = PowerShellHost.WithModule();
        foreach (var script in new[] { "$args[0] | Save-PsaCompanyMatch", "Set-PsaCompanyMatch Contoso 80", "Remove-PsaCompanyMatch Contoso -Confirm:$false", "Get-PsaCompanyMatchDecision" })
        {
            var result = ps.Run(script, Rows()[0]);
            Assert.StartsWith("QuickpassPsa.PsaNotConnected", result.TerminatingError?.FullyQualifiedErrorId);
        }
        var badPath = ps.Run("$args[0] | Save-PsaCompanyMatch -DecisionPath 'Env:\\QpDecisions'", Rows()[0]);
        Assert.StartsWith("QuickpassPsa.DecisionPathInvalid", badPath.TerminatingError?.FullyQualifiedErrorId);
    }

    [Fact]
    public void Decisions_show_as_a_table_and_survive_ConvertTo_Json_and_Export_Csv()
    {
        using var temp = new TempFolder();
        var path = Seeded(temp);
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run("""
            $d = Get-PsaCompanyMatchDecision -DecisionPath $args[0] -CompanyId 80
            ($d | Format-Table | Out-String -Width 200).Trim()
            ($d | ConvertTo-Json -Compress | ConvertFrom-Json).Kind
            ($d | ConvertTo-Csv -NoTypeInformation | ConvertFrom-Csv).Customer
            """, path);

        Assert.Empty(result.Errors);
        var table = (string)result.Output[0].BaseObject;
        var header = table.Split('\n')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(new[] { "Kind", "Customer", "CompanyName", "CompanyId", "DecidedBy", "DecidedAt" }, header);
        Assert.Matches(@"Confirmed\s+Contoso Ltd\s+Contoso Ltd\s+80\s+", table);
        Assert.Equal("Confirmed", result.Output[1].BaseObject);
        Assert.Equal("Contoso Ltd", result.Output[2].BaseObject);
    }

    private static string[] Complete(PowerShellHost ps, string line)
    {
        var result = ps.Run("(TabExpansion2 -inputScript $args[0] -cursorColumn $args[0].Length).CompletionMatches | ForEach-Object CompletionText", line);
        Assert.Null(result.TerminatingError);
        Assert.Empty(result.Errors);
        return result.Output.Select(o => o.ToString()).ToArray();
    }

    [Fact]
    public void Customer_completes_from_the_customers_of_the_typed_store_and_a_corrupt_store_offers_nothing_and_is_not_copied()
    {
        using var temp = new TempFolder();
        var path = Seeded(temp);
        new DecisionStore(path).SaveCompanyDecisions(new[] { new CompanyMatchDecision(MatchDecisionKind.Confirmed, "Conto's [UK]", "90", null) });
        var corrupt = temp.Write("bad.json", "{ not json");
        using var ps = PowerShellHost.WithModule();

        Assert.Equal(new[] { "'Conto''s [UK]'", "'Contoso Holdings'", "'Contoso Ltd'" }, Complete(ps, $"Remove-PsaCompanyMatch -DecisionPath '{path}' -Customer cont"));
        Assert.Equal(new[] { "'Conto''s `[UK`]'", "'Contoso Holdings'", "'Contoso Ltd'" }, Complete(ps, $"Get-PsaCompanyMatchDecision -DecisionPath '{path}' -Customer Cont"));
        Assert.Equal(new[] { "Fabrikam" }, Complete(ps, $"Get-PsaCompanyMatchDecision -DecisionPath '{path}' fa"));
        // A relative -DecisionPath is read from PowerShell's current location, not the process's.
        Assert.Empty(ps.Run("Set-Location -LiteralPath $args[0]", temp.Path).Errors);
        Assert.Equal(new[] { "Fabrikam" }, Complete(ps, "Remove-PsaCompanyMatch -DecisionPath ./d.json -Customer F"));
        Assert.Empty(Complete(ps, $"Get-PsaCompanyMatchDecision -DecisionPath '{corrupt}' -Customer c"));
        Assert.Empty(Complete(ps, "Get-PsaCompanyMatchDecision -Customer c")); // no connection, no path: nothing, no error
        Assert.Empty(Directory.GetFiles(temp.Path, "bad.corrupt-*.json"));
    }
}
