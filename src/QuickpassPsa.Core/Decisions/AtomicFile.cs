using System;
using System.IO;
using System.Text;

namespace QuickpassPsa.Core.Decisions
{
    /// <summary>
    /// Replaces a file so that readers see the old content or the new, never a part: the new content goes to a
    /// temporary file in the same folder (same volume, so the swap is a rename), is flushed to disk, then takes the
    /// old file's place. A failure before the swap leaves the old file as it was and removes the temporary one.
    /// </summary>
    internal static class AtomicFile
    {
        public static void Write(string path, Action<TextWriter> write)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
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
}
