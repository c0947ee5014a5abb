using System;
using System.IO;
using System.Reflection;
using QuickpassPsa.Cmdlets.Isolation;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Module;

/// <summary>
/// The Windows PowerShell 5.1 resolver's decisions (Isolation/DesktopResolvePolicy.cs, compiled into this
/// test assembly), as plain C#: .NET Framework cannot run here, so the AppDomain wiring stays trivial and
/// everything that decides is tested. A fake module folder holds real strong-named assemblies.
/// </summary>
public sealed class DesktopResolvePolicyTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _module;
    private readonly string _framework;
    private readonly string _newtonsoft;
    private readonly AssemblyName _newtonsoftName;

    public DesktopResolvePolicyTests()
    {
        _module = Directory.CreateDirectory(Path.Combine(_temp.Path, "QuickpassPsa")).FullName;
        var dependencies = Directory.CreateDirectory(Path.Combine(_module, ModuleLayout.DependencyFolderName)).FullName;
        _framework = Directory.CreateDirectory(Path.Combine(_temp.Path, "framework")).FullName;

        var newtonsoft = typeof(Newtonsoft.Json.JsonConvert).Assembly;
        _newtonsoftName = newtonsoft.GetName();
        _newtonsoft = Path.Combine(dependencies, "Newtonsoft.Json.dll");
        File.Copy(newtonsoft.Location, _newtonsoft);
        File.Copy(typeof(QuickpassPsa.Core.Psa.PsaContact).Assembly.Location, Path.Combine(_module, "QuickpassPsa.Core.dll"));
        File.WriteAllText(Path.Combine(dependencies, "System.Buffers.dll"), "not read: the framework check comes first");
        File.WriteAllText(Path.Combine(_framework, "System.Buffers.dll"), "the runtime's own (unreadable: still the runtime's)");
    }

    public void Dispose() => _temp.Dispose();

    private DesktopResolvePolicy Policy() => new(new ModuleLayout(_module), _framework);

    private AssemblyName Newtonsoft(string version, byte[]? token = null)
    {
        var name = new AssemblyName("Newtonsoft.Json") { Version = new Version(version), CultureInfo = System.Globalization.CultureInfo.InvariantCulture };
        name.SetPublicKeyToken(token ?? _newtonsoftName.GetPublicKeyToken());
        return name;
    }

    private string InModule(string file) => Path.Combine(_module, file);

    [Fact]
    public void A_request_from_the_module_folder_gets_the_shipped_file_whatever_version_it_names()
    {
        var policy = Policy();

        Assert.Equal(_newtonsoft, policy.FileToLoad(Newtonsoft("13.0.0.0"), InModule("QuickpassPsa.Core.dll")));
        Assert.Equal(_newtonsoft, policy.FileToLoad(Newtonsoft("12.0.0.0"), InModule(Path.Combine("Dependencies", "Polly.Core.dll"))));
        Assert.Equal(InModule("QuickpassPsa.Core.dll"), policy.FileToLoad(new AssemblyName("QuickpassPsa.Core"), InModule("QuickpassPsa.Cmdlets.dll")));
        Assert.Null(policy.FileToLoad(new AssemblyName("Contoso.Unknown"), InModule("QuickpassPsa.Core.dll")));
    }

    [Fact]
    public void A_request_from_elsewhere_is_left_to_others()
    {
        var policy = Policy();

        Assert.Null(policy.FileToLoad(Newtonsoft("13.0.0.0"), Path.Combine(_temp.Path, "OtherModule", "Other.dll")));
        // A folder whose name only starts like ours is elsewhere too.
        Assert.Null(policy.FileToLoad(Newtonsoft("13.0.0.0"), _module + "Plus" + Path.DirectorySeparatorChar + "Other.dll"));
        // A known requester without a file (a dynamic assembly) is not the module.
        Assert.Null(policy.FileToLoad(Newtonsoft("13.0.0.0"), string.Empty));
    }

    [Fact]
    public void An_unknown_requester_gets_a_shipped_file_that_can_stand_in_for_the_request()
    {
        var policy = Policy();

        Assert.Equal(_newtonsoft, policy.FileToLoad(Newtonsoft(_newtonsoftName.Version!.ToString()), null));
        Assert.Equal(_newtonsoft, policy.FileToLoad(Newtonsoft("13.0.0.0"), null));
        Assert.Equal(_newtonsoft, policy.FileToLoad(new AssemblyName("Newtonsoft.Json"), null)); // no version, no token: the name decides
        var core = typeof(QuickpassPsa.Core.Psa.PsaContact).Assembly.GetName();
        Assert.Equal(InModule("QuickpassPsa.Core.dll"), policy.FileToLoad(new AssemblyName(core.FullName), null));
    }

    [Fact]
    public void An_unknown_requester_is_refused_an_incompatible_version_or_another_publisher()
    {
        var policy = Policy();

        Assert.Null(policy.FileToLoad(Newtonsoft("14.0.0.0"), null)); // newer than ours
        Assert.Null(policy.FileToLoad(Newtonsoft("12.0.0.0"), null)); // another major version
        Assert.Null(policy.FileToLoad(Newtonsoft("13.0.0.0", new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }), null)); // another key
    }

    [Fact]
    public void An_unknown_requester_with_an_unknown_name_is_left_to_others()
    {
        var policy = Policy();

        Assert.Null(policy.FileToLoad(new AssemblyName("Contoso.Unknown, Version=1.0.0.0"), null));
        Assert.Null(policy.FileToLoad(new AssemblyName("QuickpassPsa.Missing"), null));
        Assert.Null(policy.FileToLoad(new AssemblyName { Name = ".." + Path.DirectorySeparatorChar + "Dependencies" + Path.DirectorySeparatorChar + "Newtonsoft.Json" }, null)); // no path tricks
    }

    [Fact]
    public void A_framework_assembly_is_never_answered_when_the_runtimes_copy_satisfies_the_request()
    {
        var policy = Policy();

        Assert.Null(policy.FileToLoad(new AssemblyName("System.Buffers, Version=4.0.3.0"), InModule("QuickpassPsa.Core.dll")));
        Assert.Null(policy.FileToLoad(new AssemblyName("System.Buffers, Version=4.0.3.0"), null));

        // The runtime's folder holds this very Newtonsoft.Json: the runtime's copy wins for the same or an older version.
        var framework = Directory.CreateDirectory(Path.Combine(_temp.Path, "framework-with-json")).FullName;
        File.Copy(_newtonsoft, Path.Combine(framework, "Newtonsoft.Json.dll"));
        var withJson = new DesktopResolvePolicy(new ModuleLayout(_module), framework);
        Assert.Null(withJson.FileToLoad(Newtonsoft("13.0.0.0"), InModule("QuickpassPsa.Core.dll")));
        Assert.Null(withJson.FileToLoad(Newtonsoft("13.0.0.0"), null));

        // Without the runtime's own copy, the module's request is answered with ours.
        var noFramework = new DesktopResolvePolicy(new ModuleLayout(_module), Path.Combine(_temp.Path, "empty"));
        Assert.Equal(Path.Combine(_module, "Dependencies", "System.Buffers.dll"), noFramework.FileToLoad(new AssemblyName("System.Buffers, Version=4.0.3.0"), InModule("QuickpassPsa.Core.dll")));
    }

    [Fact]
    public void A_shipped_copy_newer_than_the_runtimes_is_answered()
    {
        // As System.Numerics.Vectors: System.Memory asks for 4.1.4.0, .NET Framework's own file is 4.0.0.0.
        // Here the runtime's "Newtonsoft.Json.dll" is an older assembly (Polly.Core 8) and the request is for 13.
        var framework = Directory.CreateDirectory(Path.Combine(_temp.Path, "framework-older")).FullName;
        File.Copy(typeof(Polly.ResiliencePipeline).Assembly.Location, Path.Combine(framework, "Newtonsoft.Json.dll"));
        var policy = new DesktopResolvePolicy(new ModuleLayout(_module), framework);

        Assert.Equal(_newtonsoft, policy.FileToLoad(Newtonsoft("13.0.0.0"), InModule("QuickpassPsa.Core.dll")));
        Assert.Equal(_newtonsoft, policy.FileToLoad(Newtonsoft("13.0.0.0"), null));
    }
}
