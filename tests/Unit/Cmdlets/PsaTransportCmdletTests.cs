using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using QuickpassPsa.Simulator;
using QuickpassPsa.Simulator.Infrastructure;
using QuickpassPsa.Tests.Infrastructure;
using QuickpassPsa.Tests.Psa.Http;
using QuickpassPsa.Tests.Simulator;

namespace QuickpassPsa.Tests.Cmdlets;

/// <summary>
/// The transport as a user meets it through the cmdlets: time limits (Connect-Psa -TimeoutSec and
/// -CommandTimeoutSec), retry waits on the progress stream, refused servers and redirects, certificate errors,
/// and Autotask's credential 500s typed as authentication failures.
/// </summary>
public class PsaTransportCmdletTests : IClassFixture<PsaTransportCmdletTests.SampleTenant>
{
    public sealed class SampleTenant : SimulatorFixture
    {
        protected override PsaSimulatorOptions Options() => new() { SeedPath = Path.Combine(RepoPaths.Root, "samples", "sample-tenant.json") };
    }

    private const string Keys = "-PublicKey ([System.Net.NetworkCredential]::new('', 'qpsa-public').SecurePassword) -PrivateKey ([System.Net.NetworkCredential]::new('', 'qpsa-private').SecurePassword)";

    private readonly SampleTenant _sim;

    public PsaTransportCmdletTests(SampleTenant sim) => _sim = sim;

    private static string ConnectWise(string server) => $"Connect-Psa -ConnectWise -Server '{server}' -CompanyId 'qpsa' -ClientId 'qpsa-tests' {Keys}";

    private string Autotask(Uri zone) =>
        $"Connect-Psa -Autotask -ZoneUrl '{zone}' -Credential ([pscredential]::new('api@qpsa.test', [System.Net.NetworkCredential]::new('', 'qpsa-secret').SecurePassword)) " +
        "-IntegrationCode ([System.Net.NetworkCredential]::new('', 'QPSA-TRACKING').SecurePassword)";

