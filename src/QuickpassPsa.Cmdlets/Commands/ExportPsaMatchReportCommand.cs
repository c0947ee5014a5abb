using System;
using System.IO;
using System.Management.Automation;
using QuickpassPsa.Cmdlets.CommunicationTypes;
using QuickpassPsa.Cmdlets.Errors;
using QuickpassPsa.Cmdlets.Matching;
using QuickpassPsa.Cmdlets.Psa;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.ConnectWise.CommunicationTypes;
using QuickpassPsa.Core.Reporting;

namespace QuickpassPsa.Cmdlets.Commands
{
    /// <summary>
    /// Export-PsaMatchReport: collects piped matches and findings (live or read back with Import-Clixml), then writes
    /// one self-contained HTML report (Core's MatchReportWriter) atomically at the end. Input is taken as PSObject and
    /// dispatched on its type, so the kinds a later issue adds (customer summaries, company matches) are one more case.
    /// </summary>
    [Cmdlet(VerbsData.Export, "PsaMatchReport", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(FileInfo))]
    public sealed class ExportPsaMatchReportCommand : PsaAsyncCmdlet
    {
        private MatchReport? _report;
        private PsaConnection? _connection;

        [Parameter(Mandatory = true, Position = 0, HelpMessage = "The HTML file to write, such as .\\contoso-report.html.")]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = string.Empty;

        [Parameter(ValueFromPipeline = true)]
        [AllowNull]
        public PSObject? InputObject { get; set; }

        /// <summary>
        /// Names the PSA and its address in the report; by default the session's connection, if any. On Autotask, the lengths of its
        /// contact fields are read through it (one request per connection) when the report has Unmatched rows.
        /// </summary>
        [Parameter]
        [ValidateNotNull]
        public PsaConnection? Connection { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>Replaces a read-only report too (it stays read-only); without it a read-only report is left as it is.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        private int _received;
        private int _unrecognised;
        private int _csvRows;

        protected override void BeginProcessing()
        {
            _report = new MatchReport(DateTimeOffset.Now);
            var connection = Connection ?? ConnectionStore.Default;
            if (connection != null)
            {
                _connection = connection;
                _report.Psa = connection.Psa.ToString();
                _report.Endpoint = connection.Endpoint?.ToString() ?? connection.Server;
            }
        }

        protected override void ProcessRecord()
        {
            if (!MyInvocation.BoundParameters.ContainsKey(nameof(InputObject))) return;
            var input = InputObject;
            _received++;
            try
            {
                switch (input?.BaseObject)
                {
                    case ContactMatch match:
                        _report!.Matches.Add(match);
                        return;
                    case CwCommunicationTypeFinding finding:
                        _report!.Findings.Add(finding);
                        return;
                    case Core.Matching.Customers.CustomerMatchSummary summary:
                        _report!.Customers.Add(summary);
                        return;
                }
                if (CsvMatchRow.Is(input))
                {
                    _unrecognised++;
                    _csvRows++;
                    WriteError(ReportErrors.CsvRow(input!, input!.Properties[nameof(ContactMatch.Account)]?.Value?.ToString()));
                    return;
                }
                if (DeserializedMatch.Is(input))
                {
                    _report!.Matches.Add(DeserializedMatch.Rebuild(input!));
                    return;
                }
                if (DeserializedFinding.Is(input))
                {
                    _report!.Findings.Add(DeserializedFinding.Rebuild(input!));
                    return;
                }
                if (DeserializedCustomerSummary.Is(input))
                {
                    _report!.Customers.Add(DeserializedCustomerSummary.Rebuild(input!));
                    return;
                }
            }
            catch (ArgumentException)
            {
                // A saved object too shallow or edited to rebuild: reported below like any other object it cannot show.
            }
            _unrecognised++;
            WriteError(ReportErrors.InputUnrecognised(input));
        }

        protected override void EndProcessing()
        {
            var path = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path, out var provider, out _);
            if (!string.Equals(provider.Name, "FileSystem", StringComparison.OrdinalIgnoreCase)) ThrowTerminatingError(ReportErrors.NotFileSystem(Path, provider.Name));

            var report = _report!;
            if (_received > 0 && _unrecognised == _received)
            {
                // Nothing piped could be shown (accounts instead of match rows, a file of something else): an existing report,
                // last night's perhaps, is worth more than an empty one (round 41).
                WriteWarning("None of the " + _received + (_received == 1 ? " object" : " objects") + " piped to Export-PsaMatchReport could be shown, so " + path + " was not written" + (File.Exists(path) ? " and the report there is as it was" : string.Empty) +
                    (_csvRows > 0
                        ? "; " + (_csvRows == _received ? "they are" : _csvRows + " of them are") + " CSV copies of match rows, which keep no evidence to show. Pipe the rows of Find-PsaContactMatch, " +
                          "or rows saved with Export-Clixml and read back with Import-Clixml."
                        : ". Pipe the rows of Find-PsaContactMatch, Test-CwCommunicationType's findings or customer summaries."));
                return;
            }
            if (_received == 0) WriteWarning("Nothing was piped to Export-PsaMatchReport: the report written to " + path + " lists no account.");
            var what = report.Matches.Count + " matches" + (report.Customers.Count == 0 ? string.Empty : ", " + report.Customers.Count + " customer summaries") +
                " and " + report.Findings.Count + " communication-type findings";
            if (!ShouldProcess(path, "Write the match report (" + what + ")")) return;
            report.Limits = FieldLimits(report);
            try
            {
                MatchReportFile.Write(report, path, Force);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is NotSupportedException)
            {
                ThrowTerminatingError(ReportErrors.WriteFailed(ex, path));
            }
            WriteVerbose("Wrote the match report (" + what + ") to " + path + ".");
            if (PassThru) WriteObject(Written(path));
        }

