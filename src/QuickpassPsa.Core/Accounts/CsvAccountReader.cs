using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CsvHelper;

namespace QuickpassPsa.Core.Accounts
{
    /// <summary>
    /// Reads accounts from CSV text through CsvHelper: RFC 4180 quoting (embedded separators, quotes and
    /// line breaks), a header row whose names <see cref="AccountFieldMap"/> matches, and ',', ';', tab
    /// or '|' detected from the first lines (Excel writes ';' where the decimal separator is ',', and may
    /// put a "sep=;" line first). A "#TYPE" line above the header (Windows PowerShell's Export-Csv) is skipped.
    /// </summary>
    public static class CsvAccountReader
    {
        /// <param name="reader">The text; disposed when the enumeration ends.</param>
        /// <param name="sourceName">The file name used in messages.</param>
        public static IEnumerable<AccountReadResult> Read(TextReader reader, string sourceName, AccountReadOptions? options = null)
        {
            if (reader == null) throw new ArgumentNullException(nameof(reader));
            options ??= new AccountReadOptions();
            if (options.Delimiter is char delimiter && CsvDelimiter.Problem(delimiter) is string problem)
            {
                throw new ArgumentException(problem, nameof(options));
            }

            var malformed = new List<CsvMalformedRecord>();
            var csvOptions = new CsvReaderOptions
            {
                Separator = options.Delimiter,
                HasHeader = true,
                SkipEmptyLines = true,
                TrackLineNumbers = true,
                // Spaces around a value are no part of it, and a quote after them still opens a quoted field: Excel and hand
                // edits write ", \"Lee, Ann\"" (round 45: such a row was refused as shifted; Import-Csv reads it).
                TrimWhitespace = true,
                DetectSeparatorHint = true,
                // A stray quote is kept as text and reported as a warning on its row, never fatal.
                MalformedData = CsvMalformedDataHandling.Recover,
                OnMalformedRecord = record => malformed.Add(record),
            };

            // Windows PowerShell's Export-Csv puts "#TYPE ..." above the header; row origins count it as line 1.
            reader = TypeInformationLine.Skip(reader, out var typeLineSkipped);
            var lineOffset = typeLineSkipped ? 1 : 0;
            // Whether the text ends with a line break: a last record without one may have been cut off (see below).
            var ending = new LastCharacterReader(reader);
            using var csv = CsvReader.Create(ending, csvOptions, false);
            IReadOnlyList<string> header;
            try
            {
                header = csv.Headers.ToList();
            }
            catch (CsvFormatException ex)
            {
                throw Invalid(sourceName, ex, lineOffset);
            }
            if (header.Count == 0) yield break; // an empty file holds no accounts
            CheckHeader(header, sourceName, csv.Separator);
            IReadOnlyList<string> headerWarnings = DuplicateColumns(header, sourceName);
            var proxyColumns = ColumnsOf(header, AccountField.ProxyAddresses);
            var listNameWarned = false;

            // Each record's result is handed out once the next record is read: the last one is checked first, because a file
            // cut off part way (a copy or an export that did not finish) ends in a record cut off too (round 61b: its
            // "+1 206 555" and "tessa.lindgren@cont" were written to the PSA). A file is read whole or not at all.
            AccountReadResult? held = null;
            var lastFields = 0;
            var lastBlank = true;
            string? lastOrigin = null;
            while (Next(csv, sourceName, lineOffset))
            {
                if (held != null) yield return held;
                held = null;
                var number = (int)csv.RowNumber;
                var line = csv.LineNumber + lineOffset;
                var origin = sourceName + ", row " + number.ToString(CultureInfo.InvariantCulture) +
                    " (line " + line.ToString(CultureInfo.InvariantCulture) + ")";
                lastFields = csv.FieldCount;
                lastBlank = IsBlankFrom(csv, 0);
                lastOrigin = origin;

                var record = new AccountRecord(origin, number);
                for (var i = 0; i < header.Count; i++)
                {
                    record.Add(header[i], i < csv.FieldCount ? csv.GetString(i) : null);
                }

                if (malformed.Any(m => m.Reason == CsvMalformedReason.UnterminatedQuote))
                {
                    // The field runs to the end of the file: the rows after it would be lost into one value (round 42: a junk
                    // account whose display name was the rest of the file, and only a warning). A file is read whole or not at all.
                    throw new AccountFileException(AccountFileErrorKind.InvalidFormat, sourceName,
                        origin + ": a quoted field is opened on line " + line.ToString(CultureInfo.InvariantCulture) + " and never closed, so the rest of the file would be read as one value " +
                        "and the rows after it lost. The file looks cut off (an export or a copy that did not finish): export or copy it again. " +
                        "Or the quote is a typo: close it (a quote inside a quoted field is written twice: \"\"), or remove it, and read the file again.");
                }
                if (csv.FieldCount > header.Count && !IsBlankTail(csv, header.Count))
                {
                    // A row with more fields than the header: a separator in an unquoted value ("Lee, Ann") shifted its columns, so
                    // its values sit under the wrong names (round 44: an address read as the UPN, "True" as the customer). A row
                    // error, the others read. Fewer fields are fine: Excel leaves out a row's trailing empty cells.
                    malformed.Clear();
                    held = AccountReadResult.Failure(new AccountRecordError(AccountRecordErrorKind.ShiftedColumns,
                        origin + ": the row has " + csv.FieldCount.ToString(CultureInfo.InvariantCulture) + " fields and the header " +
                        header.Count.ToString(CultureInfo.InvariantCulture) + ", so its values are under the wrong columns. Quote a value that holds the separator (\"Lee, Ann\") and read the file again.",
                        record));
                    continue;
                }
                var result = AccountBuilder.Build(record, AccountSource.CsvFile, options);
                if (malformed.Count > 0 && result?.Account != null)
                {
                    var warnings = result.Warnings.Concat(malformed.Select(m =>
                        origin + ": " + Describe(m.Reason) + "; the row was read as best it could be. Check its quoting.")).ToList();
                    result = AccountReadResult.Success(result.Account, warnings);
                }
                malformed.Clear();
                if (result == null) continue;
                if (!listNameWarned && result.Account != null && ListTypeName(csv, proxyColumns) is string typeName)
                {
                    // Once per file: every row of such an export has it.
                    listNameWarned = true;
                    result = result.WithWarningsFirst(new[] { ListNameWarning(sourceName, typeName) });
                }
                held = result.WithWarningsFirst(headerWarnings);
                headerWarnings = Array.Empty<string>();
            }

            if (lastOrigin != null && lastFields < header.Count && !lastBlank && !ending.EndsWithLineBreak)
            {
                // Fewer fields than the header is a short row when its line ends (Excel leaves out empty cells at the end), but
                // with no line break after it the text simply stops: the last value may be cut too, and written to the PSA as it is.
                throw new AccountFileException(AccountFileErrorKind.InvalidFormat, sourceName,
                    lastOrigin + ": the file ends in the middle of this row, with no line break after it and " + lastFields.ToString(CultureInfo.InvariantCulture) +
                    " of the header's " + header.Count.ToString(CultureInfo.InvariantCulture) + " fields, so it looks cut off (an export or a copy that did not finish), " +
                    "and its last value may be cut too. Export or copy the file again and read it again; if the row is whole, end it with a line break.");
            }
            if (held != null) yield return held;
        }

