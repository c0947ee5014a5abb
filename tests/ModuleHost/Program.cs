using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Reflection;
using System.Runtime.Loader;

namespace QuickpassPsa.ModuleHost;

/// <summary>
/// Usage: QuickpassPsa.ModuleHost &lt;module .psd1&gt; &lt;accounts .csv&gt;
/// Uses its own CsvHelper 30 before and after importing the module and running Get-QpAccount, then
/// prints, one "key=value" line each, what it saw: the accounts, errors, and which CsvHelper and
/// QuickpassPsa.Core assemblies are loaded in which load context.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length != 2 && args.Length != 3)
        {
            Console.Error.WriteLine("usage: QuickpassPsa.ModuleHost <module.psd1> <accounts.csv> [script run after, with the module imported]");
            return 2;
        }

        Console.WriteLine("host-csvhelper-before=" + ParseWithHostCsvHelper());
        if (Environment.GetEnvironmentVariable("QPSA_TRACE") == "1")
            AppDomain.CurrentDomain.AssemblyLoad += (_, e) => { if (e.LoadedAssembly.GetName().Name!.StartsWith("QuickpassPsa")) Console.Error.WriteLine("LOAD " + e.LoadedAssembly.GetName().Name + "\n" + Environment.StackTrace); };

        using (var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2()))
        {
            runspace.Open();
            using var ps = PowerShell.Create();
            ps.Runspace = runspace;
            ps.AddScript("param($Module, $Csv) Import-Module $Module -ErrorAction Stop; Get-QpAccount -Path $Csv")
              .AddArgument(args[0]).AddArgument(args[1]);
            foreach (var item in ps.Invoke())
            {
                Console.WriteLine("account=" + item.Properties["Email"]?.Value);
            }
            foreach (var error in ps.Streams.Error)
            {
                Console.WriteLine("error=" + error.FullyQualifiedErrorId + " " + error.Exception.Message);
            }

            if (args.Length == 3)
            {
                // A further script in the same session, e.g. one that reaches the HTTP pipeline (Polly).
                using var more = PowerShell.Create();
                more.Runspace = runspace;
                more.AddScript("try { " + args[2] + " } catch { 'terminating=' + $_.FullyQualifiedErrorId }");
                foreach (var item in more.Invoke()) Console.WriteLine("script=" + item);
                foreach (var error in more.Streams.Error) Console.WriteLine("error=" + error.FullyQualifiedErrorId + " " + error.Exception.Message);
            }
        }

        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies()
                     .Where(a => a.GetName().Name is "CsvHelper" or "QuickpassPsa.Core" or "QuickpassPsa.Cmdlets" or "Polly.Core" or "Newtonsoft.Json")
                     .OrderBy(a => a.GetName().Name).ThenBy(a => a.GetName().Version))
        {
            var context = AssemblyLoadContext.GetLoadContext(assembly);
            var contextName = context == AssemblyLoadContext.Default ? "Default" : context?.GetType().FullName;
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "assembly={0}|{1}|{2}|{3}",
                assembly.GetName().Name, assembly.GetName().Version, contextName, assembly.Location));
        }

        Console.WriteLine("host-csvhelper-after=" + ParseWithHostCsvHelper());
        return 0;
    }

    /// <summary>Uses the CsvHelper 30 API (CsvParser with a culture), which version 34 no longer has.</summary>
    private static string ParseWithHostCsvHelper()
    {
        using var parser = new CsvHelper.CsvParser(new StringReader("a,b\n\"x,1\",2\n"), CultureInfo.InvariantCulture);
        parser.Read();
        parser.Read();
        var version = typeof(CsvHelper.CsvParser).Assembly.GetName().Version;
        return version + "|" + string.Join("/", parser.Record ?? Array.Empty<string>());
    }
}
