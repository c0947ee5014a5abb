using System;
using System.IO;

namespace QuickpassPsa.Tests.Infrastructure;

/// <summary>Locations in the repository, found from the test assembly by walking up to QuickpassPsa.sln.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string ModuleFolder => Path.Combine(Root, "out", "QuickpassPsa");
    public static string BuiltManifest => Path.Combine(ModuleFolder, "QuickpassPsa.psd1");
    public static string SourceManifest => Path.Combine(Root, "QuickpassPsa.psd1");
    public static string ModuleHostAssembly => Path.Combine(Root, "out", "ModuleHost", "QuickpassPsa.ModuleHost.dll");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "QuickpassPsa.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("QuickpassPsa.sln not found above " + AppContext.BaseDirectory);
    }
}
