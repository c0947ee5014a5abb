using System;
using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Matching.Companies;

namespace QuickpassPsa.Core.Psa.Writes.Creates
{
    /// <summary>
    /// The company an item names for New-PsaContact when the run names none: the row's company (Find-PsaContactMatch sets it), else,
    /// for an account, its Customer's stored link; with the company's name when the row was matched or the link was made.
    /// </summary>
    internal sealed class ItemCompany
    {
        private ItemCompany(string id, string? namedThen, string? linkedCustomer)
        {
            Id = id;
            NamedThen = namedThen;
            LinkedCustomer = linkedCustomer;
        }

        /// <summary>The company id, trimmed.</summary>
        public string Id { get; }

        /// <summary>The company's name when the row was matched or the link was made, or null when unknown.</summary>
        public string? NamedThen { get; }

        /// <summary>The account's Customer, trimmed, when the item is an account (its company comes from the customer's stored link); null for a row.</summary>
        public string? LinkedCustomer { get; }

        /// <summary>
        /// The company the item names, or null when none says (a row without a company id; an account without a Customer, or whose
        /// customer has no confirmed link).
        /// </summary>
        /// <param name="row">The row of Find-PsaContactMatch, or null for an account.</param>
        /// <param name="customerLinks">The stored customer-company decisions, read only when an account needs its customer's link.</param>
        public static ItemCompany? Of(ContactMatch? row, Account account, Func<IReadOnlyList<CompanyMatchDecision>> customerLinks)
        {
            if (account == null) throw new ArgumentNullException(nameof(account));
            var id = row?.CompanyId?.Trim();
            var namedThen = row?.CompanyName;
            if (string.IsNullOrEmpty(id) && row == null && !string.IsNullOrWhiteSpace(account.Customer))
            {
                var link = customerLinks().FirstOrDefault(d => d.Kind == "Confirmed" && CompanyMatchDecision.SameCustomer(d.Customer, account.Customer));
                id = link?.CompanyId?.Trim();
                namedThen = link?.CompanyName;
            }
            return string.IsNullOrEmpty(id) ? null : new ItemCompany(id!, namedThen, row == null ? account.Customer?.Trim() : null);
        }

        /// <summary>Why no contact is created in <paramref name="now"/>, the PSA's company of <see cref="Id"/>; null when one may be.</summary>
        public CreateRefusal? Refusal(PsaCompany now, bool force)
        {
            if (now == null) throw new ArgumentNullException(nameof(now));
            // The id names another company now than the row or the stored link was made for (a store or row from another PSA or
            // site, a record reused): never create there (round 60b).
            if (CompanyLinkNames.NamesAnother(NamedThen, now.Name)) return new CreateRefusal(CreateRefusalKind.CompanyChanged) { CompanyId = Id, NamedThen = NamedThen };
            // A stored link or a row may name a company deactivated or renamed "(old - DO NOT USE)" since.
            if (!force && CompanyInUse.WhyNot(now) is { } why) return new CreateRefusal(CreateRefusalKind.CompanyNotInUse) { Reason = why };
            return null;
        }
    }
}
