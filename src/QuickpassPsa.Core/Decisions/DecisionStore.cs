using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Core.Decisions
{
    /// <summary>
    /// The decisions of one PSA instance, every company's, in one JSON file (see <see cref="DecisionPaths"/>).
    /// Every change is a read-modify-write under an exclusive lock that re-reads the file first, so two jobs saving at
    /// once both keep what they saved; the write is atomic (<see cref="AtomicFile"/>). A file this version cannot read
    /// (corrupt, or from a newer version) is copied aside untouched and reported; it is never replaced.
    /// </summary>
    public sealed class DecisionStore
    {
        private readonly DecisionStoreOptions _options;

        public DecisionStore(string path, DecisionStoreOptions? options = null)
        {
            if (string.IsNullOrWhiteSpace(path)) throw new ArgumentException("The decision store path is empty.", nameof(path));
            Path = System.IO.Path.GetFullPath(path);
            _options = options ?? new DecisionStoreOptions();
        }

        /// <summary>The store file (full path).</summary>
        public string Path { get; }

        /// <summary>Every stored account-contact decision; none when the file does not exist yet.</summary>
        public IReadOnlyList<ContactMatchDecision> Read() => ReadDocument().Contacts;

        /// <summary>Every stored customer-company decision; none when the file does not exist yet.</summary>
        public IReadOnlyList<CompanyMatchDecision> ReadCompanyDecisions() => ReadDocument().Companies;

        private DecisionDocument ReadDocument()
        {
            byte[] bytes;
            try
            {
                var kind = CheckPath(forWriting: false);
                if (kind == FileKind.Missing) return DecisionDocument.Empty;
                using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                bytes = copy.ToArray();
            }
            catch (FileNotFoundException)
            {
                return DecisionDocument.Empty;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                throw new DecisionStoreException(DecisionStoreErrorKind.Io, Path,
                    "The decision store '" + Path + "' could not be read: " + ex.Message + " Check that the file can be read by this account.", ex);
            }

            string text;
            try
            {
                text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            }
            catch (ArgumentException)
            {
                throw Unreadable(bytes, DecisionStoreErrorKind.Corrupt, "it is not UTF-8 text");
            }
            if (text.Length > 0 && text[0] == '\uFEFF') text = text.Substring(1);

            var document = DecisionFile.Parse(text, out var error, out var problem);
            if (error != null) throw Unreadable(bytes, error.Value, problem!);
            return document;
        }

        /// <summary>
        /// Stores decisions (one write for all of them). Each replaces what the rules say it replaces (see
        /// <see cref="DecisionChange.Replaced"/>); a decision without a time or a person gets now and the current user. One made from a
        /// row (<see cref="ContactMatchDecision.RowComputedAt"/>) that would replace a decision made after that row is not stored
        /// (<see cref="DecisionChange.Superseded"/>); the changes come back in the order of <paramref name="decisions"/>.
        /// </summary>
        public IReadOnlyList<DecisionChange> Save(IEnumerable<ContactMatchDecision> decisions)
        {
            if (decisions == null) throw new ArgumentNullException(nameof(decisions));
            var incoming = decisions.Select(Validated).ToList();
            return Change((set, _) => incoming.Select(set.Apply).ToList(), changes => changes.Any(c => !c.Skipped));
        }

        /// <summary>Removes the decisions <paramref name="which"/> selects; returns them.</summary>
        public IReadOnlyList<ContactMatchDecision> Remove(Func<ContactMatchDecision, bool> which)
        {
            if (which == null) throw new ArgumentNullException(nameof(which));
            return Change((set, _) => set.Remove(which), removed => removed.Count > 0);
        }

        /// <summary>
        /// Stores customer-company decisions (one write). A link replaces the customer's and the company's older links
        /// and an exclusion of the pair; an exclusion replaces the pair's link. Who and when are stamped as for contacts.
        /// </summary>
        public IReadOnlyList<CompanyDecisionChange> SaveCompanyDecisions(IEnumerable<CompanyMatchDecision> decisions)
        {
            if (decisions == null) throw new ArgumentNullException(nameof(decisions));
            var incoming = decisions.Select(Validated).ToList();
            return Change((_, companies) => incoming.Select(companies.Apply).ToList(), changes => changes.Count > 0);
        }

        /// <summary>Removes the customer-company decisions <paramref name="which"/> selects; returns them.</summary>
        public IReadOnlyList<CompanyMatchDecision> RemoveCompanyDecisions(Func<CompanyMatchDecision, bool> which)
        {
            if (which == null) throw new ArgumentNullException(nameof(which));
            return Change((_, companies) => companies.Remove(which), removed => removed.Count > 0);
        }

        /// <summary>
        /// The stored decisions of one company mapped onto the accounts at hand, keyed by each account's current Id,
        /// ready for <see cref="ContactMatcher"/>. See <see cref="DecisionMapping.For"/>.
        /// </summary>
        public IReadOnlyList<MatchDecision> DecisionsFor(string companyId, IEnumerable<Account> accounts) =>
            DecisionMapping.For(Read(), companyId, accounts);

        /// <summary>A company's confirmed links whose contact is not among <paramref name="contactIds"/> (deleted in the PSA).</summary>
        public IReadOnlyList<ContactMatchDecision> LinksToMissingContacts(string companyId, IEnumerable<string> contactIds) =>
            DecisionMapping.LinksToMissingContacts(Read(), companyId, contactIds);

        /// <summary>
        /// Refuses a path that can hold no store, before anything is read, locked or created (round 56: a refused path
        /// still got a "&lt;store&gt;.lock" beside it, or a new folder): a folder (also through a symbolic link, or written
        /// "dir/." or with a separator at the end), a device, a named pipe or a socket, a path under a file (where a
        /// folder should be), and, for a write, a read-only store.
        /// </summary>
        /// <exception cref="DecisionStoreException">The path can hold no store; nothing was read, written or created.</exception>
        public void Check(bool forWriting)
        {
            try
            {
                CheckPath(forWriting);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                throw new DecisionStoreException(DecisionStoreErrorKind.Io, Path,
                    "The decision store '" + Path + "' could not be checked: " + ex.Message + " Check that this account can read the folder.", ex);
            }
        }

        private FileKind CheckPath(bool forWriting)
        {
            if (Path.Length > 0 && (Path[Path.Length - 1] == System.IO.Path.DirectorySeparatorChar || Path[Path.Length - 1] == System.IO.Path.AltDirectorySeparatorChar) &&
                System.IO.Path.GetPathRoot(Path) != Path)
            {
                throw new DecisionStoreException(DecisionStoreErrorKind.Io, Path,
                    "The decision store path '" + Path + "' ends in a separator, so it names a folder, not a file. Nothing was read or written. Pass -DecisionPath with a file name, such as '" +
                    Path + "decisions.json'.");
            }
            var kind = FileKinds.Of(Path);
            if (kind == FileKind.Folder)
            {
                // A folder is no store: reading it as "no decisions yet" would hide every decision the admin meant to use.
                throw new DecisionStoreException(DecisionStoreErrorKind.Io, Path,
                    "The decision store path '" + Path + "' is a folder, not a file. Nothing was read or written. Pass -DecisionPath with a file name, such as '" +
                    System.IO.Path.Combine(Path, "decisions.json") + "'.");
            }
            if (kind != FileKind.Missing && kind != FileKind.RegularFile)
            {
                // Reading a named pipe waits for a writer, and a device reads as nothing or garbage (round 54).
                throw new DecisionStoreException(DecisionStoreErrorKind.Io, Path,
                    "The decision store path '" + Path + "' is " + FileKinds.Describe(kind) + ", not a regular file. Nothing was read or written. Pass -DecisionPath with a file name, such as 'decisions.json'.");
            }
            if (kind == FileKind.Missing)
            {
                // A file where a folder should be: no store can be there, so it is no "store not made yet" either (round 56).
                for (var at = System.IO.Path.GetDirectoryName(Path); !string.IsNullOrEmpty(at); at = System.IO.Path.GetDirectoryName(at))
                {
                    if (Directory.Exists(at)) break;
                    if (File.Exists(at))
                    {
                        throw new DecisionStoreException(DecisionStoreErrorKind.Io, Path,
                            "The decision store path '" + Path + "' lies under '" + at + "', which is a file, not a folder, so no store can be there. Nothing was read or written. " +
                            "Pass -DecisionPath with a file in a folder, such as '" + System.IO.Path.Combine(System.IO.Path.GetDirectoryName(at) ?? ".", "decisions.json") + "'.");
                    }
                }
            }
            if (forWriting && kind == FileKind.RegularFile && (File.GetAttributes(Path) & FileAttributes.ReadOnly) != 0)
            {
                throw new DecisionStoreException(DecisionStoreErrorKind.Io, Path,
                    "The decision store '" + Path + "' is read-only, so it was left as it is: nothing was changed. " +
                    "Make it writable for this account (chmod u+w, or clear Read-only in its properties) if it is to take decisions, or pass -DecisionPath with another file.");
            }
            return kind;
        }

        /// <summary>
        /// Throws unless a change could be saved now: the path can hold a store, its folder exists (made if need be) and the store's
        /// lock can be taken (taken and released at once). New-PsaContact asks it before its first create, so that a store it cannot
        /// write stops it before a contact is made whose link it could not keep (round 61b: 13 contacts created, no link stored).
        /// </summary>
        /// <exception cref="DecisionStoreException">The store cannot be written; nothing was written.</exception>
        public void CheckWritable()
        {
            Check(forWriting: true);
            using (StoreLock.Acquire(EnsureFolder(), _options))
            {
            }
        }

        private T Change<T>(Func<DecisionSet, CompanyDecisionSet, T> change, Func<T, bool> changed)
        {
            Check(forWriting: true);
            using (StoreLock.Acquire(EnsureFolder(), _options))
            {
                RemoveOrphanTemporaryFiles(DateTime.UtcNow);
                // Re-read under the lock: what another process saved since our last read is kept.
                var document = ReadDocument();
                var set = new DecisionSet(document.Contacts);
                var companies = new CompanyDecisionSet(document.Companies);
                var result = change(set, companies);
                if (changed(result)) WriteAll(set.Items, companies.Items);
                return result;
            }
        }

        /// <summary>
        /// Removes the "&lt;store&gt;.&lt;32 hex digits&gt;.tmp" files a save killed half way left behind (round 61b: each killed run
        /// left a copy of the store beside it, for ever). Every save writes its temporary file under the lock and removes or
        /// renames it before letting go, so while this process holds the lock such a file last written before the lock was
        /// taken belongs to no running save. One written since (a writer that ignores the lock) is left alone; so is any
        /// other file, and a "&lt;store&gt;.&lt;guid&gt;.old", which may be the only copy of a store a killed swap had moved aside.
        /// </summary>
        private void RemoveOrphanTemporaryFiles(DateTime lockedAtUtc)
        {
            string[] files;
            var name = System.IO.Path.GetFileName(Path);
            try
            {
                files = Directory.GetFiles(System.IO.Path.GetDirectoryName(Path)!, name + ".*.tmp");
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                return; // tidying only
            }
            foreach (var file in files)
            {
                var middle = System.IO.Path.GetFileName(file).Substring(name.Length + 1);
                middle = middle.Substring(0, middle.Length - ".tmp".Length);
                if (middle.Length != 32 || !middle.All(Uri.IsHexDigit)) continue;
                try
                {
                    if (File.GetLastWriteTimeUtc(file) < lockedAtUtc) File.Delete(file);
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                {
                    // Tidying only: a file that cannot be removed now is tried again at the next save.
                }
            }
        }

        private string EnsureFolder()
        {
            try
            {
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
                return Path;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                // In our words, not .NET's ("Could not find a part of the path"): the inner exception keeps its text.
                throw new DecisionStoreException(DecisionStoreErrorKind.Io, Path,
                    "The folder '" + System.IO.Path.GetDirectoryName(Path) + "' of the decision store '" + Path + "' could not be created" +
                    (ex is UnauthorizedAccessException ? ": this account may not create it there" : " (the disk may be read-only or full)") +
                    ". Nothing was written. Pass -DecisionPath with a file in a folder this account can write.", ex);
            }
        }

        private void WriteAll(IReadOnlyList<ContactMatchDecision> decisions, IReadOnlyList<CompanyMatchDecision> companies)
        {
            var ordered = decisions.OrderBy(d => d.CompanyId, StringComparer.OrdinalIgnoreCase)
                .ThenBy(d => d.AccountKey, StringComparer.OrdinalIgnoreCase)
                .ThenBy(d => d.DecisionKind)
                .ThenBy(d => d.ContactId, StringComparer.OrdinalIgnoreCase)
                .ToList();
            var orderedCompanies = companies.OrderBy(d => d.Customer.Trim(), StringComparer.OrdinalIgnoreCase)
                .ThenBy(d => d.DecisionKind)
                .ThenBy(d => d.CompanyId, StringComparer.OrdinalIgnoreCase)
                .ToList();
            try
            {
                AtomicFile.Write(Path, text => DecisionFile.Write(text, ordered, orderedCompanies, _options.WritingDecision));
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                throw new DecisionStoreException(DecisionStoreErrorKind.Io, Path,
                    "The decision store '" + Path + "' could not be written: " + ex.Message + " Nothing was changed; check that this account can write the folder.", ex);
            }
        }

        private ContactMatchDecision Validated(ContactMatchDecision decision)
        {
            if (decision == null) throw new ArgumentException("A decision is null.", nameof(decision));
            var copy = decision.Copy();
            copy.CompanyId = AccountIdentity.Clean(copy.CompanyId) ?? throw new ArgumentException("A decision has no company id.", nameof(decision));
            copy.ContactId = AccountIdentity.Clean(copy.ContactId) ?? throw new ArgumentException("A decision has no contact id.", nameof(decision));
            copy.UserPrincipalName = AccountIdentity.Clean(copy.UserPrincipalName);
            copy.Email = AccountIdentity.Clean(copy.Email);
            copy.AccountId = AccountIdentity.Clean(copy.AccountId);
            if (copy.AccountKey.Length == 0) throw new ArgumentException("A decision has no account identity (UPN, email or id).", nameof(decision));
            if (copy.DecidedAt == default) copy.DecidedAt = _options.TimeProvider.GetUtcNow().UtcDateTime;
            copy.DecidedAt = DateTime.SpecifyKind(copy.DecidedAt.ToUniversalTime(), DateTimeKind.Utc);
            copy.DecidedBy ??= CurrentUser();
            return copy;
        }

        private CompanyMatchDecision Validated(CompanyMatchDecision decision)
        {
            if (decision == null) throw new ArgumentException("A decision is null.", nameof(decision));
            var copy = decision.Copy();
            copy.Customer = AccountIdentity.Clean(copy.Customer) ?? throw new ArgumentException("A company decision has no customer name.", nameof(decision));
            copy.CompanyId = AccountIdentity.Clean(copy.CompanyId) ?? throw new ArgumentException("A company decision has no company id.", nameof(decision));
            copy.CompanyName = AccountIdentity.Clean(copy.CompanyName);
            if (copy.DecidedAt == default) copy.DecidedAt = _options.TimeProvider.GetUtcNow().UtcDateTime;
            copy.DecidedAt = DateTime.SpecifyKind(copy.DecidedAt.ToUniversalTime(), DateTimeKind.Utc);
            copy.DecidedBy ??= CurrentUser();
            return copy;
        }

        /// <summary>DOMAIN\user on Windows (where a domain means something), the user name elsewhere.</summary>
        public static string CurrentUser()
        {
            var user = Environment.UserName;
            if (!RuntimeInformation.IsOSPlatform(OSPlatform.Windows)) return user;
            var domain = Environment.UserDomainName;
            return string.IsNullOrEmpty(domain) ? user : domain + "\\" + user;
        }

        private DecisionStoreException Unreadable(byte[] bytes, DecisionStoreErrorKind kind, string problem)
        {
            string? kept = null;
            string keptText;
            try
            {
                kept = KeepAside(bytes, kind == DecisionStoreErrorKind.NewerFormat ? "newer" : "corrupt");
                keptText = " A copy was kept at '" + kept + "'.";
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                keptText = " No copy could be made (" + ex.Message + "); the file itself was left as it is.";
            }
            var action = kind == DecisionStoreErrorKind.NewerFormat
                ? " Use the newer QuickpassPsa that wrote it, or move the file away to start a new store here."
                : " Fix the file, restore it from a backup, or move it away to start a new store.";
            return new DecisionStoreException(kind, Path,
                "The decision store '" + Path + "' cannot be read: " + problem + "." + keptText +
                " Nothing was written: QuickpassPsa never replaces a store it cannot read." + action, keptAt: kept);
        }

        /// <summary>
        /// Copies the unreadable bytes beside the store as &lt;name&gt;.&lt;reason&gt;-&lt;UTC time&gt;.json, once: when a copy with the same
        /// bytes is already there (the same file read again), that copy is named instead of making another.
        /// </summary>
        private string KeepAside(byte[] bytes, string reason)
        {
            var folder = System.IO.Path.GetDirectoryName(Path)!;
            var stem = System.IO.Path.GetFileNameWithoutExtension(Path);
            foreach (var existing in Directory.GetFiles(folder, stem + "." + reason + "-*.json"))
            {
                if (new FileInfo(existing).Length == bytes.Length && File.ReadAllBytes(existing).SequenceEqual(bytes)) return existing;
            }
            var stamp = _options.TimeProvider.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
            for (var n = 0; ; n++)
            {
                var candidate = System.IO.Path.Combine(folder, stem + "." + reason + "-" + stamp + (n == 0 ? string.Empty : "-" + n.ToString(CultureInfo.InvariantCulture)) + ".json");
                try
                {
                    using var stream = new FileStream(candidate, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                    stream.Write(bytes, 0, bytes.Length);
                    stream.Flush(flushToDisk: true);
                    return candidate;
                }
                catch (IOException) when (File.Exists(candidate) && n < 100)
                {
                    // Another copy with this time stamp: take the next number.
                }
            }
        }
    }
}
