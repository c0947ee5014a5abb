using System;
using System.Collections.Generic;
using QuickpassPsa.Core.Accounts;

namespace QuickpassPsa.Core.Decisions
{
    /// <summary>
    /// Which stored decisions belong to which account. An account is known by up to three values (UPN, primary
    /// email, id) and the same person can arrive with different ones: from AD with a UPN and an objectGUID, from
    /// Graph with a mail address and another id. Two identities are the same person when any value of one equals
    /// any value of the other, case-insensitively (UPNs are often the mail address, and Account.Id falls back to the
    /// UPN or the email). GUID-like ids never equal an address, so crossing the fields adds no false matches.
    /// </summary>
    internal static class AccountIdentity
    {
        public static readonly StringComparer Comparer = StringComparer.OrdinalIgnoreCase;

        public static string KeyOf(string? upn, string? email, string? id) =>
            Clean(upn) ?? Clean(email) ?? Clean(id) ?? string.Empty;

        public static IEnumerable<string> ValuesOf(string? upn, string? email, string? id)
        {
            var seen = new HashSet<string>(Comparer);
            foreach (var value in new[] { Clean(upn), Clean(email), Clean(id) })
            {
                if (value != null && seen.Add(value)) yield return value;
            }
        }

        public static IEnumerable<string> ValuesOf(ContactMatchDecision d) => ValuesOf(d.UserPrincipalName, d.Email, d.AccountId);

        public static IEnumerable<string> ValuesOf(Account a) => ValuesOf(a.UserPrincipalName, a.Email, a.Id);

        public static bool Same(ContactMatchDecision a, ContactMatchDecision b)
        {
            var values = new HashSet<string>(ValuesOf(a), Comparer);
            foreach (var value in ValuesOf(b))
            {
                if (values.Contains(value)) return true;
            }
            return false;
        }

        /// <summary>True when the decision belongs to an account known by <paramref name="text"/> (a UPN, email or id).</summary>
        public static bool Has(ContactMatchDecision d, string text)
        {
            var value = Clean(text);
            if (value == null) return false;
            foreach (var own in ValuesOf(d))
            {
                if (Comparer.Equals(own, value)) return true;
            }
            return false;
        }

        /// <summary>
        /// How surely the decision is about this account: 3 the same UPN, 2 another address in common (an email, or a UPN
        /// that is the other's email), 1 the same id alone, 0 none. An id alone does not count when it is a short name
        /// such as a sAMAccountName ("jsmith", unique only within one domain, so it repeats across customers) and the
        /// two sides carry addresses that all differ: the addresses then say another person.
        /// </summary>
        public static int Strength(ContactMatchDecision d, Account a)
        {
            if (IsReusedIdentity(d, a)) return 0;
            if (Same(d.UserPrincipalName, a.UserPrincipalName)) return 3;
            var theirs = new[] { Clean(d.UserPrincipalName), Clean(d.Email) };
            var mine = new[] { Clean(a.UserPrincipalName), Clean(a.Email) };
            foreach (var x in theirs)
            {
                foreach (var y in mine)
                {
                    if (x != null && y != null && Comparer.Equals(x, y)) return 2;
                }
            }
            var any = false;
            foreach (var x in ValuesOf(d))
            {
                foreach (var y in ValuesOf(a))
                {
                    if (Comparer.Equals(x, y)) any = true;
                }
            }
            if (!any) return 0;
            // An id alone, and the name the decision kept gives another given name: jsmith at Omicron was John, jsmith at
            // Omicron Group is Jane (a decision saved from a row without addresses).
            if (!IsGloballyUnique(Clean(d.AccountId)) && GivenNamesDiffer(d.AccountName, a)) return 0;
            var addressesOnBothSides = HasAddress(theirs) && HasAddress(mine);
            if (!addressesOnBothSides || IsGloballyUnique(Clean(d.AccountId))) return 1;
            // The same id and the decision's address kept among the account's aliases: the account renamed (a new UPN and
            // surname, the old address an alias), not a namesake at another customer.
            return SameId(d, a) && KeptAsAlias(d, a) ? 1 : 0;
        }

