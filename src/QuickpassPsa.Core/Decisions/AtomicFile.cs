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
        /// <exception cref="NotARegularFileException">The path names a folder, a device, a named pipe or a socket, ends in a
        /// separator, or has a file where a folder should be; nothing was written or created.</exception>
        public static void Write(string path, Action<TextWriter> write, bool replaceReadOnly = false)
        {
            var full = Path.GetFullPath(path);
            if (EndsInSeparator(full))
            {
                throw new NotARegularFileException(full, "'" + full + "' ends in a separator, so it names a folder, not a file; give a file name, such as '" +
                    full + "report.html'.");
            }
            path = FileLinks.FinalTarget(full);
            var kind = FileKinds.Of(path);
            if (kind == FileKind.Folder)
            {
                throw new NotARegularFileException(path, "'" + path + "' is a folder; give a file name, such as '" + Path.Combine(path, "report.html") + "'.");
            }
            if (kind != FileKind.Missing && kind != FileKind.RegularFile)
            {
                // Renaming over a device or a pipe replaces it with a plain file (round 54: /dev/null as root): refused.
                throw new NotARegularFileException(path, "'" + path + "' is " + FileKinds.Describe(kind) +
                    ", not a regular file, so it was left as it is: only a regular file is written or replaced.");
            }
            if (!replaceReadOnly && kind == FileKind.RegularFile && (File.GetAttributes(path) & FileAttributes.ReadOnly) != 0)
            {
                throw new ReadOnlyFileException(path);
            }
            var folder = Path.GetDirectoryName(path) ?? ".";
            var created = CreateFolder(folder, path);
            var temp = Path.Combine(folder, Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
            var done = false;
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
                done = true;
            }
            finally
            {
                if (File.Exists(temp)) TryDelete(temp);
                if (!done) RemoveFolders(created);
            }
        }

        private static bool EndsInSeparator(string full) =>
            full.Length > 0 && (full[full.Length - 1] == Path.DirectorySeparatorChar || full[full.Length - 1] == Path.AltDirectorySeparatorChar) &&
            Path.GetPathRoot(full) != full;

        /// <summary>
        /// Makes the folder and the missing ones above it, and returns those it made, deepest first, so a failed write can
        /// take them away again. A file where a folder should be is named as such (not .NET's "the file already exists").
        /// </summary>
        private static string[] CreateFolder(string folder, string path)
        {
            var missing = new System.Collections.Generic.List<string>();
            for (var at = folder; !string.IsNullOrEmpty(at); at = Path.GetDirectoryName(at))
            {
                if (Directory.Exists(at)) break;
                if (File.Exists(at))
                {
                    throw new NotARegularFileException(path, "'" + at + "' is a file, not a folder, so '" + path + "' cannot be made in it; give a path in a folder.");
                }
                missing.Add(at);
            }
            if (missing.Count == 0) return new string[0];
            Directory.CreateDirectory(folder);
            return missing.ToArray();
        }

        private static void RemoveFolders(string[] deepestFirst)
        {
            foreach (var folder in deepestFirst)
            {
                try
                {
                    Directory.Delete(folder, recursive: false);
                }
                catch (IOException)
                {
                    return; // something else was put there meanwhile: it and the folders above stay
                }
                catch (UnauthorizedAccessException)
                {
                    return;
                }
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

    /// <summary>
    /// The path does not name a regular file that can be written: a folder, a device, a named pipe, a socket, a name ending
    /// in a separator, or a path under a file. Nothing was written, replaced or created.
    /// </summary>
    internal sealed class NotARegularFileException : IOException
    {
        public NotARegularFileException(string path, string message)
            : base(message)
        {
            FilePath = path;
        }

        public string FilePath { get; }
    }
}
