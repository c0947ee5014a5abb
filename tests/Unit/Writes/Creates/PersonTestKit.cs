using System;
using System.Collections.Generic;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Writes;
using QuickpassPsa.Core.Psa.Writes.Creates;

namespace QuickpassPsa.Tests.Writes.Creates;

/// <summary>People and contacts of company 19 for the existing-person tests.</summary>
internal static class PersonTestKit
{
    public const string CompanyId = "19";

    public static Account Person(string display, string? email, string? mobile = null) => new()
    {
        Id = email ?? display, DisplayName = display, Email = email, UserPrincipalName = email, MobilePhone = mobile, Source = AccountSource.CsvFile,
    };

    public static PsaContact Contact(string id, string first, string last, string? email, bool active = true, string companyId = CompanyId, string? mobile = null) => new()
    {
        Id = id, CompanyId = companyId, FirstName = first, LastName = last, Emails = email == null ? Array.Empty<string>() : new[] { email }, Active = active, MobilePhone = mobile,
    };

    public static ContactMatchDecision Link(Account account, PsaContact contact, string? contactName = null) =>
        ContactMatchDecision.For(MatchDecisionKind.Confirmed, CompanyId, account, contact.Id, contactName ?? contact.DisplayName);

    public static ContactMatchDecision Exclusion(Account account, PsaContact contact) =>
        ContactMatchDecision.For(MatchDecisionKind.Excluded, CompanyId, account, contact.Id, contact.DisplayName);

    /// <summary>A company's read, and the reads the check makes, logged in the order made.</summary>
    public sealed class Reads
    {
        private readonly PsaContact[] _psa;
        private readonly IReadOnlyList<ContactMatchDecision> _stored;

        public Reads(PsaContact[] psa, params ContactMatchDecision[] stored)
        {
            _psa = psa;
            _stored = stored;
        }

        public List<string> Log { get; } = new();

        public RunLinks RunLinks { get; } = new();

        /// <summary>The company's contacts read once (as New-PsaContact reads them for accounts and rows).</summary>
        public ExistingPersonCheck Check() => new(_psa, _stored, CompanyId);

        public ExistingPersonReads For() => new(
            query =>
            {
                Log.Add("contacts " + (query.Email ?? "contains " + query.EmailContains));
                return new ExistingPersonCheck(_psa, _stored, CompanyId).Find(query)!;
            },
            _ => true,
            () =>
            {
                Log.Add("stored");
                return _stored;
            },
            id =>
            {
                Log.Add("contact " + id);
                return Array.Find(_psa, c => c.Id == id);
            },
            RunLinks);
    }
}
