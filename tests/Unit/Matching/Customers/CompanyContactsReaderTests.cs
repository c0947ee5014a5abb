using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using QuickpassPsa.Core.Matching.Customers;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Writes;

namespace QuickpassPsa.Tests.Matching.Customers;

/// <summary>The parallel read of many companies' contacts: bounded, failures kept per company, each company once.</summary>
public class CompanyContactsReaderTests
{
    private static List<PsaCompany> Companies(int n) =>
        Enumerable.Range(1, n).Select(i => new PsaCompany { Id = i.ToString(), Name = "Company " + i, Psa = "ConnectWise" }).ToList();

    [Theory]
    [InlineData(PsaKind.ConnectWise, 5, 5)]
    [InlineData(PsaKind.ConnectWise, 1, 1)]
    [InlineData(PsaKind.Autotask, 16, 3)] // Autotask never more than its thread cap, whatever the throttle says
    public async Task No_more_companies_are_read_at_once_than_the_limit(PsaKind kind, int throttle, int limit)
    {
        var client = new CountingClient(kind);

        var results = await CompanyContactsReader.ReadAsync(client, Companies(24), false, throttle, null, CancellationToken.None);

        Assert.Equal(24, results.Count);
        Assert.InRange(client.Peak, 1, limit);
        if (limit > 1) Assert.True(client.Peak >= 2, "the companies are read in parallel");
        Assert.Equal(Enumerable.Range(1, 24).Select(i => i.ToString()), client.Read.OrderBy(int.Parse)); // each company once
        Assert.All(results, r => Assert.Equal("Company " + r.Company.Id, Assert.Single(r.Contacts).CompanyName)); // the name is filled in
    }

    [Fact]
    public async Task A_company_that_fails_is_returned_with_its_error_and_the_others_complete()
    {
        var client = new CountingClient(PsaKind.ConnectWise) { FailFor = "7" };
        var completed = new List<string>();

        var results = await CompanyContactsReader.ReadAsync(client, Companies(10), false, 3, r => { lock (completed) completed.Add(r.Company.Id); }, CancellationToken.None);

        var failed = Assert.Single(results, r => r.Error != null);
        Assert.Equal("7", failed.Company.Id);
        Assert.Empty(failed.Contacts);
        Assert.All(results.Where(r => r.Company.Id != "7"), r => Assert.Single(r.Contacts));
        Assert.Equal(10, completed.Count); // progress is told of every company, the failed one too
    }

    [Fact]
    public async Task Stopping_the_command_cancels_the_read_instead_of_reporting_failed_companies()
    {
        using var stop = new CancellationTokenSource();
        var client = new CountingClient(PsaKind.ConnectWise) { OnRead = id => { if (id == "3") stop.Cancel(); } };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CompanyContactsReader.ReadAsync(client, Companies(20), false, 2, null, stop.Token));
    }

    /// <summary>A PSA client that counts the reads in flight; each read yields for a moment so that reads can overlap.</summary>
    private sealed class CountingClient : IPsaClient
    {
        private int _inFlight;

        public CountingClient(PsaKind kind) => Kind = kind;

        public PsaKind Kind { get; }
        public Uri? Endpoint => null;
        public int Peak;
        public string? FailFor { get; init; }
        public Action<string>? OnRead { get; init; }
        public System.Collections.Concurrent.ConcurrentBag<string> Read { get; } = new();

        public async Task<IReadOnlyList<PsaContact>> GetContactsAsync(ContactQuery query, IProgress<int>? progress, CancellationToken cancellationToken)
        {
            var now = Interlocked.Increment(ref _inFlight);
            InterlockedMax(ref Peak, now);
            try
            {
                Read.Add(query.CompanyId!);
                OnRead?.Invoke(query.CompanyId!);
                await Task.Delay(15, cancellationToken);
                if (query.CompanyId == FailFor) throw new PsaApiException("ConnectWise", "GET", "/company/contacts", 500, null, new[] { "simulated" });
                return new[] { new PsaContact { Id = "c" + query.CompanyId, CompanyId = query.CompanyId } };
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int seen;
            while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
            {
            }
        }

        public Task ValidateAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task<PsaContact?> GetContactAsync(string id, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<IReadOnlyList<PsaContact>> FindContactsByEmailAsync(IReadOnlyCollection<string> emails, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<IReadOnlyList<PsaCompany>> GetCompaniesAsync(string? name, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<PsaCompany?> GetCompanyAsync(string id, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<PsaContact> CreateContactAsync(NewPsaContact contact, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task CheckNewContactAsync(NewPsaContact contact, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<ContactFieldLimits> GetContactFieldLimitsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<PsaContact> UpdateContactAsync(PsaContact contact, ContactUpdate update, CancellationToken cancellationToken) => throw new NotSupportedException();
        public void Dispose() { }
    }
}
