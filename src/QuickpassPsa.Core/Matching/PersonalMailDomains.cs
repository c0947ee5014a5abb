using System;
using System.Collections.Generic;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// Domains of free personal mailboxes. A contact's personal address (ann.lee83@gmail.com) says nothing
    /// against the account's work address; a contact's address at another organisation's domain does (a
    /// contractor or a guest with a namesake among the customer's staff).
    /// </summary>
    internal static class PersonalMailDomains
    {
        private static readonly HashSet<string> Domains = new HashSet<string>(StringComparer.Ordinal)
        {
            "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.co.uk", "hotmail.fr", "hotmail.de", "live.com",
            "live.co.uk", "msn.com", "yahoo.com", "yahoo.co.uk", "yahoo.fr", "yahoo.de", "yahoo.ca", "ymail.com", "rocketmail.com",
            "icloud.com", "me.com", "mac.com", "aol.com", "proton.me", "protonmail.com", "pm.me", "gmx.com", "gmx.de", "gmx.net",
            "web.de", "mail.com", "zoho.com", "yandex.com", "yandex.ru", "mail.ru", "qq.com", "163.com", "126.com", "comcast.net",
            "verizon.net", "att.net", "sbcglobal.net", "bellsouth.net", "cox.net", "charter.net", "shaw.ca", "rogers.com",
            "btinternet.com", "sky.com", "virginmedia.com", "orange.fr", "free.fr", "laposte.net", "libero.it", "t-online.de",
            "bigpond.com", "optusnet.com.au", "fastmail.com", "hey.com", "tutanota.com",
        };

        /// <summary>The folded address is at a free personal mailbox provider.</summary>
        public static bool IsPersonal(string normalizedEmail)
        {
            var at = normalizedEmail.LastIndexOf('@');
            return at >= 0 && Domains.Contains(normalizedEmail.Substring(at + 1));
        }

        /// <summary>
        /// The folded address is at a tenant's own Microsoft 365 domain (contoso.onmicrosoft.com), or is an Active
        /// Directory sign-in name at a domain that receives no mail (<see cref="IsInternal"/>): the customer's own
        /// name, not another organisation's.
        /// </summary>
        public static bool IsTenantDomain(string normalizedEmail) => normalizedEmail.EndsWith(".onmicrosoft.com", StringComparison.Ordinal) || IsInternal(normalizedEmail);

        // Suffixes of Active Directory domains that are not on the internet: a UPN such as stanner@contoso.local is a
        // sign-in name, no mailbox, and says nothing about which organisation a contact's real address belongs to.
        private static readonly string[] InternalSuffixes =
        {
            ".local", ".lan", ".internal", ".intranet", ".corp", ".home", ".localdomain", ".private", ".priv", ".domain", ".localhost",
        };

        /// <summary>The folded address is at a non-routable directory domain (contoso.local, corp.lan) or a single-label one (CONTOSO).</summary>
        public static bool IsInternal(string normalizedEmail)
        {
            var at = normalizedEmail.LastIndexOf('@');
            if (at < 0) return false;
            if (normalizedEmail.IndexOf('.', at + 1) < 0) return true;
            foreach (var suffix in InternalSuffixes)
            {
                if (normalizedEmail.EndsWith(suffix, StringComparison.Ordinal)) return true;
            }
            return false;
        }
    }
}
