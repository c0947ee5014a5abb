using System.Diagnostics;

namespace QuickpassPsa.Bench.Commands;

/// <summary>
/// The peak working set of one run, not of the process: generating a million-person corpus peaks higher
/// than matching it, and the process's lifetime peak (Process.PeakWorkingSet64) then says nothing about
/// the matcher. On Linux, writing 5 to /proc/self/clear_refs sets the peak back to what is resident now
/// (the inputs stay resident, so they count in the run's peak, as they would in a user's session).
/// Elsewhere the lifetime peak is all there is, and the output says so.
/// </summary>
internal static class ProcessMemory
{
    private const string ClearRefs = "/proc/self/clear_refs";

    /// <summary>
    /// Collects what earlier work left, then starts a new peak. Not an aggressive collection: memory the
    /// collector keeps for reuse stays resident and counts, as it would in a session that ran other work
    /// before; handing it back would make the run pay to fault it in again.
    /// </summary>
    /// <returns>Whether the peak was reset (false: the lifetime peak is reported).</returns>
    public static bool StartPeak()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        try
        {
            File.WriteAllText(ClearRefs, "5");
            return true;
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The peak working set (MB) since <see cref="StartPeak"/>, or of the process when it could not be reset.</summary>
    public static double PeakMegabytes()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / 1048576.0;
    }

    /// <summary>How a peak is labelled in the output.</summary>
    public static string PeakLabel(bool perRun) => perRun ? "peak working set of the run (inputs included)" : "peak working set of the process";

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
