using System;
using System.Collections.Generic;

namespace QuickpassPsa.Core.Matching
{
    // A surname from before a change of name, read from a mailbox name the account kept.
    internal sealed partial class EvidenceCollector
    {
        /// <summary>
        /// A mailbox name of the account that spells its given name (or that name's initial) and another surname: sostinock1544@,
        /// savannah.ostinock@ or ostinock.savannah@ for Savannah Elliott. After a marriage the display name and the primary address
        /// change and the sign-in name or an alias stays; the PSA's contact still has the old name (Savannah | Ostinock) and no address
        /// of the account's (round: traps corpus, four such accounts found no candidate, so New-PsaContact would make a twin). The
        /// contact with the given name and the mailbox's surname is a candidate for review (<see cref="MatchReason.FormerSurname"/>),
        /// never a link: a mailbox handed on from a namesake of the first name reads the same.
        /// </summary>
        private void AddFormerSurnames(EvidenceSet found, ISet<string>? excluded, AccountProfile account)
        {
            if (account.NamesFromAddress) return; // names read from the mailbox itself have no other surname to find
            foreach (var address in account.Addresses)
            {
                var end = EndOfMailboxName(address);
                if (end < 3) continue;
                foreach (var name in account.CompareNames)
                {
                    if (name.First.Length < 2 || name.Last.Length < 2) continue;
                    var surname = OtherSurnameIn(address, end, name.First);
                    if (surname == null || IsOneOfTheAccountsSurnames(account, surname)) continue;
                    AddBlock(found, excluded, _index.WithName(new NameKey(name.First, surname)), MatchReason.FormerSurname, Evidence.FormerSurnameScore);
                }
            }
        }

        /// <summary>
        /// Where the mailbox name of <paramref name="address"/> ends, without the digits a directory or a provider adds (sostinock1544@)
        /// and a separator before them.
        /// </summary>
        private static int EndOfMailboxName(string address)
        {
            var end = address.LastIndexOf('@');
            if (end < 0) return -1;
            while (end > 0 && address[end - 1] >= '0' && address[end - 1] <= '9') end--;
            while (end > 0 && IsMailboxSeparator(address[end - 1])) end--;
            return end;
        }

        /// <summary>
        /// The surname a mailbox name spells beside <paramref name="first"/>: first.surname, first_surname, firstsurname, f.surname,
        /// fsurname, surname.first; letters only, two or more (Li, Ng), null for any other mailbox name. A surname that reads no
        /// contact's costs a lookup and finds nothing.
        /// </summary>
        internal static string? OtherSurnameIn(string address, int end, string first)
        {
            if (end > first.Length && string.CompareOrdinal(address, 0, first, 0, first.Length) == 0)
            {
                var from = first.Length < end && IsMailboxSeparator(address[first.Length]) ? first.Length + 1 : first.Length;
                var whole = LettersBetween(address, from, end, 2);
                if (whole != null) return whole;
            }
            if (end > first.Length + 1 && IsMailboxSeparator(address[end - first.Length - 1]) &&
                string.CompareOrdinal(address, end - first.Length, first, 0, first.Length) == 0)
            {
                var before = LettersBetween(address, 0, end - first.Length - 1, 2);
                if (before != null) return before;
            }
            if (address[0] == first[0])
            {
                var from = IsMailboxSeparator(address[1]) ? 2 : 1;
                return LettersBetween(address, from, end, 2);
            }
            return null;
        }

        private static string? LettersBetween(string text, int from, int end, int minimum)
        {
            if (end - from < minimum) return null;
            for (var i = from; i < end; i++)
            {
                if (text[i] < 'a' || text[i] > 'z') return null;
            }
            return text.Substring(from, end - from);
        }

        private static bool IsMailboxSeparator(char c) => c == '.' || c == '_' || c == '-';

        /// <summary>The mailbox's surname is the account's own (jsmith@ for John Smith), or a word of it (garcia@ for Garcia Lopez).</summary>
        private static bool IsOneOfTheAccountsSurnames(AccountProfile account, string surname)
        {
            foreach (var name in account.CompareNames)
            {
                if (name.Last == surname || name.First == surname) return true;
                if (name.Last.Length > surname.Length && name.Last.IndexOf(surname, StringComparison.Ordinal) >= 0) return true;
            }
            return false;
        }
    }
}
