using System;
using System.IO;
using System.Linq;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Simulator;
using QuickpassPsa.Tests.Infrastructure;
using QuickpassPsa.Tests.Simulator;

namespace QuickpassPsa.Tests.Cmdlets;

/// <summary>
/// What a script can reach from the objects the module hands out: data only. Nothing that can write to a
/// PSA (a client, a transport, the HTTP pipeline) is reachable except through a cmdlet with -WhatIf/-Confirm.
/// </summary>
public class PublicSurfaceTests : IClassFixture<PublicSurfaceTests.SampleTenant>
{
    public sealed class SampleTenant : SimulatorFixture
    {
        protected override PsaSimulatorOptions Options() => new() { SeedPath = Path.Combine(RepoPaths.Root, "samples", "sample-tenant.json") };
    }

    private readonly SampleTenant _sim;

    public PublicSurfaceTests(SampleTenant sim) => _sim = sim;

    private string Autotask() =>
        $"Connect-Psa -Autotask -ZoneUrl '{_sim.Sim.AutotaskZoneUrl}' -Credential ([pscredential]::new('api@qpsa.test', [System.Net.NetworkCredential]::new('', 'qpsa-secret').SecurePassword)) " +
        "-IntegrationCode ([System.Net.NetworkCredential]::new('', 'QPSA-TRACKING').SecurePassword)";

    private string ConnectWise() =>
        $"Connect-Psa -ConnectWise -Server '{_sim.Sim.ConnectWiseSite}' -CompanyId qpsa -ClientId qpsa-tests " +
        "-PublicKey ([System.Net.NetworkCredential]::new('', 'qpsa-public').SecurePassword) -PrivateKey ([System.Net.NetworkCredential]::new('', 'qpsa-private').SecurePassword)";

    /// <summary>The only types a connection's members may have: plain data.</summary>
    private static readonly string[] DataTypes =
    {
        "System.Guid", "System.String", "System.Uri", "System.DateTimeOffset", "System.Boolean", "QuickpassPsa.Core.Psa.PsaKind",
    };

    [Fact]
    public void A_connection_shows_no_client_and_no_internal_type_to_Get_Member_or_Format_List()
    {
        using var ps = PowerShellHost.WithModule();
        var result = ps.Run("$c = " + ConnectWise() + """

            $c | Get-Member -MemberType Properties | ForEach-Object { 'property=' + $_.Name + '|' + $_.Definition }
            $c.PSObject.Properties | ForEach-Object { 'type=' + $_.TypeNameOfValue }
            $c | Get-Member -MemberType Methods | ForEach-Object { 'method=' + $_.Name }
            'list=' + ($c | Format-List * | Out-String)
            'client=' + ($null -eq $c.Client)
            """);

        Assert.Null(result.TerminatingError);
        Assert.Empty(result.Errors);
        var lines = result.Output.Select(o => o.ToString()).ToList();
        var properties = lines.Where(l => l.StartsWith("property=")).ToList();
        Assert.NotEmpty(properties);
        Assert.DoesNotContain(properties, p => p.StartsWith("property=Client|"));
        Assert.All(lines.Where(l => l.StartsWith("type=")), t => Assert.Contains(t.Substring(5), DataTypes));
        Assert.All(lines.Where(l => l.StartsWith("property=") || l.StartsWith("method=")), l =>
        {
            Assert.DoesNotContain("IPsaClient", l);
            Assert.DoesNotContain("Http", l);
            Assert.DoesNotContain("Transport", l);
        });
        var list = lines.Single(l => l.StartsWith("list="));
        Assert.Contains("Endpoint", list);
        Assert.DoesNotContain("Client", list);
        Assert.Contains("client=True", lines);
    }

    [Fact]
    public void Core_exports_nothing_that_can_write_to_a_PSA()
    {
        var exported = typeof(PsaConnection).Assembly.GetExportedTypes();

        foreach (var name in new[] { "IPsaClient", "ConnectWiseClient", "AutotaskClient", "PsaHttpClient", "Redactor", "PsaRequest", "PsaResponse", "CwConditions", "PsaHttpOptions", "ConnectWiseConnectionInfo", "AutotaskConnectionInfo" })
        {
            Assert.DoesNotContain(exported, t => t.Name == name);
        }
        // No exported type has a public member that hands out a client or sends anything.
        foreach (var type in exported)
        {
            foreach (var member in type.GetMembers(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Static))
            {
                Assert.False(member.Name.EndsWith("Async", StringComparison.Ordinal), type.FullName + "." + member.Name + " is public");
                var memberType = member switch
                {
                    System.Reflection.PropertyInfo p => p.PropertyType,
                    System.Reflection.FieldInfo f => f.FieldType,
                    System.Reflection.MethodInfo m => m.ReturnType,
                    _ => null,
                };
                if (memberType != null) Assert.False(memberType.Namespace?.StartsWith("System.Net.Http", StringComparison.Ordinal) == true, type.FullName + "." + member.Name);
            }
        }
    }

