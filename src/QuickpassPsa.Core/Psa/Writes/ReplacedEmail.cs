using System;
using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Core.Psa.Writes
{
    /// <summary>
    /// Which of a contact's addresses a new work address takes the place of. An address changes within the
    /// organisation (a married name, a new naming scheme), so the old one is the contact's address at the new
    /// one's domain, wherever it sits: Autotask's emailAddress2, a ConnectWise item that is not the default.
    /// Overwriting the primary slot instead would keep the obsolete address and lose the one the primary held
    /// (often the person's personal address). The order (round 67a: reception@ in the first slot was replaced although
    /// the contact held a.lee@ for Ann Lee):
    /// <list type="number">
    /// <item>a work address that holds the person's name or initials (ann.lee@, a.lee@, alee@, lee@, al@ for Ann Lee), at the
    /// new address's domain first, then at another (a rebrand); never a role mailbox (reception@, info@, ...) nor a personal one;</item>
    /// <item>an address at the new address's domain, the primary slot first, a role mailbox only when no other address is there;</item>
    /// <item>without one at that domain (a rebrand): a personal address (gmail.com, ...) or a role mailbox in the primary slot is
    /// kept, and the first other work address that is not a role mailbox is replaced; otherwise the primary slot is.</item>
    /// </list>
    /// </summary>
    internal static class ReplacedEmail
    {
        /// <summary>The contact's address to replace, as the PSA holds it; null for the primary slot.</summary>
        public static string? Of(PsaContact contact, string newEmail) => Of(contact, newEmail, Array.Empty<(string?, string?)>());

        /// <summary>As above, knowing the person's names (given name and surname: the account's, the contact's).</summary>
        public static string? Of(PsaContact contact, string newEmail, IEnumerable<(string? Given, string? Surname)> names)
        {
            var wanted = EmailNormalizer.Normalize(newEmail);
            if (wanted == null) return null;
            var domain = Domain(wanted);
            var primary = contact.PrimaryEmail == null ? null : EmailNormalizer.Normalize(contact.PrimaryEmail);
            // The primary slot first, then the others in the PSA's order.
            var addresses = contact.Emails
                .Select(e => (Text: e, Folded: EmailNormalizer.Normalize(e)))
                .Where(a => a.Folded != null && a.Folded != wanted)
                .OrderBy(a => a.Folded == primary ? 0 : 1)
                .ToList();
            var parts = NameParts(names);

            // 1. The person's own work address: it holds their name or initials.
            var named = addresses.Where(a => !PersonalMailDomains.IsPersonal(a.Folded!) && HoldsName(a.Folded!, parts))
                .OrderBy(a => Domain(a.Folded!) == domain ? 0 : 1).Select(a => a.Text).FirstOrDefault();
            if (named != null) return AsSlot(named, primary);

            // 2. At the new address's domain: a role mailbox last.
            var sameDomain = addresses.Where(a => Domain(a.Folded!) == domain).OrderBy(a => IsRole(a.Folded!) ? 1 : 0).Select(a => a.Text).FirstOrDefault();
            if (sameDomain != null) return AsSlot(sameDomain, primary);

            // 3. A rebrand: a personal address or a role mailbox in the primary slot is kept, and the next work address replaced.
            if (primary == null || !(PersonalMailDomains.IsPersonal(primary) || IsRole(primary))) return null;
            var work = addresses.Where(a => a.Folded != primary && !PersonalMailDomains.IsPersonal(a.Folded!))
                .OrderBy(a => IsRole(a.Folded!) ? 1 : 0).Select(a => a.Text).FirstOrDefault();
            if (work != null && (PersonalMailDomains.IsPersonal(primary) || !IsRole(EmailNormalizer.Normalize(work)!))) return work;
            return null;
        }

        /// <summary>Null for the primary slot's address (the update's default slot), else the address.</summary>
        private static string? AsSlot(string address, string? primary) => EmailNormalizer.Normalize(address) == primary ? null : address;

        /// <summary>A mailbox that names a desk, not a person (reception@, info@, empfang@), as the matcher reads one.</summary>
        internal static bool IsRole(string folded) => Matching.EvidenceCollector.IsRoleMailbox(Local(folded));

        /// <summary>
        /// The address's mailbox holds the person's name or initials: one of its words (split at . _ - and digits) is a given name or
        /// surname, or the mailbox holds a name of three letters or more (alee, annlee, leea), or is the initials (al); a role mailbox never.
        /// </summary>
        internal static bool HoldsName(string folded, (List<string> Parts, List<string> Initials) names)
        {
            var (parts, initials) = names;
            if (parts.Count == 0) return false;
            var local = Local(folded);
            if (Matching.EvidenceCollector.IsRoleMailbox(local)) return false;
            var words = local.Split(new[] { '.', '_', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(w => NameNormalizer.Compact(w)).Where(w => w.Length > 0).ToList();
            var compact = string.Concat(words);
            if (words.Any(w => w.Length >= 2 && parts.Contains(w))) return true;
            if (parts.Any(p => p.Length >= 3 && compact.IndexOf(p, StringComparison.Ordinal) >= 0)) return true;
            return initials.Contains(compact);
        }

        /// <summary>The folded words of the names, and their initials (given name's first letter, then the surname's).</summary>
        private static (List<string> Parts, List<string> Initials) NameParts(IEnumerable<(string? Given, string? Surname)> names)
        {
            var parts = new List<string>();
            var initials = new List<string>();
            foreach (var (given, surname) in names)
            {
                var g = Words(given);
                var s = Words(surname);
                foreach (var word in g.Concat(s))
                {
                    if (!parts.Contains(word)) parts.Add(word);
                }
                if (g.Count > 0 && s.Count > 0) initials.Add(g[0].Substring(0, 1) + s[0].Substring(0, 1));
            }
            return (parts, initials);
        }

        private static List<string> Words(string? name) =>
            NameNormalizer.Normalize(name).Split(new[] { ' ', '-' }, StringSplitOptions.RemoveEmptyEntries).Select(NameNormalizer.Compact).Where(w => w.Length > 0).ToList();

        private static string Local(string folded)
        {
            var at = folded.LastIndexOf('@');
            return at < 0 ? folded : folded.Substring(0, at);
        }

        /// <summary>
        /// Every address the contact has is a personal one (gmail.com, outlook.com, ...) and the new work address replaces none of
        /// them: it is added beside them (round 58: Olivia Brennan's only address, her gmail one, was overwritten with her work
        /// address, where the page says a personal address in the first slot is kept).
        /// </summary>
        public static bool AddsBeside(PsaContact contact, string newEmail)
        {
            var wanted = EmailNormalizer.Normalize(newEmail);
            if (wanted == null || PersonalMailDomains.IsPersonal(wanted) || contact.Emails.Count == 0) return false;
            foreach (var email in contact.Emails)
            {
                var folded = EmailNormalizer.Normalize(email);
                if (folded == null || !PersonalMailDomains.IsPersonal(folded)) return false;
            }
            return true;
        }

        /// <summary>The two addresses are one (case, spaces and a +tag aside).</summary>
        public static bool Same(string? a, string? b)
        {
            var x = a == null ? null : EmailNormalizer.Normalize(a);
            return x != null && string.Equals(x, b == null ? null : EmailNormalizer.Normalize(b), StringComparison.Ordinal);
        }

        private static string Domain(string folded) => folded.Substring(folded.LastIndexOf('@') + 1);
    }
}
