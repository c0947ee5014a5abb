using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text.RegularExpressions;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Module;

/// <summary>docs/Verb-Noun.md pages become en-US MAML help at build time (build/MarkdownHelp.targets).</summary>
public class HelpTests
{
    private static readonly string[] CommonParameters = Cmdlet.CommonParameters.Concat(Cmdlet.OptionalCommonParameters).ToArray();

    [Fact]
    public void Every_exported_cmdlet_has_a_page_documenting_exactly_its_parameters()
    {
        using var ps = PowerShellHost.WithModule();
        var commands = ps.Run("Get-Command -Module QuickpassPsa").Output.Select(o => (CmdletInfo)o.BaseObject).ToList();
        Assert.NotEmpty(commands);

        foreach (var command in commands)
        {
            var page = Path.Combine(RepoPaths.Root, "docs", command.Name + ".md");
            Assert.True(File.Exists(page), "missing docs/" + command.Name + ".md");
            var documented = Regex.Matches(File.ReadAllText(page), @"^### -(\w+)\s*$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).OrderBy(n => n);
            var actual = command.Parameters.Keys.Where(k => !CommonParameters.Contains(k)).OrderBy(n => n);
            Assert.Equal(actual, documented);
        }
    }

    /// <summary>Every cmdlet page in docs/, found on disk: a new cmdlet's page is covered as it lands.</summary>
    public static IEnumerable<object[]> CmdletPages() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Root, "docs"), "*-*.md").Select(f => new object[] { Path.GetFileNameWithoutExtension(f) }).OrderBy(o => (string)o[0]);

    [Theory]
    [MemberData(nameof(CmdletPages))]
    public void Get_Help_shows_the_page(string name)
    {
        var page = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", name + ".md"));
        var synopsis = Regex.Match(page, @"## SYNOPSIS\s*\n(.+)\n").Groups[1].Value.Trim();
        var exampleCount = Regex.Matches(page, @"^### Example \d", RegexOptions.Multiline).Count;
        var parameterCount = Regex.Matches(page, @"^### -\w+\s*$", RegexOptions.Multiline).Count;
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run("""
            $h = Get-Help $args[0] -Full
            $h.Synopsis
            @($h.examples.example).Count
            @($h.parameters.parameter | Where-Object { $_ -and -not (($_.description | ForEach-Object Text) -join '') }).Count
            @($h.parameters.parameter | Where-Object { $_ }).Count
            """, name);

        Assert.Empty(result.Errors);
        Assert.Equal(synopsis, result.Output[0].BaseObject);
        Assert.Equal(exampleCount, result.Output[1].BaseObject);
        Assert.True(exampleCount > 0);
        Assert.Equal(0, result.Output[2].BaseObject); // every parameter has a description
        Assert.Equal(parameterCount, result.Output[3].BaseObject);
    }
}
