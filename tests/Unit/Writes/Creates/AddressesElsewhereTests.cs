using System;
using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Writes.Creates;

namespace QuickpassPsa.Tests.Writes.Creates;

/// <summary>New-PsaContact's PSA-wide look-up of the run's addresses (round 60b), and which holders stop a create.</summary>
public class AddressesElsewhereTests
{
    private static readonly PsaContact[] Psa =
    {
        new() { Id = "1", CompanyId = "19", CompanyName = "Contoso Ltd", FirstName = "Ann", LastName = "Lee", Emails = new[] { "ann@contoso.com" } },
        new() { Id = "2", CompanyId = "20", CompanyName = "Contoso Inc", FirstName = "Ann", LastName = "Lee", Emails = new[] { " Ann@Contoso.com " } },
        new() { Id = "3", CompanyId = "21", FirstName = "Ann", LastName = "Lee", Emails = new[] { "ann@contoso.com" } },
        new() { Id = "4", CompanyId = "22", CompanyName = "Old Contoso", FirstName = "Ann", LastName = "Lee", Emails = new[] { "ann@contoso.com" }, Active = false },
        new() { Id = "5", CompanyId = "20", CompanyName = "Contoso Inc", FirstName = "Bob", LastName = "Ray", Emails = new[] { "bob@contoso.com" } },
    };

    private sealed class Finder
    {
        public List<string[]> Calls { get; } = new();

        public IReadOnlyList<PsaContact> Find(IReadOnlyCollection<string> emails)
        {
            Calls.Add(emails.ToArray());
            return Psa.Where(c => c.Emails.Any(e => emails.Any(a => string.Equals(a.Trim(), e.Trim(), StringComparison.OrdinalIgnoreCase)))).ToList();
        }
    }

    [Fact]
    public void A_batch_is_one_call_and_each_address_is_asked_once_per_run()
    {
        var elsewhere = new AddressesElsewhere();
        var finder = new Finder();

        elsewhere.Ask(new[] { "ann@contoso.com", " ANN@contoso.com", null, "  ", "bob@contoso.com" }, finder.Find);
        elsewhere.Ask(new[] { "bob@contoso.com" }, finder.Find);

        Assert.Equal(new[] { new[] { "ann@contoso.com", "bob@contoso.com" } }, finder.Calls);
        Assert.Equal(new[] { "1", "2", "3", "4" }, elsewhere.Holding("Ann@contoso.com", finder.Find).Select(c => c.Id));
        Assert.Single(finder.Calls);
    }

    [Fact]
    public void A_failed_batch_stays_unasked_and_the_next_holding_asks_again()
    {
        var elsewhere = new AddressesElsewhere();
        var finder = new Finder();

        Assert.Throws<InvalidOperationException>(() => elsewhere.Ask(new[] { "bob@contoso.com" }, _ => throw new InvalidOperationException("down")));

        Assert.Equal(new[] { "5" }, elsewhere.Holding("bob@contoso.com", finder.Find).Select(c => c.Id));
        Assert.Single(finder.Calls);
    }

    [Fact]
    public void Only_active_contacts_of_other_companies_stop_a_create_each_named_with_its_company()
    {
        var elsewhere = new AddressesElsewhere();
        var asked = new List<string>();
        PsaCompany? CompanyById(string id)
        {
            asked.Add(id);
            return id == "21" ? new PsaCompany { Id = "21", Name = "Contoso GmbH" } : null;
        }

        var holders = elsewhere.InOtherCompanies("ann@contoso.com", " 19 ", new Finder().Find, CompanyById);

        Assert.Equal(new[] { "2 Contoso Inc [20]", "3 Contoso GmbH [21]" }, holders.Select(h => h.Contact.Id + " " + h.Company));
        Assert.Equal(new[] { "21" }, asked);    // ConnectWise contacts carry their company's name; an Autotask company is read
    }

    [Fact]
    public void A_company_that_cannot_be_read_is_named_by_its_id()
    {
        Assert.Equal("company [21]", AddressesElsewhere.CompanyText(Psa[2], _ => null));
    }

    [Fact]
    public void A_contact_the_run_created_is_found_by_a_later_item_of_another_company()
    {
        var elsewhere = new AddressesElsewhere();
        var finder = new Finder();
        elsewhere.Ask(new[] { "zed@contoso.com" }, finder.Find);

        elsewhere.Created(new PsaContact { Id = "9", CompanyId = "19", CompanyName = "Contoso Ltd", FirstName = "Zed", LastName = "Quinn", Emails = new[] { "zed@contoso.com" } });

        Assert.Equal(new[] { "9" }, elsewhere.InOtherCompanies("zed@contoso.com", "20", finder.Find, _ => null).Select(h => h.Contact.Id));
        Assert.Single(finder.Calls);
    }
}
