using System;
using System.Collections.Generic;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// Name fields a machine filled, not a person: ConnectWise's email connector and Autotask's Incoming Email Processing make a
    /// contact from an email's sender, a phone system's integration from a call, an import from an older PSA from its rows (round 63b:
    /// "Caller | 0412345678" carrying the account's mobile was taken for a handed-on company phone and dropped, "sgibson |" at the
    /// account's own address was Review ConflictingName below a namesake's record, "aellis |" and "Mr &amp; Mrs | Fleming" were no
    /// candidates; New-PsaContact made twins). What the module reads from them:
    /// <list type="bullet">
    /// <item>a phone system's caller ("Unknown Caller", "Private Number", "Caller | 0412345678") or a number is no name, and a number
    /// in a name field is the contact's mobile when it has none; a one-word caller placeholder counts only beside nothing else, since
    /// Caller is a surname too;</item>
    /// <item>a last name that is the contact's own mail domain ("areed | contoso.com") is no name;</item>
    /// <item>a name field that is the contact's own mailbox name or address ("sgibson", "kbell@contoso.com") names nobody to compare
    /// with an account whose name that mailbox spells (sgibson@ for Susan Gibson), and is a name against anyone else ("Olga |" at
    /// olga@ held now by Deepa Nair stays Olga: round 64a);</item>
    /// <item>a contact named by a mailbox name or an address and no address item ("aellis |") is found by the account's mailbox name;</item>
    /// <item>a couple's record ("John &amp; Mary | Smith", "Mr &amp; Mrs | Fleming") is found by each given name, or by the surname.</item>
    /// </list>
    /// </summary>
    internal static class MachineMadeNames
    {
        // Folded without spaces (NameNormalizer.Compact): what phone systems and PSAs write for a caller with no name.
        private static readonly HashSet<string> CallerWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "caller", "unknowncaller", "anonymous", "anonymouscaller", "privatecaller", "privatenumber", "unknownnumber", "wirelesscaller",
            "nocallerid", "callerid", "withheld", "numberwithheld", "restricted", "unavailable", "incomingcall", "missedcall",
        };

        /// <summary>
        /// The mailbox name a contact without a person's name is named by: one field blank or a placeholder, the other one word of four
        /// characters or more that is no given name the nickname table knows ("aellis", "JNORTON"), or an address ("lpatel@contoso.com"),
        /// lower-cased; null otherwise. Only for contacts that have no name keys (no first and last name).
        /// </summary>
        public static LocalPartKey? MailboxInName(string? first, string? last)
        {
            string? only;
            if (SingleNames.IsPlaceholder(last)) only = first;
            else if (SingleNames.IsPlaceholder(first)) only = last;
            else return null;
            if (string.IsNullOrWhiteSpace(only)) return null;
            var text = only!.Trim().ToLowerInvariant();
            var at = text.IndexOf('@');
            var local = at < 0 ? text : text.Substring(0, at);
            if (local.Length < 4) return null;
            foreach (var c in local)
            {
                if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '.' && c != '_' && c != '-') return null;
            }
            if (at < 0 && (NicknameTable.Default.Knows(NameNormalizer.Compact(local)) || EvidenceCollector.IsRoleMailbox(local))) return null;
            return LocalPartKey.Of(local);
        }

        /// <summary>
        /// A name field that a phone system filled: a telephone number, a caller placeholder of two words or more ("Unknown Caller",
        /// "Private Number"), or one of one word ("Caller", "Anonymous", "Withheld") beside nothing else (a blank, a placeholder or a
        /// number in the other field): Caller is a surname too ("Tom | Caller", "CALLER | KHALID", "Mr &amp; Mrs | Caller": round 64a).
        /// </summary>
        public static bool IsCaller(string? field, string? otherField)
        {
            if (string.IsNullOrWhiteSpace(field)) return false;
            var text = field!.Trim();
            if (text.Length > LongestCallerText) return false;
            // Most fields are a plain name of letters: looked up as they are, ignoring case, with no folded copy made.
            if (SingleNames.IsAsciiLetters(text)) return CallerWordsIgnoringCase.Contains(text) && BesideNothing(otherField);
            if (IsNumber(text)) return true;
            var compact = NameNormalizer.Compact(text);
            return CallerWords.Contains(compact) && (text.IndexOf(' ') > 0 || BesideNothing(otherField));
        }

        private static bool BesideNothing(string? otherField) =>
            SingleNames.IsPlaceholder(otherField) || IsNumber(otherField!.Trim());

        private static readonly HashSet<string> CallerWordsIgnoringCase = new HashSet<string>(CallerWords, StringComparer.OrdinalIgnoreCase);
        private const int LongestCallerText = 24;


        /// <summary>The telephone number a phone system wrote into a name field ("Caller | 0455111222"), or null.</summary>
        public static string? NumberInName(PsaContact contact) =>
            !string.IsNullOrWhiteSpace(contact.LastName) && IsNumber(contact.LastName!.Trim()) ? contact.LastName!.Trim() :
            !string.IsNullOrWhiteSpace(contact.FirstName) && IsNumber(contact.FirstName!.Trim()) ? contact.FirstName!.Trim() : null;

        /// <summary>Digits and a phone number's marks only, at least five digits: "0412345678", "+61 412 345 678", "(555) 010-0199".</summary>
        private static bool IsNumber(string field)
        {
            var digits = 0;
            foreach (var c in field)
            {
                if (c >= '0' && c <= '9') digits++;
                else if (c != ' ' && c != '+' && c != '-' && c != '(' && c != ')' && c != '.' && c != '/') return false;
            }
            return digits >= 5;
        }

        /// <summary>A last name that is the domain of one of the contact's own addresses ("areed | contoso.com"): no surname has a dot.</summary>
        public static bool IsOwnDomain(string? field, PsaContact contact)
        {
            if (string.IsNullOrWhiteSpace(field) || contact.Emails.Count == 0) return false;
            var text = field!.Trim();
            if (text.IndexOf('.') <= 0 || text.IndexOf(' ') >= 0) return false;
            foreach (var email in contact.Emails)
            {
                if (string.IsNullOrEmpty(email)) continue;
                var at = email.LastIndexOf('@');
                if (at > 0 && text.Length == email.Length - at - 1 && string.Compare(text, 0, email, at + 1, text.Length, StringComparison.OrdinalIgnoreCase) == 0) return true;
            }
            return false;
        }

        /// <summary>
        /// The mailbox name (lower case) a contact is named by: one name field filled, the other blank or a placeholder (as read:
        /// <see cref="SingleNames.WithoutPlaceholders"/>), and that one its own address or that address's mailbox name, in one word
        /// ("sgibson", "SGIBSON", "kbell@contoso.com"); null otherwise. Whether it names nobody depends on the account compared with
        /// (<see cref="NameDetails.IsMailboxOfTheName"/>), so the contact keeps it as its name.
        /// </summary>
        public static string? OwnMailboxName(PsaContact named, PsaContact contact)
        {
            string? only;
            if (SingleNames.IsPlaceholder(named.LastName)) only = named.FirstName;
            else if (SingleNames.IsPlaceholder(named.FirstName)) only = named.LastName;
            else return null;
            if (string.IsNullOrWhiteSpace(only) || contact.Emails.Count == 0) return null;
            var text = only!.Trim();
            if (text.IndexOf(' ') >= 0) return null;
            foreach (var email in contact.Emails)
            {
                if (string.IsNullOrEmpty(email)) continue;
                var address = email.Trim();
                var at = address.LastIndexOf('@');
                if (at <= 0) continue;
                if ((text.Length == at && string.Compare(text, 0, address, 0, at, StringComparison.OrdinalIgnoreCase) == 0) ||
                    string.Equals(text, address, StringComparison.OrdinalIgnoreCase))
                {
                    return address.Substring(0, at).ToLowerInvariant();
                }
            }
            return null;
        }

        // Words that join two given names in a couple's record, in the languages of the name tables.
        private static readonly HashSet<string> Joiners = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "and", "y", "e", "et", "und", "en", "og", "och", "i", "a" };
        private static readonly char[] CoupleMarks = { '&', '+', '/' };
        private static readonly char[] CoupleSplit = { ' ', '&', '+', '/' };

        /// <summary>
        /// A couple's record, as the keys each partner is found by (given name | surname, folded), and the surname alone when a partner's
        /// given name is not written ("Mr &amp; Mrs | Fleming", "Mr &amp; Mrs John | Smith"); null when the name is no couple's. Read from
        /// both fields together, however an import or a connector wrote them: "John &amp; Mary | Smith", "John and Mary | Smith",
        /// "John/Mary | Smith", "Juan y María | García", "John &amp; Mary Smith |", ". | John &amp; Mary Smith", "Smith | John &amp; Mary",
        /// "Sr. y Sra. | Garcia", "Mr/Mrs | Smith", "Tom Lee &amp; Amy Jones |", "John &amp;amp; Mary | Smith" (rounds 63b, 64a, 64b: a
        /// partner was left Unmatched, and New-PsaContact made a twin). One record for two people: a candidate to review for each.
        /// </summary>
        public static (List<NameKey> Keys, string? Surname)? CoupleKeys(string? first, string? last)
        {
            // "Arjun | a/l Murugan": a patronymic word's slash joins no two people.
            var firstText = SingleNames.IsPlaceholder(first) ? string.Empty : PatronymicSlashes.WithoutPatronymicSlashes(first)!.Replace("&amp;", "&");
            var lastText = SingleNames.IsPlaceholder(last) ? string.Empty : PatronymicSlashes.WithoutPatronymicSlashes(last)!.Replace("&amp;", "&");
            var inFirst = HasJoin(firstText);
            var inLast = HasJoin(lastText);
            if (!inFirst && !inLast) return null;
            var firstWords = Words(firstText);
            var lastWords = Words(lastText);
            var keys = new List<NameKey>(3);
            // Two whole names joined ("Tom Lee & Amy Jones"), in one field with the other empty.
            if ((inFirst && lastWords.Count == 0) || (inLast && firstWords.Count == 0))
            {
                var halves = (inFirst ? firstText : lastText).Split(CoupleMarks);
                if (halves.Length == 2)
                {
                    var left = Words(halves[0]);
                    var right = Words(halves[1]);
                    if (left.Count == 2 && right.Count == 2 && left[1] != right[1])
                    {
                        keys.Add(new NameKey(left[0], left[1]));
                        keys.Add(new NameKey(right[0], right[1]));
                        return (keys, null);
                    }
                }
            }
            List<string> givens;
            string surname;
            if (inFirst && lastWords.Count > 0)
            {
                givens = firstWords;
                surname = lastWords[lastWords.Count - 1];
                // "Mr & Mrs | Ian Fleming": the husband's whole name after the titles.
                if (givens.Count == 0 && lastWords.Count == 2) givens.Add(lastWords[0]);
            }
            else if (inLast && firstWords.Count == 1 && lastWords.Count >= 1 && !inFirst && lastWords.TrueForAll(NicknameTable.Default.Knows))
            {
                // Given names the table knows only: "José | Ortega y Gasset" is one man's two surnames.
                // Crossed on import ("Smith | John & Mary"), or the titles in the last field (". | Mr & Mrs Smith" has no first word).
                givens = lastWords;
                surname = firstWords[0];
            }
            else if (firstWords.Count == 0 || lastWords.Count == 0)
            {
                // All in one field ("John & Mary Smith |", ". | John & Mary Smith", ". | Mr & Mrs Smith").
                var all = firstWords.Count > 0 ? firstWords : lastWords;
                if (all.Count == 0) return null;
                surname = all[all.Count - 1];
                givens = all.GetRange(0, all.Count - 1);
            }
            else return null;
            if (surname.Length < 2 || givens.Count > 2) return null;
            foreach (var given in givens) keys.Add(new NameKey(given, surname));
            return (keys, givens.Count < 2 ? surname : null);
        }

        /// <summary>A join of two people: '&amp;', '+', '/', or a joining word between two words ("John and Mary", "Sr. y Sra.").</summary>
        private static bool HasJoin(string text)
        {
            if (text.Length == 0) return false;
            if (text.IndexOfAny(CoupleMarks) >= 0) return true;
            var words = text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            for (var i = 1; i < words.Length - 1; i++)
            {
                if (Joiners.Contains(words[i])) return true;
            }
            return false;
        }

        /// <summary>The folded words of a name, without titles, joining words, initials and marks.</summary>
        private static List<string> Words(string text)
        {
            var raw = text.Split(CoupleSplit, StringSplitOptions.RemoveEmptyEntries);
            var words = new List<string>(raw.Length);
            for (var i = 0; i < raw.Length; i++)
            {
                if (Joiners.Contains(raw[i]) && i > 0 && i < raw.Length - 1) continue;
                if (NameTitles.IsTitle(raw[i], 0)) continue;
                var folded = NameNormalizer.Compact(raw[i]);
                if (folded.Length < 2) continue; // an initial ("Mr & Mrs J"), or a mark
                words.Add(folded);
            }
            return words;
        }

        /// <summary>
        /// Whether the fields may be a couple's (<see cref="CoupleKeys"/>): '&amp;', '+' or '/', or a joining word between spaces. Asked
        /// of every contact, so read in place, with nothing made.
        /// </summary>
        public static bool MayBeCouple(string? first, string? last) => MayJoin(first) || MayJoin(last);

        private static bool MayJoin(string? field)
        {
            if (string.IsNullOrEmpty(field)) return false;
            if (field!.IndexOfAny(CoupleMarks) >= 0) return true;
            if (field.IndexOf(' ') < 0) return false;
            foreach (var joiner in SpacedJoiners)
            {
                if (field.IndexOf(joiner, StringComparison.OrdinalIgnoreCase) > 0) return true;
            }
            return false;
        }

        private static readonly string[] SpacedJoiners = { " and ", " y ", " e ", " et ", " und ", " en ", " og ", " och ", " i ", " a " };
    }
}