        /// <summary>
        /// The decision is passed over for this account only because its id is a short one (a sAMAccountName such as "acc-01", not
        /// a GUID or SID) and the addresses on both sides all differ (<see cref="Strength"/> is 0): the same id, the same given name,
        /// and the account's email and UPN both changed since the link was saved. Find-PsaContactMatch then matches the account on
        /// evidence, and Update-PsaContact names such accounts (round 65b: they were skipped under a generic warning, and they are
        /// exactly the accounts whose address changed). This says why; it changes no rule.
        /// </summary>
        internal static bool PassedOverForShortId(ContactMatchDecision d, Account a)
        {
            var id = Clean(d.AccountId);
            return id != null && id.IndexOf('@') < 0 && !IsGloballyUnique(id) && SameId(d, a) && Strength(d, a) == 0 && !GivenNamesDiffer(d.AccountName, a);
        }

        /// <summary>
        /// The decision's UPN or address now belongs to another account: both sides carry a real id (not an address), the
        /// ids differ, and so do the given names (round 42: alee@ was Ann Lee's and is now the new hire Alan Lee's, whose
        /// row came back Matched to Ann's contact and whose update overwrote it). The same person under two ids (an AD
        /// objectGUID, then an Entra object id) keeps the given name, so keeps the decision.
        /// </summary>
        private static bool IsReusedIdentity(ContactMatchDecision d, Account a)
        {
            var storedId = Clean(d.AccountId);
            var id = Clean(a.Id);
            var realIds = storedId != null && id != null && storedId.IndexOf('@') < 0 && id.IndexOf('@') < 0;
            return realIds && !Comparer.Equals(storedId, id) && GivenNamesDiffer(d.AccountName, a);
        }

        /// <summary>
        /// Without ids to compare (a Quickpass export has none; Account.Id falls back to the UPN), the same surname under another
        /// given name may be a new hire given the leaver's UPN (Andrew Lee on Ann Lee's alee@; round 43) or the same person renamed
        /// (Xiaoming Li now Tom Li; round 44). The decision stays the account's (New-PsaContact makes no second contact), but
        /// Find-PsaContactMatch does not call it Matched: a person confirms (<see cref="StaleLinks"/>).
        /// </summary>
        internal static bool GivenNameChangedWithoutIds(ContactMatchDecision d, Account a)
        {
            var storedId = Clean(d.AccountId);
            var id = Clean(a.Id);
            if (storedId != null && id != null && storedId.IndexOf('@') < 0 && id.IndexOf('@') < 0) return false;
            return GivenNameNot(d.AccountName, a);
        }

        private static bool GivenNameNot(string? storedName, Account a)
        {
            if (StillNames(storedName, a)) return false;
            var then = Matching.DisplayNameParser.Parse(storedName);
            if (!then.Success || string.IsNullOrEmpty(then.First) || string.IsNullOrEmpty(then.Last)) return false;
            string? first = a.FirstName, last = a.LastName;
            if (string.IsNullOrWhiteSpace(first) || string.IsNullOrWhiteSpace(last))
            {
                var now = Matching.DisplayNameParser.Parse(a.DisplayName);
                if (!now.Success) return false;
                first = now.First;
                last = now.Last;
            }
            if (string.IsNullOrWhiteSpace(first) || string.IsNullOrWhiteSpace(last)) return false;
            // The surname need not be kept: Mark Evans on Paul Young's pyoung@ is no more Paul than Andrew Lee is Ann (round 45).
            // A new surname under the same given name (a marriage) is the same person.
            var a1 = FirstWord(then.First);
            var b1 = FirstWord(first);
            return a1 != null && b1 != null && a1 != b1 && a1.Length > 1 && b1.Length > 1 &&
                   !Matching.NicknameTable.Default.AreEquivalent(a1, b1) && !a1.StartsWith(b1, StringComparison.Ordinal) && !b1.StartsWith(a1, StringComparison.Ordinal);
        }

