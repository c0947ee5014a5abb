using System.IO;
using System.Text.RegularExpressions;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Cmdlets;

/// <summary>The decision cmdlets' help as Get-Help shows it (the same checks as HelpTests, for the contact and company decision pages and Find-PsaCompanyMatch).</summary>
public class DecisionHelpTests
{
    [Theory]
    [InlineData("Save-PsaContactMatch")]
    [InlineData("Set-PsaContactMatch")]
    [InlineData("Remove-PsaContactMatch")]
    [InlineData("Get-PsaContactMatchDecision")]
    [InlineData("Save-PsaCompanyMatch")]
    [InlineData("Set-PsaCompanyMatch")]
    [InlineData("Remove-PsaCompanyMatch")]
    [InlineData("Get-PsaCompanyMatchDecision")]
    [InlineData("Find-PsaCompanyMatch")]
    public void Get_Help_shows_synopsis_description_examples_and_every_parameter(string name)
    {
        var page = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", name + ".md"));
        var synopsis = Regex.Match(page, @"## SYNOPSIS\s*\n(.+)\n").Groups[1].Value.Trim();
        var parameterCount = Regex.Matches(page, @"^### -\w+\s*$", RegexOptions.Multiline).Count;
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run("""
            $h = Get-Help $args[0] -Full
            $h.Synopsis
            (($h.description | ForEach-Object Text) -join ' ').Length
            @($h.examples.example).Count
            @($h.parameters.parameter | Where-Object { $_ -and -not (($_.description | ForEach-Object Text) -join '') }).Count
            @($h.parameters.parameter | Where-Object { $_ }).Count
            """, name);

        Assert.Empty(result.Errors);
        Assert.Equal(synopsis, result.Output[0].BaseObject);
        Assert.True((int)result.Output[1].BaseObject > 100);
        Assert.True((int)result.Output[2].BaseObject >= 2);
        Assert.Equal(0, result.Output[3].BaseObject);
        Assert.Equal(parameterCount, result.Output[4].BaseObject);
    }
}
