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
            if (FamilySurnames(account.Account) is not { } surnames) return;
            var family = _family;
            family.Clear();
            foreach (var surname in new[] { surnames.Surname, surnames.Singular })
            {
                if (surname == null) continue;
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
            }
            foreach (var contact in family) Add(found, excluded, contact, MatchReason.PartialName, Evidence.PartialNameScore);
        }

        /// <summary>
        /// The folded surname of a family's or a couple's account named without a given name for each partner, and for a plural its
        /// singular ("The Woods" is the Woods' or the Woods': both are read), or null: a couple's name over the fields or as a display
        /// name alone (<see cref="MachineMadeNames.CoupleKeys"/> with no given name, or one: "Mr &amp; Mrs Chen", "David &amp; Mrs Chen"), a
        /// family's ("The Chen Family", "Chen Household", "Familie Chen", and so over the fields: "Chen" | "Family", "The" | "Chens"), or
        /// "The" before a surname in the plural ("The Chens", "The Joneses", "The Chen's").
        /// </summary>
        internal static (string Surname, string? Singular)? FamilySurnames(Accounts.Account account)
        {
            var firstEmpty = SingleNames.IsPlaceholder(account.FirstName);
            var lastEmpty = SingleNames.IsPlaceholder(account.LastName);
            string display;
            if (!firstEmpty || !lastEmpty)
            {
                if (MachineMadeNames.MayBeCouple(account.FirstName, account.LastName))
                {
                    return MachineMadeNames.CoupleKeys(account.FirstName, account.LastName) is { Surname: { } fieldsSurname } ? (fieldsSurname, null) : null;
                }
                // Most accounts: a given name and a surname, no family word and no "The". Told without a string made.
                if (!SharedNames.IsFamilyWord(account.FirstName ?? string.Empty) && !SharedNames.IsFamilyWord(account.LastName ?? string.Empty) &&
                    !string.Equals(account.FirstName?.Trim(), "the", StringComparison.OrdinalIgnoreCase) &&
                    !(account.FirstName ?? string.Empty).StartsWith("The ", StringComparison.OrdinalIgnoreCase)) return null;
                display = ((firstEmpty ? string.Empty : account.FirstName) + " " + (lastEmpty ? string.Empty : account.LastName)).Trim();
            }
            else
            {
                if (string.IsNullOrWhiteSpace(account.DisplayName)) return null;
                display = account.DisplayName!;
                if (MachineMadeNames.MayBeCouple(display, null)) return MachineMadeNames.CoupleKeys(display, null) is { Surname: { } surname } ? (surname, null) : null;
            }
            if (!SharedNames.IsFamily(display)) return null;
            var words = display.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
            var the = string.Equals(words[0], "the", StringComparison.OrdinalIgnoreCase);
            var name = new List<string>();
            var familyWord = false;
            for (var i = the ? 1 : 0; i < words.Length; i++)
            {
                if (SharedNames.IsFamilyWord(words[i])) familyWord = true;
                else name.Add(words[i]);
            }
            if (name.Count != 1 || Folded(name[0].EndsWith("'s", StringComparison.Ordinal) || name[0].EndsWith("\u2019s", StringComparison.Ordinal) ? name[0].Substring(0, name[0].Length - 2) : name[0]) is not { } folded) return null;
            if (familyWord || !the) return (folded, null);
            // "The Chens": the plural's singular too; "The Joneses" and "The Lopezes" drop "es".
            if (folded.Length < 4 || folded[folded.Length - 1] != 's') return (folded, null);
            var singular = folded.EndsWith("ses", StringComparison.Ordinal) || folded.EndsWith("zes", StringComparison.Ordinal) || folded.EndsWith("xes", StringComparison.Ordinal)
                ? folded.Substring(0, folded.Length - 2)
                : folded.Substring(0, folded.Length - 1);
            return (folded, singular);
        }

        private static string? Folded(string word)
        {
            var folded = NameNormalizer.Compact(word);
            return folded.Length >= 2 ? folded : null;
        }
    }
}
