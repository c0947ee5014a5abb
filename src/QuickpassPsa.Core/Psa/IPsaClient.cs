using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace QuickpassPsa.Core.Psa
{
    /// <summary>
    /// What every PSA client offers, PSA-neutral, so every cmdlet runs unchanged against either PSA.
    /// Every call takes the cancellation token that the cmdlet's StopProcessing cancels.
    /// </summary>
    internal interface IPsaClient : IDisposable
    {
        PsaKind Kind { get; }

        /// <summary>The API base the calls go to, once discovered (ConnectWise: {site}/{codebase}apis/3.0/; Autotask: {zone}V1.0/); null before the first call.</summary>
        Uri? Endpoint { get; }

        /// <summary>One cheap authenticated call; throws <see cref="PsaApiException"/> saying which value is wrong where the PSA's answer allows.</summary>
        Task ValidateAsync(CancellationToken cancellationToken);

        /// <summary>Companies whose name equals <paramref name="name"/> (case-insensitive), or all when null. Every page.</summary>
        Task<IReadOnlyList<PsaCompany>> GetCompaniesAsync(string? name, CancellationToken cancellationToken);

        /// <summary>The company, or null when there is none with that id.</summary>
        Task<PsaCompany?> GetCompanyAsync(string id, CancellationToken cancellationToken);

        /// <summary>One contact by id, inactive or not, read now; null when the PSA has none with that id.</summary>
        Task<PsaContact?> GetContactAsync(string id, CancellationToken cancellationToken);

        /// <summary>Every contact the query asks for, all pages; <paramref name="progress"/> gets the running count after each page.</summary>
        Task<IReadOnlyList<PsaContact>> GetContactsAsync(ContactQuery query, IProgress<int>? progress, CancellationToken cancellationToken);

        /// <summary>
        /// Every contact of any company, active or inactive, holding one of <paramref name="emails"/> in an email slot or item (the
        /// address as stored, case aside), every page, in as few requests as the API takes: ConnectWise joins the addresses with OR
        /// in one childConditions as long as the URL stays within its 2,000 characters (about 15 to 20 addresses a request),
        /// Autotask lists them in one "in" condition per email slot (<see cref="PsaLimits.AddressesPerAutotaskQuery"/> a query).
        /// New-PsaContact asks it before creating, so that a person whose address is on a contact of another company (one customer
        /// spread over two PSA companies) does not get a second contact.
        /// </summary>
        Task<IReadOnlyList<PsaContact>> FindContactsByEmailAsync(IReadOnlyCollection<string> emails, CancellationToken cancellationToken);

        /// <summary>
        /// Creates a contact. Retried only when it certainly did not happen; after an ambiguous failure the
        /// contact is looked up by email and returned if it exists, so a retried create never duplicates.
        /// </summary>
        Task<PsaContact> CreateContactAsync(NewPsaContact contact, CancellationToken cancellationToken);

        /// <summary>
        /// Throws the <see cref="PsaInvalidValueException"/> that <see cref="CreateContactAsync"/> would throw for this contact before
        /// sending (a value longer than its field, a required name missing); sends nothing but, on Autotask, the one read of the
        /// field information. New-PsaContact calls it before asking, so -WhatIf refuses what the real run refuses.
        /// </summary>
        Task CheckNewContactAsync(NewPsaContact contact, CancellationToken cancellationToken);

        /// <summary>The lengths a new contact's fields hold (ConnectWise: fixed; Autotask: its field information, read once per client).</summary>
        Task<Writes.ContactFieldLimits> GetContactFieldLimitsAsync(CancellationToken cancellationToken);

        /// <summary>
        /// Replaces the contact's primary email and/or mobile number (the non-null values of <paramref name="update"/>;
        /// nothing else changes) and returns the stored contact. ConnectWise: the communication item of that kind keeps
        /// its type, or one is added when the contact has none; Autotask: a PATCH through the parent company.
        /// </summary>
        Task<PsaContact> UpdateContactAsync(PsaContact contact, Writes.ContactUpdate update, CancellationToken cancellationToken);
    }
}
