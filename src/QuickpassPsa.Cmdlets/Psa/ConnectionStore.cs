using System;
using System.Collections.Concurrent;
using System.Management.Automation.Runspaces;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Psa
{
    /// <summary>The default connection of each PowerShell session (runspace): set by Connect-Psa, used when -Connection is not given.</summary>
    internal static class ConnectionStore
    {
        private static readonly ConcurrentDictionary<Guid, PsaConnection> Defaults = new ConcurrentDictionary<Guid, PsaConnection>();

        private static Guid Session => Runspace.DefaultRunspace?.InstanceId ?? Guid.Empty;

        public static PsaConnection? Default => Defaults.TryGetValue(Session, out var connection) && connection.IsOpen ? connection : null;

        /// <summary>The previous default stays open: scripts may hold several connections and pass them with -Connection.</summary>
        public static void SetDefault(PsaConnection connection) => Defaults[Session] = connection;

        /// <summary>
        /// Remove-Module: the session's default connection is closed (its client and keys released) and forgotten, so a
        /// module imported again starts unconnected instead of using keys that outlived the module (round 56c).
        /// </summary>
        public static void CloseSessionDefault()
        {
            if (Defaults.TryRemove(Session, out var connection)) connection.Dispose();
        }

        public static void Forget(PsaConnection connection)
        {
            if (Defaults.TryGetValue(Session, out var current) && ReferenceEquals(current, connection)) Defaults.TryRemove(Session, out _);
        }
    }
}
