using System;
using System.Collections.Generic;

namespace QuickpassPsa.Core.Matching
{
    // Role and desk mailboxes (info@, reception@, empfang@): addresses that name a desk, not a person.
    internal sealed partial class EvidenceCollector
    {
        // Local parts that name a role, not a person: an alias-domain match on them means nothing, and an exact
        // match on one links only when the names agree too (several people read a shared mailbox).
        private static readonly string[] RoleNames =
        {
            "info", "admin", "administrator", "support", "sales", "office", "accounts", "accounting", "billing", "help",
            "helpdesk", "contact", "hello", "reception", "it", "hr", "noreply", "no-reply", "service", "team", "mail",
            "finance", "payroll", "orders", "enquiries", "inquiries", "marketing", "careers", "jobs", "frontdesk",
            "servicedesk", "security", "postmaster", "webmaster", "invoices", "purchasing", "shipping", "dispatch",
            "accountspayable", "accounts.payable", "ap", "ar", "operations", "ops", "scanner", "scan", "printer",
            "frontoffice", "front.office", "bookings", "booking", "warehouse", "manager", "management", "enquiry", "inquiry",
            "reservations", "admissions", "general", "main", "desk", "customerservice", "service.desk",
            // The same desks in the customers' own languages (round 60a: empfang@ and accueil@ shown with the receptionist's name
            // were left Unmatched, and New-PsaContact made her a second contact).
            "empfang", "rezeption", "zentrale", "sekretariat", "buero", "buro", "verwaltung", "vertrieb", "buchhaltung", "einkauf",
            "recepcion", "secretaria", "administracion", "ventas", "contabilidad", "compras", "contacto",
            "recepcao", "portaria", "administracao", "vendas", "contabilidade",
            "accueil", "secretariat", "comptabilite", "ventes", "facturation",
            "segreteria", "amministrazione", "contabilita", "vendite", "ufficio", "contatto",
            "receptie", "kantoor", "administratie", "boekhouding", "verkoop",
            "recepcja", "biuro", "ksiegowosc", "kontakt", "kontor", "receptionen", "vastaanotto", "toimisto",
            "receptionist", "receptionists", "anmeldung", "mottak", "resepsiyon", "ricevimento", "welcome", "concierge", "lobby",
            "guestservices", "guest.services",
        };

        // Desk words long enough to be read inside a mailbox name written as one word (londonreception, receptionlondon,
        // mainreception: round 62a); short ones (info, office, sales) could be part of a person's name.
        private const int DeskWordInsideAName = 7;

        private static readonly HashSet<string> RoleLocalParts = new HashSet<string>(RoleNames, StringComparer.Ordinal);

        private static readonly char[] Digits = { '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' };

        private static readonly char[] MailboxSeparators = { '.', '-', '_' };

        /// <summary>A folded word that names a role mailbox ("reception", "accounts", "helpdesk").</summary>
        internal static bool IsRoleWord(string word) => RoleLocalParts.Contains(word);

        /// <summary>
        /// A mailbox name that names a desk, not a person: a role word as it is, numbered (reception1, reception-2), with a place
        /// after it (reception.london, empfang_berlin) or written in two words (front.desk, service_desk).
        /// </summary>
        internal static bool IsRoleMailbox(string local)
        {
            if (RoleLocalParts.Contains(local)) return true;
            var end = local.Length;
            while (end > 0 && (char.IsDigit(local[end - 1]) || local[end - 1] == '.' || local[end - 1] == '-' || local[end - 1] == '_')) end--;
            if (end == 0) return false;
            var words = local.Substring(0, end).Split(MailboxSeparators, StringSplitOptions.RemoveEmptyEntries);
            // Any word of it a desk (reception.london, london.reception, empfang_berlin), or all of them together (front.desk).
            var joined = new System.Text.StringBuilder(end);
            foreach (var word in words)
            {
                var letters = word.TrimEnd(Digits);
                if (RoleLocalParts.Contains(letters) || HoldsALongDeskWord(letters)) return true;
                joined.Append(letters);
            }
            return RoleLocalParts.Contains(joined.ToString());
        }

        /// <summary>A word that starts or ends with a long desk word (londonreception, receptionlondon, mainreception).</summary>
        private static bool HoldsALongDeskWord(string word)
        {
            if (word.Length <= DeskWordInsideAName) return false;
            foreach (var role in RoleNames)
            {
                if (role.Length < DeskWordInsideAName || role.IndexOf('.') >= 0) continue;
                if (word.StartsWith(role, StringComparison.Ordinal) || word.EndsWith(role, StringComparison.Ordinal)) return true;
            }
            return false;
        }

        /// <summary>An address whose mailbox name is a role (info@, accounts@, reception@), compared without a substring.</summary>
        private static bool IsRoleAddress(string address)
        {
            var at = address.LastIndexOf('@');
            foreach (var role in RoleNames)
            {
                if (role.Length == at && string.CompareOrdinal(address, 0, role, 0, at) == 0) return true;
            }
            return false;
        }

        /// <summary>A local part that names a person ("ann.lee", "alee2"), not a role ("info").</summary>
        /// <summary>
        /// The mailbox name of a folded address (before its '@') looks like a person's: four characters or more, no role, and a dot
        /// or an underscore or six characters. Read in place: a copy of every account's mailbox name was garbage for each.
        /// </summary>
        private static bool LooksPersonal(string address)
        {
            var length = address.LastIndexOf('@');
            return length >= 4 && !RoleLocalPartKeys.Contains(LocalPartKey.OfAddress(address)) &&
                   (address.IndexOf('.', 0, length) > 0 || address.IndexOf('_', 0, length) > 0 || length >= 6);
        }

        private static readonly HashSet<LocalPartKey> RoleLocalPartKeys = RoleKeys();

        private static HashSet<LocalPartKey> RoleKeys()
        {
            var keys = new HashSet<LocalPartKey>();
            foreach (var name in RoleNames) keys.Add(LocalPartKey.Of(name));
            return keys;
        }
    }
}