    [Theory]
    [InlineData("ConnectWise", "firstName", "name")]
    [InlineData("Autotask", "firstName", "companyName")]
    public void Raw_is_hidden_plain_data_that_ConvertTo_Json_writes_with_the_PSAs_own_field_names(string psa, string contactField, string companyField)
    {
        using var ps = PowerShellHost.WithModule();
        var result = ps.Run((psa == "ConnectWise" ? ConnectWise() : Autotask()) + """
             | Out-Null
            $company = Get-PsaCompany -Name 'Contoso Ltd'
            $contact = $company | Get-PsaContact | Where-Object { $_.Emails.Count -gt 0 } | Select-Object -First 1
            $company
            $contact
            $contact.Raw | ConvertTo-Json -Depth 5
            $company.Raw | ConvertTo-Json -Depth 5
            $contact | Format-List | Out-String
            $contact | ConvertTo-Json -Depth 5
            """);

        Assert.Null(result.TerminatingError);
        Assert.Empty(result.Errors);
        var company = Assert.IsType<PsaCompany>(result.Output[0].BaseObject);
        var contact = Assert.IsType<PsaContact>(result.Output[1].BaseObject);
        foreach (var output in new object[] { company, contact }) AssertPlainData(output, output.GetType().Name);

        var contactJson = System.Text.Json.Nodes.JsonNode.Parse((string)result.Output[2].BaseObject)!;
        var raw = contactJson.AsObject();
        Assert.Equal(contact.FirstName, (string?)raw[contactField]);
        Assert.Equal(long.Parse(contact.Id, System.Globalization.CultureInfo.InvariantCulture), (long)raw["id"]!);
        if (psa == "ConnectWise")
        {
            var items = raw["communicationItems"]!.AsArray();
            Assert.Contains(items, i => (string?)i!["value"] == contact.Emails[0]);
            Assert.Equal("Contoso Ltd", (string?)raw["company"]!["name"]);
        }
        else
        {
            Assert.Equal(contact.Emails[0], (string?)raw["emailAddress"]);
            Assert.Equal(long.Parse(company.Id, System.Globalization.CultureInfo.InvariantCulture), (long)raw["companyID"]!);
        }
        var companyJson = System.Text.Json.Nodes.JsonNode.Parse((string)result.Output[3].BaseObject)!;
        Assert.Equal("Contoso Ltd", (string?)companyJson[companyField]);

        // The default list view leaves the raw record out.
        var list = (string)result.Output[4].BaseObject;
        Assert.Contains(contact.Emails[0], list);
        Assert.DoesNotContain("Raw", list);

        // Raw is a hidden property (round 56c: kilobytes of API JSON per row flooded Export-Csv): $x.Raw writes it,
        // the object's own JSON leaves it out.
        Assert.Null(System.Text.Json.Nodes.JsonNode.Parse((string)result.Output[5].BaseObject)!["Raw"]);
    }

    /// <summary>Fails when the object, or anything reachable from its properties, is of a Newtonsoft type.</summary>
    private static void AssertPlainData(object? value, string path)
    {
        if (value == null) return;
        var type = value.GetType();
        Assert.False(type.Assembly.GetName().Name!.StartsWith("Newtonsoft", StringComparison.Ordinal), path + " is a " + type.FullName);
        switch (value)
        {
            case string:
                return;
            case System.Collections.IDictionary map:
                foreach (System.Collections.DictionaryEntry entry in map) AssertPlainData(entry.Value, path + "." + entry.Key);
                return;
            case System.Collections.IEnumerable items:
                var i = 0;
                foreach (var item in items) AssertPlainData(item, path + "[" + i++ + "]");
                return;
        }
        if (type.Namespace?.StartsWith("QuickpassPsa", StringComparison.Ordinal) != true) return;
        foreach (var property in type.GetProperties().Where(p => p.GetIndexParameters().Length == 0))
        {
            AssertPlainData(property.GetValue(value), path + "." + property.Name);
        }
    }
}
