using System;
using System.Collections.Generic;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Core.Accounts
{
    /// <summary>
    /// Accounts that are plainly no person: a service account (svc-backup@, "Veeam Service"), a scanner, printer or fax mailbox
    /// (scan2email@, "Scanner"), a room or equipment mailbox ("Conf Room 1", boardroom@), a no-reply sender or a sync account.
    /// New-PsaContact does not create PSA contacts for them unless told to (round 61a: a scheduled run would have created
    /// "Veeam Service" and six "scan2email" contacts as people). Desks that people answer (reception@, info@, "Accounts") are
    /// not in this list: MSPs keep contacts for them, and tickets come from them.
    /// </summary>
    public static class NonPersonAccounts
    {
        // Words of a mailbox name or a display name that say "not a person"; compared folded, whole words.
        private static readonly HashSet<string> Words = new HashSet<string>(StringComparer.Ordinal)
        {
            // Not "service" (Customer Service is a desk people answer), nor words that are also surnames (Bot, Mailer).
            "svc", "srv", "daemon", "scan", "scanner", "scans", "scantoemail", "scan2email", "scan2mail",
            "printer", "copier", "mfp", "fax", "noreply", "donotreply", "room", "rooms", "boardroom", "meetingroom", "confroom",
            "conferenceroom", "trainingroom", "projector", "equipment", "adsync", "aadsync", "sync", "backup", "veeam", "sqlagent",
            "sqlsvc", "automation", "monitoring", "alerts", "healthmailbox",
        };

        /// <summary>Why the account is no person ("a service account", "a room or equipment mailbox"), or null for anyone else.</summary>
        public static string? Reason(Account account)
        {
            if (account == null) throw new ArgumentNullException(nameof(account));
            var address = account.Email ?? account.UserPrincipalName;
            var local = address == null || address.IndexOf('@') <= 0 ? null : address.Substring(0, address.LastIndexOf('@'));
            var found = FirstWord(local) ?? FirstWord(account.DisplayName) ?? FirstWord((account.FirstName ?? string.Empty) + " " + (account.LastName ?? string.Empty));
            if (found == null) return null;
            return found switch
            {
                "scan" or "scanner" or "scans" or "scantoemail" or "scan2email" or "scan2mail" or "printer" or "copier" or "mfp" or "fax" => "a scanner, printer or fax mailbox",
                "room" or "rooms" or "boardroom" or "meetingroom" or "confroom" or "conferenceroom" or "trainingroom" or "projector" or "equipment" => "a room or equipment mailbox",
                "noreply" or "donotreply" or "alerts" or "monitoring" or "healthmailbox" => "a sending or monitoring mailbox",
                _ => "a service account",
            };
        }

        /// <summary>The first word of the text (split at spaces, dots, hyphens, underscores and digits) that names no person.</summary>
        private static string? FirstWord(string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            var folded = NameNormalizer.Normalize(text!.Replace('.', ' ').Replace('_', ' '));
            if (Words.Contains(folded.Replace(" ", string.Empty))) return folded.Replace(" ", string.Empty);
            foreach (var word in folded.Split(' '))
            {
                if (word.Length == 0) continue;
                if (Words.Contains(word)) return word;
                // scan2email, confroom1, svc01: the word before the digits.
                var letters = TrimDigits(word);
                if (letters.Length > 0 && letters.Length < word.Length && Words.Contains(letters)) return letters;
                if (letters.Length < word.Length && Words.Contains(word)) return word;
            }
            return null;
        }

        private static string TrimDigits(string word)
        {
            var start = 0;
            while (start < word.Length && char.IsDigit(word[start])) start++;
            var end = word.Length;
            while (end > start && char.IsDigit(word[end - 1])) end--;
            return word.Substring(start, end - start);
        }
    }
}
