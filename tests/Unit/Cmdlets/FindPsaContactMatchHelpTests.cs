using System.Linq;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Cmdlets;

/// <summary>Find-PsaContactMatch's help as Get-Help shows it (built from docs/Find-PsaContactMatch.md).</summary>
public class FindPsaContactMatchHelpTests
{
    [Fact]
    public void Get_Help_has_a_synopsis_a_description_examples_and_every_parameter_described()
    {
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run("""
            $h = Get-Help Find-PsaContactMatch -Full
            $h.Synopsis
            ($h.description | ForEach-Object Text) -join ' '
            @($h.examples.example).Count
            @($h.parameters.parameter | Where-Object { $_ -and -not (($_.description | ForEach-Object Text) -join '') } | ForEach-Object name) -join ','
            @($h.parameters.parameter.name | Sort-Object) -join ','
            """);

        Assert.Empty(result.Errors);
        var text = result.Output.Select(o => o.BaseObject.ToString() ?? string.Empty).ToArray();
        Assert.StartsWith("Matches Quickpass accounts to the contacts of their PSA company", text[0]);
        Assert.Contains("Suggested (3 stars)", text[1]);
        Assert.True(int.Parse(text[2]) >= 2);
        Assert.Equal(string.Empty, text[3]);
        Assert.Equal("Account,Company,CompanyId,CompanyMatch,CompanyName,Connection,Contact,DecisionPath,IncludeInactive,LiteralCompanyName,Psa,Status,Strategy,Summary,SummaryVariable,ThrottleLimit", text[4]);
    }
}
