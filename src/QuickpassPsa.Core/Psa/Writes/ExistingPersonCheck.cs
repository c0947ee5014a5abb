using System;
using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Core.Psa.Writes
{
    /// <summary>
    /// New-PsaContact's question before it creates a contact for an account given as such (not a row of
    /// Find-PsaContactMatch): does the company already hold a contact the matcher takes for the account's person, under
    /// another address or none (Łukasz Nowak's contact "Lukasz Nowak" with his mobile and no email)? The company's active
    /// contacts are indexed once (one <see cref="ContactMatcher"/>, Default strategy, per company and run, as
    /// Find-PsaContactMatch reads them); each account is then matched alone against them. The stored decisions that
    /// concern it are applied as Find-PsaContactMatch applies them: a contact excluded for the account is no candidate,
    /// and neither is a contact that a confirmed link gives to another account (one contact, one account). Only an
    /// Unmatched result lets a create go on.
    /// </summary>
    internal sealed class ExistingPersonCheck
    {
        private readonly List<PsaContact> _contacts;
        private readonly IReadOnlyList<ContactMatchDecision> _stored;
        private readonly string _companyId;
        private ContactMatcher? _plain;

        public ExistingPersonCheck(IEnumerable<PsaContact> contacts, IEnumerable<ContactMatchDecision> stored, string companyId)
        {
            if (contacts == null) throw new ArgumentNullException(nameof(contacts));
            _contacts = contacts.Where(c => c != null).Select(c => c.WithoutRaw()).ToList();
            _companyId = (companyId ?? string.Empty).Trim();
            _stored = (stored ?? Enumerable.Empty<ContactMatchDecision>())
                .Where(d => string.Equals(d.CompanyId, _companyId, StringComparison.OrdinalIgnoreCase)).ToList();
        }

        /// <summary>How many contacts the company's index holds.</summary>
        public int Count => _contacts.Count;

        /// <summary>
        /// The matcher's outcome for this account alone against the company's contacts: Unmatched when no contact could be
        /// the person's; otherwise the status, the contact (or the candidates) and the evidence.
        /// </summary>
        public ContactMatch Match(Account account)
        {
            if (account == null) throw new ArgumentNullException(nameof(account));
            // The common case costs one lookup in the index built once: no candidate, and no decision can add one.
            _plain ??= new ContactMatcher(_contacts);
            var match = _plain.Match(new[] { account })[0];
            if (match.Status == MatchStatus.Unmatched || _stored.Count == 0) return match;

            // A candidate, and stored decisions about this company: take out the contacts they keep from this account (excluded
            // for it, or linked to another account), then match again. Rare: only an account with a candidate gets here, and it
            // is matched again only when a decision names one of its candidates.
            var keyed = account;
            if (string.IsNullOrWhiteSpace(keyed.Id))
            {
                keyed = account.Copy(); // the matcher keys decisions by Id; the caller's account is not changed
                keyed.Id = account.Email ?? account.UserPrincipalName ?? "\u0001account";
            }
            var excluded = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var round = 0; round < 4 && match.Status != MatchStatus.Unmatched; round++)
            {
                var more = match.Candidates.Select(c => c.Contact.Id?.Trim()).Where(id => !string.IsNullOrEmpty(id) && !excluded.Contains(id!) &&
                                                                                       DecisionMapping.Forbidding(_stored, _companyId, keyed, id!) != null).ToList();
                if (more.Count == 0) break;
                foreach (var id in more) excluded.Add(id!);
                var decisions = excluded.Select(id => new MatchDecision(keyed.Id!, id, MatchDecisionKind.Excluded)).ToList();
                match = new ContactMatcher(_contacts, decisions).Match(new[] { keyed })[0];
            }
            return match;
        }
    }
}
