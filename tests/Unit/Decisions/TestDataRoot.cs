using System;
using System.IO;
using System.Runtime.CompilerServices;
using QuickpassPsa.Core.Decisions;

namespace QuickpassPsa.Tests.Decisions;

/// <summary>
/// Points the decision stores' default root (QUICKPASSPSA_DATA) at a temporary folder for the whole test process,
/// before any test runs, so that no test (nor a cmdlet run in a hosted runspace) ever writes to the real profile.
/// </summary>
internal static class TestDataRoot
{
    public static string Path { get; private set; } = string.Empty;

    [ModuleInitializer]
    internal static void Initialise()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "qpsa-tests-data-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(Path);
        Environment.SetEnvironmentVariable(DecisionPaths.DataRootVariable, Path);
    }
}
