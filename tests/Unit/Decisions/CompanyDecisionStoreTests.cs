using System;
using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Decisions;

/// <summary>Customer-company decisions in the same store file as the account-contact decisions.</summary>
public class CompanyDecisionStoreTests
{
    private static CompanyMatchDecision Link(string customer, string company, string? name = null) =>
        new(MatchDecisionKind.Confirmed, customer, company, name);

    private static CompanyMatchDecision Exclusion(string customer, string company) =>
        new(MatchDecisionKind.Excluded, customer, company, null);

    private static ContactMatchDecision ContactLink(string upn, string contact) =>
        new(MatchDecisionKind.Confirmed, "19", contact, upn, upn, null);

    private static int VersionOf(string path) => JObject.Parse(File.ReadAllText(path))["formatVersion"]!.Value<int>();

    [Fact]
    public void Company_decisions_round_trip_through_the_file_with_every_field()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "sub", "store.json");
        var clock = TestClock.Immediate();
        var store = new DecisionStore(path, new DecisionStoreOptions { TimeProvider = clock });

        store.SaveCompanyDecisions(new[] { Link(" Contoso ", "19", "Contoso Ltd"), Exclusion("Fabrikam", "7") });

        var read = new DecisionStore(path).ReadCompanyDecisions();
        Assert.Equal(2, read.Count);
        var link = read.Single(d => d.Kind == "Confirmed");
        Assert.Equal(("Contoso", "19", "Contoso Ltd"), (link.Customer, link.CompanyId, link.CompanyName));
        Assert.Equal(clock.GetUtcNow().UtcDateTime, link.DecidedAt);
        Assert.Equal(DateTimeKind.Utc, link.DecidedAt.Kind);
        Assert.Equal(DecisionStore.CurrentUser(), link.DecidedBy);
        var excluded = read.Single(d => d.Kind == "Excluded");
        Assert.Equal(("Fabrikam", "7", (string?)null), (excluded.Customer, excluded.CompanyId, excluded.CompanyName));
        Assert.Empty(new DecisionStore(path).Read());
    }

    [Fact]
    public void A_store_without_company_decisions_stays_version_1_and_one_with_them_is_version_2()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "s.json");
        var store = new DecisionStore(path);

        store.Save(new[] { ContactLink("jane@contoso.com", "501") });
        Assert.Equal(1, VersionOf(path));
        Assert.Null(JObject.Parse(File.ReadAllText(path))["companyDecisions"]);

        store.SaveCompanyDecisions(new[] { Link("Contoso", "19") });
        Assert.Equal(2, VersionOf(path));
        Assert.Equal("Contoso", (string?)JObject.Parse(File.ReadAllText(path))["companyDecisions"]![0]!["customer"]);

        // The last company decision removed: a version-1 reader may use the file again.
        store.RemoveCompanyDecisions(_ => true);
        Assert.Equal(1, VersionOf(path));
        Assert.Single(store.Read());
    }

    [Fact]
    public void A_version_1_file_with_only_contact_decisions_reads_with_no_company_decisions()
    {
        using var temp = new TempFolder();
        var path = temp.Write("store.json",
            "{ \"formatVersion\": 1, \"decisions\": [ { \"kind\": \"Confirmed\", \"companyId\": \"19\", \"contactId\": \"501\", \"email\": \"jane@contoso.com\", \"decidedAt\": \"2026-11-01T10:00:00.0000000Z\" } ] }");
        var store = new DecisionStore(path);
        Assert.Empty(store.ReadCompanyDecisions());
        Assert.Single(store.Read());
    }

    [Theory]
    [InlineData("{ \"formatVersion\": 3, \"decisions\": [], \"companyDecisions\": [] }", DecisionStoreErrorKind.NewerFormat, "formatVersion 3")]
    [InlineData("{ \"formatVersion\": 2, \"decisions\": [], \"companyDecisions\": {} }", DecisionStoreErrorKind.Corrupt, "\"companyDecisions\" is not a list")]
    [InlineData("{ \"formatVersion\": 2, \"decisions\": [], \"companyDecisions\": [ { \"kind\": \"Confirmed\", \"companyId\": \"19\", \"decidedAt\": \"2026-11-01T10:00:00.0000000Z\" } ] }", DecisionStoreErrorKind.Corrupt, "company decision 1 lacks a customer")]
    [InlineData("{ \"formatVersion\": 2, \"decisions\": [], \"companyDecisions\": [ { \"kind\": \"Linked\", \"customer\": \"Contoso\", \"companyId\": \"19\" } ] }", DecisionStoreErrorKind.Corrupt, "company decision 1 has no kind")]
    public void A_store_this_version_cannot_read_is_refused_for_company_decisions_too_and_never_replaced(string content, DecisionStoreErrorKind kind, string problem)
    {
        using var temp = new TempFolder();
        var path = temp.Write("store.json", content);
        var original = File.ReadAllBytes(path);
        var store = new DecisionStore(path);

        var read = Assert.Throws<DecisionStoreException>(() => store.ReadCompanyDecisions());
        Assert.Equal(kind, read.Kind);
        Assert.Contains(problem, read.Message);

        var write = Assert.Throws<DecisionStoreException>(() => store.SaveCompanyDecisions(new[] { Link("Contoso", "19") }));
        Assert.Equal(kind, write.Kind);
        Assert.Throws<DecisionStoreException>(() => store.Save(new[] { ContactLink("jane@contoso.com", "501") }));
        Assert.Equal(original, File.ReadAllBytes(path));
    }

    [Fact]
    public void Saving_one_kind_keeps_the_other_kind()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "s.json");
        var store = new DecisionStore(path);

        store.Save(new[] { ContactLink("jane@contoso.com", "501") });
        store.SaveCompanyDecisions(new[] { Link("Contoso", "19") });
        store.Save(new[] { ContactLink("bob@contoso.com", "600") });
        store.Remove(d => d.ContactId == "501");
        store.SaveCompanyDecisions(new[] { Exclusion("Fabrikam", "7") });

        var reread = new DecisionStore(path);
        Assert.Equal(new[] { "600" }, reread.Read().Select(d => d.ContactId));
        Assert.Equal(new[] { "Confirmed Contoso 19", "Excluded Fabrikam 7" },
            reread.ReadCompanyDecisions().Select(d => d.Kind + " " + d.Customer + " " + d.CompanyId).OrderBy(x => x, StringComparer.Ordinal));

        reread.RemoveCompanyDecisions(d => d.Customer == "Contoso");
        Assert.Equal(new[] { "600" }, reread.Read().Select(d => d.ContactId));
    }

    [Fact]
    public void A_new_link_replaces_the_customers_older_link_and_the_companys_older_customer_and_says_so()
    {
        using var temp = new TempFolder();
        var store = new DecisionStore(Path.Combine(temp.Path, "s.json"));
        store.SaveCompanyDecisions(new[] { Link("Contoso", "19"), Link("Fabrikam", "20") });

        var byCustomer = store.SaveCompanyDecisions(new[] { Link("contoso", "21") }).Single();
        Assert.Equal("19", Assert.Single(byCustomer.Replaced).CompanyId);
        Assert.False(byCustomer.Refreshed);

        var byCompany = store.SaveCompanyDecisions(new[] { Link("Northwind", "20") }).Single();
        Assert.Equal("Fabrikam", Assert.Single(byCompany.Replaced).Customer);

        Assert.Equal(new[] { "contoso=21", "Northwind=20" },
            store.ReadCompanyDecisions().Select(d => d.Customer + "=" + d.CompanyId).OrderBy(x => x, StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void Exclusions_are_per_pair_and_a_decision_about_a_pair_replaces_the_opposite_one()
    {
        using var temp = new TempFolder();
        var store = new DecisionStore(Path.Combine(temp.Path, "s.json"));
        store.SaveCompanyDecisions(new[] { Exclusion("Contoso", "19"), Exclusion("Contoso", "20"), Exclusion("Contoso", "20"), Exclusion("Fabrikam", "19") });
        Assert.Equal(3, store.ReadCompanyDecisions().Count);

        var link = store.SaveCompanyDecisions(new[] { Link("Contoso", "19") }).Single();
        var replaced = Assert.Single(link.Replaced);
        Assert.Equal(("Excluded", "Contoso", "19"), (replaced.Kind, replaced.Customer, replaced.CompanyId));
        // Another customer's exclusion of the company is its own: a link does not claim against exclusions.
        Assert.Equal(new[] { "Confirmed Contoso 19", "Excluded Contoso 20", "Excluded Fabrikam 19" },
            store.ReadCompanyDecisions().Select(d => d.Kind + " " + d.Customer + " " + d.CompanyId).OrderBy(x => x, StringComparer.Ordinal));

        var exclusion = store.SaveCompanyDecisions(new[] { Exclusion("Contoso", "19") }).Single();
        Assert.Equal("Confirmed", Assert.Single(exclusion.Replaced).Kind);
        Assert.DoesNotContain(store.ReadCompanyDecisions(), d => d.Kind == "Confirmed");
    }

    [Fact]
    public void Saving_the_same_decision_again_refreshes_the_name_and_keeps_who_decided_and_when()
    {
        using var temp = new TempFolder();
        var clock = TestClock.Manual();
        var store = new DecisionStore(Path.Combine(temp.Path, "s.json"), new DecisionStoreOptions { TimeProvider = clock });
        store.SaveCompanyDecisions(new[] { new CompanyMatchDecision(MatchDecisionKind.Confirmed, "Contoso", "19", "Contoso Ltd") { DecidedBy = "CORP\\alice" } });
        var first = store.ReadCompanyDecisions().Single().DecidedAt;
        clock.Advance(TimeSpan.FromDays(3));

        var change = store.SaveCompanyDecisions(new[] { new CompanyMatchDecision(MatchDecisionKind.Confirmed, "CONTOSO ", "19", "Contoso Limited") { DecidedBy = "CORP\\bob" } }).Single();

        Assert.True(change.Refreshed);
        Assert.Empty(change.Replaced);
        var stored = store.ReadCompanyDecisions().Single();
        Assert.Equal(("CORP\\alice", first, "Contoso Limited"), (stored.DecidedBy, stored.DecidedAt, stored.CompanyName));
    }

    [Theory]
    [InlineData("Contoso", "contoso")]
    [InlineData("Contoso", "  CONTOSO ")]
    [InlineData("Smith & Sons", "smith & sons")]
    public void Customer_names_are_the_same_trimmed_and_ignoring_case(string a, string b)
    {
        Assert.True(CompanyMatchDecision.SameCustomer(a, b));
        using var temp = new TempFolder();
        var store = new DecisionStore(Path.Combine(temp.Path, "s.json"));
        store.SaveCompanyDecisions(new[] { Link(a, "19") });
        store.SaveCompanyDecisions(new[] { Link(b, "20") });
        Assert.Equal("20", Assert.Single(store.ReadCompanyDecisions()).CompanyId);
    }

    [Fact]
    public void Different_spellings_are_different_customers()
    {
        Assert.False(CompanyMatchDecision.SameCustomer("Contoso", "Contoso Ltd"));
        Assert.False(CompanyMatchDecision.SameCustomer("Contoso", null));
    }

    [Fact]
    public void A_company_decision_without_a_customer_or_a_company_is_refused_before_anything_is_written()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "s.json");
        var store = new DecisionStore(path);
        Assert.Throws<ArgumentException>(() => store.SaveCompanyDecisions(new[] { Link("  ", "19") }));
        Assert.Throws<ArgumentException>(() => store.SaveCompanyDecisions(new[] { Link("Contoso", " ") }));
        Assert.False(File.Exists(path));
    }
}
