using System;
using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Core.Psa.Writes.Creates
{
    /// <summary>
    /// The contacts of one company that hold an account's address (inactive ones too), as New-PsaContact looks them up before a
    /// create: at the address itself, at the address without its plus tag, at the address with a tag on the contact's side, and
    /// at the account's other addresses.
    /// </summary>
    internal static class AddressHolders
    {
        /// <summary>
        /// The contacts (inactive ones too) with the account's address, or with the address without its plus tag
        /// (ann+qp@ is ann@ to the matcher, so a contact with ann@ is this person's and must not get a twin).
        /// </summary>
        /// <param name="check">The company's read, or null: the lookups are then asked of the PSA.</param>
        /// <param name="askPsa">A lookup asked of the PSA (each call one query, in the order made here).</param>
        /// <param name="searchable">False for a value the PSA's query language cannot express: that lookup is left out.</param>
        public static List<PsaContact> Find(Account account, string email, string companyId, ExistingPersonCheck? check,
            Func<ContactQuery, IReadOnlyList<PsaContact>> askPsa, Func<string, bool> searchable)
        {
            // From the company's read when there is one (no request per account, round 48), else from the PSA.
            IReadOnlyList<PsaContact> Lookup(ContactQuery query) => check?.Find(query) ?? askPsa(query);
            var found = Lookup(new ContactQuery { CompanyId = companyId, Email = email, IncludeInactive = true }).ToList();
            var untagged = Untagged(email);
            if (untagged != null && searchable(untagged))
            {
                var more = Lookup(new ContactQuery { CompanyId = companyId, Email = untagged, IncludeInactive = true });
                found.AddRange(more.Where(c => !found.Any(f => string.Equals(f.Id, c.Id, StringComparison.OrdinalIgnoreCase))));
            }
            // The tag on the contact's side: daniel.kim+tickets@ is daniel.kim@ to the matcher, so that contact is the person's
            // too (round 43: a twin was created). Asked only when nothing was found, as "contains 'daniel.kim+'".
            var at = email.LastIndexOf('@');
            if (found.Count == 0 && untagged == null && at > 0 && EmailNormalizer.Normalize(email) is { } plain)
            {
                var stem = email.Substring(0, at) + "+";
                if (searchable(stem))
                {
                    var tagged = Lookup(new ContactQuery { CompanyId = companyId, EmailContains = stem, IncludeInactive = true });
                    // Only under the account's own name: it+dave@ is Dave's tagged address, not the it@ mailbox's (round 44).
                    var mine = NameNormalizer.WordsOf(2, account.FirstName, account.LastName, account.DisplayName);
                    found.AddRange(tagged.Where(c => c.Emails.Any(e => string.Equals(EmailNormalizer.Normalize(e), plain, StringComparison.Ordinal)) &&
                                                     NameNormalizer.WordsOf(2, c.FirstName, c.LastName).Overlaps(mine)));
                }
            }
            // The account's other addresses (its aliases, a maiden name's old address kept): the matcher links a contact found
            // there (Jane Doe with jane.smith@ as an alias is Jane Smith's contact), so it must not get a twin (round 46). At most
            // five, and only when the address itself found nothing; the matcher then decides (FoundContact).
            if (found.Count == 0)
            {
                var plainAddress = EmailNormalizer.Normalize(email);
                foreach (var alias in account.ProxyAddresses.Select(p => p.Address).Where(a => !string.IsNullOrWhiteSpace(a))
                             .Where(a => !string.Equals(EmailNormalizer.Normalize(a), plainAddress, StringComparison.Ordinal)).Distinct(StringComparer.OrdinalIgnoreCase).Take(5))
                {
                    if (!searchable(alias)) continue;
                    var more = Lookup(new ContactQuery { CompanyId = companyId, Email = alias, IncludeInactive = true });
                    found.AddRange(more.Where(c => !found.Any(f => string.Equals(f.Id, c.Id, StringComparison.OrdinalIgnoreCase))));
                }
            }
            return found;
        }

        /// <summary>The address without its plus tag ("ann+qp@contoso.com" is "ann@contoso.com"), or null when it has none.</summary>
        internal static string? Untagged(string email)
        {
            var at = email.LastIndexOf('@');
            var plus = at > 0 ? email.IndexOf('+', 0, at) : -1;
            return plus > 0 ? email.Substring(0, plus) + email.Substring(at) : null;
        }

        /// <summary>
        /// The active contacts of the company that hold the address exactly (case and spaces around it aside), out of a PSA-wide
        /// answer: the lookup made again under the company's create lock (<see cref="CompanyCreateLock"/>), which finds a contact
        /// another run has created since this run read the company.
        /// </summary>
        public static List<PsaContact> ActiveInCompany(IEnumerable<PsaContact> found, string companyId, string email) =>
            found.Where(c => c.Active && string.Equals(c.CompanyId?.Trim(), companyId.Trim(), StringComparison.OrdinalIgnoreCase) && ContactQuery.HoldsEmail(c, email))
                .ToList();
    }
}
