using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Module;

/// <summary>The layout of out/QuickpassPsa that dependency isolation relies on.</summary>
public class ModuleFolderTests
{
    [Fact]
    public void The_module_folder_holds_our_assemblies_at_the_root_and_third_party_ones_under_Dependencies()
    {
        var root = Directory.GetFiles(RepoPaths.ModuleFolder).Select(Path.GetFileName).ToArray();
        Assert.Contains("QuickpassPsa.psd1", root);
        Assert.Contains("QuickpassPsa.Format.ps1xml", root);
        Assert.Contains("QuickpassPsa.Cmdlets.dll", root);
        Assert.Contains("QuickpassPsa.Core.dll", root);
        Assert.All(root.Where(f => f!.EndsWith(".dll")), f => Assert.StartsWith("QuickpassPsa.", f));

        var dependencies = Directory.GetFiles(Path.Combine(RepoPaths.ModuleFolder, "Dependencies")).Select(Path.GetFileName).ToArray();
        Assert.Contains("CsvHelper.dll", dependencies);
        Assert.Contains("Newtonsoft.Json.dll", dependencies);
        // The host provides PowerShell itself; shipping it would break the module.
        Assert.DoesNotContain("System.Management.Automation.dll", dependencies.Concat(root));
    }

    [Fact]
    public void The_cmdlet_assembly_references_no_third_party_assembly()
    {
        // Isolation hands only QuickpassPsa.* from the default context to the private one; a cmdlet that
        // used a third-party type directly would bind it in the default context, beside other modules.
        using var stream = File.OpenRead(Path.Combine(RepoPaths.ModuleFolder, "QuickpassPsa.Cmdlets.dll"));
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var references = metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToArray();
        var shipped = Directory.GetFiles(Path.Combine(RepoPaths.ModuleFolder, "Dependencies")).Select(Path.GetFileNameWithoutExtension).ToHashSet();

        Assert.Contains("QuickpassPsa.Core", references);
        Assert.DoesNotContain(references, shipped.Contains);
    }
}