        /// <summary>Whether the fields from <paramref name="from"/> on are all empty or white space.</summary>
        private static bool IsBlankFrom(CsvReader csv, int from)
        {
            for (var i = from; i < csv.FieldCount; i++)
            {
                if (!string.IsNullOrWhiteSpace(csv.GetString(i))) return false;
            }
            return true;
        }

        /// <summary>Extra fields that are all empty (a trailing separator Excel writes on some rows) say nothing wrong.</summary>
        private static bool IsBlankTail(CsvReader csv, int headerCount) => csv.FieldCount >= headerCount && IsBlankFrom(csv, headerCount);

        private static bool Next(CsvReader csv, string sourceName, int lineOffset)
        {
            try
            {
                return csv.Read();
            }
            catch (CsvFormatException ex)
            {
                throw Invalid(sourceName, ex, lineOffset);
            }
        }

        private static string Describe(CsvMalformedReason reason)
        {
            switch (reason)
            {
                case CsvMalformedReason.StrayQuote: return "a quote inside an unquoted field was kept as text";
                case CsvMalformedReason.TextAfterClosingQuote: return "text after a closing quote was appended to the field";
                case CsvMalformedReason.UnterminatedQuote: return "a quoted field is never closed, so it runs to the end of the file";
                default: return "the row is malformed (" + reason + ")";
            }
        }

