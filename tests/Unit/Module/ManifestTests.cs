using System.Collections;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Module;

public class ManifestTests
{
    private static Hashtable LoadManifest(string path)
    {
        var ast = System.Management.Automation.Language.Parser.ParseFile(path, out _, out var errors);
        Assert.Empty(errors);
        var hashtable = ast.Find(a => a is System.Management.Automation.Language.HashtableAst, false);
        return (Hashtable)((System.Management.Automation.Language.HashtableAst)hashtable!).SafeGetValue();
    }

    [Fact]
    public void The_built_module_imports_and_exports_exactly_the_manifest_cmdlets()
    {
        var manifest = LoadManifest(RepoPaths.SourceManifest);
        var declared = ((object[])manifest["CmdletsToExport"]!).Cast<string>().OrderBy(n => n).ToArray();

        using var ps = PowerShellHost.WithModule();
        var result = ps.Run("Get-Command -Module QuickpassPsa");

        Assert.Empty(result.Errors);
        Assert.Equal(declared, result.Output.Select(o => ((CommandInfo)o.BaseObject).Name).OrderBy(n => n).ToArray());
        Assert.All(result.Output, o => Assert.Equal(CommandTypes.Cmdlet, ((CommandInfo)o.BaseObject).CommandType));
    }

    [Fact]
    public void Every_exported_cmdlet_declares_its_output_type()
    {
        using var ps = PowerShellHost.WithModule();
        var commands = ps.Run("Get-Command -Module QuickpassPsa").Output.Select(o => (CmdletInfo)o.BaseObject).ToList();

        Assert.NotEmpty(commands);
        Assert.All(commands, c => Assert.True(c.OutputType.Count > 0, c.Name + " has no [OutputType]"));
    }

    [Fact]
    public void The_manifest_lists_exports_explicitly_and_supports_both_editions()
    {
        var manifest = LoadManifest(RepoPaths.SourceManifest);

        Assert.Equal("QuickpassPsa.Cmdlets.dll", manifest["RootModule"]);
        Assert.Equal(new[] { "Desktop", "Core" }, ((object[])manifest["CompatiblePSEditions"]!).Cast<string>());
        Assert.Equal("5.1", manifest["PowerShellVersion"]);
        Assert.Empty((object[])manifest["FunctionsToExport"]!);
        Assert.Empty((object[])manifest["VariablesToExport"]!);
        Assert.IsType<object[]>(manifest["AliasesToExport"]);
        Assert.All(((object[])manifest["CmdletsToExport"]!).Cast<string>(), n => Assert.DoesNotContain("*", n));
        Assert.True(System.Guid.TryParse((string)manifest["GUID"]!, out _));

        var psData = (Hashtable)((Hashtable)manifest["PrivateData"]!)["PSData"]!;
        foreach (var key in new[] { "Tags", "ProjectUri", "LicenseUri", "ReleaseNotes" }) Assert.NotNull(psData[key]);
    }

    [Fact]
    public void Test_ModuleManifest_accepts_the_built_manifest()
    {
        using var ps = PowerShellHost.Bare();
        var result = ps.Run("Test-ModuleManifest -Path $args[0]", RepoPaths.BuiltManifest);

        Assert.Empty(result.Errors);
        Assert.Null(result.TerminatingError);
        Assert.Equal("QuickpassPsa", ((PSModuleInfo)Assert.Single(result.Output).BaseObject).Name);
    }

    [Fact]
    public void Assemblies_and_manifest_carry_one_version()
    {
        var version = (string)LoadManifest(RepoPaths.SourceManifest)["ModuleVersion"]!;
        var builtVersion = (string)LoadManifest(RepoPaths.BuiltManifest)["ModuleVersion"]!;
        Assert.Equal(version, builtVersion);

        foreach (var dll in new[] { "QuickpassPsa.Cmdlets.dll", "QuickpassPsa.Core.dll" })
        {
            var path = Path.Combine(RepoPaths.ModuleFolder, dll);
            Assert.Equal(version + ".0", AssemblyName.GetAssemblyName(path).Version!.ToString());
            Assert.StartsWith(version, FileVersionInfo.GetVersionInfo(path).ProductVersion);
        }
    }

    [Fact]
    public void Remove_and_reimport_works_in_one_session()
    {
        using var ps = PowerShellHost.WithModule();
        var result = ps.Run("Remove-Module QuickpassPsa; Import-Module $args[0] -PassThru | ForEach-Object Name", RepoPaths.BuiltManifest);

        Assert.Empty(result.Errors);
        Assert.Equal("QuickpassPsa", Assert.Single(result.Output).BaseObject);
    }
}
