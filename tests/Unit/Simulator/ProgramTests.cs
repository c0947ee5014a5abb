using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Simulator;

/// <summary>The simulator as a program: `dotnet PsaSimulator.dll --port 0` prints where it listens and serves there.</summary>
public class ProgramTests
{
    [Fact]
    public async Task The_program_prints_its_urls_and_credentials_and_serves_until_stopped()
    {
        using var process = DotnetProcess.Start(SimulatorDll, "--port", "0");
        try
        {
            var text = await ReadBanner(process);
            var baseUrl = Regex.Match(text, @"listening on (http://127\.0\.0\.1:\d+/)").Groups[1].Value;
            Assert.NotEqual(string.Empty, baseUrl);
            Assert.Contains("qpsa / qpsa-public / qpsa-private", text);
            Assert.Contains("api@qpsa.test / qpsa-secret / QPSA-TRACKING", text);
            Assert.Contains(baseUrl + "atservicesrest/", text);

            using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
            var state = await http.GetAsync("_sim/state");
            Assert.Equal(HttpStatusCode.OK, state.StatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task With_a_certificate_file_the_program_serves_https_with_that_certificate()
    {
        using var folder = new TempFolder();
        using var certificate = QuickpassPsa.Simulator.Infrastructure.SimulatorCertificate.CreateSelfSigned();
        var pfx = Path.Combine(folder.Path, "sim.pfx");
        File.WriteAllBytes(pfx, certificate.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx, "pfx-pass"));

        using var process = DotnetProcess.Start(SimulatorDll, "--port", "0", "--certificate", pfx, "--certificate-password", "pfx-pass");
        try
        {
            var text = await ReadBanner(process);
            var baseUrl = Regex.Match(text, @"listening on (https://127\.0\.0\.1:\d+/)").Groups[1].Value;
            Assert.NotEqual(string.Empty, baseUrl);
            Assert.Contains("thumbprint " + certificate.Thumbprint, text);

            // Served with exactly that certificate: a client trusting it (and nothing else) gets through.
            using var http = new HttpClient(TrustingHandler.For(certificate)) { BaseAddress = new Uri(baseUrl) };
            var state = await http.GetAsync("_sim/state");
            Assert.Equal(HttpStatusCode.OK, state.StatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task The_paging_switches_make_ConnectWise_lists_navigable_without_a_Link_header_and_the_banner_says_so()
    {
        using var process = DotnetProcess.Start(SimulatorDll, "--port", "0", "--cw-no-forward-only", "--cw-no-link-header");
        try
        {
            var text = await ReadBanner(process);
            var baseUrl = Regex.Match(text, @"listening on (http://127\.0\.0\.1:\d+/)").Groups[1].Value;
            Assert.Contains("navigable only (--cw-no-forward-only), no Link header (--cw-no-link-header)", text);

            using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
            var request = ConnectWise.Cw.Request(HttpMethod.Get, "company/companies?pageSize=1");
            request.Headers.Add("pagination-type", "forward-only");
            var response = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.Contains("Link"));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task A_wrong_argument_is_refused_with_usage()
    {
        using var process = DotnetProcess.Start(SimulatorDll, "--bogus");
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("usage", error);
        Assert.Contains("--https", error);
    }

    /// <summary>What the program prints before it serves: up to its "Control:" line.</summary>
    private static async Task<string> ReadBanner(System.Diagnostics.Process process)
    {
        var banner = new System.Text.StringBuilder();
        string? line;
        while ((line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60))) != null)
        {
            banner.AppendLine(line);
            if (line.StartsWith("Control:", StringComparison.Ordinal)) break;
        }
        return banner.ToString();
    }

    private static string SimulatorDll => Path.Combine(AppContext.BaseDirectory, "PsaSimulator.dll");
}
