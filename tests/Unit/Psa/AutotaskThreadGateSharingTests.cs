using System;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Autotask;

namespace QuickpassPsa.Tests.Psa;

/// <summary>Autotask counts threads per integration code (and endpoint), not per connection: the gate is shared accordingly.</summary>
public class AutotaskThreadGateSharingTests
{
    [Fact]
    public void Clients_with_the_same_integration_code_at_the_same_zone_share_one_gate()
    {
        var code = "CODE-" + Guid.NewGuid();
        var first = AutotaskThreadGate.Shared(new Uri("https://webservices5.autotask.net/atservicesrest/V1.0/Contacts/query"), Secrets.ToSecure(code));
        var second = AutotaskThreadGate.Shared(new Uri("https://WEBSERVICES5.autotask.net/atservicesrest/V1.0/Companies/query"), Secrets.ToSecure(code));
        Assert.Same(first, second);
    }

    [Fact]
    public void Another_integration_code_or_zone_has_its_own_gate()
    {
        var code = "CODE-" + Guid.NewGuid();
        var gate = AutotaskThreadGate.Shared(new Uri("https://webservices5.autotask.net/x"), Secrets.ToSecure(code));
        Assert.NotSame(gate, AutotaskThreadGate.Shared(new Uri("https://webservices5.autotask.net/x"), Secrets.ToSecure(code + "2")));
        Assert.NotSame(gate, AutotaskThreadGate.Shared(new Uri("https://webservices6.autotask.net/x"), Secrets.ToSecure(code)));
    }
}
