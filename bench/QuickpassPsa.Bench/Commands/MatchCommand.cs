using System.Diagnostics;
using QuickpassPsa.Bench.Corpus;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Bench.Commands;

/// <summary>
/// match --accounts N --contacts M [--fuzzy] [--runs R] [--naive] [--dump FILE] [--alloc-types]: times ContactMatcher (index + match, one
/// thread) on a generated single-company corpus, the worst case. Prints the median wall time (min, max),
/// the processor time (the honest figure on a shared machine), the stages, bytes allocated per run and
/// peak working set; with --naive also the nested-loop baseline at 10,000 x 10,000.
/// </summary>
internal static class MatchCommand
{
    public static int Run(Arguments args)
    {
        var accountCount = args.Int("accounts", 100_000);
        var contactCount = args.Int("contacts", accountCount);
        var runs = args.Int("runs", 5);
        var fuzzy = args.Flag("fuzzy");
        using var allocationTypes = args.Flag("alloc-types") ? new AllocationTypes() : null;

        var (accounts, contacts) = Build(accountCount, contactCount, args.Int("seed", 7));
        // The inputs alone (accounts and contacts as objects) are part of the peak: say how much.
        GC.Collect();
        var inputs = GC.GetTotalMemory(true);
        var options = new MatchOptions { Fuzzy = fuzzy };
        new ContactMatcher(contacts.Take(1000), null, options).Match(accounts.Take(1000).ToList()); // JIT warm-up

        var times = new List<double>();
        var cpuTimes = new List<double>();
        var indexTimes = new List<double>();
        var gcPauses = new List<double>();
        var collections = "";
        long allocated = 0;
        IReadOnlyList<ContactMatch>? last = null;
        Dictionary<string, double>? stages = null;
        ContactMatcher? matcher = null;
        var peaks = new List<double>();
        var perRunPeak = false;
        for (var run = 0; run < runs; run++)
        {
            // The previous run's matcher and results would otherwise stay alive through this run (this method
            // runs unoptimised, so its locals live until overwritten) and count in its peak.
            last = null;
            stages = null;
            matcher = null;
            perRunPeak = ProcessMemory.StartPeak();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var pauseBefore = GC.GetTotalPauseDuration();
            var gensBefore = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            allocationTypes?.Start();
            matcher = new ContactMatcher(contacts, null, options) { Stages = new Dictionary<string, double>(), PauseClock = () => GC.GetTotalPauseDuration().TotalMilliseconds };
            indexTimes.Add(clock.Elapsed.TotalMilliseconds);
            last = matcher.Match(accounts);
            stages = matcher.Stages;
            clock.Stop();
            allocationTypes?.Stop();
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            times.Add(clock.Elapsed.TotalMilliseconds);
            gcPauses.Add((GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds);
            collections = $"{GC.CollectionCount(0) - gensBefore[0]}/{GC.CollectionCount(1) - gensBefore[1]}/{GC.CollectionCount(2) - gensBefore[2]}";
            cpuTimes.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds);
            peaks.Add(ProcessMemory.PeakMegabytes());
        }
        times.Sort();
        cpuTimes.Sort();
        var median = times[times.Count / 2];
        peaks.Sort();
        var statuses = last!.GroupBy(m => m.Status).OrderBy(g => g.Key).Select(g => g.Key + " " + g.Count());

        Console.WriteLine($"{accountCount:N0} accounts x {contactCount:N0} contacts, fuzzy {(fuzzy ? "on" : "off")}, {runs} runs");
        indexTimes.Sort();
        Console.WriteLine($"  the inputs themselves (accounts and contacts as objects): {inputs / 1048576.0:N0} MB of managed heap");
        Console.WriteLine($"  median {median:N0} ms (min {times[0]:N0}, max {times[^1]:N0}), of which indexing the contacts {indexTimes[indexTimes.Count / 2]:N0} ms; allocated {allocated / 1048576.0:N0} MB per run; {ProcessMemory.PeakLabel(perRunPeak)} median {peaks[peaks.Count / 2]:N0} MB (max {peaks[^1]:N0})");
        // On a shared machine wall time includes waiting for a core; processor time (this process, GC included) does not.
        Console.WriteLine($"  processor time median {cpuTimes[cpuTimes.Count / 2]:N0} ms (min {cpuTimes[0]:N0}, max {cpuTimes[^1]:N0}); load average {ProcessMemory.LoadAverage()}");
        gcPauses.Sort();
        Console.WriteLine($"  garbage collection pauses median {gcPauses[gcPauses.Count / 2]:N0} ms per run; collections (gen 0/1/2) in the last run {collections}");
        Console.WriteLine("  " + string.Join(", ", statuses));
        // Every field of every result (candidates, scores, weights): equal digests before and after a speed change.
        Console.WriteLine("  results digest " + ResultDetail.Digest(last!));
        // --dump FILE: every result as a line, to see what a change that moves the digest changed.
        if (args.Optional("dump") is { } dump) File.WriteAllLines(dump, ResultDetail.Lines(last!));
        Console.WriteLine("  stages of the last run (ms, after indexing; garbage collection pauses in brackets): " + StageLine(stages!));

        if (allocationTypes != null)
        {
            Console.WriteLine("  allocated by type, all runs (sampled about every 100 KB):");
            foreach (var line in allocationTypes.Top(25)) Console.WriteLine("    " + line);
        }

        if (args.Flag("naive"))
        {
            var (a10, c10) = Build(10_000, 10_000, 11);
            var ourTimes = new List<double>();
            for (var run = 0; run < 5; run++)
            {
                var ours = Stopwatch.StartNew();
                new ContactMatcher(c10, null, new MatchOptions { Fuzzy = false }).Match(a10);
                ourTimes.Add(ours.Elapsed.TotalMilliseconds);
            }
            ourTimes.Sort();
            var ourMedian = ourTimes[ourTimes.Count / 2];
            var naive = Stopwatch.StartNew();
            var linked = NaiveMatcher.Match(a10, c10);
            naive.Stop();
            Console.WriteLine($"  10,000 x 10,000, exact stages: ContactMatcher median {ourMedian:N0} ms, naive nested loop {naive.Elapsed.TotalMilliseconds:N0} ms ({linked:N0} linked): {naive.Elapsed.TotalMilliseconds / ourMedian:N0}x");
        }
        return 0;
    }

