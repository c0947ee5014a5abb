using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation.Language;
using System.Xml;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Module;

/// <summary>Every PowerShell file in the repository parses with the engine's own parser: a fast check before
/// the Pester suite runs them for real in pwsh.</summary>
public class ScriptParseTests
{
    private static readonly string[] Skipped = { "bin", "obj", "out", ".git", "TestResults", "node_modules" };

    public static IEnumerable<object[]> Files(params string[] extensions) =>
        Walk(RepoPaths.Root).Where(f => extensions.Contains(Path.GetExtension(f), System.StringComparer.OrdinalIgnoreCase))
            .Select(f => new object[] { Path.GetRelativePath(RepoPaths.Root, f) });

    public static IEnumerable<object[]> ScriptFiles() => Files(".ps1", ".psm1", ".psd1");
    public static IEnumerable<object[]> XmlFiles() => Files(".ps1xml");

    private static IEnumerable<string> Walk(string dir)
    {
        foreach (var file in Directory.GetFiles(dir)) yield return file;
        foreach (var sub in Directory.GetDirectories(dir).Where(d => !Skipped.Contains(Path.GetFileName(d))))
        {
            foreach (var file in Walk(sub)) yield return file;
        }
    }

    [Fact]
    public void The_repository_has_the_expected_scripts()
    {
        var scripts = ScriptFiles().Select(f => ((string)f[0]).Replace('\\', '/')).ToArray();
        Assert.Contains("build.ps1", scripts);
        Assert.Contains("QuickpassPsa.psd1", scripts);
        Assert.Contains(scripts, s => s.StartsWith("tests/Pester/"));
    }

    [Theory]
    [MemberData(nameof(ScriptFiles))]
    public void Script_parses(string relativePath)
    {
        Parser.ParseFile(Path.Combine(RepoPaths.Root, relativePath), out _, out var errors);
        Assert.True(errors.Length == 0, relativePath + ": " + string.Join("; ", errors.Select(e => e.Extent.StartLineNumber + ": " + e.Message)));
    }

    [Theory]
    [MemberData(nameof(XmlFiles))]
    public void Xml_file_is_valid_xml(string relativePath)
    {
        var document = new XmlDocument();
        document.Load(Path.Combine(RepoPaths.Root, relativePath));
        // Format files are <Configuration>, type files <Types>.
        var expected = relativePath.EndsWith(".Types.ps1xml", System.StringComparison.OrdinalIgnoreCase) ? "Types" : "Configuration";
        Assert.Equal(expected, document.DocumentElement!.Name);
    }
}
