using System;
using System.Diagnostics;
using System.IO;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Module;

/// <summary>
/// The help converters (build/MarkdownToMaml.cs, build/MarkdownToAboutText.cs) fail the build on a malformed
/// page, naming the file and what to fix; run through MSBuild the way the cmdlet project runs them.
/// </summary>
public class HelpBuildTests
{
    private static string Project(string cmdletPages, string aboutPages, string output) => $"""
        <Project>
          <UsingTask TaskName="MarkdownToMaml" TaskFactory="RoslynCodeTaskFactory" AssemblyFile="$(MSBuildToolsPath)/Microsoft.Build.Tasks.Core.dll">
            <Task><Code Type="Class" Language="cs" Source="{Path.Combine(RepoPaths.Root, "build", "MarkdownToMaml.cs")}" /></Task>
          </UsingTask>
          <UsingTask TaskName="MarkdownToAboutText" TaskFactory="RoslynCodeTaskFactory" AssemblyFile="$(MSBuildToolsPath)/Microsoft.Build.Tasks.Core.dll">
            <Task><Code Type="Class" Language="cs" Source="{Path.Combine(RepoPaths.Root, "build", "MarkdownToAboutText.cs")}" /></Task>
          </UsingTask>
          <Target Name="Help">
            <MarkdownToMaml Pages="{cmdletPages}" OutputFile="{output}/help.xml" ContinueOnError="ErrorAndContinue" />
            <MarkdownToAboutText Pages="{aboutPages}" OutputFolder="{output}" />
          </Target>
        </Project>
        """;

    private static (int ExitCode, string Output) Build(TempFolder folder, string cmdletPages, string aboutPages)
    {
        var project = folder.Write("help.proj", Project(cmdletPages, aboutPages, Path.Combine(folder.Path, "out")));
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "msbuild", project, "-nologo", "-noAutoResponse", "-nodeReuse:false", "-v:m" }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(180_000), "msbuild did not finish");
        return (process.ExitCode, output.Result + error.Result);
    }

    private static string Page(string name) => File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", name));

    [Fact]
    public void The_real_pages_convert_and_malformed_ones_fail_the_build_with_file_and_reason()
    {
        using var folder = new TempFolder();
        var good = folder.Write("Get-PsaContact.md", Page("Get-PsaContact.md"));
        var about = folder.Write("about_QuickpassPsa.md", Page("about_QuickpassPsa.md"));

        var ok = Build(folder, good, about);
        Assert.True(ok.ExitCode == 0, ok.Output);
        Assert.True(File.Exists(Path.Combine(folder.Path, "out", "help.xml")));
        Assert.StartsWith("TOPIC", File.ReadAllText(Path.Combine(folder.Path, "out", "about_QuickpassPsa.help.txt")).TrimStart('\uFEFF'));

        var page = Page("Get-PsaContact.md");
        Directory.CreateDirectory(Path.Combine(folder.Path, "bad"));
        // A syntax line naming a parameter the page does not document (a renamed parameter, say).
        var syntaxDrift = folder.Write("bad/Get-PsaContact.md", page.Replace("[-IncludeInactive] [-Connection <PsaConnection>] [<CommonParameters>]\n```\n\n### Company",
            "[-IncludeInactive] [-Connection <PsaConnection>] [-Domain <String>] [<CommonParameters>]\n```\n\n### Company"));
        // No OUTPUTS section, one example.
        var noOutputs = folder.Write("Get-PsaCompany.md", Page("Get-PsaCompany.md").Replace("## OUTPUTS", "## RESULTS"));
        var oneExample = folder.Write("Disconnect-Psa.md", CutExamplesAfterFirst(Page("Disconnect-Psa.md")));
        var badAbout = folder.Write("about_Broken.md", "# about_Broken\n\n## Long description\nNo short description.\n\n```powershell\nGet-Help\n");

        var failed = Build(folder, string.Join(";", syntaxDrift, noOutputs, oneExample), badAbout);
        Assert.NotEqual(0, failed.ExitCode);
        Assert.Contains("names -Domain, which the page does not document", failed.Output);
        Assert.Contains("Get-PsaCompany.md", failed.Output);
        Assert.Contains("has no '## OUTPUTS' section", failed.Output);
        Assert.Contains("needs at least two examples", failed.Output);
        Assert.Contains("about_Broken.md", failed.Output);
        Assert.Contains("has no '## Short description' section", failed.Output);
        Assert.Contains("code block is not closed", failed.Output);
    }

    private static string CutExamplesAfterFirst(string page)
    {
        var second = page.IndexOf("### Example 2", StringComparison.Ordinal);
        var parameters = page.IndexOf("## PARAMETERS", StringComparison.Ordinal);
        Assert.True(second > 0 && parameters > second);
        return page.Substring(0, second) + page.Substring(parameters);
    }
}
