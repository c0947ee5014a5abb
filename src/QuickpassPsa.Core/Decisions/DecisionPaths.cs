using System;
using System.IO;
using System.Text;

namespace QuickpassPsa.Core.Decisions
{
    /// <summary>
    /// Where decision stores live by default: one file per PSA instance,
    /// &lt;data root&gt;/decisions/&lt;sanitised instance key&gt;.json. The data root is the QUICKPASSPSA_DATA
    /// environment variable when set (tests and shared job folders use it), else QuickpassPsa under the user's local
    /// application data folder (%LOCALAPPDATA% on Windows, ~/.local/share on Linux). A relative QUICKPASSPSA_DATA is taken
    /// from the caller's current folder, as a relative -DecisionPath is: in PowerShell that is the current location ($PWD),
    /// not the process's folder (round 61b: "QUICKPASSPSA_DATA=data" after Set-Location put the store under the folder pwsh
    /// was started in, while -DecisionPath data/x.json followed $PWD).
    /// </summary>
    public static class DecisionPaths
    {
        /// <summary>The environment variable that moves the data root.</summary>
        public const string DataRootVariable = "QUICKPASSPSA_DATA";

        /// <param name="currentFolder">The folder a relative QUICKPASSPSA_DATA is taken from (PowerShell's current file-system
        /// location); null for the process's current folder.</param>
        public static string DataRoot(string? currentFolder = null)
        {
            var given = Environment.GetEnvironmentVariable(DataRootVariable);
            if (!string.IsNullOrWhiteSpace(given))
            {
                var root = given!.Trim();
                return Path.GetFullPath(currentFolder != null && !Path.IsPathRooted(root) ? Path.Combine(currentFolder, root) : root);
            }
            var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            if (string.IsNullOrEmpty(local))
            {
                throw new DecisionStoreException(DecisionStoreErrorKind.Io, DataRootVariable,
                    "This account has no local application data folder for the decision store. Set the environment variable " + DataRootVariable + " to a folder, or pass -DecisionPath.");
            }
            return Path.Combine(local, "QuickpassPsa");
        }

        /// <summary>The default store of a PSA instance (see PsaConnection.InstanceKey).</summary>
        /// <param name="currentFolder">See <see cref="DataRoot"/>.</param>
        public static string DefaultStorePath(string instanceKey, string? currentFolder = null) =>
            Path.Combine(DataRoot(currentFolder), "decisions", FileNameOf(instanceKey) + ".json");

        /// <summary>The instance key as a file name on every system: lower case, [a-z0-9.-] kept, the rest '_'.</summary>
        public static string FileNameOf(string instanceKey)
        {
            if (string.IsNullOrWhiteSpace(instanceKey)) throw new ArgumentException("The instance key is empty.", nameof(instanceKey));
            var text = new StringBuilder(instanceKey.Length);
            foreach (var c in instanceKey.Trim().ToLowerInvariant())
            {
                text.Append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ? c : '_');
            }
            // No leading dot (a hidden file) and no name made only of dots.
            var name = text.ToString().TrimStart('.');
            return name.Length == 0 ? "_" : name;
        }
    }
}
