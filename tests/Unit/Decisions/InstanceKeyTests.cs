using System;
using System.IO;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Tests.Decisions;

public class InstanceKeyTests
{
    [Theory]
    [InlineData("na.myconnectwise.net", "Acme", "connectwise/api-na.myconnectwise.net/acme")]
    [InlineData("https://API-NA.myconnectwise.net/", "acme", "connectwise/api-na.myconnectwise.net/acme")]
    [InlineData("psa.example.com", "Contoso", "connectwise/psa.example.com/contoso")]
    [InlineData("127.0.0.1:5080", "qpsa", "connectwise/127.0.0.1:5080/qpsa")]
    public void ConnectWise_is_the_site_host_and_the_company_id_in_lower_case(string server, string company, string expected) =>
        Assert.Equal(expected, InstanceKeys.Of(PsaKind.ConnectWise, server, company));

    [Theory]
    [InlineData("webservices.autotask.net", "ApiUser@Contoso-MSP.com", "autotask/contoso-msp.com")]
    [InlineData("https://webservices3.autotask.net/atservicesrest/", "other@contoso-msp.com", "autotask/contoso-msp.com")]
    [InlineData("webservices.autotask.net", "localuser", "autotask/localuser")]
    public void Autotask_is_the_tenant_from_the_API_user_names_domain_whatever_zone_was_given(string server, string user, string expected) =>
        Assert.Equal(expected, InstanceKeys.Of(PsaKind.Autotask, server, user));

    [Fact]
    public void The_default_store_is_a_safe_file_name_under_the_data_root()
    {
        var path = DecisionPaths.DefaultStorePath("connectwise/127.0.0.1:5080/Q p$a");
        Assert.Equal(Path.Combine(TestDataRoot.Path, "decisions", "connectwise_127.0.0.1_5080_q_p_a.json"), path);
        Assert.Equal("_", DecisionPaths.FileNameOf(".."));
        Assert.Equal("autotask_contoso.com", DecisionPaths.FileNameOf("autotask/contoso.com"));
    }

    [Fact]
    public void Without_QUICKPASSPSA_DATA_the_root_is_QuickpassPsa_under_local_application_data()
    {
        // Read the rule without changing the process-wide variable other tests rely on.
        var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        Assert.False(string.IsNullOrEmpty(local));
        Assert.Equal(Environment.GetEnvironmentVariable(DecisionPaths.DataRootVariable), DecisionPaths.DataRoot());
        Assert.NotEqual(Path.Combine(local, "QuickpassPsa"), DecisionPaths.DataRoot());
    }
}
