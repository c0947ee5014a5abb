using QuickpassPsa.Core.Decisions;

namespace QuickpassPsa.Core.Reporting
{
    /// <summary>Writes the report file atomically: a reader (a browser, a mail client attaching it) sees the old report or the new one, never a half.</summary>
    public static class MatchReportFile
    {
        /// <param name="replaceReadOnly">Replace a read-only report too (-Force); it stays read-only.</param>
        public static void Write(MatchReport report, string path, bool replaceReadOnly = false) =>
            AtomicFile.Write(path, text => MatchReportWriter.Write(report, text), replaceReadOnly);
    }
}
