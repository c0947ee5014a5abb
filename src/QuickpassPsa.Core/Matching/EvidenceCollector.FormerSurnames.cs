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
                    // Most mailboxes spell the account's own name (jsmith@ for John Smith): told in place, nothing made.
                    var (from, to) = OtherSurnameIn(address, end, name.First);
                    if (from < 0 || IsOneOfTheAccountsSurnames(account, address, from, to)) continue;
                    var surname = address.Substring(from, to - from);
                    if (IsRoleMailbox(surname) || (from <= 2 && NicknameTable.Default.Knows(address.Substring(0, end)))) continue;
                    AddBlock(found, excluded, _index.WithName(new NameKey(name.First, surname)), MatchReason.FormerSurname, Evidence.FormerSurnameScore);
                    // And crossed, as a record typed surname first (OSTINOCK | SAVANNAH; round 76a: no candidate, and a twin with her mobile).
                    foreach (var contact in _index.WithName(new NameKey(surname, name.First)))
                    {
                        Add(found, excluded, contact, MatchReason.FormerSurname, Evidence.FormerSurnameScore);
                        if (found.TryGetValue(contact, out var crossed)) crossed.Add(MatchReason.SwappedName, Evidence.SwappedNameScore);
                    }
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
        /// Where in <paramref name="address"/> the surname a mailbox name spells beside <paramref name="first"/> starts and ends:
        /// first.surname, first_surname, firstsurname, f.surname, fsurname, surname.first; letters only, two or more (Li, Ng); (-1, -1)
        /// for any other mailbox name. A surname that reads no contact's costs a lookup and finds nothing.
        /// </summary>
        internal static (int From, int To) OtherSurnameIn(string address, int end, string first)
        {
            // The given name written out (savannah.ostinock@), or the given name alone or with an initial (yong@, alim@ for Ali
            // Mohamed, ewang@ for Ewan Green): never read again as an initial and a surname (y + ong, a + lim, e + wang; round 76a:
            // Yong Tan linked Yong | Ong by a handed-on mobile).
            if (end >= first.Length && string.CompareOrdinal(address, 0, first, 0, first.Length) == 0)
            {
                var from = first.Length < end && IsMailboxSeparator(address[first.Length]) ? first.Length + 1 : first.Length;
                return Letters(address, from, end);
            }
            if (end > first.Length + 1 && IsMailboxSeparator(address[end - first.Length - 1]) &&
                string.CompareOrdinal(address, end - first.Length, first, 0, first.Length) == 0)
            {
                var before = Letters(address, 0, end - first.Length - 1);
                if (before.From >= 0) return before;
            }
            // An initial and a surname (sostinock@, s.ostinock@); the caller sets aside a given name the table knows (kate@ for Katherine).
            return address[0] == first[0] ? Letters(address, IsMailboxSeparator(address[1]) ? 2 : 1, end) : (-1, -1);
        }

        private static (int From, int To) Letters(string text, int from, int end)
        {
            if (end - from < 2) return (-1, -1);
            for (var i = from; i < end; i++)
            {
                if (text[i] < 'a' || text[i] > 'z') return (-1, -1);
            }
            return (from, end);
        }

        private static bool IsMailboxSeparator(char c) => c == '.' || c == '_' || c == '-';

        /// <summary>
        /// The mailbox's surname (address[from..to]) is the account's own (jsmith@ for John Smith), its given name, or a word of its
        /// surname (garcia@ for Garcia Lopez).
        /// </summary>
        private static bool IsOneOfTheAccountsSurnames(AccountProfile account, string address, int from, int to)
        {
            var length = to - from;
            foreach (var name in account.CompareNames)
            {
                if ((name.Last.Length == length && string.CompareOrdinal(name.Last, 0, address, from, length) == 0) ||
                    (name.First.Length == length && string.CompareOrdinal(name.First, 0, address, from, length) == 0)) return true;
                for (var at = 0; at + length <= name.Last.Length && name.Last.Length > length; at++)
                {
                    if (string.CompareOrdinal(name.Last, at, address, from, length) == 0) return true;
                }
            }
            return false;
        }
    }
}