        private static AccountFileException Invalid(string sourceName, CsvFormatException ex, int lineOffset) =>
            new AccountFileException(AccountFileErrorKind.InvalidFormat, sourceName,
                sourceName + " is not valid CSV near line " + (ex.LineNumber + lineOffset).ToString(CultureInfo.InvariantCulture) + ": " + ex.Message, ex);

        private static int[] ColumnsOf(IReadOnlyList<string> header, AccountField wanted) =>
            Enumerable.Range(0, header.Count).Where(i => AccountFieldMap.TryResolve(header[i], out var field, out _) && field == wanted).ToArray();

        /// <summary>
        /// A proxy-address cell that holds the name of a list type, not its addresses: what Export-Csv writes
        /// for a multi-valued property ("Microsoft.ActiveDirectory.Management.ADPropertyValueCollection",
        /// "System.Object[]", "System.Collections.Generic.List`1[System.String]").
        /// </summary>
        private static string? ListTypeName(CsvReader csv, int[] columns)
        {
            foreach (var column in columns)
            {
                if (column >= csv.FieldCount) continue;
                var text = csv.GetString(column)?.Trim();
                if (!string.IsNullOrEmpty(text) && LooksLikeListTypeName(text!)) return text;
            }
            return null;
        }

        internal static bool LooksLikeListTypeName(string text) =>
            text.IndexOf('@') < 0 && text.IndexOf(' ') < 0 && text.IndexOf('.') > 0 &&
            (text.StartsWith("System.", StringComparison.Ordinal) || text.StartsWith("Microsoft.", StringComparison.Ordinal)) &&
            (text.EndsWith("[]", StringComparison.Ordinal) || text.EndsWith("]", StringComparison.Ordinal) || text.EndsWith("Collection", StringComparison.Ordinal));

        private static string ListNameWarning(string sourceName, string typeName) =>
            sourceName + ": the proxy addresses column holds '" + typeName + "', the name of a list, not its addresses (Export-Csv writes that for a " +
            "multi-valued property), so only Email and UserPrincipalName are read. Export the addresses joined, for example: " +
            "Get-ADUser -Filter * -Properties mail, proxyAddresses, mobile | Select-Object GivenName, Surname, mail, UserPrincipalName, mobile, " +
            "@{ n = 'ProxyAddresses'; e = { $_.proxyAddresses -join ';' } } | Export-Csv users.csv -NoTypeInformation";

        /// <summary>
        /// Columns that feed the same field (two "Email" columns, or "Email" and "Mail"): one value is
        /// taken, so say which. The winner is the one <see cref="AccountBuilder"/> picks: the most preferred
        /// name, then the leftmost; the others are used only in rows where it is empty.
        /// </summary>
        private static List<string> DuplicateColumns(IReadOnlyList<string> header, string sourceName)
        {
            var warnings = new List<string>();
            var mapped = new List<(AccountField Field, int Priority, int Index)>();
            for (var i = 0; i < header.Count; i++)
            {
                if (AccountFieldMap.TryResolve(header[i], out var field, out var priority)) mapped.Add((field, priority, i));
            }
            // A column read only when no better one exists (Phone Number beside a mobile column) is simply not read: no choice to explain.
            mapped.RemoveAll(m => AccountFieldMap.OnlyWithoutBetter(header[m.Index]) && mapped.Any(o => o.Field == m.Field && o.Priority < m.Priority));
            foreach (var group in mapped.GroupBy(m => m.Field).Where(g => g.Count() > 1))
            {
                // Directory exports carry several ids by nature (Get-ADUser: ObjectGUID and SamAccountName): the most
                // stable one wins, as documented, and the others stand in where it is empty. Nothing to fix, so no warning
                // on every import (round 41); the same id column twice still gets one.
                var names = group.Select(m => header[m.Index].Trim()).ToList();
                if (group.Key == AccountField.Id && names.Distinct(StringComparer.OrdinalIgnoreCase).Count() == names.Count) continue;
                // Get-ADUser always writes Name (the object's CN) beside DisplayName; DisplayName wins, as documented.
                if (group.Key == AccountField.DisplayName && names.Count == 2 &&
                    names.Contains("DisplayName", StringComparer.OrdinalIgnoreCase) && names.Contains("Name", StringComparer.OrdinalIgnoreCase)) continue;
                var ordered = group.OrderBy(m => m.Priority).ThenBy(m => m.Index).ToList();
                string Column((AccountField Field, int Priority, int Index) m) =>
                    "'" + header[m.Index] + "' (column " + (m.Index + 1).ToString(CultureInfo.InvariantCulture) + ")";
                var listed = group.OrderBy(m => m.Index).Select(Column).ToList();
                var all = string.Join(", ", listed.Take(listed.Count - 1)) + " and " + listed[listed.Count - 1];
                var others = ordered.Skip(1).Select(Column).ToList();
                warnings.Add(sourceName + ": columns " + all + (listed.Count == 2 ? " both" : " all") + " map to " + group.Key + "; " + Column(ordered[0]) +
                    " wins, and " + string.Join(", then ", others) + (others.Count == 1 ? " is" : " are") +
                    " used only in rows where it is empty. Remove or rename the column that should not be read.");
            }
            return warnings;
        }

