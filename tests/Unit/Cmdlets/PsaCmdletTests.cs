using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text.Json.Nodes;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Simulator;
using QuickpassPsa.Tests.Infrastructure;
using QuickpassPsa.Tests.Simulator;

namespace QuickpassPsa.Tests.Cmdlets;

/// <summary>Connect-Psa, Get-PsaConnection, Disconnect-Psa, Get-PsaCompany and Get-PsaContact in hosted PowerShell against the simulator's sample tenant.</summary>
public class PsaCmdletTests : IClassFixture<PsaCmdletTests.SampleTenant>
{
    public sealed class SampleTenant : SimulatorFixture
    {
        protected override PsaSimulatorOptions Options() => new() { SeedPath = Path.Combine(RepoPaths.Root, "samples", "sample-tenant.json") };
    }

    private readonly SampleTenant _sim;

    public PsaCmdletTests(SampleTenant sim) => _sim = sim;

    private string ConnectWise(string publicKey = "qpsa-public", string privateKey = "qpsa-private", string company = "qpsa", string clientId = "qpsa-tests") =>
        $"Connect-Psa -ConnectWise -Server '{_sim.Sim.ConnectWiseSite}' -CompanyId '{company}' -ClientId '{clientId}' " +
        $"-PublicKey ([System.Net.NetworkCredential]::new('', '{publicKey}').SecurePassword) -PrivateKey ([System.Net.NetworkCredential]::new('', '{privateKey}').SecurePassword)";

    private string Autotask(string user = "api@qpsa.test", string secret = "qpsa-secret", string code = "QPSA-TRACKING") =>
        $"Connect-Psa -Autotask -ZoneUrl '{_sim.Sim.AutotaskZoneUrl}' -Credential ([pscredential]::new('{user}', [System.Net.NetworkCredential]::new('', '{secret}').SecurePassword)) " +
        $"-IntegrationCode ([System.Net.NetworkCredential]::new('', '{code}').SecurePassword)";

