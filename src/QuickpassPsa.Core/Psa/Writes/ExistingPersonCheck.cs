using System;
using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Core.Psa.Writes
{
    /// <summary>
    /// New-PsaContact's view of one company for the accounts piped in directly (not rows of Find-PsaContactMatch): every
    /// contact of the company, active and inactive, read once per company and run, with the contacts the run creates added.
    /// It answers two questions. Does the company hold a contact the matcher takes for an account's person, under another
    /// address or none (Łukasz Nowak's "Lukasz Nowak" with his mobile and no email; Tom Baker's deactivated "Thomas Baker" with
    /// his mobile)? The run's accounts of the company are matched together, as Find-PsaContactMatch matches a file (one
    /// <see cref="ContactMatcher"/> call: one contact, one account, and elimination), with the stored decisions applied as it
    /// applies them; only an Unmatched account may get a contact. And which contacts have an address (the lookups New-PsaContact
    /// makes before a create)? Answered from the read, so an account costs no request of its own, until a create's answer
    /// is lost (<see cref="Unsure"/>): the read may then lack a contact, and the lookups go to the PSA again.
    /// </summary>
    internal sealed class ExistingPersonCheck
    {
        private readonly List<PsaContact> _contacts;
        private readonly IReadOnlyList<ContactMatchDecision> _stored;
        private readonly string _companyId;
        private Dictionary<Account, ContactMatch>? _results;

        public ExistingPersonCheck(IEnumerable<PsaContact> contacts, IEnumerable<ContactMatchDecision> stored, string companyId)
        {
            if (contacts == null) throw new ArgumentNullException(nameof(contacts));
            _contacts = contacts.Where(c => c != null).Select(c => c.WithoutRaw()).ToList();
            _companyId = (companyId ?? string.Empty).Trim();
            _stored = (stored ?? Enumerable.Empty<ContactMatchDecision>())
                .Where(d => string.Equals(d.CompanyId, _companyId, StringComparison.OrdinalIgnoreCase)).ToList();
        }

        /// <summary>How many contacts the company's read holds (those created since included).</summary>
        public int Count => _contacts.Count;

        /// <summary>False once a create's answer was lost: the PSA may hold a contact the read does not, so lookups go to the PSA.</summary>
        public bool Complete { get; private set; } = true;

        /// <summary>A contact this run created: later lookups find it, as the PSA would.</summary>
        public void Added(PsaContact contact)
        {
            if (contact != null) _contacts.Add(contact.WithoutRaw());
        }

        /// <summary>A create got no answer: from now on the read is not the whole company.</summary>
        public void Unsure() => Complete = false;

        /// <summary>
        /// The contacts the PSA returns for this lookup (<see cref="ContactQuery.Email"/> exact in any case and with the spaces
        /// a record may hold aside, or <see cref="ContactQuery.EmailContains"/>; inactive ones only when asked), or null when the
        /// read cannot answer (<see cref="Complete"/> is false).
        /// </summary>
        public IReadOnlyList<PsaContact>? Find(ContactQuery query)
        {
            if (query == null) throw new ArgumentNullException(nameof(query));
            if (!Complete) return null;
            IEnumerable<PsaContact> found = _contacts.Where(c => query.IncludeInactive || c.Active);
            if (!string.IsNullOrWhiteSpace(query.Email)) found = found.Where(c => ContactQuery.HoldsEmail(c, query.Email!));
            else if (!string.IsNullOrWhiteSpace(query.EmailContains))
            {
                var part = query.EmailContains!.Trim();
                found = found.Where(c => c.Emails.Any(e => e != null && e.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0));
            }
            return found.ToList();
        }

        /// <summary>The company's contact with this id, or null: none in the company (deleted, or moved elsewhere).</summary>
        public PsaContact? ById(string id)
        {
            var key = (id ?? string.Empty).Trim();
            return _contacts.FirstOrDefault(c => string.Equals(c.Id?.Trim(), key, StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>
        /// Matches the run's accounts of this company together (call once, with all of them, before <see cref="Of"/>). Stored
        /// decisions are applied as Find-PsaContactMatch applies them (a link of an account of the run is Matched, and so takes
        /// its contact from the others; an exclusion drops the pair; a stale link is matched on evidence); a contact that a stored
        /// link gives to an account not in the run stays a candidate, as there.
        /// </summary>
        public void MatchTogether(IReadOnlyList<Account> accounts)
        {
            if (accounts == null) throw new ArgumentNullException(nameof(accounts));
            var matches = MatchAgainst(accounts, _contacts);
            _results = new Dictionary<Account, ContactMatch>(ReferenceComparer.Instance);
            for (var i = 0; i < accounts.Count; i++) _results[accounts[i]] = matches[i];
        }

        /// <summary>
        /// One account (a row Find-PsaContactMatch left Unmatched, without -IncludeInactive as often as with it) matched against
        /// the company's inactive contacts only, the stored decisions applied as in <see cref="MatchTogether"/>: the active ones
        /// were Find-PsaContactMatch's to judge, and the inactive ones it does not read by default (round 49: Tom Baker, back,
        /// got a second contact beside his deactivated "Thomas Baker"). Unmatched when no inactive contact could be the person's.
        /// Contacts this run created are active, so they are never candidates here.
        /// </summary>
        public ContactMatch OfInactive(Account account)
        {
            if (account == null) throw new ArgumentNullException(nameof(account));
            return MatchAgainst(new[] { account }, _contacts.Where(c => !c.Active).ToList())[0];
        }

        /// <summary>The accounts matched together against these contacts, in the accounts' order, with the company's stored decisions.</summary>
        private IReadOnlyList<ContactMatch> MatchAgainst(IReadOnlyList<Account> accounts, List<PsaContact> pool)
        {
            // The matcher keys accounts (and decisions) by Id: each gets one of its own, on a copy when it has none or shares one.
            var keyed = new List<Account>(accounts.Count);
            var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < accounts.Count; i++)
            {
                var account = accounts[i];
                var id = account.Id?.Trim();
                if (!string.IsNullOrEmpty(id) && ids.Add(id!))
                {
                    keyed.Add(account);
                    continue;
                }
                var copy = account.Copy();
                copy.Id = "\u0001account " + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                ids.Add(copy.Id);
                keyed.Add(copy);
            }

            var contacts = pool;
            IReadOnlyList<MatchDecision> decisions = Array.Empty<MatchDecision>();
            if (_stored.Count > 0)
            {
                decisions = DecisionMapping.For(_stored, _companyId, keyed);
                var stale = new HashSet<MatchDecision>(StaleLinks.Find(_stored, _companyId, decisions, keyed, _contacts).Select(s => s.Decision));
                if (stale.Count > 0) decisions = decisions.Where(d => !stale.Contains(d)).ToList();
                // A contact a stored link gives to an account not in this run stays a candidate, as in Find-PsaContactMatch: the run
                // may be one department's file, and that account the same person's other one (round 50: the IT file's admin account
                // "David Chen" got a twin of the contact the Sales file's run had linked to his work account).
            }
            return new ContactMatcher(contacts, decisions).Match(keyed);
        }

        /// <summary>The account's outcome in <see cref="MatchTogether"/>: Unmatched when no contact could be the person's.</summary>
        public ContactMatch Of(Account account)
        {
            if (_results == null || !_results.TryGetValue(account, out var match)) throw new InvalidOperationException("The account was not matched with the run's accounts.");
            return match;
        }

        private sealed class ReferenceComparer : IEqualityComparer<Account>
        {
            public static readonly ReferenceComparer Instance = new ReferenceComparer();
            public bool Equals(Account? x, Account? y) => ReferenceEquals(x, y);
            public int GetHashCode(Account obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
        }
    }
}
