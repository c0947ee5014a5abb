using System;
using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Core.Psa.Writes.Creates
{
    /// <summary>
    /// What the existing-person check reads, each when it needs it and in this order: the company's contacts at an address (of the
    /// PSA, when the company's read cannot answer), the stored contact decisions (read once by the caller), a contact by id (a
    /// stored link's contact that neither the address nor the read holds), and the links this run has made.
    /// </summary>
    internal sealed class ExistingPersonReads
    {
        public ExistingPersonReads(Func<ContactQuery, IReadOnlyList<PsaContact>> contacts, Func<string, bool> searchable,
            Func<IReadOnlyList<ContactMatchDecision>> stored, Func<string, PsaContact?> contactById, RunLinks runLinks)
        {
            Contacts = contacts;
            Searchable = searchable;
            Stored = stored;
            ContactById = contactById;
            RunLinks = runLinks;
        }

        /// <summary>The PSA's answer to one contact query.</summary>
        public Func<ContactQuery, IReadOnlyList<PsaContact>> Contacts { get; }

        /// <summary>False for a value the PSA's query language cannot express (that lookup is left out).</summary>
        public Func<string, bool> Searchable { get; }

        public Func<IReadOnlyList<ContactMatchDecision>> Stored { get; }

        public Func<string, PsaContact?> ContactById { get; }

        public RunLinks RunLinks { get; }
    }

    /// <summary>
    /// New-PsaContact's existing-person check for one account in one company: which contacts hold the account's address
    /// (<see cref="AddressHolders"/>), and which of them, if any, is the account's person. A stored link settles it (<see cref="OwnLink"/>);
    /// else an inactive holder, several holders, or the one holder (<see cref="FoundContact"/>); else, when no contact holds the
    /// address, the matcher's word on the company's contacts (<see cref="ExistingPersonCheck"/>).
    /// </summary>
    internal static class ExistingPerson
    {
        /// <param name="isRow">The account came as a row of Find-PsaContactMatch (matched already against the active contacts).</param>
        /// <param name="check">The company's read and the run's joint match (accounts piped in directly, rows), or null (-Force: the PSA is asked).</param>
        public static PersonVerdict Judge(Account account, string email, string companyId, bool isRow, ExistingPersonCheck? check, ExistingPersonReads reads)
        {
            if (account == null) throw new ArgumentNullException(nameof(account));
            if (reads == null) throw new ArgumentNullException(nameof(reads));

            // Inactive contacts too: a person whose contact was deactivated must not get a second one.
            var found = AddressHolders.Find(account, email, companyId, check, reads.Contacts, reads.Searchable);
            var existing = found.Where(c => c.Active).ToList();

            // A person linked this account to a contact of the company: see OwnLink. A link to an inactive contact is a person's
            // decision too (round 49: linked by hand after ContactInactive, the account was the same error on every run): its
            // contact is the answer, with a warning that the desk cannot use it.
            var own = OwnLink.Of(reads.Stored(), companyId, account, found, check, reads.ContactById);
            if (own != null && own.Stands) return PersonVerdict.Linked(own.Contact);
            // A stale link whose contact now names another person is passed over with a warning, as Find-PsaContactMatch gives it
            // (round 59: a reused record went by without a word).
            var staleLink = own?.Stale == StaleWhy.ContactNamesAnother ? own : null;

            // An inactive contact with the address that a person excluded for this account is not the person's: it keeps
            // nothing from being created (the ContactInactive message offers that exclusion).
            PsaContact? excluded = null;
            if (existing.Count == 0 && found.Count > 0)
            {
                var decisions = reads.Stored();
                var notExcluded = found.Where(c => !(DecisionMapping.Forbidding(decisions, companyId, account, c.Id) is { DecisionKind: MatchDecisionKind.Excluded })).ToList();
                if (notExcluded.Count > 0) return PersonVerdict.Inactive(notExcluded[0]).Noting(staleLink, null);
                excluded = found[0];
            }
            // An active contact a person excluded for this account, found only at another of its addresses than the one the new contact
            // would carry (a leaver's sarah@ kept as an alias on Sarah Quinlan's mailbox; the new contact gets sarah.quinlan@): no
            // duplicate address, so it keeps nothing from being created (round 78a: refused on every run, -Force too, while the report
            // and ToCreate said it could be created). At the address the new contact would carry, it still refuses.
            if (existing.Count > 0)
            {
                var decisions = reads.Stored();
                var plain = EmailNormalizer.Normalize(email);
                var elsewhere = existing.FindAll(c => DecisionMapping.Forbidding(decisions, companyId, account, c.Id) is { DecisionKind: MatchDecisionKind.Excluded } &&
                                                      !c.Emails.Any(e => string.Equals(EmailNormalizer.Normalize(e), plain, StringComparison.Ordinal)));
                if (elsewhere.Count > 0)
                {
                    existing.RemoveAll(elsewhere.Contains);
                    excluded ??= elsewhere[0];
                }
            }
            if (existing.Count > 1) return PersonVerdict.Ambiguous(existing.Count).Noting(staleLink, excluded);
            if (existing.Count == 1) return FoundContact.Judge(account, email, companyId, existing[0], reads.Stored(), reads.RunLinks).Noting(staleLink, excluded);

            // No contact has the address. An account (not a row of Find-PsaContactMatch, which has been matched) gets a contact
            // only when the matcher, given the run's accounts of the company together, leaves it Unmatched: Łukasz Nowak's
            // "Lukasz Nowak" with his mobile and no email was doubled (round 47), and so was Tom Baker's deactivated "Thomas
            // Baker" (round 48). -Force skips this.
            // A row of Find-PsaContactMatch (matched against the active contacts, and perhaps without -IncludeInactive) is matched
            // against the company's inactive ones here (round 49: Example 1 as printed made Tom Baker a twin of "Thomas Baker").
            if (check != null && (isRow ? check.OfInactive(account) : check.Of(account)) is { } seen && seen.Status != MatchStatus.Unmatched)
            {
                return PersonVerdict.MayExist(seen, LinkedElsewhere.Who(reads.Stored(), companyId, account, seen)).Noting(staleLink, excluded);
            }
            return PersonVerdict.None.Noting(staleLink, excluded);
        }
    }
}
