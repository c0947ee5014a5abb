using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace QuickpassPsa.Core.Decisions
{
    /// <summary>
    /// The store's exclusive lock across processes: "&lt;store&gt;.lock" opened with FileShare.None (a share-mode lock
    /// on Windows, flock on Linux and macOS), tried again until a timeout. Who holds it is written beside it, in
    /// "&lt;store&gt;.lock.owner", because a locked file cannot be read by the process that waits for it.
    /// The lock file is never deleted: deleting it would let a third process lock a fresh file while a second
    /// still holds the old one, and both would write.
    /// </summary>
    internal sealed class StoreLock : IDisposable
    {
        private readonly FileStream _handle;
        private readonly string _ownerPath;

        private StoreLock(FileStream handle, string ownerPath)
        {
            _handle = handle;
            _ownerPath = ownerPath;
        }

        public static StoreLock Acquire(string storePath, DecisionStoreOptions options) => Acquire(storePath, storePath + ".lock", options, "Let the other save finish");

        /// <summary>
        /// The lock New-PsaContact holds around "look the address up on the PSA now, then create" for one PSA company, so that two
        /// runs at once on one machine (two scheduled jobs, a job and a person) never both create one person's contact (round 61b:
        /// every new hire was created twice). "&lt;store&gt;.creates/&lt;company id&gt;.lock", beside the decision store, which is the
        /// PSA instance's own; never deleted, as the store's lock.
        /// </summary>
        public static StoreLock AcquireCreates(string storePath, string companyId, DecisionStoreOptions options)
        {
            var safe = new StringBuilder();
            foreach (var c in (companyId ?? string.Empty).Trim()) safe.Append(char.IsLetterOrDigit(c) || c == '-' ? c : '_');
            var folder = storePath + ".creates";
            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                throw new DecisionStoreException(DecisionStoreErrorKind.Io, storePath,
                    "The folder '" + folder + "' beside the decision store, which holds the locks that keep two runs from creating one contact twice, cannot be created: " +
                    "this account may not write the store's folder. Nothing was sent. Check that this account can write the folder, or pass -DecisionPath.", ex);
            }
            return Acquire(storePath, Path.Combine(folder, (safe.Length == 0 ? "_" : safe.ToString()) + ".lock"), options, "Let the other run's create finish");
        }

        private static StoreLock Acquire(string storePath, string lockPath, DecisionStoreOptions options, string waitAdvice)
        {
            var ownerPath = lockPath + ".owner";
            var clock = options.TimeProvider;
            // The wait is measured on the monotonic clock: a wall clock stepped back an hour (NTP, a resumed VM) made a
            // 10 s wait last the hour, and one stepped forward gave up at once (round 61b).
            var started = clock.GetTimestamp();
            while (true)
            {
                try
                {
                    var handle = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                    var taken = new StoreLock(handle, ownerPath);
                    taken.WriteOwner(clock);
                    return taken;
                }
                catch (IOException ex) when (!HeldElsewhere(ex))
                {
                    // Not a lock another process holds (a read-only or virtual file system, a folder that cannot hold
                    // files): waiting would not help, and "locked by another process" would send the admin after a lock file
                    // that was never made (round 41).
                    throw new DecisionStoreException(DecisionStoreErrorKind.Io, storePath,
                        "The lock file '" + lockPath + "' of the decision store cannot be created (the file system will not make it: read-only, or no room). Nothing was written. Check that this account can write the folder, or pass -DecisionPath.", ex);
                }
                catch (IOException) when (clock.GetElapsedTime(started) < options.LockTimeout)
                {
                    // Another process holds it (or has it open for a moment): wait on the injected clock and try again.
                }
                catch (UnauthorizedAccessException ex)
                {
                    throw new DecisionStoreException(DecisionStoreErrorKind.Io, storePath,
                        "The lock file '" + lockPath + "' of the decision store cannot be opened: this account may not write it or its folder. Nothing was written. Check that this account can write the folder, or pass -DecisionPath.", ex);
                }
                catch (IOException ex)
                {
                    var holder = ReadOwner(ownerPath);
                    throw new DecisionStoreException(DecisionStoreErrorKind.LockTimeout, storePath,
                        "The decision store '" + storePath + "' is locked by another process" + (holder == null ? string.Empty : " (" + holder + ")") +
                        (lockPath == storePath + ".lock" ? string.Empty : " (its lock '" + lockPath + "')") +
                        " and stayed locked for " + options.LockTimeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s. " +
                        waitAdvice + " and run the command again; if no QuickpassPsa command is running, delete '" + lockPath + "'.",
                        ex, lockHolder: holder);
                }
                clock.Delay(options.LockRetryInterval).GetAwaiter().GetResult();
            }
        }

        /// <summary>
        /// The open failed because another handle holds the file: a sharing or lock violation on Windows (32, 33), the
        /// flock's EWOULDBLOCK on Linux (11) and macOS (35). A subclass (file or folder not found, path too long) never is.
        /// </summary>
        internal static bool HeldElsewhere(IOException ex)
        {
            if (ex.GetType() != typeof(IOException)) return false;
            var code = ex.HResult;
            return (code & 0xFFFF) == 32 || (code & 0xFFFF) == 33 || code == 11 || code == 35;
        }

        private void WriteOwner(TimeProvider clock)
        {
            try
            {
                var text = "pid " + Process.GetCurrentProcess().Id.ToString(CultureInfo.InvariantCulture) + " (" + Environment.UserName + " on " + Environment.MachineName + ") since " +
                    clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";
                File.WriteAllText(_ownerPath, text, new UTF8Encoding(false));
            }
            catch (IOException)
            {
                // Who holds the lock is only for messages; the lock itself is the open handle.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        private static string? ReadOwner(string ownerPath)
        {
            try
            {
                var text = File.ReadAllText(ownerPath).Trim();
                return text.Length == 0 ? null : text;
            }
            catch (IOException)
            {
                return null;
            }
            catch (UnauthorizedAccessException)
            {
                return null;
            }
        }

        public void Dispose()
        {
            try
            {
                File.Delete(_ownerPath);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
            _handle.Dispose();
        }
    }
}
