using System;
using System.Management.Automation;
using System.Security;
using QuickpassPsa.Cmdlets.Errors;
using QuickpassPsa.Cmdlets.Parameters;
using QuickpassPsa.Cmdlets.Psa;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Autotask;
using QuickpassPsa.Core.Psa.ConnectWise;

namespace QuickpassPsa.Cmdlets.Commands
{
    /// <summary>
    /// Connect-Psa: opens a connection to ConnectWise Manage or Autotask, checks it with one cheap call,
    /// returns it and makes it the session's default. Keys and secrets stay SecureStrings (or come from a
    /// SecretManagement vault); no property of the connection shows them.
    /// </summary>
    [Cmdlet(VerbsCommunications.Connect, "Psa", DefaultParameterSetName = ConnectWiseSet)]
    [OutputType(typeof(PsaConnection))]
    public sealed class ConnectPsaCommand : PsaAsyncCmdlet
    {
        private const string ConnectWiseSet = "ConnectWise";
        private const string ConnectWiseVaultSet = "ConnectWiseVault";
        private const string AutotaskSet = "Autotask";
        private const string AutotaskVaultSet = "AutotaskVault";

        // Optional in the default set: a bare Connect-Psa then prompts for the server, ids and keys, not for a switch
        // ("ConnectWise:"), and the keys name the set; -Autotask or -VaultName choose the others (round 56c).
        [Parameter(ParameterSetName = ConnectWiseSet)]
        [Parameter(Mandatory = true, ParameterSetName = ConnectWiseVaultSet, HelpMessage = "Connect to ConnectWise Manage: give the switch -ConnectWise (Autotask: -Autotask).")]
        public SwitchParameter ConnectWise { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = AutotaskSet, HelpMessage = "Connect to Autotask: give the switch -Autotask (ConnectWise: -ConnectWise).")]
        [Parameter(Mandatory = true, ParameterSetName = AutotaskVaultSet, HelpMessage = "Connect to Autotask: give the switch -Autotask (ConnectWise: -ConnectWise).")]
        public SwitchParameter Autotask { get; set; }

