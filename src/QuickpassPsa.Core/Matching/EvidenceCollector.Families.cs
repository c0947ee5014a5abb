using System;
using System.Collections.Generic;
using QuickpassPsa.Core.Psa.Writes;

namespace QuickpassPsa.Core.Matching
{
    // A family's or a couple's mailbox named by the surname alone, and the family's records in the PSA.
    internal sealed partial class EvidenceCollector
    {
        // The family's records of one account, reused (a collector serves one thread).
        private readonly List<IndexedContact> _family = new List<IndexedContact>();

        /// <summary>
        /// An account of a family or a couple named by the surname alone ("Mr &amp; Mrs Chen", "Mr and Mrs Chen", "David &amp; Mrs Chen",
        /// "The Chens", "The Chen Family", "Familie Chen", or over the fields "Mr &amp; Mrs" | Chen): every contact of that surname, the
        /// partners' own records and a couple's record alike, as candidates (reason PartialName), so the reviewer chooses among them
        /// (round 73a: no candidate; New-PsaContact refuses such names, so the account was left with nothing to act on). None links: one
        /// mailbox of two people is neither one's. A surname the company has more than <see cref="ContactIndex.CrowdedName"/> contacts of
        /// gives none: a list of any ten Smiths helps no one choose.
        /// </summary>
        private void AddFamilyRecords(EvidenceSet found, ISet<string>? excluded, AccountProfile account)
        {
            if (FamilySurname(account.Account) is not { } surname) return;
            var family = _family;
            family.Clear();
            foreach (var contact in _index.WithOnlyLastName(surname))
            {
                if (!family.Contains(contact)) family.Add(contact);
            }
            for (var initial = 'a'; initial <= 'z'; initial++)
            {
                foreach (var contact in _index.WithLastAndFirstInitial(surname, initial))
                {
                    if (!family.Contains(contact)) family.Add(contact);
                    if (family.Count > ContactIndex.CrowdedName) return;
                }
            }
            foreach (var contact in family) Add(found, excluded, contact, MatchReason.PartialName, Evidence.PartialNameScore);
        }

        /// <summary>
        /// The folded surname of a family's or a couple's account named without a given name for each partner, or null: a couple's name
        /// over the fields or as a display name alone (<see cref="MachineMadeNames.CoupleKeys"/> with no given name, or one: "Mr &amp; Mrs
        /// Chen", "David &amp; Mrs Chen"), a family's ("The Chen Family", "Chen Household", "Familie Chen"), or "The" before a surname in
        /// the plural ("The Chens", "The Joneses").
        /// </summary>
        internal static string? FamilySurname(Accounts.Account account)
        {
            var firstEmpty = SingleNames.IsPlaceholder(account.FirstName);
            var lastEmpty = SingleNames.IsPlaceholder(account.LastName);
            if (!firstEmpty || !lastEmpty)
            {
                return MachineMadeNames.MayBeCouple(account.FirstName, account.LastName) &&
                       MachineMadeNames.CoupleKeys(account.FirstName, account.LastName) is { Surname: { } fieldsSurname } ? fieldsSurname : null;
            }
            var display = account.DisplayName;
            if (string.IsNullOrWhiteSpace(display)) return null;
            if (MachineMadeNames.MayBeCouple(display, null)) return MachineMadeNames.CoupleKeys(display, null) is { Surname: { } surname } ? surname : null;
            var words = display!.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
            if (SharedNames.IsFamily(display))
            {
                var start = string.Equals(words[0], "the", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
                var name = new List<string>();
                for (var i = start; i < words.Length; i++)
                {
                    if (!SharedNames.IsFamilyWord(words[i])) name.Add(words[i]);
                }
                return name.Count == 1 ? Folded(name[0]) : null;
            }
            if (words.Length == 2 && string.Equals(words[0], "the", StringComparison.OrdinalIgnoreCase) && words[1].Length > 3 && char.IsUpper(words[1][0]))
            {
                var plural = Folded(words[1]);
                if (plural == null || plural[plural.Length - 1] != 's') return null;
                return plural.EndsWith("ses", StringComparison.Ordinal) || plural.EndsWith("zes", StringComparison.Ordinal) ? plural.Substring(0, plural.Length - 2) : plural.Substring(0, plural.Length - 1);
            }
            return null;
        }

        private static string? Folded(string word)
        {
            var folded = NameNormalizer.Compact(word);
            return folded.Length >= 2 ? folded : null;
        }
    }
}
