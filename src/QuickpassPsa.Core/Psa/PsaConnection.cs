using System;

namespace QuickpassPsa.Core.Psa
{
    /// <summary>
    /// An open connection to one PSA: what Connect-Psa returns and every PSA cmdlet takes. No property and
    /// no ToString holds a secret; the client inside keeps them as SecureStrings.
    /// <para>
    /// The client is internal: a script holding the connection must not be able to call a write (create,
    /// update) directly and so bypass the cmdlets' -WhatIf/-Confirm. Only the module's cmdlets reach it.
    /// </para>
    /// </summary>
    public sealed class PsaConnection : IDisposable
    {
        internal PsaConnection(PsaKind psa, string server, string account, IPsaClient client)
        {
            Psa = psa;
            Server = server;
            Account = account;
            Client = client ?? throw new ArgumentNullException(nameof(client));
        }

        public Guid Id { get; } = Guid.NewGuid();
        public PsaKind Psa { get; }

        /// <summary>ConnectWise: the site; Autotask: the zone URL.</summary>
        public string Server { get; }

        /// <summary>Where the API calls go, once discovered (the ConnectWise codebase URL, the Autotask zone).</summary>
        public Uri? Endpoint => Client.Endpoint;

        /// <summary>ConnectWise: the company id; Autotask: the API user name.</summary>
        public string Account { get; }

        /// <summary>
        /// What identifies the PSA instance (not the user), so that everyone working on the same ConnectWise site or
        /// Autotask tenant uses the same decision store (see <see cref="Decisions.DecisionPaths"/>). Known without any
        /// call to the PSA, so commands that only read or write decisions never need the network.
        /// </summary>
        public string InstanceKey => _instanceKey ??= Decisions.InstanceKeys.Of(Psa, Server, Account);

        private string? _instanceKey;

        public DateTimeOffset ConnectedAt { get; } = DateTimeOffset.Now;
        public bool IsOpen { get; private set; } = true;

        /// <summary>The client the cmdlets call; internal so that writes go only through cmdlets.</summary>
        internal IPsaClient Client { get; }

        public void Dispose()
        {
            if (!IsOpen) return;
            IsOpen = false;
            Client.Dispose();
        }

        public override string ToString() => Psa + " " + Account + " at " + Server;
    }
}
