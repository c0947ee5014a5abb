using System.Diagnostics;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Bench.Commands;

/// <summary>
/// index --contacts M [--runs R] [--no-digest]: times the contact index alone (the hash maps, the near-miss
/// address index, the one-slip name index), each part with its collection pauses, on the corpus of
/// <c>match</c>. Prints an index digest: every block and the deletion indexes' candidates for every contact's
/// own keys, so a change to how the index is built can show it holds exactly what it held.
/// </summary>
internal static class IndexCommand
{
    public static int Run(Arguments args)
    {
        var contactCount = args.Int("contacts", 100_000);
        var runs = args.Int("runs", 5);
        var (_, contacts) = MatchCommand.Build(contactCount, contactCount, args.Int("seed", 7));
        GC.Collect();
        var inputs = GC.GetTotalMemory(true);
        Warm(contacts.Take(1000).ToList());
        // A profiler attached from here on (perf record -p) sees the index alone, not the corpus generator.
        Console.Error.WriteLine("corpus ready, process " + Environment.ProcessId);

        var parts = new[] { "maps", "near-miss", "name typos" };
        var times = parts.ToDictionary(p => p, _ => new List<double>());
        var pauses = parts.ToDictionary(p => p, _ => new List<double>());
        var bytes = parts.ToDictionary(p => p, _ => 0L);
        var totals = new List<double>();
        var cpuTimes = new List<double>();
        long allocated = 0;
        ContactIndex? index = null;
        var peaks = new List<double>();
        var perRunPeak = false;
        for (var run = 0; run < runs; run++)
        {
            index = null;
            perRunPeak = ProcessMemory.StartPeak();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            double last = 0;
            var lastPause = GC.GetTotalPauseDuration().TotalMilliseconds;
            var lastBytes = before;
            void Mark(string part)
            {
                var now = clock.Elapsed.TotalMilliseconds;
                var pause = GC.GetTotalPauseDuration().TotalMilliseconds;
                times[part].Add(now - last);
                pauses[part].Add(pause - lastPause);
                var allocatedNow = GC.GetAllocatedBytesForCurrentThread();
                bytes[part] = allocatedNow - lastBytes;
                lastBytes = allocatedNow;
                last = now;
                lastPause = pause;
            }
            index = new ContactIndex(contacts);
            Mark("maps");
            _ = index.NearMiss;
            Mark("near-miss");
            _ = index.NameTypos;
            Mark("name typos");
            totals.Add(clock.Elapsed.TotalMilliseconds);
            cpuTimes.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            peaks.Add(ProcessMemory.PeakMegabytes());
        }

        // What the index keeps (its own heap size once built), apart from what building it allocated and dropped.
        index = null;
        GC.Collect();
        var withoutIndex = GC.GetTotalMemory(true);
        index = new ContactIndex(contacts);
        _ = index.NearMiss;
        _ = index.NameTypos;
        GC.Collect();
        var held = GC.GetTotalMemory(true) - withoutIndex;
        Console.WriteLine($"index of {contacts.Count:N0} contacts, {runs} runs; inputs {inputs / 1048576.0:N0} MB of managed heap; the index holds {held / 1048576.0:N0} MB");
        Console.WriteLine($"  total median {Median(totals):N0} ms (min {totals.Min():N0}, max {totals.Max():N0}); allocated {allocated / 1048576.0:N0} MB per run; {ProcessMemory.PeakLabel(perRunPeak)} median {Median(peaks):N0} MB (max {peaks.Max():N0}); load average {ProcessMemory.LoadAverage()}");
        // On a shared machine wall time includes waiting for a core; processor time (this process, GC included) does not.
        Console.WriteLine($"  processor time median {Median(cpuTimes):N0} ms (min {cpuTimes.Min():N0}, max {cpuTimes.Max():N0})");
        Console.WriteLine("  " + string.Join(", ", parts.Select(p => $"{p} {Median(times[p]):N0} [{Median(pauses[p]):N0}] {bytes[p] / 1048576.0:N0} MB")) + " (median ms [collection pauses], allocated)");
        if (!args.Flag("no-digest")) Console.WriteLine("  index digest " + Digest(index!));
        return 0;
    }

    private static void Warm(List<QuickpassPsa.Core.Psa.PsaContact> contacts)
    {
        var index = new ContactIndex(contacts);
        _ = index.NearMiss;
        _ = index.NameTypos;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }

    /// <summary>FNV-1a (64 bits) over what every lookup of every contact's own keys returns, in order.</summary>
    private static string Digest(ContactIndex index)
    {
        var hash = 14695981039346656037UL;
        void Mix(int value)
        {
            hash = (hash ^ (uint)value) * 1099511628211UL;
        }
        void Block(ContactBlock block)
        {
            Mix(-1);
            Mix(block.Count);
            foreach (var contact in block) Mix(contact.Order);
        }
        var found = new List<int>();
        foreach (var contact in index.All)
        {
            Mix(contact.Order);
            Mix(contact.Crowded ? 1 : 0);
            foreach (var email in contact.Emails)
            {
                Block(index.WithEmail(email));
                Block(index.WithLocalPart(email.Substring(0, email.LastIndexOf('@'))));
                found.Clear();
                index.NearMiss.Candidates(email, found, 64);
                Mix(-2);
                foreach (var f in found) Mix(f);
            }
            foreach (var name in contact.Names)
            {
                Block(index.WithName(name));
                Block(index.WithLastAndFirstInitial(name.Last, name.First[0]));
                found.Clear();
                index.NameTypos.Candidates(name, found, 64);
                Mix(-3);
                foreach (var f in found) Mix(f);
            }
            foreach (var name in contact.CompareNames)
            {
                Block(index.WithOnlyLastName(name.Last));
                Block(index.WithOnlyFirstName(name.First));
            }
            if (contact.Phone != null) Block(index.WithPhone(contact.Phone));
        }
        return hash.ToString("X16");
    }

}