    [Fact]
    public void A_server_that_never_answers_fails_Connect_Psa_with_the_timeout_error_of_the_per_request_limit()
    {
        using var silent = LoopbackServer.Silent();
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run(ConnectWise("127.0.0.1:" + silent.Port) + " -TimeoutSec 1 -MaximumRetryCount 0");

        var error = result.TerminatingError;
        Assert.NotNull(error);
        Assert.StartsWith("QuickpassPsa.PsaTimeout,", error!.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.OperationTimeout, error.CategoryInfo.Category);
        Assert.Contains("no answer within 1 s (the per-request time limit)", error.Exception.Message);
        Assert.Contains("(the per-request time limit) on its one attempt", error.Exception.Message); // not "any of the 1 attempts"
        Assert.Contains("Connect-Psa -TimeoutSec (now 1)", error.ErrorDetails!.RecommendedAction);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void The_per_command_limit_ends_the_work_and_names_its_parameter()
    {
        using var silent = LoopbackServer.Silent();
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run(ConnectWise("127.0.0.1:" + silent.Port) + " -TimeoutSec 120 -CommandTimeoutSec 1");

        var error = result.TerminatingError;
        Assert.NotNull(error);
        Assert.StartsWith("QuickpassPsa.PsaTimeout,", error!.FullyQualifiedErrorId);
        Assert.Contains("did not finish within 1 s (the per-command time limit)", error.Exception.Message);
        Assert.Contains("Connect-Psa -CommandTimeoutSec (now 1)", error.ErrorDetails!.RecommendedAction);
    }

    [Theory]
    [InlineData("-TimeoutSec 0")]
    [InlineData("-TimeoutSec 601")]
    [InlineData("-CommandTimeoutSec 0")]
    public void Time_limits_out_of_range_are_refused_by_the_parameter_binder(string limit)
    {
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run(ConnectWise(_sim.Sim.ConnectWiseSite) + " " + limit);

        Assert.StartsWith("ParameterArgumentValidationError,", result.TerminatingError!.FullyQualifiedErrorId);
    }

    [Fact]
    public void Retry_waits_and_their_reasons_show_on_the_progress_stream()
    {
        using var ps = PowerShellHost.WithModule();
        Assert.Null(ps.Run(ConnectWise(_sim.Sim.ConnectWiseSite) + " | Out-Null").TerminatingError);
        try
        {
            // "Retry-After: 0": the wait is announced without the test sleeping through one.
            _sim.Sim.Faults.Set(new FaultSettings { FailNextStatus = 429, FailNextCount = 1, RetryAfterSeconds = 0 });
            var result = ps.Run("Get-PsaCompany -Name 'Contoso Ltd'");

            Assert.Empty(result.Errors);
            var waits = result.Progress.Where(p => p.Activity == "ConnectWise: waiting to retry").ToList();
            var shown = Assert.Single(waits, p => p.RecordType == ProgressRecordType.Processing);
            Assert.Contains("answered HTTP 429; waiting 0.0 s (Retry-After) before attempt 2 of 6", shown.StatusDescription);
            Assert.Contains(waits, p => p.RecordType == ProgressRecordType.Completed && p.ActivityId == shown.ActivityId);
        }
        finally
        {
            _sim.Sim.Faults.Set(new FaultSettings());
        }
    }

    [Fact]
    public void Connect_Psa_fails_clearly_when_a_redirect_would_strip_the_Autotask_credentials()
    {
        using var redirector = LoopbackServer.RedirectingTo(_sim.Sim.BaseUrl);
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run(Autotask(new Uri(redirector.BaseUrl, "atservicesrest/")));

        Assert.StartsWith("QuickpassPsa.PsaConnectFailed,", result.TerminatingError!.FullyQualifiedErrorId);
        Assert.Contains("another origin", result.TerminatingError.Exception.Message);
        Assert.DoesNotContain(result.Verbose, v => v.Contains("login accepted"));
        Assert.Empty(result.Output);
    }

    [Fact]
    public void An_Autotask_credential_refused_with_HTTP_500_is_an_authentication_failure()
    {
        using var ps = PowerShellHost.WithModule();
        Assert.Null(ps.Run(Autotask(_sim.Sim.AutotaskZoneUrl) + " | Out-Null").TerminatingError);
        var code = _sim.Sim.Options.Autotask.IntegrationCode;
        try
        {
            // The integration code is revoked after connecting: Autotask answers 500 naming it.
            _sim.Sim.Options.Autotask.IntegrationCode = "REVOKED";
            var companies = ps.Run("Get-PsaCompany -Name 'Contoso Ltd'");
            var contacts = ps.Run("Get-PsaContact -CompanyId 174");

            Assert.StartsWith("QuickpassPsa.PsaAuthenticationFailed,", companies.TerminatingError!.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.AuthenticationError, companies.TerminatingError.CategoryInfo.Category);
            Assert.Contains("Check the integration code", companies.TerminatingError.ErrorDetails!.RecommendedAction);
            // A refused login stops every cmdlet alike (PsaErrors.Report).
            Assert.StartsWith("QuickpassPsa.PsaAuthenticationFailed,", contacts.TerminatingError!.FullyQualifiedErrorId);
            Assert.DoesNotContain("QPSA-TRACKING", string.Join("\n", companies.AllText().Concat(contacts.AllText())));
        }
        finally
        {
            _sim.Sim.Options.Autotask.IntegrationCode = code;
        }
    }

    [Theory]
    [InlineData("http://psa.example.com")]
    [InlineData("http://na.myconnectwise.net")]
    public void ConnectWise_over_plain_http_to_a_remote_host_is_refused(string server)
    {
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run(ConnectWise(server));

        Assert.StartsWith("QuickpassPsa.PsaConnectFailed,", result.TerminatingError!.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, result.TerminatingError.CategoryInfo.Category);
        Assert.Contains("does not use HTTPS", result.TerminatingError.Exception.Message);
        // Round 47c: the message named the C# parameter ("(Parameter 'server')"), not the cmdlet's -Server.
        foreach (var text in new[] { result.TerminatingError.Exception.Message, result.TerminatingError.ErrorDetails!.Message })
        {
            Assert.Contains("The ConnectWise server given to -Server, '" + server + "', does not use HTTPS", text);
            Assert.DoesNotContain("Parameter", text);
            Assert.EndsWith("(plain http is accepted only for 127.0.0.1, ::1 and localhost).", text);
        }
    }

    [Fact]
    public void A_server_that_refuses_the_connection_says_the_request_was_tried_once_with_no_retries()
    {
        // Round 47c: "the request was tried 1 times". A port that was just free and is closed again refuses at once.
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run(ConnectWise("127.0.0.1:" + port) + " -MaximumRetryCount 0");

        var error = result.TerminatingError!;
        Assert.StartsWith("QuickpassPsa.PsaConnectFailed,", error.FullyQualifiedErrorId);
        Assert.EndsWith("Check the server address and the network; the request was tried once.", error.Exception.Message);
    }

    [Theory]
    [InlineData("https://admin:Hunter2-Secret@psa.example.com")]
    [InlineData("admin:Hunter2-Secret@127.0.0.1:5080")]
    public void A_server_holding_a_password_is_refused_and_the_password_is_never_echoed(string server)
    {
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run(ConnectWise(server));

        var error = result.TerminatingError!;
        Assert.StartsWith("QuickpassPsa.PsaConnectFailed,", error.FullyQualifiedErrorId);
        var everything = string.Join("\n", result.AllText()) + error.CategoryInfo + error.TargetObject + error.ErrorDetails?.Message + error.ErrorDetails?.RecommendedAction;
        Assert.Contains("user name or password", everything);
        Assert.DoesNotContain("Hunter2", everything);
    }

    [Fact]
    public async Task An_untrusted_certificate_fails_Connect_Psa_with_an_error_naming_the_problem()
    {
        await using var https = await PsaSimulator.StartAsync(new PsaSimulatorOptions { Https = true });
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run(ConnectWise(https.ConnectWiseSite));

        var error = result.TerminatingError!;
        Assert.StartsWith("QuickpassPsa.PsaCertificateUntrusted,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.SecurityError, error.CategoryInfo.Category);
        Assert.Contains("certificate is not trusted: RemoteCertificateChainErrors", error.Exception.Message);
        Assert.Empty(https.Requests.Entries());
    }
}
