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
    /// put a "sep=;" line first).
    /// </summary>
    public static class CsvAccountReader
    {
        /// <param name="reader">The text; disposed when the enumeration ends.</param>
        /// <param name="sourceName">The file name used in messages.</param>
        public static IEnumerable<AccountReadResult> Read(TextReader reader, string sourceName, AccountReadOptions? options = null)
        {
            if (reader == null) throw new ArgumentNullException(nameof(reader));
            options ??= new AccountReadOptions();

            var malformed = new List<CsvMalformedRecord>();
            var csvOptions = new CsvReaderOptions
            {
                Separator = options.Delimiter,
                HasHeader = true,
                SkipEmptyLines = true,
                TrackLineNumbers = true,
                DetectSeparatorHint = true,
                // A stray quote is kept as text and reported as a warning on its row, never fatal.
                MalformedData = CsvMalformedDataHandling.Recover,
                OnMalformedRecord = record => malformed.Add(record),
            };

            using var csv = CsvReader.Create(reader, csvOptions, false);
            IReadOnlyList<string> header;
            try
            {
                header = csv.Headers.ToList();
            }
            catch (CsvFormatException ex)
            {
                throw Invalid(sourceName, ex);
            }
            if (header.Count == 0) yield break; // an empty file holds no accounts
            CheckHeader(header, sourceName, csv.Separator);

            while (Next(csv, sourceName))
            {
                var number = (int)csv.RowNumber;
                var origin = sourceName + ", row " + number.ToString(CultureInfo.InvariantCulture) +
                    " (line " + csv.LineNumber.ToString(CultureInfo.InvariantCulture) + ")";

                var record = new AccountRecord(origin, number);
                for (var i = 0; i < header.Count; i++)
                {
                    record.Add(header[i], i < csv.FieldCount ? csv.GetString(i) : null);
                }

                var result = AccountBuilder.Build(record, AccountSource.CsvFile, options);
                if (malformed.Count > 0 && result?.Account != null)
                {
                    var warnings = result.Warnings.Concat(malformed.Select(m =>
                        origin + ": " + Describe(m.Reason) + "; the row was read as best it could be. Check its quoting.")).ToList();
                    result = AccountReadResult.Success(result.Account, warnings);
                }
                malformed.Clear();
                if (result != null) yield return result;
            }
        }

        private static bool Next(CsvReader csv, string sourceName)
        {
            try
            {
                return csv.Read();
            }
            catch (CsvFormatException ex)
            {
                throw Invalid(sourceName, ex);
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

        private static AccountFileException Invalid(string sourceName, CsvFormatException ex) =>
            new AccountFileException(AccountFileErrorKind.InvalidFormat, sourceName,
                sourceName + " is not valid CSV near line " + ex.LineNumber.ToString(CultureInfo.InvariantCulture) + ": " + ex.Message, ex);

        private static void CheckHeader(IReadOnlyList<string> header, string sourceName, char separator)
        {
            if (AccountFieldMap.HasIdentityColumn(header)) return;
            var shown = separator == '\t' ? "tab" : "'" + separator + "'";
            throw new AccountFileException(AccountFileErrorKind.UnknownColumns, sourceName,
                sourceName + " has no column an account can be read from. Its columns (split on " + shown + ") are: " +
                string.Join(", ", header.Select(h => "'" + h + "'")) + ". Expected at least one of: " +
                AccountFieldMap.DescribeIdentityColumns() + ". Pass -Delimiter if the columns were split on the wrong character.");
        }
    }
}
