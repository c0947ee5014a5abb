using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using QuickpassPsa.Cmdlets.Accounts;
using QuickpassPsa.Cmdlets.Errors;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching.Companies;

namespace QuickpassPsa.Cmdlets.Commands
{
    /// <summary>
    /// Get-QpAccount: reads Quickpass, AD or Entra ID account exports (CSV or JSON) and emits Accounts.
    /// A missing or unusable file stops the command; a bad row is a non-terminating error and the other
    /// rows still come out.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "QpAccount", DefaultParameterSetName = PathSet)]
    [OutputType(typeof(Account))]
    public sealed class GetQpAccountCommand : QuickpassCmdlet
    {
        private const string PathSet = "Path";
        private const string LiteralPathSet = "LiteralPath";
        private const int ProgressId = 0x5170;

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet, ValueFromPipeline = true, HelpMessage = "The accounts export to read (CSV or JSON), such as .\\contoso-users.csv; wildcards allowed.")]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[] Path { get; set; } = Array.Empty<string>();

        [Parameter(Mandatory = true, ParameterSetName = LiteralPathSet, ValueFromPipelineByPropertyName = true, HelpMessage = "The accounts export to read, its name taken as written (no wildcards).")]
        [Alias("PSPath", "LP", "FullName")]
        [ValidateNotNullOrEmpty]
        public string[] LiteralPath { get; set; } = Array.Empty<string>();

        /// <summary>The customer these accounts belong to (see <see cref="AccountReadOptions.Customer"/>).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Customer { get; set; }

        /// <summary>
        /// CSV delimiter; by default ',', ';', tab or '|' is detected from the first lines. A string, not a
        /// char, so that an empty or too long value reaches <see cref="ValidateDelimiterAttribute"/> and gets
        /// its message rather than PowerShell's conversion error.
        /// </summary>
        [Parameter]
        [ValidateDelimiter]
        public string? Delimiter { get; set; }

        /// <summary>
        /// Auto, Csv or Json. A string, not Core's enum: PowerShell loads the cmdlet types before the module
        /// initializer runs, and a field of a Core value type would pull Core into the default load context,
        /// defeating dependency isolation (IsolationTests guards this).
        /// </summary>
        [Parameter]
        [ValidateSet(nameof(AccountFileFormat.Auto), nameof(AccountFileFormat.Csv), nameof(AccountFileFormat.Json), IgnoreCase = true)]
        public string Format { get; set; } = nameof(AccountFileFormat.Auto);

        protected override void ProcessRecord()
        {
            var options = new AccountReadOptions
            {
                Customer = Customer,
                Delimiter = string.IsNullOrEmpty(Delimiter) ? (char?)null : Delimiter![0],
                Format = (AccountFileFormat)Enum.Parse(typeof(AccountFileFormat), Format, ignoreCase: true),
            };

            var files = ResolveFiles(out var wildcard);
            // One file named alone: a bad file stops the command, as a bad argument does. One of several
            // (a wildcard, several paths, files piped in): report that file and read the others.
            var oneOfSeveral = wildcard || files.Count > 1 || MyInvocation.ExpectingInput;
            foreach (var file in files)
            {
                ReadFile(file, options, oneOfSeveral);
            }
        }

        private void ReadFile(string file, AccountReadOptions options, bool oneOfSeveral)
        {
            var activity = "Reading accounts from " + System.IO.Path.GetFileName(file);
            WriteProgress(new ProgressRecord(ProgressId, activity, "Reading") { PercentComplete = 0 });

            IReadOnlyList<AccountReadResult> results;
            try
            {
                if (Directory.Exists(file))
                {
                    throw new AccountFileException(AccountFileErrorKind.Unreadable, file,
                        file + " is a folder, not an account file. Give the path of a CSV or JSON file (Get-ChildItem *.csv | Get-QpAccount reads several).");
                }
                // The whole file is read before any of it is written: a file that fails part way contributes
                // nothing, so no record of it goes down the pipeline as if the file had been read whole.
                results = AccountFileReader.ReadAll(file, options, fraction => WriteProgress(
                    new ProgressRecord(ProgressId, activity, "Reading") { PercentComplete = (int)(fraction * 100) }));
            }
            catch (AccountFileException ex)
            {
                WriteProgress(new ProgressRecord(ProgressId, activity, "Failed") { RecordType = ProgressRecordType.Completed });
                var error = AccountErrors.ForFile(ex, file);
                if (!oneOfSeveral) ThrowTerminatingError(error);
                WriteError(error);
                return;
            }

            int accounts = 0, errors = 0;
            foreach (var result in results)
            {
                foreach (var warning in result.Warnings) WriteWarning(warning);
                if (result.Account != null)
                {
                    accounts++;
                    WriteObject(result.Account);
                }
                else if (result.Error != null)
                {
                    errors++;
                    WriteError(AccountErrors.ForRecord(result.Error, result.Error.Values));
                }
            }
            WriteProgress(new ProgressRecord(ProgressId, activity, "Done") { RecordType = ProgressRecordType.Completed });
            // An empty or header-only file is a failed export more often than a customer without users (round 42: a nightly job
            // matched nothing and said nothing). Rows left out by -Customer are a choice, and are counted in the verbose line.
            if (results.Count == 0 && options.LeftOutCustomers.Count == 0)
            {
                WriteWarning(file + " holds no account rows (" + (new FileInfo(file).Length == 0 ? "the file is empty" : "only a header, or nothing but blank lines") +
                    "). Check that the export that writes it ran and succeeded.");
            }
            WriteVerbose(string.Format(CultureInfo.InvariantCulture, "Read {0} accounts from {1}; {2} records had errors.", accounts, file, errors) + LeftOut(options, file));
            options.LeftOutCustomers.Clear();
        }

        /// <summary>
        /// Rows of other customers, left out by -Customer: counted in the verbose line, and a warning for names
        /// that are -Customer spelled another way ("Contoso Ltd." or "Contoso" for "Contoso Ltd"), which are
        /// far more likely a typo in the export than another customer.
        /// </summary>
        private string LeftOut(AccountReadOptions options, string file)
        {
            if (options.LeftOutCustomers.Count == 0) return string.Empty;
            var wanted = CompanyNameNormalizer.Key(options.Customer);
            var alike = options.LeftOutCustomers.Where(p => wanted.Length > 0 && CompanyNameNormalizer.Key(p.Key) == wanted).ToList();
            if (alike.Count > 0)
            {
                WriteWarning(string.Format(CultureInfo.InvariantCulture,
                    "{0}: {1} rows name the customer {2}, spelled like '{3}' but not the same, and were left out. Pass that name to -Customer, or correct the Customer column.",
                    file, alike.Sum(p => p.Value), string.Join(" or ", alike.Select(p => "'" + p.Key + "'")), options.Customer!.Trim()));
            }
            return string.Format(CultureInfo.InvariantCulture, " {0} rows of other customers were left out ({1}).",
                options.LeftOutCustomers.Values.Sum(), string.Join(", ", options.LeftOutCustomers.Select(p => p.Key + ": " + p.Value.ToString(CultureInfo.InvariantCulture))));
        }

        /// <summary>Resolves every path first, so a wrong path stops the command before anything is read.</summary>
        private List<string> ResolveFiles(out bool wildcard)
        {
            var literal = ParameterSetName == LiteralPathSet;
            var files = new List<string>();
            wildcard = false;
            foreach (var path in literal ? LiteralPath : Path)
            {
                var resolved = new List<string>();
                ProviderInfo? provider = null;
                try
                {
                    if (literal) resolved.Add(SessionState.Path.GetUnresolvedProviderPathFromPSPath(path, out provider, out _));
                    else
                    {
                        wildcard |= WildcardPattern.ContainsWildcardCharacters(path);
                        resolved.AddRange(SessionState.Path.GetResolvedProviderPathFromPSPath(path, out provider));
                    }
                }
                catch (Exception ex) when (ex is ItemNotFoundException || ex is System.Management.Automation.DriveNotFoundException)
                {
                    ThrowTerminatingError(AccountErrors.NotFound(path, ex));
                }

                if (provider != null && provider.Name != "FileSystem") ThrowTerminatingError(AccountErrors.NotFileSystem(path, provider.Name));
                if (resolved.Count == 0) ThrowTerminatingError(AccountErrors.NotFound(path, null));
                files.AddRange(resolved);
            }
            return files;
        }
    }
}
