using System;
using System.IO;
using System.Linq;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Decisions;

public class DecisionStoreTests
{
    private static ContactMatchDecision Link(string upn, string contact, string company = "19") =>
        new(MatchDecisionKind.Confirmed, company, contact, upn, upn, null);

    private static ContactMatchDecision Exclusion(string upn, string contact, string company = "19") =>
        new(MatchDecisionKind.Excluded, company, contact, upn, upn, null);

    [Fact]
    public void Decisions_round_trip_through_the_file_with_every_field()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "sub", "store.json");
        var clock = TestClock.Immediate();
        var store = new DecisionStore(path, new DecisionStoreOptions { TimeProvider = clock });
        var decision = new ContactMatchDecision(MatchDecisionKind.Confirmed, "19", "501", "jane@contoso.com", "jane.doe@contoso.com", "guid-1")
        {
            AccountName = "Jane Doe",
            ContactName = "Jane Doe",
        };

        store.Save(new[] { decision, Exclusion("bob@contoso.com", "777") });

        var read = new DecisionStore(path).Read();
        Assert.Equal(2, read.Count);
        var jane = read.Single(d => d.DecisionKind == MatchDecisionKind.Confirmed);
        Assert.Equal(("19", "501", "jane@contoso.com", "jane.doe@contoso.com", "guid-1", "Jane Doe", "Jane Doe"),
            (jane.CompanyId, jane.ContactId, jane.UserPrincipalName, jane.Email, jane.AccountId, jane.AccountName, jane.ContactName));
        Assert.Equal(clock.GetUtcNow().UtcDateTime, jane.DecidedAt);
        Assert.Equal(DateTimeKind.Utc, jane.DecidedAt.Kind);
        Assert.Equal(DecisionStore.CurrentUser(), jane.DecidedBy);
        Assert.Equal("jane@contoso.com", jane.AccountKey);
        Assert.Equal(MatchDecisionKind.Excluded, read.Single(d => d.ContactId == "777").DecisionKind);
        Assert.Contains("\"formatVersion\": 1", File.ReadAllText(path));
    }

    [Theory]
    [InlineData("2026-01-01T00:00:00Z", "2026-01-01T00:00:00")]           // no fraction of a second, as people write it
    [InlineData("2026-01-01T02:00:00+02:00", "2026-01-01T00:00:00")]      // an offset: read as UTC
    [InlineData("2026-01-01", "2026-01-01T00:00:00")]                     // a date alone
    [InlineData("2026-01-01T10:00:00.1234567Z", "2026-01-01T10:00:00.1234567")]
    public void A_hand_edited_decidedAt_in_any_ISO_8601_form_is_read(string written, string utc)
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "s.json");
        File.WriteAllText(path, "{ \"formatVersion\": 1, \"decisions\": [ { \"kind\": \"Confirmed\", \"companyId\": \"19\", \"contactId\": \"501\", \"email\": \"jane@contoso.com\", \"decidedAt\": \"" + written + "\" } ] }");

        var decision = Assert.Single(new DecisionStore(path).Read());

        Assert.Equal(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), decision.DecidedAt);
        Assert.Equal(DateTimeKind.Utc, decision.DecidedAt.Kind);
    }

    [Fact]
    public void Hand_edits_with_numeric_ids_a_lower_case_kind_and_spaces_are_read()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "s.json");
        File.WriteAllText(path, "{ \"formatVersion\": 1, \"decisions\": [ { \"kind\": \"confirmed\", \"companyId\": 19, \"contactId\": \" 501 \", \"email\": \"jane@contoso.com\", \"decidedAt\": \"2026-01-01T00:00:00Z\" } ] }");

        var decision = Assert.Single(new DecisionStore(path).Read());

        Assert.Equal((MatchDecisionKind.Confirmed, "19", "501"), (decision.DecisionKind, decision.CompanyId, decision.ContactId));
    }

    [Fact]
    public void A_decidedAt_that_is_no_time_says_how_to_write_one()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "s.json");
        File.WriteAllText(path, "{ \"formatVersion\": 1, \"decisions\": [ { \"kind\": \"Confirmed\", \"companyId\": \"19\", \"contactId\": \"501\", \"email\": \"jane@contoso.com\", \"decidedAt\": \"last tuesday\" } ] }");

        var error = Assert.Throws<DecisionStoreException>(() => new DecisionStore(path).Read());

        Assert.Contains("2026-01-01T00:00:00Z", error.Message);
    }

    [Fact]
    public void A_missing_store_reads_as_empty_and_is_not_created_by_reading()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "none.json");
        Assert.Empty(new DecisionStore(path).Read());
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void A_new_link_for_the_same_account_or_the_same_contact_replaces_the_older_and_says_so()
    {
        using var temp = new TempFolder();
        var store = new DecisionStore(Path.Combine(temp.Path, "s.json"));
        store.Save(new[] { Link("jane@contoso.com", "501"), Link("bob@contoso.com", "600"), Link("jane@contoso.com", "501", company: "20") });

        var byAccount = store.Save(new[] { Link("JANE@contoso.com", "502") }).Single();
        Assert.Equal("501", Assert.Single(byAccount.Replaced).ContactId);

        var byContact = store.Save(new[] { Link("eve@contoso.com", "600") }).Single();
        Assert.Equal("bob@contoso.com", Assert.Single(byContact.Replaced).AccountKey);

        var links = store.Read().Where(d => d.CompanyId == "19").Select(d => d.AccountKey.ToLowerInvariant() + "=" + d.ContactId).OrderBy(x => x).ToList();
        Assert.Equal(new[] { "eve@contoso.com=600", "jane@contoso.com=502" }, links);
        // Another company's link of the same person is its own.
        Assert.Contains(store.Read(), d => d.CompanyId == "20" && d.ContactId == "501");
    }

    private static ContactMatchDecision FromRow(ContactMatchDecision decision, DateTime computedAt)
    {
        decision.RowComputedAt = computedAt;
        return decision;
    }

    /// <summary>
    /// Round 61b: a job's rows, computed before a technician excluded a pair or linked the account by hand, replaced the
    /// technician's newer decision when saved. A decision from a row does not replace a decision made after the row was
    /// computed: it is not stored, and the change says which decision kept its place; the others of the save are stored.
    /// </summary>
    [Fact]
    public void A_decision_from_a_row_does_not_replace_one_made_after_the_row_was_computed()
    {
        using var temp = new TempFolder();
        var clock = TestClock.Manual();
        var path = Path.Combine(temp.Path, "s.json");
        var store = new DecisionStore(path, new DecisionStoreOptions { TimeProvider = clock });
        store.Save(new[] { Link("old@contoso.com", "700") });                  // before the rows
        clock.Advance(TimeSpan.FromMinutes(1));
        var computed = clock.GetUtcNow().UtcDateTime;                          // the job matches
        clock.Advance(TimeSpan.FromMinutes(1));
        store.Save(new[] { Exclusion("ann@contoso.com", "501"), Link("bob@contoso.com", "601"), Link("cy@contoso.com", "800") }); // a person decides
        clock.Advance(TimeSpan.FromMinutes(1));
        var before = File.ReadAllText(path);

        var changes = store.Save(new[]
        {
            FromRow(Link("ann@contoso.com", "501"), computed),   // would replace the newer exclusion of the pair
            FromRow(Link("bob@contoso.com", "602"), computed),   // would replace bob's newer link
            FromRow(Link("dee@contoso.com", "800"), computed),   // would take contact 800 from cy, linked since
        });

        Assert.All(changes, c => Assert.True(c.Skipped));
        Assert.All(changes, c => Assert.Empty(c.Replaced));
        Assert.Equal("Excluded", Assert.Single(changes[0].Superseded).Kind);
        Assert.Equal("601", Assert.Single(changes[1].Superseded).ContactId);
        Assert.Equal("cy@contoso.com", Assert.Single(changes[2].Superseded).AccountKey);
        Assert.Equal(before, File.ReadAllText(path)); // nothing to write: the file is as the person left it

        // What was decided before the row is replaced as ever, with the older decision named.
        var mixed = store.Save(new[] { FromRow(Link("old@contoso.com", "701"), computed), FromRow(Link("ann@contoso.com", "501"), computed) });
        Assert.False(mixed[0].Skipped);
        Assert.Equal("700", Assert.Single(mixed[0].Replaced).ContactId);
        Assert.True(mixed[1].Skipped);
        Assert.Contains(store.Read(), d => d.AccountKey == "old@contoso.com" && d.ContactId == "701");
        Assert.Contains(store.Read(), d => d.AccountKey == "ann@contoso.com" && d.Kind == "Excluded");
    }

    [Fact]
    public void A_decision_without_a_row_time_and_rows_of_one_save_replace_as_ever()
    {
        using var temp = new TempFolder();
        var clock = TestClock.Manual();
        var store = new DecisionStore(Path.Combine(temp.Path, "s.json"), new DecisionStoreOptions { TimeProvider = clock });
        var computed = clock.GetUtcNow().UtcDateTime;
        clock.Advance(TimeSpan.FromMinutes(1));
        store.Save(new[] { Exclusion("ann@contoso.com", "501") });
        clock.Advance(TimeSpan.FromMinutes(1));

        // No row time (a link by hand, a row saved by an older version): it replaces the newer exclusion, as before.
        var byHand = store.Save(new[] { Link("ann@contoso.com", "501") }).Single();
        Assert.False(byHand.Skipped);
        Assert.Equal("Excluded", Assert.Single(byHand.Replaced).Kind);

        // Two rows of one save that claim one contact: the second replaces the first, stored by this very save, as before.
        var both = store.Save(new[] { FromRow(Link("eve@contoso.com", "900"), computed), FromRow(Link("fay@contoso.com", "900"), computed) });
        Assert.False(both[1].Skipped);
        Assert.Equal("eve@contoso.com", Assert.Single(both[1].Replaced).AccountKey);
    }

    [Fact]
    public void Saving_the_same_link_again_refreshes_it_and_keeps_who_decided_and_when()
    {
        using var temp = new TempFolder();
        var clock = TestClock.Manual();
        var store = new DecisionStore(Path.Combine(temp.Path, "s.json"), new DecisionStoreOptions { TimeProvider = clock });
        store.Save(new[] { new ContactMatchDecision(MatchDecisionKind.Confirmed, "19", "501", "jane@contoso.com", null, null) { DecidedBy = "CORP\\alice" } });
        var first = store.Read().Single().DecidedAt;
        clock.Advance(TimeSpan.FromDays(3));

        var change = store.Save(new[] { new ContactMatchDecision(MatchDecisionKind.Confirmed, "19", "501", "jane@contoso.com", "jane@contoso.com", "graph-id") { DecidedBy = "CORP\\bob" } }).Single();

        Assert.True(change.Refreshed);
        Assert.Empty(change.Replaced);
        var stored = store.Read().Single();
        Assert.Equal(("CORP\\alice", first, "graph-id"), (stored.DecidedBy, stored.DecidedAt, stored.AccountId));
    }

    [Fact]
    public void Exclusions_are_per_pair_and_a_link_replaces_the_exclusion_of_its_pair()
    {
        using var temp = new TempFolder();
        var store = new DecisionStore(Path.Combine(temp.Path, "s.json"));
        store.Save(new[] { Exclusion("jane@contoso.com", "501"), Exclusion("jane@contoso.com", "502"), Exclusion("jane@contoso.com", "502") });
        Assert.Equal(2, store.Read().Count);

        var change = store.Save(new[] { Link("jane@contoso.com", "501") }).Single();
        var replaced = Assert.Single(change.Replaced);
        Assert.Equal((MatchDecisionKind.Excluded, "501"), (replaced.DecisionKind, replaced.ContactId));
        Assert.Equal(new[] { "Confirmed 501", "Excluded 502" }, store.Read().Select(d => d.DecisionKind + " " + d.ContactId).OrderBy(x => x));

        // And an exclusion of a linked pair drops the link.
        store.Save(new[] { Exclusion("jane@contoso.com", "501") });
        Assert.DoesNotContain(store.Read(), d => d.DecisionKind == MatchDecisionKind.Confirmed);
    }

    [Fact]
    public void Remove_takes_out_only_what_it_selects_and_an_empty_removal_does_not_write()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "s.json");
        var store = new DecisionStore(path);
        store.Save(new[] { Link("jane@contoso.com", "501"), Exclusion("jane@contoso.com", "502") });
        var before = File.GetLastWriteTimeUtc(path);
        var bytes = File.ReadAllBytes(path);

        Assert.Empty(store.Remove(d => d.ContactId == "999"));
        Assert.Equal(bytes, File.ReadAllBytes(path));
        Assert.Equal(before, File.GetLastWriteTimeUtc(path));

        var removed = store.Remove(d => d.DecisionKind == MatchDecisionKind.Excluded);
        Assert.Equal("502", Assert.Single(removed).ContactId);
        Assert.Equal("501", Assert.Single(store.Read()).ContactId);
    }

    [Fact]
    public void A_write_that_fails_half_way_leaves_the_old_file_byte_for_byte_and_no_temporary_file()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "s.json");
        new DecisionStore(path).Save(new[] { Link("jane@contoso.com", "501"), Link("bob@contoso.com", "600") });
        var before = File.ReadAllBytes(path);

        var written = 0;
        var failing = new DecisionStore(path, new DecisionStoreOptions
        {
            // The serializer fails after writing part of the document (the second decision).
            WritingDecision = _ => { if (++written == 2) throw new InvalidOperationException("serializer failed"); },
        });
        var ex = Assert.Throws<InvalidOperationException>(() => failing.Save(new[] { Link("eve@contoso.com", "700") }));
        Assert.Equal("serializer failed", ex.Message);

        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(new[] { "s.json", "s.json.lock" }, Directory.GetFiles(temp.Path).Select(Path.GetFileName).OrderBy(x => x, StringComparer.Ordinal));
        Assert.Equal(2, new DecisionStore(path).Read().Count);
    }

    [Theory]
    [InlineData("{ \"formatVersion\": 1, \"decisions\": [ { \"kind\": \"Confirmed\", ", DecisionStoreErrorKind.Corrupt, "corrupt", "not valid JSON")]
    [InlineData("[1, 2]", DecisionStoreErrorKind.Corrupt, "corrupt", "not a JSON object")]
    [InlineData("{ \"decisions\": [] }", DecisionStoreErrorKind.Corrupt, "corrupt", "formatVersion")]
    [InlineData("{ \"formatVersion\": 1, \"decisions\": [ { \"kind\": \"Maybe\" } ] }", DecisionStoreErrorKind.Corrupt, "corrupt", "decision 1 has no kind")]
    [InlineData("{ \"formatVersion\": 3, \"decisions\": [], \"groups\": [] }", DecisionStoreErrorKind.NewerFormat, "newer", "formatVersion 3")]
    public void An_unreadable_store_is_reported_kept_aside_byte_for_byte_and_never_replaced(string content, DecisionStoreErrorKind kind, string reason, string problem)
    {
        using var temp = new TempFolder();
        var path = temp.Write("store.json", content);
        var original = File.ReadAllBytes(path);
        var store = new DecisionStore(path);

        var read = Assert.Throws<DecisionStoreException>(() => store.Read());
        Assert.Equal(kind, read.Kind);
        Assert.Equal(path, read.Path);
        Assert.Contains(problem, read.Message);
        Assert.Contains(path, read.Message);
        Assert.NotNull(read.KeptAt);
        Assert.Contains(read.KeptAt!, read.Message);
        Assert.Matches(@"store\." + reason + @"-\d{8}T\d{6}Z\.json$", read.KeptAt);
        Assert.Equal(original, File.ReadAllBytes(read.KeptAt!));

        // A write refuses: the file stays as it was, nothing is lost, and reading again makes no second copy.
        var write = Assert.Throws<DecisionStoreException>(() => store.Save(new[] { Link("jane@contoso.com", "501") }));
        Assert.Equal(kind, write.Kind);
        Assert.Contains("Nothing was written", write.Message);
        Assert.Equal(original, File.ReadAllBytes(path));
        Assert.Equal(read.KeptAt, write.KeptAt);
        Assert.Single(Directory.GetFiles(temp.Path, "store." + reason + "-*.json"));

        // Once the user moves the file away, the store works again.
        File.Move(path, path + ".moved");
        store.Save(new[] { Link("jane@contoso.com", "501") });
        Assert.Single(store.Read());
    }

    [Fact]
    public void A_lock_held_past_the_timeout_is_a_typed_error_naming_the_file_and_the_holder()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "s.json");
        var clock = TestClock.Immediate();
        using var held = new FileStream(path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        File.WriteAllText(path + ".lock.owner", "pid 4242 (alice on JOBHOST) since 2026-11-27 09:00:00 UTC");
        var store = new DecisionStore(path, new DecisionStoreOptions { TimeProvider = clock, LockTimeout = TimeSpan.FromSeconds(10) });

        var ex = Assert.Throws<DecisionStoreException>(() => store.Save(new[] { Link("jane@contoso.com", "501") }));

        Assert.Equal(DecisionStoreErrorKind.LockTimeout, ex.Kind);
        Assert.Contains(path, ex.Message);
        Assert.Contains("pid 4242 (alice on JOBHOST)", ex.Message);
        Assert.Equal("pid 4242 (alice on JOBHOST) since 2026-11-27 09:00:00 UTC", ex.LockHolder);
        // It waited on the injected clock, in steps, up to the timeout: no real sleep.
        Assert.True(clock.Waits.Count >= 10);
        Assert.True(clock.Waits.Aggregate(TimeSpan.Zero, (a, b) => a + b) >= TimeSpan.FromSeconds(10));
        Assert.False(File.Exists(path));
    }

    /// <summary>
    /// Round 61b: the lock wait was timed on the wall clock, so a clock stepped forward mid-wait (NTP, a resumed VM) gave up
    /// at once, and one stepped back waited for as long as the step. It is timed on the monotonic clock.
    /// </summary>
    [Theory]
    [InlineData(2)]
    [InlineData(-2)]
    public void The_lock_wait_is_timed_on_the_monotonic_clock_whatever_the_wall_clock_does(int hours)
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "s.json");
        var clock = TestClock.Immediate();
        clock.OnWait = n =>
        {
            if (n == 3) clock.StepWallClock(TimeSpan.FromHours(hours));
        };
        using var held = new FileStream(path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        var store = new DecisionStore(path, new DecisionStoreOptions { TimeProvider = clock, LockTimeout = TimeSpan.FromSeconds(10), LockRetryInterval = TimeSpan.FromMilliseconds(50) });

        var ex = Assert.Throws<DecisionStoreException>(() => store.Save(new[] { Link("jane@contoso.com", "501") }));

        Assert.Equal(DecisionStoreErrorKind.LockTimeout, ex.Kind);
        var waited = clock.Waits.Aggregate(TimeSpan.Zero, (a, b) => a + b);
        Assert.InRange(waited, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10.1));
    }

    [Fact]
    public void A_lock_file_that_cannot_be_opened_is_a_typed_error_at_once_not_a_wait()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "s.json");
        Directory.CreateDirectory(path + ".lock"); // cannot be opened as a file, whoever runs the test
        var clock = TestClock.Immediate();
        var store = new DecisionStore(path, new DecisionStoreOptions { TimeProvider = clock });

        var ex = Assert.Throws<DecisionStoreException>(() => store.Save(new[] { Link("jane@contoso.com", "501") }));

        Assert.Equal(DecisionStoreErrorKind.Io, ex.Kind);
        Assert.Contains(path + ".lock", ex.Message);
        Assert.Empty(clock.Waits);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void The_lock_is_released_after_a_save_and_its_owner_note_removed()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "s.json");
        new DecisionStore(path).Save(new[] { Link("jane@contoso.com", "501") });
        using var again = new FileStream(path + ".lock", FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        Assert.False(File.Exists(path + ".lock.owner"));
    }

    /// <summary>
    /// Round 61b: a save killed while writing left "&lt;store&gt;.&lt;guid&gt;.tmp" (a whole copy of the store) for ever. The next save,
    /// holding the lock, removes such a file written before it took the lock; other files beside the store stay.
    /// </summary>
    [Fact]
    public void A_save_removes_the_temporary_files_of_a_killed_save_and_nothing_else()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "s.json");
        var store = new DecisionStore(path);
        store.Save(new[] { Link("jane@contoso.com", "501") });
        var orphan = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(orphan, "{\"formatVersion\":1,\"decisions\":[");
        File.SetLastWriteTimeUtc(orphan, DateTime.UtcNow.AddMinutes(-5));
        var aside = path + "." + Guid.NewGuid().ToString("N") + ".old";       // may be the only copy of a store: kept
        var other = path + ".notes.tmp";                                     // not ours: kept
        var otherStore = Path.Combine(temp.Path, "t.json." + Guid.NewGuid().ToString("N") + ".tmp"); // another store's: kept
        foreach (var file in new[] { aside, other, otherStore })
        {
            File.WriteAllText(file, "x");
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(-5));
        }

        store.Save(new[] { Link("bob@contoso.com", "502") });

        Assert.False(File.Exists(orphan));
        Assert.True(File.Exists(aside));
        Assert.True(File.Exists(other));
        Assert.True(File.Exists(otherStore));
        Assert.Equal(2, store.Read().Count);
        Assert.Equal(new[] { other }, Directory.GetFiles(temp.Path, "s.json.*.tmp"));
    }

    [Fact]
    public void A_lock_file_the_file_system_will_not_create_is_a_typed_error_at_once_not_a_lock_timeout()
    {
        // Round 41: /proc refuses new files with ENOENT; that was read as another process's lock and waited out.
        if (!Directory.Exists("/proc/self")) return; // Linux's /proc only; Windows has no such file system
        var clock = TestClock.Immediate();
        var store = new DecisionStore("/proc/qpsa-decisions-test.json", new DecisionStoreOptions { TimeProvider = clock, LockTimeout = TimeSpan.FromSeconds(10) });

        var ex = Assert.Throws<DecisionStoreException>(() => store.Save(new[] { Link("jane@contoso.com", "501") }));

        Assert.Equal(DecisionStoreErrorKind.Io, ex.Kind);
        Assert.Contains("cannot be created", ex.Message);
        Assert.DoesNotContain("locked by another process", ex.Message);
        Assert.Empty(clock.Waits);
    }

    [Fact]
    public void A_store_path_that_is_a_folder_is_a_typed_error_not_an_empty_store()
    {
        using var temp = new TempFolder();
        var store = new DecisionStore(temp.Path);

        var ex = Assert.Throws<DecisionStoreException>(() => store.Read());

        Assert.Equal(DecisionStoreErrorKind.Io, ex.Kind);
        Assert.Contains("is a folder, not a file", ex.Message);
        Assert.Contains(Path.Combine(temp.Path, "decisions.json"), ex.Message);
    }

    /// <summary>Round 54: reading a named pipe as the store would wait for a writer, and saving renamed a file over it.</summary>
    [Fact]
    public void A_store_path_that_is_a_named_pipe_is_a_typed_error_and_stays_a_pipe()
    {
        if (OperatingSystem.IsWindows()) return;
        using var temp = new TempFolder();
        var pipe = SpecialFiles.MakeFifo(temp.Path, "decisions.json");
        var store = new DecisionStore(pipe);

        var read = Assert.Throws<DecisionStoreException>(() => store.Read());
        var save = Assert.Throws<DecisionStoreException>(() => store.Save(new[] { Link("jane@contoso.com", "501") }));

        Assert.Equal(DecisionStoreErrorKind.Io, read.Kind);
        Assert.Contains("is a named pipe (FIFO), not a regular file", read.Message);
        Assert.Contains("is a named pipe (FIFO), not a regular file", save.Message);
        Assert.Equal(FileKind.NamedPipe, FileKinds.Of(pipe));
    }

    /// <summary>
    /// Round 56: a refused path still left "&lt;path&gt;.lock" beside a folder, a pipe or a read-only store, a new folder with a
    /// ".lock" in it for "newdir/", and "bdir.lock" for "bdir/.". The path is checked before the lock is taken: nothing is left.
    /// </summary>
    [Theory]
    [InlineData("folder", "is a folder, not a file")]
    [InlineData("folder-dot", "is a folder, not a file")]
    [InlineData("new-with-separator", "ends in a separator")]
    [InlineData("existing-with-separator", "ends in a separator")]
    [InlineData("pipe", "is a named pipe (FIFO)")]
    [InlineData("read-only", "is read-only")]
    [InlineData("link-to-folder", "is a folder, not a file")]
    [InlineData("under-a-file", "which is a file, not a folder")]
    [InlineData("deep-under-a-file", "which is a file, not a folder")]
    public void A_refused_store_path_leaves_nothing_behind(string kind, string message)
    {
        if (OperatingSystem.IsWindows() && kind == "pipe") return;
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, "adir"));
        File.WriteAllText(Path.Combine(temp.Path, "afile.txt"), "plain file");
        var sep = Path.DirectorySeparatorChar.ToString();
        string path;
        switch (kind)
        {
            case "folder": path = Path.Combine(temp.Path, "adir"); break;
            case "folder-dot": path = Path.Combine(temp.Path, "adir") + sep + "."; break;
            case "new-with-separator": path = Path.Combine(temp.Path, "newdir") + sep; break;
            case "existing-with-separator": path = Path.Combine(temp.Path, "adir") + sep; break;
            case "pipe": path = SpecialFiles.MakeFifo(temp.Path, "fifo"); break;
            case "read-only":
                path = Path.Combine(temp.Path, "ro.json");
                new DecisionStore(path).Save(new[] { Link("ann@contoso.com", "500") });
                File.Delete(path + ".lock");
                File.SetAttributes(path, FileAttributes.ReadOnly);
                break;
            case "link-to-folder":
                path = Path.Combine(temp.Path, "link-dir");
                Directory.CreateSymbolicLink(path, Path.Combine(temp.Path, "adir"));
                break;
            case "under-a-file": path = Path.Combine(temp.Path, "afile.txt", "store.json"); break;
            default: path = Path.Combine(temp.Path, "afile.txt", "sub", "store.json"); break;
        }
        string Snapshot() => string.Join("\n", Directory.GetFileSystemEntries(temp.Path, "*", SearchOption.AllDirectories).Order()
            .Select(e => e + " " + (File.Exists(e) ? new FileInfo(e).Length : -1)));
        var before = Snapshot();
        var store = new DecisionStore(path);

        var save = Assert.Throws<DecisionStoreException>(() => store.Save(new[] { Link("jane@contoso.com", "501") }));
        var remove = Assert.Throws<DecisionStoreException>(() => store.Remove(_ => true));

        Assert.Equal(before, Snapshot());
        Assert.Equal(DecisionStoreErrorKind.Io, save.Kind);
        Assert.Contains(message, save.Message);
        Assert.Contains(message, remove.Message);
        Assert.DoesNotContain("Could not find a part of the path", save.Message);
        Assert.DoesNotContain("already exists", save.Message);
        if (kind == "read-only")
        {
            Assert.Single(store.Read()); // a read-only store is still read
            File.SetAttributes(path, FileAttributes.Normal);
        }
        else
        {
            // Readers refuse it too: a path under a file is no "store not made yet".
            var read = Assert.Throws<DecisionStoreException>(() => store.Read());
            Assert.Contains(message, read.Message);
        }
    }

    [Fact]
    public void Only_a_lock_held_by_another_handle_counts_as_held()
    {
        Assert.True(StoreLock.HeldElsewhere(new IOException("shared", 11)));
        Assert.True(StoreLock.HeldElsewhere(new IOException("shared", unchecked((int)0x80070020))));
        Assert.False(StoreLock.HeldElsewhere(new FileNotFoundException("gone")));
        Assert.False(StoreLock.HeldElsewhere(new IOException("read-only file system", 30)));
    }

    [Fact]
    public void Fields_this_version_does_not_know_are_kept_when_another_decision_is_saved()
    {
        // Round 42: a note added by hand (or a field of a later version of the same format) vanished on the next save.
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "s.json");
        File.WriteAllText(path, """
            {
              "formatVersion": 2,
              "decisions": [
                { "kind": "Confirmed", "companyId": "19", "contactId": "501", "userPrincipalName": "jane@contoso.com", "decidedAt": "2026-01-02T03:04:05Z",
                  "note": "confirmed by phone with Jane", "ticket": { "id": 4711 } }
              ],
              "companyDecisions": [
                { "kind": "Confirmed", "customer": "Contoso", "companyId": "19", "decidedAt": "2026-01-02T03:04:05Z", "reviewedBy": "ops" }
              ]
            }
            """);
        var store = new DecisionStore(path);

        store.Save(new[] { Link("bob@contoso.com", "502") });

        var saved = Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(path));
        var jane = saved["decisions"]!.Single(d => (string?)d["contactId"] == "501");
        Assert.Equal("confirmed by phone with Jane", (string?)jane["note"]);
        Assert.Equal(4711, (int)jane["ticket"]!["id"]!);
        Assert.Equal("ops", (string?)saved["companyDecisions"]![0]!["reviewedBy"]);
        Assert.Equal(2, store.Read().Count);
    }
}
