using System.Management.Automation;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Decisions
{
    /// <summary>
    /// Which decision store a command uses: the -DecisionPath file, else the connection's instance store. The seam for
    /// other cmdlets that read decisions (Find-PsaContactMatch, New-PsaContact): call <see cref="Resolve"/> with their
    /// own -DecisionPath and connection, then DecisionStore.DecisionsFor / LinksToMissingContacts, and report a
    /// DecisionStoreException through <see cref="DecisionErrors.Store"/> as a terminating error.
    /// </summary>
    internal static class DecisionStoreLocator
    {
        /// <summary>
        /// The store's file path. Throws <see cref="DecisionStoreException"/> when there is no data folder, and returns
        /// null after <paramref name="notFileSystem"/> is given the error for a path on another provider.
        /// </summary>
        public static string? Resolve(PSCmdlet cmdlet, string? decisionPath, PsaConnection? connection, out ErrorRecord? notFileSystem)
        {
            notFileSystem = null;
            if (decisionPath != null)
            {
                var path = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(decisionPath, out var provider, out _);
                if (provider.Name == "FileSystem") return path;
                notFileSystem = DecisionErrors.NotFileSystem(decisionPath, provider.Name);
                return null;
            }
            // A relative QUICKPASSPSA_DATA follows $PWD, as a relative -DecisionPath does (round 61b).
            return DecisionPaths.DefaultStorePath(connection!.InstanceKey, cmdlet.SessionState.Path.CurrentFileSystemLocation.ProviderPath);
        }
    
        /// <summary>
        /// Opens the store a command uses (-DecisionPath, else the connection's), writing its path to verbose. A
        /// store that cannot be located is configuration, not a row: a terminating error.
        /// </summary>
        public static DecisionStore Open(QuickpassCmdlet cmdlet, string? decisionPath, PsaConnection? connection)
        {
            string? path;
            try
            {
                path = Resolve(cmdlet, decisionPath, connection, out var notFileSystem);
                if (path == null) cmdlet.ThrowTerminatingError(notFileSystem!);
            }
            catch (DecisionStoreException ex)
            {
                cmdlet.ThrowTerminatingError(DecisionErrors.Store(ex));
                throw;
            }
            Report(cmdlet, path!);
            var store = new DecisionStore(path!);
            try
            {
                // A path that can hold no store (a folder, a pipe, a path under a file) stops every command alike, readers
                // too, before anything is read, locked or created (round 56: readers took a path under a file as "no store yet").
                store.Check(forWriting: false);
            }
            catch (DecisionStoreException ex)
            {
                cmdlet.ThrowTerminatingError(DecisionErrors.Store(ex));
            }
            return store;
        }

        /// <summary>The paths each running command has named on the verbose stream (weakly held: a finished command goes with its set).</summary>
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<QuickpassCmdlet, System.Collections.Generic.HashSet<string>> Reported =
            new System.Runtime.CompilerServices.ConditionalWeakTable<QuickpassCmdlet, System.Collections.Generic.HashSet<string>>();

        /// <summary>
        /// "Decision store: path" once per command and store, however often the command opens it (round 63a: Find-PsaContactMatch,
        /// which reads the customer links and then the decisions, said it twice per run; New-PsaContact more often).
        /// </summary>
        private static void Report(QuickpassCmdlet cmdlet, string path)
        {
            var reported = Reported.GetOrCreateValue(cmdlet);
            bool first;
            lock (reported) first = reported.Add(path);
            if (first) cmdlet.WriteVerbose("Decision store: " + path);
        }

        /// <summary>
        /// For a command that only reads decisions: a -DecisionPath given by name that names no file is said aloud. Read as
        /// "no decisions yet", a moved store would bring excluded contacts back as Suggested without a word (round 42).
        /// </summary>
        public static DecisionStore OpenForReading(QuickpassCmdlet cmdlet, string? decisionPath, PsaConnection? connection)
        {
            var store = Open(cmdlet, decisionPath, connection);
            if (decisionPath != null && !System.IO.File.Exists(store.Path) && !System.IO.Directory.Exists(store.Path))
            {
                cmdlet.WriteWarning("The decision store " + store.Path + " does not exist, so no stored decision is applied (no link comes back Matched, no exclusion is kept). " +
                    "If the store was moved or renamed, pass its new path to -DecisionPath.");
            }
            return store;
        }
    }
}