    /// <summary>Each stage's own time and the collection pauses inside it (the matcher marks cumulative times).</summary>
    private static string StageLine(Dictionary<string, double> stages)
    {
        var parts = new List<string>();
        double lastTime = 0, lastPause = stages.TryGetValue("gc start", out var p0) ? p0 : 0;
        foreach (var (name, value) in stages)
        {
            if (name.StartsWith("gc ", StringComparison.Ordinal) || name == "start") continue;
            if (name.StartsWith("of which", StringComparison.Ordinal))
            {
                parts.Add(name + " " + value.ToString("N0"));
                continue;
            }
            var pause = stages.TryGetValue("gc " + name, out var p) ? p : lastPause;
            parts.Add($"{name} {value - lastTime:N0} [{pause - lastPause:N0}]");
            lastTime = value;
            lastPause = pause;
        }
        return string.Join(", ", parts);
    }


    /// <summary>A generated corpus with (about) the requested counts, as objects.</summary>
    internal static (List<Account>, List<PsaContact>) Build(int accountCount, int contactCount, int seed)
    {
        var matched = Math.Min(0.85, (double)contactCount / accountCount * 0.85);
        var extra = Math.Max(0, (contactCount - accountCount * matched * 1.05) / accountCount);
        var corpus = CorpusGenerator.Generate(accountCount, seed, matched, extra);
        var accounts = corpus.Accounts.Select(a => new Account
        {
            Id = a.Id, DisplayName = a.DisplayName, FirstName = a.FirstName, LastName = a.LastName, Email = a.Email,
            UserPrincipalName = a.Upn, ProxyAddresses = ProxyAddress.ParseMany(new[] { a.ProxyAddresses }), MobilePhone = a.Mobile,
        }).ToList();
        var contacts = corpus.Contacts.Take(contactCount).Select(c => new PsaContact
        {
            Id = c.Id, CompanyId = c.CompanyId, FirstName = c.FirstName, LastName = c.LastName,
            Emails = new[] { c.Email, c.Email2, c.Email3 }.Where(e => e.Length > 0).ToList(), MobilePhone = c.Mobile, Active = c.Active,
        }).ToList();
        return (accounts, contacts);
    }
}
