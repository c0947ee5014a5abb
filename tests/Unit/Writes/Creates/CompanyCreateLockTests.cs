using System;
using System.IO;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Psa.Writes.Creates;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Writes.Creates;

/// <summary>The lock that keeps two runs at once from creating one company's contact twice (round 61b).</summary>
public class CompanyCreateLockTests
{
    private static CompanyCreateLock Quick() => new(new DecisionStoreOptions { LockTimeout = TimeSpan.FromMilliseconds(200), LockRetryInterval = TimeSpan.FromMilliseconds(20) });

    [Fact]
    public void One_run_at_a_time_holds_a_companys_lock_and_other_companies_are_not_held_up()
    {
        using var folder = new TempFolder();
        var store = Path.Combine(folder.Path, "decisions.json");

        using (Quick().Enter(store, "19"))
        {
            var held = Assert.Throws<DecisionStoreException>(() => Quick().Enter(store, " 19 "));
            Assert.Equal(DecisionStoreErrorKind.LockTimeout, held.Kind);

            using (Quick().Enter(store, "20"))
            {
            }
        }

        using (Quick().Enter(store, "19"))
        {
        }
        Assert.True(File.Exists(Path.Combine(store + ".creates", "19.lock")));
    }

    [Fact]
    public void A_store_that_cannot_be_written_stops_the_first_create_and_nothing_is_locked()
    {
        using var folder = new TempFolder();
        var store = Path.Combine(folder.Path, "decisions.json");
        File.WriteAllText(store, "{\"formatVersion\":1,\"decisions\":[]}");
        File.SetAttributes(store, FileAttributes.ReadOnly);
        try
        {
            var refused = Assert.Throws<DecisionStoreException>(() => Quick().Enter(store, "19"));

            Assert.Contains("read-only", refused.Message);
            Assert.False(Directory.Exists(store + ".creates"));
        }
        finally
        {
            File.SetAttributes(store, FileAttributes.Normal);
        }
    }

    [Fact]
    public void The_default_wait_is_a_minute()
    {
        Assert.Equal(TimeSpan.FromMinutes(1), CompanyCreateLock.Wait);
    }
}
