using System;
using System.Collections.Generic;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Matching.Companies;

namespace QuickpassPsa.Core.Psa.Writes.Creates
{
    /// <summary>
    /// The reasons New-PsaContact refuses to create a contact, asked in three steps: <see cref="BeforeLookup"/> (the item alone),
    /// <see cref="OfCustomer"/> (the item and its company), then, once the existing-person check found no contact that is or may be
    /// the person's (<see cref="ExistingPerson"/>), <see cref="BeforeCreate"/> and <see cref="FieldLimits"/>. -Force skips those
    /// that guard against a contact the person may not need (not Unmatched, not a person, another customer's, another company's).
    /// </summary>
    internal static class CreateRefusals
    {
        /// <summary>
        /// The checks of one item that need no other account, no company and no contact: its status, enabled, email.
        /// <paramref name="address"/> is the address to look the account up by when there is no refusal.
        /// </summary>
        /// <param name="rowStatus">The status of a row of Find-PsaContactMatch; null for an account.</param>
        public static CreateRefusal? BeforeLookup(MatchStatus? rowStatus, Account account, bool force, bool includeDisabled, out CreateAddress? address)
        {
            if (account == null) throw new ArgumentNullException(nameof(account));
            address = null;
            if (rowStatus != null && rowStatus != MatchStatus.Unmatched && !force) return new CreateRefusal(CreateRefusalKind.NotUnmatched);
            if (Reporting.Creatability.PassedOverAsDisabled(account, includeDisabled)) return new CreateRefusal(CreateRefusalKind.Disabled);
            address = CreateAddress.Of(account);
            return address == null ? new CreateRefusal(CreateRefusalKind.NoEmail) : null;
        }

        /// <summary>
        /// A row of Find-PsaContactMatch matched in another company than <paramref name="company"/>, the one named for the run: its
        /// status was found among the other company's contacts and says nothing of this one's, where the person may have a contact
        /// already (round 65c). Never created, -Force or not: the row and the run contradict each other. Null for an account
        /// (<paramref name="rowCompanyId"/> null) and for a row without a company id.
        /// </summary>
        public static CreateRefusal? OfRow(string? rowCompanyId, PsaCompany company)
        {
            if (company == null) throw new ArgumentNullException(nameof(company));
            var id = rowCompanyId?.Trim();
            return string.IsNullOrEmpty(id) || string.Equals(id, company.Id?.Trim(), StringComparison.OrdinalIgnoreCase)
                ? null
                : new CreateRefusal(CreateRefusalKind.RowOfAnotherCompany) { CompanyId = id };
        }

        /// <summary>
        /// An account of another customer (its stored link, or a company of exactly its name) is not created here because a run
        /// named this company (round 42: Beta Tools' people created in Alpha Widgets, one a second time). -Force creates it.
        /// </summary>
        public static CreateRefusal? OfCustomer(Account account, PsaCompany company, OtherCustomerCompany otherCustomers, bool force)
        {
            if (account == null) throw new ArgumentNullException(nameof(account));
            if (otherCustomers == null) throw new ArgumentNullException(nameof(otherCustomers));
            return !force && otherCustomers.Why(account.Customer, company) is { } why
                ? new CreateRefusal(CreateRefusalKind.CustomerOfAnotherCompany) { Reason = why }
                : null;
        }

        /// <summary>
        /// The person-level checks before a create, in this order: an address that is only a sign-in name, an account that is no
        /// person, a name that cannot be split, an address already on a contact of another company (asked last, of the PSA:
        /// <paramref name="inOtherCompanies"/> is called only when everything else passed and -Force is not given).
        /// </summary>
        /// <param name="names">The account's name split as the PSA needs it (<see cref="ContactNames.From"/>).</param>
        public static CreateRefusal? BeforeCreate(Account account, CreateAddress address, ContactNameSplit names, bool force,
            Func<IReadOnlyList<(PsaContact Contact, string Company)>> inOtherCompanies)
        {
            if (account == null) throw new ArgumentNullException(nameof(account));
            if (address == null) throw new ArgumentNullException(nameof(address));
            if (names == null) throw new ArgumentNullException(nameof(names));
            if (address.OnlySignIn) return new CreateRefusal(CreateRefusalKind.NoEmail);
            // A service account, a scanner or a room mailbox is no person: no contact without -Force (round 61a: a scheduled run
            // would have made "Veeam Service" and six "scan2email" contacts). The same rule as the report's "Can be created".
            if (!force && NonPersonAccounts.Reason(account) is { } notAPerson)
            {
                return new CreateRefusal(CreateRefusalKind.NotAPerson)
                {
                    Address = account.Email?.Trim() ?? account.UserPrincipalName?.Trim() ?? account.ToString(),
                    Reason = notAPerson,
                };
            }
            if (!names.Success) return new CreateRefusal(CreateRefusalKind.NameUnsplittable) { Reason = names.Problem, TwoPeople = names.TwoPeople, Family = names.Family };
            // The address on an active contact of another company of the PSA: the person is there already (round 60b: one
            // customer spread over two PSA companies got a second contact). -Force creates all the same.
            if (!force && inOtherCompanies() is { Count: > 0 } holders) return new CreateRefusal(CreateRefusalKind.InOtherCompany) { Holders = holders };
            return null;
        }

        /// <summary>
        /// The PSA's own checks of the contact about to be created (<see cref="IPsaClient.CheckNewContactAsync"/>, run by
        /// <paramref name="check"/>): a value longer than its field is a refusal, made before asking, so that -WhatIf refuses what
        /// the real run refuses (round 59). Any other failure of the check is thrown.
        /// </summary>
        public static CreateRefusal? FieldLimits(Action check)
        {
            if (check == null) throw new ArgumentNullException(nameof(check));
            try
            {
                check();
                return null;
            }
            catch (PsaInvalidValueException ex)
            {
                return new CreateRefusal(CreateRefusalKind.FieldTooLong) { Invalid = ex };
            }
        }
    }
}