    private static int SeededContacts(string psa, string companyName, bool includeInactive)
    {
        var seed = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "samples", "sample-tenant.json")))!;
        if (psa == "ConnectWise")
        {
            var id = (int)seed["connectWise"]!["companies"]!.AsArray().Single(c => (string)c!["name"]! == companyName)!["id"]!;
            return seed["connectWise"]!["contacts"]!.AsArray().Count(c => (int)c!["company"]!["id"]! == id && (includeInactive || !(bool)c["inactiveFlag"]!));
        }
        var atId = (int)seed["autotask"]!["companies"]!.AsArray().Single(c => (string)c!["companyName"]! == companyName)!["id"]!;
        return seed["autotask"]!["contacts"]!.AsArray().Count(c => (int)c!["companyID"]! == atId && (includeInactive || (int)c["isActive"]! == 1));
    }

    [Fact]
    public void Connect_Psa_returns_a_connection_without_secrets_and_makes_it_the_default()
    {
        using var ps = PowerShellHost.WithModule();
        var result = ps.Run(ConnectWise() + "; Get-PsaConnection");

        Assert.Null(result.TerminatingError);
        Assert.Equal(2, result.Output.Count);
        var connection = Assert.IsType<PsaConnection>(result.Output[0].BaseObject);
        Assert.Same(connection, result.Output[1].BaseObject);
        Assert.Equal(PsaKind.ConnectWise, connection.Psa);
        Assert.Equal("qpsa", connection.Account);
        Assert.Equal(new Uri(_sim.Sim.BaseUrl, "v4_6_release/apis/3.0/"), connection.Endpoint);
        var visible = string.Join("\n", result.Output[0].Properties.Where(p => p.Name != "Client").Select(p => p.Name + "=" + p.Value)) + connection;
        Assert.DoesNotContain("qpsa-private", visible);
        Assert.DoesNotContain("qpsa-public", visible);
    }

    [Fact]
    public void Autotask_connects_too_and_each_connection_can_be_named_per_call()
    {
        using var ps = PowerShellHost.WithModule();
        var result = ps.Run("$cw = " + ConnectWise() + "; $at = " + Autotask() + """
            ; (Get-PsaCompany -Connection $cw -Name 'Contoso Ltd').Psa
            (Get-PsaCompany -Connection $at -Name 'Contoso Ltd').Psa
            (Get-PsaConnection).Psa
            $at.Endpoint
            """);

        Assert.Null(result.TerminatingError);
        Assert.Empty(result.Errors);
        Assert.Equal(new object[] { "ConnectWise", "Autotask", PsaKind.Autotask, new Uri(_sim.Sim.AutotaskZoneUrl, "V1.0/") }, result.Output.Select(o => o.BaseObject));
    }

    [Theory]
    [InlineData("cw-company")]
    [InlineData("cw-public")]
    [InlineData("cw-private")]
    [InlineData("at-user")]
    [InlineData("at-secret")]
    [InlineData("at-code")]
    public void Each_wrong_credential_is_a_clear_terminating_error_and_no_secret_leaks(string wrong)
    {
        var script = wrong switch
        {
            "cw-company" => ConnectWise(company: "nosuchco"),
            "cw-public" => ConnectWise(publicKey: "wrong-public-key"),
            "cw-private" => ConnectWise(privateKey: "wrong-private-key"),
            "at-user" => Autotask(user: "nobody@qpsa.test"),
            "at-secret" => Autotask(secret: "wrong-secret-value"),
            _ => Autotask(code: "WRONG-TRACKING-CODE"),
        };
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run(script + "; 'after'");

        Assert.NotNull(result.TerminatingError);
        Assert.StartsWith("QuickpassPsa.PsaConnectFailed,", result.TerminatingError!.FullyQualifiedErrorId);
        Assert.False(string.IsNullOrEmpty(result.TerminatingError.ErrorDetails?.RecommendedAction));
        Assert.DoesNotContain("after", result.Output.Select(o => o.ToString()));
        Assert.Empty(ps.Run("Get-PsaConnection").Output);
        if (wrong == "cw-company")
        {
            // Round 63c: the server answered (company info null); it read "failed with HTTP 200 (UnknownCompany)".
            Assert.StartsWith("Could not connect: ConnectWise GET /login/companyinfo/nosuchco answered HTTP 200, but the server does not know the company id 'nosuchco'.",
                result.TerminatingError.ErrorDetails!.Message);
        }

        var all = string.Join("\n", result.AllText());
        foreach (var secret in new[] { "qpsa-private", "qpsa-public", "wrong-private-key", "wrong-public-key", "qpsa-secret", "wrong-secret-value", "QPSA-TRACKING", "WRONG-TRACKING-CODE" })
        {
            Assert.DoesNotContain(secret, all);
        }
    }

    [Theory]
    [InlineData("ConnectWise")]
    [InlineData("Autotask")]
    public void Get_PsaContact_reads_every_contact_of_a_company_with_progress(string psa)
    {
        using var ps = PowerShellHost.WithModule();
        var connect = psa == "ConnectWise" ? ConnectWise() : Autotask();

        var result = ps.Run(connect + " | Out-Null; Get-PsaContact -CompanyName 'Contoso Ltd'");

        Assert.Null(result.TerminatingError);
        var contacts = result.Output.Skip(0).Select(o => o.BaseObject).OfType<PsaContact>().ToList();
        Assert.Equal(SeededContacts(psa, "Contoso Ltd", includeInactive: false), contacts.Count);
        Assert.All(contacts, c => Assert.True(c.Active));
        Assert.All(contacts, c => Assert.Equal(psa, c.Psa));
        Assert.All(contacts, c => Assert.Equal("Contoso Ltd", c.CompanyName));
        Assert.Contains(result.Progress, p => p.RecordType == ProgressRecordType.Processing && p.StatusDescription.Contains("contacts"));
        Assert.Equal(ProgressRecordType.Completed, result.Progress.Last().RecordType);

        var all = ps.Run("Get-PsaCompany -Name 'Contoso*' | Get-PsaContact -IncludeInactive").Output.Select(o => o.BaseObject).OfType<PsaContact>().ToList();
        Assert.Equal(SeededContacts(psa, "Contoso Ltd", includeInactive: true), all.Count);

        var email = contacts.First(c => c.Emails.Count > 0).Emails[0];
        var byEmail = ps.Run("Get-PsaContact -CompanyName 'Contoso Ltd' -Email $args[0]", email).Output.Select(o => (PsaContact)o.BaseObject).ToList();
        Assert.NotEmpty(byEmail);
        Assert.All(byEmail, c => Assert.Contains(c.Emails, e => string.Equals(e, email, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void A_company_that_does_not_exist_is_a_non_terminating_error()
    {
        using var ps = PowerShellHost.WithModule();
        var result = ps.Run(ConnectWise() + " | Out-Null; Get-PsaContact -CompanyName 'No Such Company'; Get-PsaCompany -Id 99999; 'after'");

        Assert.Null(result.TerminatingError);
        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.StartsWith("QuickpassPsa.CompanyNotFound,", e.FullyQualifiedErrorId));
        Assert.Equal("after", result.Output.Last().BaseObject);
    }

    [Fact]
    public void Retry_waits_reach_the_verbose_stream_and_the_retry_count_is_the_callers()
    {
        using var ps = PowerShellHost.WithModule();
        ps.Run(ConnectWise() + " | Out-Null");
        try
        {
            _sim.Sim.Faults.Set(new QuickpassPsa.Simulator.Infrastructure.FaultSettings { FailNextStatus = 429, FailNextCount = 2, RetryAfterSeconds = 0 });
            // "Retry-After: 0": the announced wait reaches the cmdlet's verbose stream without the test sleeping
            // (the waits' lengths are asserted with an injected clock in PsaHttpClientTests).
            var ridden = ps.Run("Get-PsaCompany -Name 'Contoso Ltd'");
            Assert.Empty(ridden.Errors);
            Assert.Equal("Contoso Ltd", ((PsaCompany)Assert.Single(ridden.Output).BaseObject).Name);
            Assert.Equal(2, ridden.Verbose.Count(v => v.Contains("HTTP 429") && v.Contains("waiting 0.0 s (Retry-After)")));

            var reconnect = ps.Run(ConnectWise() + " -MaximumRetryCount 0 | Out-Null");
            Assert.True(reconnect.TerminatingError == null, reconnect.TerminatingError?.ToString());
            _sim.Sim.Faults.Set(new QuickpassPsa.Simulator.Infrastructure.FaultSettings { FailNextStatus = 503, FailNextCount = 1 });
            var failed = ps.Run("Get-PsaCompany -Name 'Contoso Ltd'");
            Assert.True(failed.TerminatingError != null, "errors: " + string.Join(" | ", failed.Errors) + " output: " + string.Join(" | ", failed.Output) + " verbose: " + string.Join(" | ", failed.Verbose));
            Assert.StartsWith("QuickpassPsa.PsaRequestFailed,", failed.TerminatingError!.FullyQualifiedErrorId);
            Assert.Contains("503", failed.TerminatingError.Exception.Message);
        }
        finally
        {
            _sim.Sim.Faults.Set(new QuickpassPsa.Simulator.Infrastructure.FaultSettings());
        }
    }

    [Fact]
    public void A_rate_limit_wait_is_said_once_per_command_as_a_warning_with_the_wait()
    {
        // Round 60b: a run held up by ConnectWise's per-minute budget (or Autotask's thread limit) said so only in verbose.
        using var ps = PowerShellHost.WithModule();
        ps.Run(ConnectWise() + " | Out-Null");
        try
        {
            _sim.Sim.Faults.Set(new QuickpassPsa.Simulator.Infrastructure.FaultSettings { FailNextStatus = 429, FailNextCount = 3, RetryAfterSeconds = 0 });
            var first = ps.Run("Get-PsaCompany -Name 'Contoso Ltd'");
            Assert.Empty(first.Errors);
            Assert.Equal(3, first.Verbose.Count(v => v.Contains("HTTP 429")));
            // Three waits in one command: one warning, naming the limit and the wait.
            var warning = Assert.Single(first.Warnings);
            Assert.Contains("ConnectWise is rate limiting this integration (HTTP 429", warning);
            Assert.Contains("waits 0.0 s (Retry-After)", warning);

            // A later command that waits says so again (a run of several commands, each held up).
            _sim.Sim.Faults.Set(new QuickpassPsa.Simulator.Infrastructure.FaultSettings { FailNextStatus = 429, FailNextCount = 1, RetryAfterSeconds = 0 });
            Assert.Single(ps.Run("Get-PsaCompany -Name 'Contoso Ltd' | Out-Null").Warnings);

            _sim.Sim.Faults.Set(new QuickpassPsa.Simulator.Infrastructure.FaultSettings { FailNextStatus = 503, FailNextCount = 1 });
            var gateway = ps.Run("Get-PsaCompany -Name 'Contoso Ltd' | Out-Null");
            Assert.Empty(gateway.Warnings); // a fault, not a limit: verbose only
        }
        finally
        {
            _sim.Sim.Faults.Set(new QuickpassPsa.Simulator.Infrastructure.FaultSettings());
        }
    }

    [Fact]
    public void A_malformed_server_is_refused_before_anything_is_sent()
    {
        using var ps = PowerShellHost.WithModule();
        var result = ps.Run("Connect-Psa -ConnectWise -Server 'not a host/with path' -CompanyId qpsa -ClientId x " +
            "-PublicKey ([System.Net.NetworkCredential]::new('', 'pub-key-value').SecurePassword) -PrivateKey ([System.Net.NetworkCredential]::new('', 'priv-key-value').SecurePassword)");

        Assert.StartsWith("QuickpassPsa.PsaConnectFailed,", result.TerminatingError!.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, result.TerminatingError.CategoryInfo.Category);
        Assert.DoesNotContain("priv-key-value", string.Join("\n", result.AllText()));
    }

    [Fact]
    public void Without_a_connection_the_PSA_cmdlets_say_to_connect()
    {
        using var ps = PowerShellHost.WithModule();
        var result = ps.Run("Get-PsaCompany -Name x");

        Assert.StartsWith("QuickpassPsa.PsaNotConnected,", result.TerminatingError!.FullyQualifiedErrorId);
        Assert.Contains("Connect-Psa", result.TerminatingError.Exception.Message);
    }

    [Fact]
    public void Disconnect_Psa_closes_and_forgets_the_default_connection()
    {
        using var ps = PowerShellHost.WithModule();
        var result = ps.Run("$c = " + ConnectWise() + "; Disconnect-Psa; Get-PsaConnection; $c.IsOpen; Get-PsaCompany -Connection $c -Name x");

        Assert.Equal(false, Assert.Single(result.Output).BaseObject);
        Assert.StartsWith("QuickpassPsa.PsaNotConnected,", result.TerminatingError!.FullyQualifiedErrorId);
    }

    [Fact]
    public void Secrets_can_come_from_a_SecretManagement_vault()
    {
        using var ps = PowerShellHost.WithModule();
        // Get-Secret stands in for Microsoft.PowerShell.SecretManagement's; the module finds it by name at run time.
        var result = ps.Run($$"""
            function Get-Secret { param($Vault, $Name)
                if ($Vault -ne 'psa' -or $Name -ne 'autotask') { throw "no secret $Name in $Vault" }
                @{ UserName = 'api@qpsa.test'; Secret = 'qpsa-secret'; IntegrationCode = 'QPSA-TRACKING' } }
            (Connect-Psa -Autotask -ZoneUrl '{{_sim.Sim.AutotaskZoneUrl}}' -VaultName psa -SecretName autotask).Account
            """);

        Assert.Null(result.TerminatingError);
        Assert.Equal("api@qpsa.test", Assert.Single(result.Output).BaseObject);
    }

    [Fact]
    public void Without_SecretManagement_the_vault_parameters_say_what_to_install()
    {
        using var ps = PowerShellHost.WithModule();
        var result = ps.Run($"Connect-Psa -Autotask -ZoneUrl '{_sim.Sim.AutotaskZoneUrl}' -VaultName psa -SecretName autotask");

        Assert.StartsWith("QuickpassPsa.SecretVaultUnavailable,", result.TerminatingError!.FullyQualifiedErrorId);
        Assert.Contains("Microsoft.PowerShell.SecretManagement", result.TerminatingError.Exception.Message);
    }
}
