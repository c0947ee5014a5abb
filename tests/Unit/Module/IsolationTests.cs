using System;
using System.IO;
using System.Linq;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Module;

/// <summary>
/// Dependency isolation, proved in a real PowerShell 7 host process (tests/ModuleHost) whose own
/// application uses CsvHelper 30 from the default load context, as another module would. The module
/// ships CsvHelper 34 (a different major version with a different API) and must work beside it.
/// This runs out of process because the test process itself has CsvHelper 34 on its probing path.
/// </summary>
public class IsolationTests
{
    [Fact]
    public void The_module_and_the_host_each_use_their_own_CsvHelper()
    {
        using var temp = new TempFolder();
        var csv = temp.Write("users.csv", "Display Name,Email\n\"Lee, Ann\",ann@contoso.com\n,\nBo Ek,bo@contoso.com\n");

        var lines = RunHost(RepoPaths.BuiltManifest, csv);

        // The host's CsvHelper 30 works before and after the module ran.
        Assert.Contains("host-csvhelper-before=30.0.0.0|x,1/2", lines);
        Assert.Contains("host-csvhelper-after=30.0.0.0|x,1/2", lines);

        // The module read the file with its own CsvHelper.
        Assert.Equal(new[] { "account=ann@contoso.com", "account=bo@contoso.com" }, lines.Where(l => l.StartsWith("account=")));
        Assert.DoesNotContain(lines, l => l.StartsWith("error="));

        var assemblies = lines.Where(l => l.StartsWith("assembly=")).Select(l => l.Substring(9).Split('|')).ToList();
        var csvHelpers = assemblies.Where(a => a[0] == "CsvHelper").ToList();
        Assert.Equal(2, csvHelpers.Count);
        Assert.Equal("Default", csvHelpers.Single(a => a[1] == "30.0.0.0")[2]);
        var ours = csvHelpers.Single(a => a[1] == "34.0.0.0");
        Assert.Equal("QuickpassPsa.Cmdlets.Isolation.ModuleLoadContext", ours[2]);
        Assert.StartsWith(Path.Combine(RepoPaths.ModuleFolder, "Dependencies"), ours[3]);

        // Core lives in the private context; the cmdlets stay where PowerShell loaded them.
        Assert.Equal("QuickpassPsa.Cmdlets.Isolation.ModuleLoadContext", assemblies.Single(a => a[0] == "QuickpassPsa.Core")[2]);
        Assert.Equal("Default", assemblies.Single(a => a[0] == "QuickpassPsa.Cmdlets")[2]);
    }

    [Fact]
    public void The_HTTP_pipeline_loads_Polly_and_Newtonsoft_privately_beside_the_hosts_own_Newtonsoft()
    {
        using var temp = new TempFolder();
        var csv = temp.Write("users.csv", "Email\nann@contoso.com\n");
        // Port 1 on loopback refuses the connection: the request goes through the whole pipeline (retries
        // included) without any server, and Connect-Psa reports it.
        var lines = RunHost(RepoPaths.BuiltManifest, csv,
            "Connect-Psa -ConnectWise -Server 127.0.0.1:1 -CompanyId qpsa -ClientId x -MaximumRetryCount 1 -MaximumRetryWaitSec 1 " +
            "-PublicKey ([System.Net.NetworkCredential]::new('', 'pub-key').SecurePassword) -PrivateKey ([System.Net.NetworkCredential]::new('', 'priv-key').SecurePassword)");

        Assert.Contains("script=terminating=QuickpassPsa.PsaConnectFailed,QuickpassPsa.Cmdlets.Commands.ConnectPsaCommand", lines);
        var assemblies = lines.Where(l => l.StartsWith("assembly=")).Select(l => l.Substring(9).Split('|')).ToList();
        Assert.Equal("QuickpassPsa.Cmdlets.Isolation.ModuleLoadContext", assemblies.Single(a => a[0] == "Polly.Core")[2]);
        var newtonsoft = assemblies.Where(a => a[0] == "Newtonsoft.Json").ToList();
        Assert.Contains(newtonsoft, a => a[2] == "Default");                                            // PowerShell's own
        Assert.Contains(newtonsoft, a => a[2] == "QuickpassPsa.Cmdlets.Isolation.ModuleLoadContext");    // ours
    }

    private static string[] RunHost(params string[] args)
    {
        Assert.True(File.Exists(RepoPaths.ModuleHostAssembly), "missing " + RepoPaths.ModuleHostAssembly + "; build the solution");
        using var process = DotnetProcess.Start(RepoPaths.ModuleHostAssembly, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "module host did not finish");
        Assert.True(process.ExitCode == 0, "module host failed: " + stderr.Result + stdout.Result);
        return stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
