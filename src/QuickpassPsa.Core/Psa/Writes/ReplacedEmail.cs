using System;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Core.Psa.Writes
{
    /// <summary>
    /// Which of a contact's addresses a new work address takes the place of. An address changes within the
    /// organisation (a married name, a new naming scheme), so the old one is the contact's address at the new
    /// one's domain, wherever it sits: Autotask's emailAddress2, a ConnectWise item that is not the default.
    /// Overwriting the primary slot instead would keep the obsolete address and lose the one the primary held
    /// (often the person's personal address). Without an address at that domain (a rebrand to a new domain), a
    /// personal address in the primary slot is kept too and the first other address is the old work one;
    /// otherwise the primary slot is replaced, as before.
    /// </summary>
    internal static class ReplacedEmail
    {
        /// <summary>The contact's address to replace, as the PSA holds it; null for the primary slot.</summary>
        public static string? Of(PsaContact contact, string newEmail)
        {
            var wanted = EmailNormalizer.Normalize(newEmail);
            if (wanted == null) return null;
            var domain = Domain(wanted);
            var primary = contact.PrimaryEmail == null ? null : EmailNormalizer.Normalize(contact.PrimaryEmail);
            if (primary != null && Domain(primary) == domain) return null;
            foreach (var email in contact.Emails)
            {
                var folded = EmailNormalizer.Normalize(email);
                if (folded != null && Domain(folded) == domain) return email;
            }
            if (primary == null || !PersonalMailDomains.IsPersonal(primary)) return null;
            foreach (var email in contact.Emails)
            {
                var folded = EmailNormalizer.Normalize(email);
                if (folded != null && folded != primary && !PersonalMailDomains.IsPersonal(folded)) return email;
            }
            return null;
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