        /// <summary>
        /// The report file as Get-Item returns it: through the FileSystem provider, which adds PSPath, PSParentPath and (on Linux and
        /// macOS) UnixStat, so its table shows Mode or UnixMode, User, Group and Size like any file's (round 63a: a bare FileInfo showed
        /// them blank on Linux). A bare FileInfo only if the provider cannot give it.
        /// </summary>
        private object Written(string path)
        {
            try
            {
                var items = SessionState.InvokeProvider.Item.Get(new[] { "Microsoft.PowerShell.Core\\FileSystem::" + path }, false, true);
                if (items.Count == 1) return items[0];
            }
            catch (Exception ex) when (ex is ProviderNotFoundException || ex is ItemNotFoundException || ex is System.Management.Automation.DriveNotFoundException || ex is ProviderInvocationException)
            {
                WriteDebug("The report file could not be read through the FileSystem provider (" + ex.Message + "); returning it as a FileInfo.");
            }
            return new FileInfo(path);
        }

        /// <summary>
        /// The lengths the connected PSA's contact fields hold, for "Can be created" (New-PsaContact refuses a longer value): ConnectWise's
        /// are fixed; Autotask's are read once per connection, and only when an Unmatched row needs them. Without a connection, or
        /// when the read fails (a warning says so), ConnectWise's fixed ones are used for a ConnectWise report and none otherwise.
        /// </summary>
        private Core.Psa.Writes.ContactFieldLimits? FieldLimits(MatchReport report)
        {
            if (_connection == null || !_connection.IsOpen || !report.Matches.Exists(m => m.Status == MatchStatus.Unmatched)) return null;
            try
            {
                return Run((_, token) => _connection.Client.GetContactFieldLimitsAsync(token));
            }
            catch (PsaApiException ex)
            {
                WriteWarning("The lengths of " + _connection.Psa + "'s contact fields could not be read (" + ex.Message + "), so \"Can be created\" does not check them; " +
                    "New-PsaContact refuses a value longer than its field with QuickpassPsa.ContactValueInvalid.");
                return null;
            }
        }
    }
}
