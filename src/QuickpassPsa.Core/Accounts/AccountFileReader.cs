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
            RefuseUtf16WithoutBom(stream, path);
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
                    if (IsZipArchive(path))
                    {
                        return new AccountFileException(AccountFileErrorKind.InvalidEncoding, path,
                            path + " is an Excel workbook (.xlsx) or another zip archive, not a text file. In Excel, save it as 'CSV UTF-8 (Comma delimited)' and read that file.", ex);
                    }
                    // The reader decodes ahead of the records it hands out, so the record count says little: name the line.
                    var (line, character) = FirstInvalidUtf8(path);
                    return new AccountFileException(AccountFileErrorKind.InvalidEncoding, path,
                        path + " is not UTF-8 text: line " + line + " has a byte that is not UTF-8" + (character == null ? string.Empty : " (" + character + " in Windows-1252, the usual ANSI code page)") +
                        ". Save it as UTF-8 (Excel: 'CSV UTF-8'; PowerShell: -Encoding utf8) and read it again.", ex);
                case IOException _:
                    return new AccountFileException(AccountFileErrorKind.Unreadable, path, "Could not read " + path + ": " + ex.Message, ex);
                default:
                    return null;
            }
        }

        /// <summary>
        /// UTF-16 text without a byte-order mark (a tool that wrote "Unicode" without one, or the mark cut off): decoded as
        /// UTF-8 it reads as a zero byte after every character, so the columns come out as 'I d ', ' E m a i l ' (unknown
        /// columns) or a character beyond ASCII as "a byte that is not UTF-8" (round 61b). Said for what it is: most bytes at
        /// the odd positions (little-endian) or the even ones (big-endian) are 0, which UTF-8 text never has.
        /// </summary>
        private static void RefuseUtf16WithoutBom(Stream stream, string path)
        {
            if (!stream.CanSeek) return;
            var head = new byte[4096];
            int read;
            try
            {
                read = 0;
                int n;
                while (read < head.Length && (n = stream.Read(head, read, head.Length - read)) > 0) read += n;
                stream.Seek(0, SeekOrigin.Begin);
            }
            catch (IOException)
            {
                return; // the read proper reports it
            }
            if (Utf16WithoutBom(head, read) is { } order)
            {
                throw new AccountFileException(AccountFileErrorKind.InvalidEncoding, path,
                    path + " looks like UTF-16 (" + order + ") text without a byte-order mark: most of its " + (order == "little-endian" ? "odd" : "even") +
                    " bytes are 0, as in UTF-16, never in UTF-8. Save it as UTF-8 (Excel: 'CSV UTF-8'; PowerShell: -Encoding utf8), or as UTF-16 with a byte-order mark " +
                    "(PowerShell: -Encoding Unicode), and read it again.");
            }
        }

        /// <summary>"little-endian" or "big-endian" when the bytes are UTF-16 text without a byte-order mark; null otherwise.</summary>
        internal static string? Utf16WithoutBom(byte[] bytes, int length)
        {
            if (length < 4) return null;
            if (bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) return null; // UTF-8's mark
            if ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) return null; // UTF-16 (or UTF-32 LE) with its mark
            if (bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF) return null; // UTF-32 BE with its mark
            var pairs = length / 2;
            int zeroEven = 0, zeroOdd = 0;
            for (var i = 0; i + 1 < length; i += 2)
            {
                if (bytes[i] == 0) zeroEven++;
                if (bytes[i + 1] == 0) zeroOdd++;
            }
            // Text in a Latin script is almost all ASCII: one byte of each pair is 0. Both halves zero is no text at all.
            if (zeroOdd * 2 > pairs && zeroEven * 10 < pairs) return "little-endian";
            if (zeroEven * 2 > pairs && zeroOdd * 10 < pairs) return "big-endian";
            return null;
        }

        /// <summary>The file starts as a zip archive does ("PK\x03\x04"): an .xlsx renamed .csv.</summary>
        private static bool IsZipArchive(string path)
        {
            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                var head = new byte[4];
                return stream.Read(head, 0, 4) == 4 && head[0] == 0x50 && head[1] == 0x4B && head[2] == 0x03 && head[3] == 0x04;
            }
            catch (IOException)
            {
                return false;
            }
        }

        /// <summary>The line (1-based) of the file's first byte sequence that is not UTF-8, and that byte read as Windows-1252.</summary>
        internal static (long Line, string? Character) FirstInvalidUtf8(string path)
        {
            long line = 1;
            try
            {
                var bytes = File.ReadAllBytes(path);
                var i = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
                while (i < bytes.Length)
                {
                    var b = bytes[i];
                    if (b == (byte)'\n') line++;
                    if (b < 0x80)
                    {
                        i++;
                        continue;
                    }
                    var length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
                    var valid = length > 0 && i + length <= bytes.Length;
                    for (var k = 1; valid && k < length; k++) valid = (bytes[i + k] & 0xC0) == 0x80;
                    if (!valid) return (line, Windows1252(b));
                    i += length;
                }
            }
            catch (IOException)
            {
            }
            return (line, null);
        }

        private static string? Windows1252(byte b)
        {
            // Latin-1 agrees with Windows-1252 from 0xA0 up; 0x80-0x9F are its own (€, ‚, “ ...), shown as their code.
            return b >= 0xA0 ? "'" + (char)b + "'" : "byte 0x" + b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture);
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
