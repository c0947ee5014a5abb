using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Tests.Simulator;
using static QuickpassPsa.Tests.Psa.Autotask.AutotaskClientHarness;

namespace QuickpassPsa.Tests.Psa.Autotask;

/// <summary>Contact create and update through the parent company (psa-api.md B3), field metadata, ambiguous failures.</summary>
public class AutotaskClientWriteTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _fixture;

    public AutotaskClientWriteTests(SimulatorFixture fixture)
    {
        _fixture = fixture;
        _fixture.SeedAutotask(Contact(30001, "Ann", "Lee", "ann.lee@contoso.com"));
    }

    [Fact]
    public async Task Create_posts_to_the_parent_company_and_returns_the_stored_contact()
    {
        using var client = _fixture.Client();

        var contact = await client.CreateContactAsync(new NewPsaContact
        {
            CompanyId = "174", FirstName = " Jane ", LastName = "Doe", Email = "jane.doe@contoso.com", MobilePhone = "+1 555 0101",
        }, CancellationToken.None);

        Assert.Equal(("174", "Jane", "Doe", "+1 555 0101", true, "Autotask"), (contact.CompanyId, contact.FirstName, contact.LastName, contact.MobilePhone, contact.Active, contact.Psa));
        Assert.Equal(new[] { "jane.doe@contoso.com" }, contact.Emails);
        Assert.Equal(1, _fixture.Count("POST", "/Companies/174/Contacts"));
        Assert.Equal(1, _fixture.Count("GET", "/Contacts/" + contact.Id));
        Assert.Single(await _fixture.StoredContacts("jane.doe@contoso.com"));
    }

    [Fact]
    public async Task A_create_whose_read_back_finds_nothing_says_the_contact_was_created_not_that_the_request_failed()
    {
        // Round 63c: "POST .../Contacts failed with HTTP 200: Contact 990007 was written but cannot be read back", and the contact existed.
        using var client = _fixture.Client();
        await client.CreateContactAsync(new NewPsaContact { CompanyId = "174", FirstName = "Warm", LastName = "Up", Email = "warm.up@contoso.com" }, CancellationToken.None);
        await _fixture.SetFaults("""{ "failNextStatus": 404, "failNextMethod": "GET", "failNextCount": 1 }""");

        var ex = await Assert.ThrowsAsync<PsaReadBackException>(() =>
            client.CreateContactAsync(new NewPsaContact { CompanyId = "174", FirstName = "Read", LastName = "Back", Email = "read.back@contoso.com" }, CancellationToken.None));

        var stored = Assert.Single(await _fixture.StoredContacts("read.back@contoso.com"));
        Assert.StartsWith("Contact " + (long)stored!["id"]! + " was created but could not be read back; it exists in Autotask: POST /atservicesrest/V1.0/Companies/174/Contacts answered HTTP 200", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("failed with", ex.Message);
        Assert.Contains("Do not create the contact again", ex.Message);
        Assert.Equal(200, ex.StatusCode);
    }

    [Fact]
    public async Task Field_information_is_read_once_per_client()
    {
        using var client = _fixture.Client();

        for (var i = 0; i < 3; i++)
        {
            await client.CreateContactAsync(new NewPsaContact { CompanyId = "174", FirstName = "P" + i, LastName = "Q", Email = "p" + i + "@contoso.com" }, CancellationToken.None);
        }
        await Task.WhenAll(Enumerable.Range(3, 3).Select(i =>
            client.CreateContactAsync(new NewPsaContact { CompanyId = "174", FirstName = "P" + i, LastName = "Q" }, CancellationToken.None)));

        Assert.Equal(1, _fixture.Count("GET", "/Contacts/entityInformation/fields"));
        Assert.Equal(6, _fixture.Count("POST", "/Companies/174/Contacts"));
    }

    [Fact] // a cut name is a wrong name on every ticket: refused like an address, nothing sent
    public async Task A_25_character_first_name_is_refused_before_sending_never_cut()
    {
        using var client = _fixture.Client();
        var longFirst = "Maximiliana-Alexandrinas" + "X"; // 25; the field holds 20

        var ex = await Assert.ThrowsAsync<PsaInvalidValueException>(() =>
            client.CreateContactAsync(new NewPsaContact { CompanyId = "174", FirstName = longFirst, LastName = "Lee", Email = "max@contoso.com" }, CancellationToken.None));

        Assert.Equal(("firstName", 20), (ex.Field, ex.MaxLength));
        Assert.Contains(longFirst, ex.Message);
        Assert.Contains("at most 20", ex.Message);
        Assert.Equal(0, _fixture.Count("POST", "/Companies/174/Contacts"));
        Assert.Empty(await _fixture.StoredContacts("max@contoso.com"));
    }

    [Fact]
    public async Task An_email_longer_than_its_field_fails_before_sending()
    {
        using var client = _fixture.Client();
        var email = new string('a', 45) + "@contoso.com";

        var ex = await Assert.ThrowsAsync<PsaInvalidValueException>(() =>
            client.CreateContactAsync(new NewPsaContact { CompanyId = "174", FirstName = "Al", LastName = "Long", Email = email }, CancellationToken.None));

        Assert.Null(ex.StatusCode);
        Assert.Contains("at most 50", ex.Message);
        Assert.Equal(0, _fixture.Count("POST", "/Companies/174/Contacts"));
    }

    [Fact]
    public async Task A_missing_last_name_fails_before_sending()
    {
        using var client = _fixture.Client();

        var ex = await Assert.ThrowsAsync<PsaInvalidValueException>(() =>
            client.CreateContactAsync(new NewPsaContact { CompanyId = "174", FirstName = "Cher", LastName = "  " }, CancellationToken.None));

        Assert.Contains("lastName", ex.Message);
        Assert.Equal(0, _fixture.Count("POST", "/Companies/174/Contacts"));
    }

    [Fact]
    public async Task Names_in_UTF8_survive_create_and_read()
    {
        using var client = _fixture.Client();
        var people = new[] { ("Zoë", "Brontë", "zoe@contoso.com"), ("Łukasz", "Żółć", "lukasz@contoso.com"), ("Nguyễn", "Thị Ánh", "nguyen@contoso.com") };

        var created = new List<PsaContact>();
        foreach (var (first, last, email) in people)
        {
            created.Add(await client.CreateContactAsync(new NewPsaContact { CompanyId = "174", FirstName = first, LastName = last, Email = email }, CancellationToken.None));
        }
        var read = await client.GetContactsAsync(new ContactQuery { CompanyId = "174" }, null, CancellationToken.None);

        Assert.Equal(people.Select(p => (p.Item1, p.Item2)), created.Select(c => (c.FirstName!, c.LastName!)));
        foreach (var (first, last, email) in people)
        {
            var found = Assert.Single(read, c => c.Emails.Contains(email));
            Assert.Equal((first, last), (found.FirstName!, found.LastName!));
        }
        var byEmail = await client.GetContactsAsync(new ContactQuery { CompanyId = "174", Email = "nguyen@contoso.com" }, null, CancellationToken.None);
        Assert.Equal("Nguyễn", Assert.Single(byEmail).FirstName);
    }

    [Fact]
    public async Task Commit_then_drop_returns_the_stored_contact_and_leaves_exactly_one()
    {
        var log = new ClientLog();
        using var client = _fixture.Client(log);
        await client.ValidateAsync(CancellationToken.None);
        await _fixture.SetFaults("""{ "commitThenDrop": true }""");

        var contact = await client.CreateContactAsync(new NewPsaContact { CompanyId = "174", FirstName = "Dee", LastName = "Drop", Email = "dee.drop@contoso.com" }, CancellationToken.None);

        Assert.Equal(("Dee", "Drop"), (contact.FirstName!, contact.LastName!));
        Assert.Equal(new[] { "dee.drop@contoso.com" }, contact.Emails);
        var stored = Assert.Single(await _fixture.StoredContacts("dee.drop@contoso.com"));
        Assert.Equal(contact.Id, ((long)stored!["id"]!).ToString());
        Assert.Equal(1, _fixture.Log().Count(e => e.Fault == "CommitThenDrop"));
        Assert.Equal(1, _fixture.Count("POST", "/Companies/174/Contacts"));
        Assert.Contains(log.Verbose, l => l.Contains("lost after sending") && l.Contains("looking for it"));
    }

    [Fact]
    public async Task An_ambiguous_create_that_is_not_found_after_is_reported_and_never_sent_again()
    {
        // Someone else already has the address: same email, other names, so not the contact we sent.
        _fixture.SeedAutotask(Contact(30001, "Someone", "Else", "eve@contoso.com"));
        var log = new ClientLog();
        // The first create is lost on the way (the connection fails after sending, nothing reaches the server); a slow
        // server could as well still be storing it, so it is never sent again.
        using var dropper = new DropFirstCreate();
        using var client = _fixture.Client(log, handler: dropper);

        var ex = await Assert.ThrowsAsync<PsaAmbiguousWriteException>(() =>
            client.CreateContactAsync(new NewPsaContact { CompanyId = "174", FirstName = "Eve", LastName = "Twice", Email = "eve@contoso.com" }, CancellationToken.None));

        Assert.True(ex.LookedUp);
        Assert.Equal(1, dropper.Dropped);
        Assert.Equal(0, _fixture.Count("POST", "/Companies/174/Contacts"));
        Assert.Equal(1, _fixture.ContactQueryRequests()); // the lookup by email, and nothing after it
        Assert.Equal(new[] { "Else" }, (await _fixture.StoredContacts("eve@contoso.com")).Select(c => (string)c!["lastName"]!));
        Assert.Contains(log.Verbose, l => l.Contains("the create is not sent again"));
    }

    [Fact]
    public async Task An_ambiguous_create_without_an_email_is_rethrown()
    {
        using var client = _fixture.Client();
        await client.ValidateAsync(CancellationToken.None);
        await _fixture.SetFaults("""{ "commitThenDrop": true }""");

        var ex = await Assert.ThrowsAsync<PsaAmbiguousWriteException>(() =>
            client.CreateContactAsync(new NewPsaContact { CompanyId = "174", FirstName = "No", LastName = "Mail" }, CancellationToken.None));

        Assert.Contains("may or may not", ex.Message);
        Assert.Equal(1, _fixture.Count("POST", "/Companies/174/Contacts"));
    }

    [Fact]
    public async Task Update_patches_only_the_sent_fields_through_the_parent_company()
    {
        using var client = _fixture.Client();

        var updated = await client.UpdateContactAsync("30001", "174", new Dictionary<string, object?>
        {
            ["emailAddress2"] = "ann@contoso.example",
            ["mobilePhone"] = "+44 20 7946 0000",
        }, CancellationToken.None);

        Assert.Equal(new[] { "ann.lee@contoso.com", "ann@contoso.example" }, updated.Emails);
        Assert.Equal("+44 20 7946 0000", updated.MobilePhone);
        Assert.Equal(("Ann", "Lee"), (updated.FirstName!, updated.LastName!));
        Assert.Equal(1, _fixture.Count("PATCH", "/Companies/174/Contacts"));
    }

    [Fact]
    public async Task Update_refuses_a_too_long_email_before_sending()
    {
        using var client = _fixture.Client();

        await Assert.ThrowsAsync<PsaInvalidValueException>(() => client.UpdateContactAsync("30001", "174",
            new Dictionary<string, object?> { ["emailAddress3"] = new string('b', 60) + "@x.com" }, CancellationToken.None));

        Assert.Equal(0, _fixture.Count("PATCH", "/Companies/174/Contacts"));
    }

    /// <summary>Fails the first contact create after "sending" it, as a cut connection would, without passing it on.</summary>
    private sealed class DropFirstCreate : DelegatingHandler
    {
        public DropFirstCreate()
            : base(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
        {
        }

        public int Dropped { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method == HttpMethod.Post && Dropped == 0 && request.RequestUri!.AbsolutePath.EndsWith("/Contacts", StringComparison.OrdinalIgnoreCase))
            {
                Dropped++;
                throw new HttpRequestException("The response ended prematurely.", new IOException("Unable to read data from the transport connection."));
            }
            return base.SendAsync(request, cancellationToken);
        }
    }
}
