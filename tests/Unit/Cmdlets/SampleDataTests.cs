using System.IO;
using System.Linq;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Cmdlets;

/// <summary>The README's example and the Pester suite use samples/contoso-users.csv: keep them honest here.</summary>
public class SampleDataTests
{
    [Fact]
    public void The_sample_export_reads_as_the_README_and_Pester_suite_say()
    {
        using var ps = PowerShellHost.WithModule();
        var result = ps.Run("Get-QpAccount -Path $args[0] -Customer Contoso | Where-Object Enabled", Path.Combine(RepoPaths.Root, "samples", "contoso-users.csv"));

        var accounts = result.Objects<Account>();
        Assert.Equal(6, accounts.Count); // 7 good rows, one of them disabled
        Assert.Equal("Ray, Robert", accounts[1].DisplayName);
        Assert.Equal("Zoë Nguyễn", accounts[2].DisplayName);
        Assert.Equal("Maria \"Mia\" Garcia", accounts.Single(a => a.LastName == "Garcia").DisplayName);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("QuickpassPsa.InvalidAccountRecord,", error.FullyQualifiedErrorId);
        Assert.Contains("row 7", error.Exception.Message);
    }
}