        private static void CheckHeader(IReadOnlyList<string> header, string sourceName, char separator)
        {
            if (AccountFieldMap.HasIdentityColumn(header)) return;
            if (IsLdif(header, sourceName))
            {
                // Round 73c: ldifde's export was refused with "pass -Delimiter", which no delimiter fixes.
                throw new AccountFileException(AccountFileErrorKind.UnsupportedFormat, sourceName,
                    sourceName + " is an LDIF file (ldifde's export: a \"dn:\" line, then one \"attribute: value\" line each), not CSV or JSON, and Get-QpAccount does not read LDIF. " +
                    "Export the users as CSV instead: csvde -f users.csv -u -r \"(&(objectCategory=person)(objectClass=user))\" -l \"givenName,sn,displayName,mail,userPrincipalName,mobile,proxyAddresses,userAccountControl,objectGUID\", " +
                    "or Get-ADUser -Filter * -Properties mail, mobile, proxyAddresses, DisplayName | Select-Object ObjectGUID, GivenName, Surname, DisplayName, mail, UserPrincipalName, mobile, Enabled, " +
                    "@{ n = 'ProxyAddresses'; e = { $_.proxyAddresses -join ';' } } | Export-Csv users.csv -NoTypeInformation -Encoding UTF8; then read that file.");
            }
            var shown = separator == '\t' ? "tab" : "'" + separator + "'";
            throw new AccountFileException(AccountFileErrorKind.UnknownColumns, sourceName,
                sourceName + " has no column an account can be read from. Its columns (split on " + shown + ") are: " +
                string.Join(", ", header.Select(h => "'" + h + "'")) + ". Expected at least one of: " +
                AccountFieldMap.DescribeIdentityColumns() + ". Pass -Delimiter if the columns were split on the wrong character.");
        }

        /// <summary>
        /// An LDIF file (ldifde -f users.ldf): its first line is "dn: ..." or "dn:: ..." (base64), or "version: 1" before them; or,
        /// its first line a comment, the file is named .ldf or .ldif. A CSV header's "DN" column has no colon.
        /// </summary>
        private static bool IsLdif(IReadOnlyList<string> header, string sourceName)
        {
            var first = header.Count == 0 ? string.Empty : header[0].TrimStart('\uFEFF', ' ');
            foreach (var attribute in new[] { "dn:", "version:" })
            {
                if (first.StartsWith(attribute, StringComparison.OrdinalIgnoreCase)) return true;
            }
            var extension = System.IO.Path.GetExtension(sourceName);
            return string.Equals(extension, ".ldf", StringComparison.OrdinalIgnoreCase) || string.Equals(extension, ".ldif", StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>A reader that remembers the last character it handed out, so the CSV reader can tell whether the text ended with a line break.</summary>
    internal sealed class LastCharacterReader : TextReader
    {
        private readonly TextReader _inner;
        private int _last = -1;

        public LastCharacterReader(TextReader inner)
        {
            _inner = inner;
        }

        /// <summary>The text read so far ends with '\n' or '\r' (or is empty).</summary>
        public bool EndsWithLineBreak => _last < 0 || _last == '\n' || _last == '\r';

        public override int Peek() => _inner.Peek();

        public override int Read()
        {
            var c = _inner.Read();
            if (c >= 0) _last = c;
            return c;
        }

        public override int Read(char[] buffer, int index, int count)
        {
            var n = _inner.Read(buffer, index, count);
            if (n > 0) _last = buffer[index + n - 1];
            return n;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) _inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
