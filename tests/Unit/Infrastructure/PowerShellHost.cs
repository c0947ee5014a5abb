using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace QuickpassPsa.Tests.Infrastructure;

/// <summary>
/// PowerShell 7.6 hosted in-process, with the BUILT module imported through its manifest
/// (out/QuickpassPsa/QuickpassPsa.psd1), never the bare dll. Each host is its own runspace, so tests
/// do not share session state. Run() hands back output objects and every stream's records.
/// </summary>
public sealed class PowerShellHost : IDisposable
{
    private readonly Runspace _runspace;

    private PowerShellHost(bool importModule)
    {
        var state = InitialSessionState.CreateDefault2();
        if (OperatingSystem.IsWindows()) state.ExecutionPolicy = Microsoft.PowerShell.ExecutionPolicy.Bypass;
        _runspace = RunspaceFactory.CreateRunspace(state);
        _runspace.Open();
        if (importModule)
        {
            var import = Run("Import-Module -Name $args[0] -ErrorAction Stop", RepoPaths.BuiltManifest);
            if (import.TerminatingError != null || import.Errors.Count > 0)
            {
                throw new InvalidOperationException("Import-Module failed: " + string.Join("; ", import.Errors.Select(e => e.ToString())));
            }
        }
    }

    /// <summary>A runspace with the module imported.</summary>
    public static PowerShellHost WithModule() => new PowerShellHost(importModule: true);

    /// <summary>A bare runspace, for tests of the import itself.</summary>
    public static PowerShellHost Bare() => new PowerShellHost(importModule: false);

    /// <summary>
    /// Runs a script; positional <paramref name="args"/> arrive as $args. Verbose and debug records are
    /// captured too. A terminating error is returned, not thrown, so tests can assert on it.
    /// </summary>
    public PsResult Run(string script, params object?[] args)
    {
        using var ps = PowerShell.Create();
        ps.Runspace = _runspace;
        ps.AddScript("$VerbosePreference = 'Continue'; $DebugPreference = 'Continue'; $ProgressPreference = 'Continue'; $global:__QpTerminating = $null").Invoke();
        ps.Commands.Clear();
        // A cmdlet's terminating error only ends its statement inside a script and lands on the error
        // stream like any other; try/catch tells them apart, and stops the script as a caller's would.
        ps.AddScript("try { . {\n" + script + "\n} @args } catch { $global:__QpTerminating = $_ }");
        foreach (var arg in args) ps.AddArgument(arg);

        var result = new PsResult();
        try
        {
            result.Output.AddRange(ps.Invoke());
        }
        catch (RuntimeException ex)
        {
            result.TerminatingError = ex.ErrorRecord;
        }
        result.TerminatingError ??= _runspace.SessionStateProxy.GetVariable("__QpTerminating") as ErrorRecord;
        result.Errors.AddRange(ps.Streams.Error);

        // A command the runspace does not have (a typo, or a module the SDK does not ship) is a bug in the test script,
        // not a result: fail loudly instead of asserting on an empty output.
        var missing = result.Errors.Concat(result.TerminatingError == null ? [] : new[] { result.TerminatingError })
            .FirstOrDefault(e => e.Exception is CommandNotFoundException);
        if (missing != null) throw new InvalidOperationException("The test script uses a command the hosted engine does not have: " + missing.Exception.Message);
        result.Warnings.AddRange(ps.Streams.Warning.Select(w => w.Message));
        result.Verbose.AddRange(ps.Streams.Verbose.Select(v => v.Message));
        result.Debug.AddRange(ps.Streams.Debug.Select(d => d.Message));
        result.Information.AddRange(ps.Streams.Information.Select(i => i.MessageData?.ToString() ?? string.Empty));
        result.Progress.AddRange(ps.Streams.Progress);
        return result;
    }

    public void Dispose() => _runspace.Dispose();
}

public sealed class PsResult
{
    public List<PSObject> Output { get; } = new();
    public List<ErrorRecord> Errors { get; } = new();
    public List<string> Warnings { get; } = new();
    public List<string> Verbose { get; } = new();
    public List<string> Debug { get; } = new();
    public List<string> Information { get; } = new();
    public List<ProgressRecord> Progress { get; } = new();
    public ErrorRecord? TerminatingError { get; set; }

    /// <summary>The output objects' base objects of type T (all outputs must be T).</summary>
    public List<T> Objects<T>() => Output.Select(o => Assert.IsType<T>(o.BaseObject)).ToList();

    /// <summary>Every text the run produced on any stream, for "never leaks" checks.</summary>
    public IEnumerable<string> AllText() =>
        Output.Select(o => o.ToString())
            .Concat(Errors.Select(e => e.ToString() + " " + e.Exception))
            .Concat(TerminatingError == null ? Array.Empty<string>() : new[] { TerminatingError.ToString() + " " + TerminatingError.Exception })
            .Concat(Warnings).Concat(Verbose).Concat(Debug).Concat(Information);
}
