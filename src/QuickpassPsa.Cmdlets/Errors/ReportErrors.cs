using System;
using System.Management.Automation;

namespace QuickpassPsa.Cmdlets.Errors
{
    /// <summary>Errors of Export-PsaMatchReport: a piped object it cannot show is skipped (non-terminating); a file it cannot write stops it.</summary>
    internal static class ReportErrors
    {
        public static ErrorRecord InputUnrecognised(object? target) => Record(new ArgumentException(
                "Export-PsaMatchReport cannot show " + (target == null ? "a null value" : "a " + TypeName(target)) +
                ": it takes ContactMatch objects and customer summaries (Find-PsaContactMatch, -SummaryVariable or -Summary, or saved with Export-Clixml) and communication-type findings (Test-CwCommunicationType). It was left out of the report."),
            ErrorIds.ReportInputUnrecognised, ErrorCategory.InvalidType, target,
            "Pipe the output of Find-PsaContactMatch and Test-CwCommunicationType (or Import-Clixml of it); filter out other objects first.");

        /// <summary>A CSV copy of a match row (Export-Csv, then Import-Csv): its text keeps no evidence to show (round 59).</summary>
        public static ErrorRecord CsvRow(object target, string? account) => Record(new ArgumentException(
                "Export-PsaMatchReport cannot show a CSV copy of a Find-PsaContactMatch row (Export-Csv, then Import-Csv)" + (account == null ? string.Empty : ", " + account) +
                ": its text keeps neither the account's fields nor each candidate's fields and score, which the report sets side by side. It was left out of the report."),
            ErrorIds.MatchRowFromCsv, ErrorCategory.InvalidData, target,
            "Save rows for a later report with Export-Clixml and pipe Import-Clixml of them, or pipe the rows of Find-PsaContactMatch itself.");

        public static ErrorRecord NotFileSystem(string path, string providerName) => Record(new ArgumentException(
                "'" + path + "' is a " + providerName + " path; the report is a file and must be written to the file system."),
            ErrorIds.NotAFileSystemPath, ErrorCategory.InvalidArgument, path, "Give the path of a file, such as .\\report.html.");

        public static ErrorRecord WriteFailed(Exception ex, string path) => Record(new System.IO.IOException(
                "The report could not be written to '" + path + "': " + UserText.Message(ex) +
                (ex is Core.Decisions.NotARegularFileException ? " Nothing was written." : " Any report already there was left as it was."), ex),
            ErrorIds.ReportWriteFailed, ErrorCategory.WriteError, path,
            ex is Core.Decisions.ReadOnlyFileException
                ? "Add -Force to replace a read-only report (it stays read-only), or write the report to another path."
                : ex is Core.Decisions.NotARegularFileException
                    ? "Give -Path the name of a regular file in a folder, such as .\\report.html; to see what would be written without writing it, use -WhatIf."
                    : "Check that the folder exists or can be created, that you may write there, and that the file is not a folder; then run again.");

        private static string TypeName(object target) => target is PSObject ps && ps.TypeNames.Count > 0 ? ps.TypeNames[0] : target.GetType().FullName ?? target.GetType().Name;

        private static ErrorRecord Record(Exception ex, string id, ErrorCategory category, object? target, string action) =>
            new ErrorRecord(UserText.Plain(ex), id, category, target) { ErrorDetails = new ErrorDetails(UserText.Message(ex)) { RecommendedAction = action } };
    }
}
