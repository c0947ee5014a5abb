using QuickpassPsa.Tests.Simulator;

namespace QuickpassPsa.Tests.Infrastructure;

/// <summary>A hosted runspace connected to the in-process simulator with its well-known keys, for either PSA.</summary>
internal static class SimulatorSession
{
    /// <summary>The Connect-Psa line for the simulator (keys as SecureStrings, as users pass them).</summary>
    public static string ConnectScript(SimulatorFixture sim, string psa) => psa == "ConnectWise"
        ? $"Connect-Psa -ConnectWise -Server '{sim.Sim.ConnectWiseSite}' -CompanyId qpsa -ClientId qpsa-tests " +
          "-PublicKey ([System.Net.NetworkCredential]::new('', 'qpsa-public').SecurePassword) -PrivateKey ([System.Net.NetworkCredential]::new('', 'qpsa-private').SecurePassword)"
        : $"Connect-Psa -Autotask -ZoneUrl '{sim.Sim.AutotaskZoneUrl}' -Credential ([pscredential]::new('api@qpsa.test', [System.Net.NetworkCredential]::new('', 'qpsa-secret').SecurePassword)) " +
          "-IntegrationCode ([System.Net.NetworkCredential]::new('', 'QPSA-TRACKING').SecurePassword)";

    /// <summary>A runspace with the module, connected (and <paramref name="then"/> run, e.g. fixtures' variables); fails the test if connecting fails.</summary>
    public static PowerShellHost Connected(SimulatorFixture sim, string psa, string then = "")
    {
        var ps = PowerShellHost.WithModule();
        var connect = ps.Run(ConnectScript(sim, psa) + " | Out-Null" + (then.Length == 0 ? string.Empty : "\n" + then));
        Assert.Null(connect.TerminatingError);
        Assert.Empty(connect.Errors);
        return ps;
    }
}