        /// <summary>The ConnectWise site: na.myconnectwise.net, eu.myconnectwise.net, psa.example.com, ...</summary>
        [Parameter(Mandatory = true, ParameterSetName = ConnectWiseSet, HelpMessage = "The ConnectWise site, as in the browser: api-na.myconnectwise.net, eu.myconnectwise.net or your own host name.")]
        [Parameter(Mandatory = true, ParameterSetName = ConnectWiseVaultSet, HelpMessage = "The ConnectWise site, as in the browser: api-na.myconnectwise.net, eu.myconnectwise.net or your own host name.")]
        [ValidateNotNullOrEmpty]
        public string Server { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ParameterSetName = ConnectWiseSet, HelpMessage = "The company id you type at the ConnectWise sign-in (such as acme), not a customer's id.")]
        [Parameter(Mandatory = true, ParameterSetName = ConnectWiseVaultSet, HelpMessage = "The company id you type at the ConnectWise sign-in (such as acme), not a customer's id.")]
        [ValidateNotNullOrEmpty]
        public string CompanyId { get; set; } = string.Empty;

        /// <summary>The API member's public key: plain text or a SecureString (it identifies the key pair, like a user name).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ConnectWiseSet, HelpMessage = "The API member's public key (System > Members > API Members > API Keys); typed hidden.")]
        [PlainTextToSecureString]
        [ValidateNotNull]
        public SecureString? PublicKey { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ConnectWiseSet, HelpMessage = "The API member's private key, shown once when the key was made; typed hidden.")]
        [ValidateNotNull]
        public SecureString? PrivateKey { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ConnectWiseSet, HelpMessage = "Your integration's clientId GUID from developer.connectwise.com (such as 0f8b2c4e-...).")]
        [Parameter(Mandatory = true, ParameterSetName = ConnectWiseVaultSet, HelpMessage = "Your integration's clientId GUID from developer.connectwise.com (such as 0f8b2c4e-...).")]
        [ValidateNotNullOrEmpty]
        public string ClientId { get; set; } = string.Empty;

        [Parameter(ParameterSetName = ConnectWiseSet)]
        [Parameter(ParameterSetName = ConnectWiseVaultSet)]
        [ValidatePattern(@"^\d{4}\.\d{1,2}$")]
        public string? ApiVersion { get; set; }

        /// <summary>The Autotask API user (user name) and its secret (password).</summary>
        [Parameter(Mandatory = true, ParameterSetName = AutotaskSet, HelpMessage = "The Autotask API user: its user name (such as api@acme.com) and secret.")]
        [Credential]
        [ValidateNotNull]
        public PSCredential? Credential { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = AutotaskSet, HelpMessage = "The Autotask API tracking identifier (integration code) of the API user; typed hidden.")]
        [ValidateNotNull]
        public SecureString? IntegrationCode { get; set; }

        /// <summary>The Autotask zone URL; found from the user name when not given.</summary>
        [Parameter(ParameterSetName = AutotaskSet)]
        [Parameter(ParameterSetName = AutotaskVaultSet)]
        [ValidateNotNull]
        public Uri? ZoneUrl { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ConnectWiseVaultSet, HelpMessage = "The SecretManagement vault that holds the PSA secret (Get-SecretVault lists them).")]
        [Parameter(Mandatory = true, ParameterSetName = AutotaskVaultSet, HelpMessage = "The SecretManagement vault that holds the PSA secret (Get-SecretVault lists them).")]
        [ValidateNotNullOrEmpty]
        public string VaultName { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ParameterSetName = ConnectWiseVaultSet, HelpMessage = "The name of the secret in the vault that holds the PSA keys (Get-SecretInfo lists them).")]
        [Parameter(Mandatory = true, ParameterSetName = AutotaskVaultSet, HelpMessage = "The name of the secret in the vault that holds the PSA keys (Get-SecretInfo lists them).")]
        [ValidateNotNullOrEmpty]
        public string SecretName { get; set; } = string.Empty;

        /// <summary>Retries of a request that met 429, 502, 503, 504 or a network fault (creates: 429 and refused connections only).</summary>
        [Parameter]
        [ValidateRange(0, 20)]
        public int MaximumRetryCount { get; set; } = 5;

        /// <summary>The longest single wait between attempts, also when the PSA's Retry-After asks for more.</summary>
        [Parameter]
        [ValidateRange(1, 3600)]
        public int MaximumRetryWaitSec { get; set; } = 60;

        /// <summary>Seconds one attempt of one request may go unanswered before it counts as failed (and is retried).</summary>
        [Parameter]
        [ValidateRange(1, 600)]
        public int TimeoutSec { get; set; } = 30;

        /// <summary>Seconds one command's PSA work may take in all: every request, retry and wait of it.</summary>
        [Parameter]
        [ValidateRange(1, 86400)]
        public int CommandTimeoutSec { get; set; } = 600;

        protected override void EndProcessing()
        {
            PsaConnection connection;
            try
            {
                connection = ParameterSetName.StartsWith(ConnectWiseSet, StringComparison.Ordinal) ? OpenConnectWise() : OpenAutotask();
            }
            catch (ArgumentException ex)
            {
                // The clients refuse a malformed server, zone URL or empty key before sending anything.
                // The target is shown in the error's category line: never with a "user:password@" part.
                var target = Server.Length > 0 ? Server.Substring(Server.LastIndexOf('@') + 1) : (object?)ZoneUrl;
                ThrowTerminatingError(new ErrorRecord(UserText.Plain(ex), ErrorIds.PsaConnectFailed, ErrorCategory.InvalidArgument, target)
                {
                    ErrorDetails = new ErrorDetails("Could not connect: " + UserText.Message(ex)) { RecommendedAction = "Check the server or zone URL and the keys." },
                });
                return;
            }
            try
            {
                Run<bool>(async (_, token) =>
                {
                    await connection.Client.ValidateAsync(token).ConfigureAwait(false);
                    return true;
                });
            }
            catch (PsaApiException ex)
            {
                connection.Dispose();
                ThrowTerminatingError(PsaErrors.ConnectFailed(ex, connection.ToString()));
            }

            ConnectionStore.SetDefault(connection);
            WriteVerbose("Connected: " + connection + ". It is now this session's default connection.");
            WriteObject(connection);
        }

        private PsaConnection OpenConnectWise()
        {
            var info = new ConnectWiseConnectionInfo { Server = Server.Trim(), CompanyId = CompanyId.Trim(), ClientId = ClientId.Trim(), ApiVersion = ApiVersion };
            if (ParameterSetName == ConnectWiseVaultSet)
            {
                var secret = ReadSecret();
                if (secret is PSCredential credential)
                {
                    info.PublicKey = Secrets.ToSecure(credential.UserName);
                    info.PrivateKey = credential.Password;
                }
                else
                {
                    info.PublicKey = SecretVault.Get(secret, "PublicKey") ?? throw SecretError("a PSCredential (user name = public key, password = private key) or a hashtable with PublicKey and PrivateKey");
                    info.PrivateKey = SecretVault.Get(secret, "PrivateKey") ?? throw SecretError("a hashtable with PublicKey and PrivateKey");
                }
            }
            else
            {
                info.PublicKey = PublicKey!;
                info.PrivateKey = PrivateKey!;
            }
            return new PsaConnection(PsaKind.ConnectWise, info.Server, info.CompanyId, ClientFactory.ConnectWise(info, HttpOptions()));
        }

        private PsaConnection OpenAutotask()
        {
            var info = new AutotaskConnectionInfo { ZoneUrl = ZoneUrl };
            if (ParameterSetName == AutotaskVaultSet)
            {
                var secret = ReadSecret();
                const string expected = "a hashtable with UserName, Secret and IntegrationCode";
                info.UserName = SecretVault.GetText(secret, "UserName") ?? throw SecretError(expected);
                info.Secret = SecretVault.Get(secret, "Secret") ?? throw SecretError(expected);
                info.IntegrationCode = SecretVault.Get(secret, "IntegrationCode") ?? throw SecretError(expected);
            }
            else
            {
                info.UserName = Credential!.UserName;
                info.Secret = Credential.Password;
                info.IntegrationCode = IntegrationCode!;
            }
            var server = ZoneUrl?.ToString() ?? info.DiscoveryUrl.Host; // the zone itself shows as Endpoint once looked up
            return new PsaConnection(PsaKind.Autotask, server, info.UserName, ClientFactory.Autotask(info, HttpOptions()));
        }

        private Core.Psa.Http.PsaHttpOptions HttpOptions()
        {
            var options = ClientFactory.HttpOptions();
            options.MaxAttempts = MaximumRetryCount + 1;
            options.MaxDelay = TimeSpan.FromSeconds(MaximumRetryWaitSec);
            options.AttemptTimeout = TimeSpan.FromSeconds(TimeoutSec);
            options.CommandTimeout = TimeSpan.FromSeconds(CommandTimeoutSec);
            return options;
        }

        private object ReadSecret()
        {
            try
            {
                return SecretVault.Read(this, VaultName, SecretName);
            }
            catch (InvalidOperationException ex)
            {
                ThrowTerminatingError(new ErrorRecord(ex, ErrorIds.SecretVaultUnavailable, ErrorCategory.ObjectNotFound, VaultName));
                throw;
            }
            catch (RuntimeException ex)
            {
                ThrowTerminatingError(new ErrorRecord(new InvalidOperationException("Get-Secret failed for '" + SecretName + "' in vault '" + VaultName + "': " + UserText.Message(ex), ex),
                    ErrorIds.SecretVaultUnavailable, ErrorCategory.ReadError, VaultName));
                throw;
            }
        }

        private PipelineStoppedException SecretError(string expected)
        {
            ThrowTerminatingError(new ErrorRecord(new InvalidOperationException("The secret '" + SecretName + "' in vault '" + VaultName + "' must be " + expected + "."),
                ErrorIds.SecretInvalid, ErrorCategory.InvalidData, SecretName));
            return new PipelineStoppedException();
        }
    }
}
