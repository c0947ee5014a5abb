using System;
using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Writes;

namespace QuickpassPsa.Core.Decisions
{
    /// <summary>
    /// A stored link is by contact id, and an id is only a number: in a store copied to another PSA site or tenant, or after
    /// a contact record was reused for someone else, the id names another person (round 42: Ann Lee's link to 1860 came back
    /// Matched to Carl Diaz on the other site). Such a link is stale when the contact's name now shares no word with the name
    /// the person saw when linking, and the contact shares no address and no name with the account either. A link a person
    /// made to a contact of another name (a shared mailbox to its keeper) keeps that contact's name, so it stays. A link stored
    /// without a name (older stores) is judged by the account alone: stale when the contact has none of its addresses and names.
    /// </summary>
    public static class StaleLinks
    {
        /// <summary>The confirmed links among <paramref name="decisions"/> whose contact now names another person, with why.</summary>
        public static IReadOnlyList<StaleLink> Find(IEnumerable<ContactMatchDecision> stored, string companyId, IEnumerable<MatchDecision> decisions,
            IEnumerable<Account> accounts, IEnumerable<PsaContact> contacts)
        {
            if (stored == null) throw new ArgumentNullException(nameof(stored));
            var storedList = stored as IReadOnlyList<ContactMatchDecision> ?? stored.ToList();
            var byAccount = accounts.Where(a => a?.Id != null).GroupBy(a => a.Id!, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
            var byContact = contacts.Where(c => c?.Id != null).GroupBy(c => c.Id.Trim(), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
            var stale = new List<StaleLink>();
            foreach (var decision in decisions)
            {
                if (decision.Kind != MatchDecisionKind.Confirmed) continue;
                if (!byAccount.TryGetValue(decision.AccountId, out var account) || !byContact.TryGetValue(decision.ContactId.Trim(), out var contact)) continue;
                var link = DecisionMapping.LinkOf(storedList, companyId, account);
                if (link == null || !string.Equals(link.ContactId.Trim(), decision.ContactId.Trim(), StringComparison.OrdinalIgnoreCase)) continue;
                if (Why(link, account, contact) is { } why) stale.Add(new StaleLink(decision, account, link, contact, why));
            }
            return stale;
        }

        /// <summary>
        /// Why this account's stored link to this contact (as it is now) is stale, or null when it stands: the contact names
        /// another person now, or the account's given name changed under the same sign-in. Find-PsaContactMatch then matches the
        /// account on evidence; New-PsaContact returns the linked contact only when the link stands.
        /// </summary>
        public static StaleWhy? Why(ContactMatchDecision link, Account account, PsaContact contact)
        {
            if (link == null) throw new ArgumentNullException(nameof(link));
            if (account == null) throw new ArgumentNullException(nameof(account));
            if (contact == null) throw new ArgumentNullException(nameof(contact));
            if (NamesAnother(link.ContactName, contact) && !ContactIdentity.MayBeAccountsPerson(account, contact)) return StaleWhy.ContactNamesAnother;
            if (NotTheAccountsPersonWithoutName(link, account, contact)) return StaleWhy.ContactNamesAnother;
            if (AccountIdentity.GivenNameChangedWithoutIds(link, account)) return StaleWhy.AccountRenamed;
            return null;
        }

        /// <summary>
        /// A link stored without the contact's name (Set-PsaContactMatch -ContactId before it read the contact; round 59: Walter
        /// White's link to 2240 came back Matched to Gretchen Schwartz, the record reused for her) has nothing to compare the
        /// contact's name with: it is checked as Update-PsaContact checks a row before writing, against the account itself. Stale
        /// when the contact has none of the account's addresses and no given name or surname of it. A name in a script that is not
        /// compared (Arabic, Chinese, ... on one side only) tells nothing, so the link stays, as a stored name's does.
        /// </summary>
        private static bool NotTheAccountsPersonWithoutName(ContactMatchDecision link, Account account, PsaContact contact) =>
            string.IsNullOrWhiteSpace(link.ContactName) &&
            !ContactIdentity.NamesInScriptsNotCompared(account, contact) &&
            !ContactIdentity.MayBeAccountsPerson(account, contact);

        /// <summary>The contact's name now shares no word (nor a nickname of one) with the name stored with the link; false when none was stored.</summary>
        internal static bool NamesAnother(string? storedName, PsaContact now)
        {
            var then = NameNormalizer.WordsOf(2, storedName);
            if (then.Count == 0) return false;
            var current = NameNormalizer.WordsOf(2, now.FirstName, now.LastName);
            if (current.Count == 0) return false;
            // Written in another script than before: Cyrillic and Greek are romanised and compared loosely (Alexander Schwarz,
            // now Александр Шварц, is the same; Sergei Petrov, now Ольга Кузнецова, is not: rounds 44 and 45). Other scripts
            // cannot be compared, so no telling: the link stays (Update-PsaContact's own check still refuses to write there).
            if (IsLatin(then) != IsLatin(current) && !Romanisable(then) && !Romanisable(current)) return false;
            foreach (var word in current)
            {
                if (then.Contains(word)) return false;
                foreach (var old in then)
                {
                    if (NicknameTable.Default.AreEquivalent(word, old) || SameInAnotherScript(word, old)) return false;
                }
            }
            return true;
        }

        private static bool IsLatin(HashSet<string> words)
        {
            foreach (var word in words)
            {
                foreach (var c in word)
                {
                    if (char.IsLetter(c) && c > '\u024F') return false;
                }
            }
            return true;
        }

        /// <summary>Дмитрий and Dmitry, Александр and Alexander: one name in Cyrillic or Greek and in Latin letters (rounds 43, 44).</summary>
        private static bool SameInAnotherScript(string a, string b) =>
            Transliteration.MaySpellTheSame(a, b) || Transliteration.MaySpellTheSame(b, a);

        private static bool Romanisable(HashSet<string> words)
        {
            foreach (var word in words)
            {
                if (!Transliteration.CanRomanise(word)) return false;
            }
            return words.Count > 0;
        }
    }

    /// <summary>A stored link whose contact now names another person (<see cref="StaleLinks"/>).</summary>
    public sealed class StaleLink
    {
        internal StaleLink(MatchDecision decision, Account account, ContactMatchDecision link, PsaContact contact, StaleWhy why)
        {
            Decision = decision;
            Account = account;
            Link = link;
            Contact = contact;
            Why = why;
        }

        public StaleWhy Why { get; }

        public MatchDecision Decision { get; }
        public Account Account { get; }
        public ContactMatchDecision Link { get; }
        public PsaContact Contact { get; }
    }

    /// <summary>Why a stored link is not taken as it is.</summary>
    public enum StaleWhy
    {
        /// <summary>The contact now names another person (a store copied to another site, a record reused).</summary>
        ContactNamesAnother,

        /// <summary>The account, without ids, now has another given name under the same surname (a reused UPN, or a rename).</summary>
        AccountRenamed,
    }
}
