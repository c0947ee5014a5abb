using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Decisions;

/// <summary>Two scheduled jobs saving into one store at once, as two real processes (tests/DecisionWriter).</summary>
public class DecisionConcurrencyTests
{
    private static string WriterAssembly => Path.Combine(RepoPaths.Root, "out", "DecisionWriter", "QuickpassPsa.DecisionWriter.dll");

    [Fact]
    public void Two_processes_saving_at_once_lose_nothing()
    {
        Assert.True(File.Exists(WriterAssembly), "missing " + WriterAssembly + "; build the solution");
        using var temp = new TempFolder();
        var store = Path.Combine(temp.Path, "store.json");
        var go = Path.Combine(temp.Path, "go");
        const int each = 40;

        using var first = DotnetProcess.Start(WriterAssembly, store, "a", each.ToString(), go);
        using var second = DotnetProcess.Start(WriterAssembly, store, "b", each.ToString(), go);
        File.WriteAllText(go, "start"); // both wait for this, so their saves overlap
        var outputs = new[] { first, second }.Select(Finish).ToList();

        Assert.All(outputs, o => Assert.Equal((0, "done"), (o.Code, o.Out.Trim())));
        var saved = new DecisionStore(store).Read();
        Assert.Equal(2 * each, saved.Count);
        Assert.Equal(each, saved.Count(d => d.AccountKey.StartsWith("a-")));
        Assert.Equal(each, saved.Count(d => d.AccountKey.StartsWith("b-")));
        Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp"));
    }

    [Fact]
    public void A_process_saving_contact_links_and_one_saving_company_links_at_once_lose_nothing()
    {
        Assert.True(File.Exists(WriterAssembly), "missing " + WriterAssembly + "; build the solution");
        using var temp = new TempFolder();
        var store = Path.Combine(temp.Path, "store.json");
        var go = Path.Combine(temp.Path, "go");
        const int each = 30;

        using var contacts = DotnetProcess.Start(WriterAssembly, store, "a", each.ToString(), go, "contacts");
        using var companies = DotnetProcess.Start(WriterAssembly, store, "b", each.ToString(), go, "companies");
        using var more = DotnetProcess.Start(WriterAssembly, store, "c", each.ToString(), go, "companies");
        File.WriteAllText(go, "start");
        var outputs = new[] { contacts, companies, more }.Select(Finish).ToList();

        Assert.All(outputs, o => Assert.Equal((0, "done"), (o.Code, o.Out.Trim())));
        var reader = new DecisionStore(store);
        Assert.Equal(each, reader.Read().Count(d => d.AccountKey.StartsWith("a-")));
        var links = reader.ReadCompanyDecisions();
        Assert.Equal(each, links.Count(d => d.Customer.StartsWith("b-")));
        Assert.Equal(each, links.Count(d => d.Customer.StartsWith("c-")));
        Assert.Equal(2 * each, links.Count);
        Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp"));
    }

    private static (int Code, string Out, string Err) Finish(Process process)
    {
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the writer did not finish: " + error.Result);
        }
        return (process.ExitCode, output.Result, error.Result);
    }
}
