using System;
using System.IO;
using System.Text;

namespace QuickpassPsa.Core.Decisions
{
    /// <summary>
    /// Replaces a file so that readers see the old content or the new, never a part: the new content goes to a
    /// temporary file in the same folder (same volume, so the swap is a rename), is flushed to disk, then takes the
    /// old file's place. A failure before the swap leaves the old file as it was and removes the temporary one.
    /// The replaced file stays what its owner made it (round 41): a symbolic link keeps pointing where it did and
    /// the file it names is replaced; a read-only file is refused unless the caller says to replace it; on Unix the
    /// new file keeps the old one's permissions (a report of people's names and addresses kept to its owner stays so).
    /// </summary>
    internal static class AtomicFile
    {
        /// <param name="path">The file to write or replace.</param>
        /// <param name="write">Writes the whole new content.</param>
        /// <param name="replaceReadOnly">Replace a read-only file too (a cmdlet's -Force); it stays read-only.</param>
        /// <exception cref="ReadOnlyFileException">The file is read-only and <paramref name="replaceReadOnly"/> is false.</exception>
        public static void Write(string path, Action<TextWriter> write, bool replaceReadOnly = false)
        {
            path = FileLinks.FinalTarget(Path.GetFullPath(path));
            if (!replaceReadOnly && File.Exists(path) && (File.GetAttributes(path) & FileAttributes.ReadOnly) != 0)
            {
                throw new ReadOnlyFileException(path);
            }
            var folder = Path.GetDirectoryName(path) ?? ".";
            Directory.CreateDirectory(folder);
            var temp = Path.Combine(folder, Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
            try
            {
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    using (var text = new StreamWriter(stream, new UTF8Encoding(false), 64 * 1024, leaveOpen: true))
                    {
                        write(text);
                    }
                    stream.Flush(flushToDisk: true);
                }
                Swap(temp, path);
            }
            finally
            {
                if (File.Exists(temp)) TryDelete(temp);
            }
        }

        private static void Swap(string temp, string path)
        {
            if (!File.Exists(path))
            {
                File.Move(temp, path);
                return;
            }
            FileLinks.CopyUnixMode(path, temp);
            if ((File.GetAttributes(path) & FileAttributes.ReadOnly) != 0 && !FileLinks.IsUnix)
            {
                // Windows refuses to replace a read-only file; the new one is made read-only like it below.
                File.SetAttributes(path, File.GetAttributes(path) & ~FileAttributes.ReadOnly);
                File.SetAttributes(temp, File.GetAttributes(temp) | FileAttributes.ReadOnly);
            }
            try
            {
                // A rename over the old file (MoveFileEx/ReplaceFile on Windows, rename(2) elsewhere).
                File.Replace(temp, path, null, ignoreMetadataErrors: true);
            }
            catch (PlatformNotSupportedException)
            {
                // File.Replace is missing on a few file systems; File.Move cannot overwrite on netstandard2.0, so the
                // old file goes aside first and comes back if the move fails.
                var aside = path + "." + Guid.NewGuid().ToString("N") + ".old";
                File.Move(path, aside);
                try
                {
                    File.Move(temp, path);
                }
                catch
                {
                    File.Move(aside, path);
                    throw;
                }
                TryDelete(aside);
            }
        }

        private static void TryDelete(string path)
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    /// <summary>The file to replace is read-only, and the caller did not say to replace it anyway.</summary>
    internal sealed class ReadOnlyFileException : UnauthorizedAccessException
    {
        public ReadOnlyFileException(string path)
            : base("The file " + path + " is read-only, so it was left as it is.")
        {
        }
    }
}
