using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace QuickpassPsa.Core.Accounts
{
    /// <summary>
    /// Reads an account export file: picks CSV or JSON, decodes strictly as UTF-8 (or UTF-16/32 when the
    /// file has that byte-order mark), and turns I/O and decoding failures into <see cref="AccountFileException"/>.
    /// </summary>
    public static class AccountFileReader
    {
        // Strict: a file saved in a legacy code page fails loudly instead of turning "Zoë" into "Zo�".
        private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>
        /// Reads the whole file before handing anything back: a file is read whole or not at all. A fatal
        /// error part way (bad JSON on line 900, a byte that is not UTF-8) throws, and the records read
        /// before it are discarded, so a caller never acts on part of a file as if it were all of it.
        /// The exception's message says how many records were discarded.
        /// </summary>
        /// <param name="progress">Called now and then with the fraction of the file read (0 to 1).</param>
        public static IReadOnlyList<AccountReadResult> ReadAll(string path, AccountReadOptions? options = null, Action<double>? progress = null)
        {
            var results = new List<AccountReadResult>();
            try
            {
                foreach (var result in Read(path, options, progress)) results.Add(result);
            }
            catch (AccountFileException ex) when (results.Count > 0)
            {
                throw new AccountFileException(ex.Kind, ex.Path,
                    ex.Message + " The " + results.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) +
                    " record(s) read before this point were discarded: a file is read whole or not at all.", ex.InnerException);
            }
            return results;
        }

        /// <summary>Streams the file's records; a fatal error part way throws after the records before it were yielded.</summary>
        /// <param name="progress">Called now and then with the fraction of the file read (0 to 1).</param>
        public static IEnumerable<AccountReadResult> Read(string path, AccountReadOptions? options = null, Action<double>? progress = null)
        {
            if (path == null) throw new ArgumentNullException(nameof(path));
            options ??= new AccountReadOptions();
            var name = Path.GetFileName(path);

            using var stream = Open(path);
            using var text = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 65536);
            var count = 0;
            IEnumerator<AccountReadResult> e;
            try
            {
                var format = options.Format == AccountFileFormat.Auto ? DetectFormat(path, text) : options.Format;
                var results = format == AccountFileFormat.Json
                    ? JsonAccountReader.Read(text, name, options)
                    : CsvAccountReader.Read(text, name, options);
                e = results.GetEnumerator();
            }
            catch (Exception ex) when (Translate(ex, path, count) is AccountFileException translated)
            {
                throw translated;
            }

            using (e)
            {
                var length = SafeLength(stream);
                while (true)
                {
                    try
                    {
                        if (!e.MoveNext()) break;
                    }
                    catch (Exception ex) when (Translate(ex, path, count) is AccountFileException translated)
                    {
                        throw translated;
                    }

                    count++;
                    if (progress != null && length > 0 && count % 500 == 0) progress(Math.Min(1.0, (double)SafePosition(stream) / length));
                    yield return e.Current;
                }
            }
        }

        private static AccountFileException? Translate(Exception ex, string path, int count)
        {
            switch (ex)
            {
                case DecoderFallbackException _:
                    return new AccountFileException(AccountFileErrorKind.InvalidEncoding, path,
                        path + " is not UTF-8 text (the error follows record " + count + "). Save it as UTF-8 (Excel: 'CSV UTF-8'; PowerShell: -Encoding utf8) and read it again.", ex);
                case IOException _:
                    return new AccountFileException(AccountFileErrorKind.Unreadable, path, "Could not read " + path + ": " + ex.Message, ex);
                default:
                    return null;
            }
        }

        private static Stream Open(string path)
        {
            try
            {
                return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 65536, FileOptions.SequentialScan);
            }
            catch (FileNotFoundException ex)
            {
                throw new AccountFileException(AccountFileErrorKind.NotFound, path, "The account file " + path + " does not exist. Check the path.", ex);
            }
            catch (DirectoryNotFoundException ex)
            {
                throw new AccountFileException(AccountFileErrorKind.NotFound, path, "The account file " + path + " does not exist: its folder is missing. Check the path.", ex);
            }
            catch (UnauthorizedAccessException ex)
            {
                throw new AccountFileException(AccountFileErrorKind.Unreadable, path, "Access to the account file " + path + " was denied (or it is a folder). Check the path and its permissions.", ex);
            }
            catch (IOException ex)
            {
                throw new AccountFileException(AccountFileErrorKind.Unreadable, path, "Could not open the account file " + path + ": " + ex.Message, ex);
            }
        }

        private static AccountFileFormat DetectFormat(string path, StreamReader text)
        {
            var extension = Path.GetExtension(path).ToLowerInvariant();
            if (extension == ".json" || extension == ".jsonl" || extension == ".ndjson") return AccountFileFormat.Json;
            if (extension == ".csv" || extension == ".tsv" || extension == ".txt") return AccountFileFormat.Csv;

            // Unknown extension: JSON starts with '[' or '{' (after white space); anything else is CSV.
            int next;
            while ((next = text.Peek()) >= 0 && char.IsWhiteSpace((char)next)) text.Read();
            return next == '[' || next == '{' ? AccountFileFormat.Json : AccountFileFormat.Csv;
        }

        private static long SafeLength(Stream stream)
        {
            try { return stream.CanSeek ? stream.Length : 0; } catch (IOException) { return 0; }
        }

        private static long SafePosition(Stream stream)
        {
            try { return stream.Position; } catch (IOException) { return 0; }
        }
    }
}