        private static bool GivenNamesDiffer(string? storedName, Account a)
        {
            if (StillNames(storedName, a)) return false;
            var comma = storedName?.IndexOf(',') ?? -1;
            var stored = FirstWord(comma >= 0 ? storedName!.Substring(comma + 1) : storedName); // "Smith, John" is John
            var now = FirstWord(a.FirstName) ?? FirstWord(a.DisplayName);
            return stored != null && now != null && stored != now && stored.Length > 1 && now.Length > 1 &&
                   !Matching.NicknameTable.Default.AreEquivalent(stored, now) && !stored.StartsWith(now, StringComparison.Ordinal) && !now.StartsWith(stored, StringComparison.Ordinal);
        }

        /// <summary>
        /// The name stored with a decision (the account's display name when it was saved) still names the account as it is now:
        /// the same display name, or a name written surname first whose surname is the account's and whose given name follows
        /// ("Nguyen Zoe" stored for Zoe | Nguyen, "Li Wei" for Wei | Li; round 63: read in the one order, every such link was
        /// taken for a rename and never Matched again). Another given name after the surname ("Nguyen Zoe" for Mark | Nguyen)
        /// is not the same name, so the other checks judge it as before.
        /// </summary>
        internal static bool StillNames(string? storedName, Account a)
        {
            var stored = Matching.NameNormalizer.Normalize(storedName);
            if (stored.Length == 0) return false;
            if (string.Equals(stored, Matching.NameNormalizer.Normalize(a.DisplayName), StringComparison.Ordinal)) return true;
            string? first = a.FirstName, last = a.LastName;
            if (string.IsNullOrWhiteSpace(first) || string.IsNullOrWhiteSpace(last))
            {
                var now = Matching.DisplayNameParser.Parse(a.DisplayName);
                if (!now.Success) return false;
                first = now.First;
                last = now.Last;
            }
            var given = FirstWord(first);
            var surname = Matching.NameNormalizer.Normalize(last).Split(' ');
            var words = stored.Split(' ');
            if (given == null || surname[0].Length == 0 || words.Length <= surname.Length) return false;
            for (var i = 0; i < surname.Length; i++)
            {
                if (!string.Equals(words[i], surname[i], StringComparison.Ordinal)) return false;
            }
            for (var i = surname.Length; i < words.Length; i++)
            {
                if (SameGivenName(words[i], given)) return true;
            }
            return false;
        }

        /// <summary>One given name: the same word, a short form (Zoe, Zoey) or a nickname (Bob, Robert).</summary>
        private static bool SameGivenName(string a, string b) =>
            a == b || (a.Length > 1 && b.Length > 1 &&
                       (Matching.NicknameTable.Default.AreEquivalent(a, b) || a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)));

        private static string? FirstWord(string? text)
        {
            var words = Matching.NameNormalizer.Normalize(text).Split(' ');
            return words[0].Length == 0 ? null : words[0];
        }

        private static bool SameId(ContactMatchDecision d, Account a) => Same(d.AccountId, a.Id);

        private static bool KeptAsAlias(ContactMatchDecision d, Account a)
        {
            foreach (var proxy in a.ProxyAddresses)
            {
                if (Same(proxy.Address, d.Email) || Same(proxy.Address, d.UserPrincipalName)) return true;
            }
            return false;
        }

        private static bool Same(string? a, string? b)
        {
            var x = Clean(a);
            var y = Clean(b);
            return x != null && y != null && Comparer.Equals(x, y);
        }

        private static bool HasAddress(string?[] values)
        {
            foreach (var value in values)
            {
                if (value != null && value.IndexOf('@') > 0) return true;
            }
            return false;
        }

        /// <summary>A GUID (AD objectGUID, an Entra object id) or a security identifier: one account anywhere.</summary>
        private static bool IsGloballyUnique(string? id) =>
            id != null && (Guid.TryParse(id, out _) || id.StartsWith("S-1-", StringComparison.OrdinalIgnoreCase));

        public static string? Clean(string? value)
        {
            var trimmed = value?.Trim();
            return string.IsNullOrEmpty(trimmed) ? null : trimmed;
        }
    }
}
