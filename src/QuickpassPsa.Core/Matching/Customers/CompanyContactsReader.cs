using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Core.Matching.Customers
{
    /// <summary>
    /// Reads the contacts of many companies, each once (all its pages), several companies at a time. ConnectWise
    /// takes <c>throttleLimit</c> companies in flight (its 429 answers are retried by the HTTP pipeline after
    /// Retry-After); Autotask never more than its thread cap, and every request also passes the process-wide thread
    /// gate of the integration code, so parallel companies and other callers together stay within three. A company
    /// whose read fails is returned with its error; the others complete.
    /// </summary>
    internal static class CompanyContactsReader
    {
        /// <summary>How many companies are read at once: the throttle limit, and never more than Autotask's thread cap there.</summary>
        public static int Parallelism(PsaKind kind, int throttleLimit) =>
            kind == PsaKind.Autotask ? Math.Min(throttleLimit, Psa.Autotask.AutotaskThreadGate.ThreadCap) : throttleLimit;

        public static async Task<IReadOnlyList<CompanyContacts>> ReadAsync(IPsaClient client, IReadOnlyList<PsaCompany> companies, bool includeInactive,
            int throttleLimit, Action<CompanyContacts>? completed, CancellationToken cancellationToken)
        {
            if (throttleLimit < 1) throw new ArgumentOutOfRangeException(nameof(throttleLimit), "The throttle limit is at least 1.");
            var parallel = Parallelism(client.Kind, throttleLimit);
            using var slots = new SemaphoreSlim(parallel, parallel);
            var reads = companies.Select(async company =>
            {
                await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                CompanyContacts result;
                try
                {
                    var query = new ContactQuery { CompanyId = company.Id, IncludeInactive = includeInactive };
                    var contacts = await client.GetContactsAsync(query, null, cancellationToken).ConfigureAwait(false);
                    foreach (var contact in contacts) contact.CompanyName ??= company.Name;
                    result = new CompanyContacts(company, contacts, null);
                }
                catch (PsaApiException ex) when (!cancellationToken.IsCancellationRequested)
                {
                    result = new CompanyContacts(company, Array.Empty<PsaContact>(), ex);
                }
                finally
                {
                    slots.Release();
                }
                completed?.Invoke(result);
                return result;
            }).ToList();
            return await Task.WhenAll(reads).ConfigureAwait(false);
        }
    }

    /// <summary>One company's contacts, or why they could not be read.</summary>
    internal sealed class CompanyContacts
    {
        public CompanyContacts(PsaCompany company, IReadOnlyList<PsaContact> contacts, PsaApiException? error)
        {
            Company = company;
            Contacts = contacts;
            Error = error;
        }

        public PsaCompany Company { get; }
        public IReadOnlyList<PsaContact> Contacts { get; }
        public PsaApiException? Error { get; }
    }
}
