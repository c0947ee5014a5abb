using System;
using System.Collections.Generic;
using System.Linq;

namespace QuickpassPsa.Core.Psa.Writes.Creates
{
    /// <summary>
    /// New-PsaContact's PSA-wide look-up of the addresses it is about to create contacts for: the contacts of any company that
    /// hold each address (round 60b: one customer spread over two PSA companies got a second contact for people already on the
    /// other company). Asked in batches (<see cref="Ask"/>: the run's accounts at once, rows a hundred at a time, <see cref="RowBatch{T}"/>),
    /// each address once per run; <see cref="IPsaClient.FindContactsByEmailAsync"/> packs a batch into as few requests as the PSA takes.
    /// </summary>
    internal sealed class AddressesElsewhere
    {
        private readonly Dictionary<string, List<PsaContact>> _holders = new Dictionary<string, List<PsaContact>>(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _asked = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>
        /// Asks the PSA for the addresses not asked yet (<paramref name="find"/>, one call for all of them). A failure is thrown, and
        /// the addresses stay unasked: the next <see cref="Holding"/> of one of them asks again.
        /// </summary>
        public void Ask(IEnumerable<string?> emails, Func<IReadOnlyCollection<string>, IReadOnlyList<PsaContact>> find)
        {
            var missing = emails.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e!.Trim()).Where(e => !_asked.Contains(e))
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (missing.Count == 0) return;
            var found = find(missing);
            foreach (var email in missing) _asked.Add(email);
            foreach (var contact in found) Add(contact, missing);
        }

        /// <summary>The contacts, of any company, that hold this address (asked now when it was not asked yet).</summary>
        public IReadOnlyList<PsaContact> Holding(string email, Func<IReadOnlyCollection<string>, IReadOnlyList<PsaContact>> find)
        {
            var key = email.Trim();
            Ask(new[] { key }, find);
            return _holders.TryGetValue(key, out var list) ? list : (IReadOnlyList<PsaContact>)Array.Empty<PsaContact>();
        }

        /// <summary>
        /// The active contacts of other companies of the PSA that hold this exact address (case and spaces around it aside), each
        /// with its company as text (<see cref="CompanyText"/>): a person already in the PSA under another company (one customer
        /// spread over two companies). An inactive one stops nothing.
        /// </summary>
        /// <param name="companyById">The company of an id (read once per run by the caller); asked only for a contact that carries no company name.</param>
        public IReadOnlyList<(PsaContact Contact, string Company)> InOtherCompanies(string email, string companyId,
            Func<IReadOnlyCollection<string>, IReadOnlyList<PsaContact>> find, Func<string, PsaCompany?> companyById) =>
            Holding(email, find)
                .Where(c => c.Active && !string.Equals(c.CompanyId?.Trim(), companyId.Trim(), StringComparison.OrdinalIgnoreCase))
                .Select(c => (c, CompanyText(c, companyById)))
                .ToList();

        /// <summary>"Name [id]" of a contact's company: ConnectWise contacts carry the name; an Autotask company is read (<paramref name="companyById"/>).</summary>
        internal static string CompanyText(PsaContact contact, Func<string, PsaCompany?> companyById)
        {
            var id = contact.CompanyId?.Trim() ?? string.Empty;
            var name = contact.CompanyName;
            if (string.IsNullOrEmpty(name) && id.Length > 0) name = companyById(id)?.Name;
            return (string.IsNullOrEmpty(name) ? "company" : name) + " [" + id + "]";
        }

        /// <summary>A contact this run created holds its address too: a later item of another company with that address finds it.</summary>
        public void Created(PsaContact contact) => Add(contact, contact.Emails);

        private void Add(PsaContact contact, IEnumerable<string> addresses)
        {
            foreach (var held in contact.Emails)
            {
                var key = held.Trim();
                if (!addresses.Any(a => string.Equals(a.Trim(), key, StringComparison.OrdinalIgnoreCase))) continue;
                if (!_holders.TryGetValue(key, out var list)) _holders[key] = list = new List<PsaContact>();
                if (!list.Any(c => string.Equals(c.Id, contact.Id, StringComparison.OrdinalIgnoreCase))) list.Add(contact);
            }
        }
    }
}
