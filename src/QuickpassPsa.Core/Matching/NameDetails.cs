using System;
using System.Collections.Generic;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// What an exact first-and-last-name match leaves out: middle names and generational suffixes. "John P."
    /// and "John Q." Korvenberg, or John Korvenberg and John Korvenberg Jr., share the name keys (the first
    /// word of the first name, the surname) and are two people. Read from the fields and the display name
    /// as written, only for the few accounts a unique exact name would link.
    /// </summary>
    internal static class NameDetails
    {
        // ASCII single quotes too ("David 'Junior' Chen", round 72c): O'Brien splits into O and Brien, neither of them a generation.
        private static readonly char[] Separators = { ' ', ',', '.', '\t', '(', ')', '[', ']', '"', '\'', '\u201C', '\u201D', '\u2018', '\u2019' };

        /// <summary>
        /// Every generation GenerationIn knows holds a 2, 3 or 4, an r after j, s or n (jr, sr, jnr, snr), "ior" (junior,
        /// senior) or an i before i or v (ii, iii, iv): one pass over the text answers most names without a split.
        /// </summary>
        private static bool MayHoldGeneration(string text)
        {
            // Brazil's generations: Filho, Filha (Jr), Neto, Neta, Bisneto, Sobrinho, Fº. Rare letters first: most names have no "lh" nor "net".
            if (text.IndexOf("lh", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("net", StringComparison.OrdinalIgnoreCase) >= 0 ||
                text.IndexOf("inh", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf('º') >= 0)
            {
                return true;
            }
            for (var i = 0; i < text.Length; i++)
            {
                var c = Lower(text[i]);
                if (c >= '2' && c <= '4') return true;
                if (c == 'r' && i > 0)
                {
                    var before = Lower(text[i - 1]);
                    if (before == 'j' || before == 's' || before == 'n' || (before == 'o' && i > 1 && Lower(text[i - 2]) == 'i')) return true;
                }
                if (c == 'i' && i + 1 < text.Length)
                {
                    var after = Lower(text[i + 1]);
                    if (after == 'i' || after == 'v') return true;
                }
            }
            return false;
        }

        /// <summary>
        /// A display name alone that is the contact's last name and then its first name, word for word, each written the same (case aside,
        /// marks kept: Hà is not Hạ): "Wong Yong Sheng" and Yong Sheng | Wong.
        /// </summary>
        private static bool DisplayIsTheContactsWordsReordered(Account account, PsaContact contact) =>
            DisplayWords(account, contact, out var mine, out var theirsFirst, out var theirsLast) && mine.Length > 2 &&
            SameWords(mine, 0, theirsLast) && SameWords(mine, theirsLast.Length, theirsFirst);

        /// <summary>
        /// A display name alone of three words or more with exactly the contact's words, in neither of the two orders a name is written in
        /// (given names then family name, or family name then given names): the given names reordered, two people.
        /// </summary>
        private static bool GivenNamesReordered(Account account, PsaContact contact)
        {
            if (!DisplayWords(account, contact, out var mine, out var theirsFirst, out var theirsLast) || mine.Length < 3) return false;
            if ((SameWords(mine, 0, theirsFirst) && SameWords(mine, theirsFirst.Length, theirsLast)) ||
                (SameWords(mine, 0, theirsLast) && SameWords(mine, theirsLast.Length, theirsFirst))) return false;
            var left = new List<string>(theirsFirst);
            left.AddRange(theirsLast);
            foreach (var word in mine)
            {
                var at = left.FindIndex(w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase));
                if (at < 0) return false;
                left.RemoveAt(at);
            }
            return true;
        }

        private static bool DisplayWords(Account account, PsaContact contact, out string[] mine, out string[] theirsFirst, out string[] theirsLast)
        {
            mine = theirsFirst = theirsLast = Array.Empty<string>();
            if (!string.IsNullOrWhiteSpace(account.FirstName) || !string.IsNullOrWhiteSpace(account.LastName) || string.IsNullOrWhiteSpace(account.DisplayName)) return false;
            if (string.IsNullOrWhiteSpace(contact.FirstName) || string.IsNullOrWhiteSpace(contact.LastName)) return false;
            mine = account.DisplayName!.Split(WordSpaces, StringSplitOptions.RemoveEmptyEntries);
            theirsFirst = contact.FirstName!.Split(WordSpaces, StringSplitOptions.RemoveEmptyEntries);
            theirsLast = contact.LastName!.Split(WordSpaces, StringSplitOptions.RemoveEmptyEntries);
            if (mine.Length != theirsFirst.Length + theirsLast.Length) return false;
            foreach (var word in mine)
            {
                if (!IsPlainName(word)) return false;
            }
            return true;
        }

        private static bool SameWords(string[] words, int from, string[] part)
        {
            for (var i = 0; i < part.Length; i++)
            {
                if (!string.Equals(words[from + i], part[i], StringComparison.OrdinalIgnoreCase)) return false;
            }
            return true;
        }

        private static readonly char[] WordSpaces = { ' ', '\u00A0', '\t' };

        private static bool IsPlainName(string word)
        {
            foreach (var c in word)
            {
                if (!char.IsLetter(c) && c != '-' && c != '\'' && c != '\u2019') return false;
            }
            return true;
        }

        private static char Lower(char c) => c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;

        /// <summary>
        /// The account and the contact name different middle names, or different generations. With
        /// <paramref name="oneSided"/> a generation on one side only counts too (John and John Jr. by name
        /// alone may be father and son); beside an equal address a PSA that left the Jr. out is the likelier.
        /// </summary>
        public static bool Conflict(Account account, PsaContact contact, bool oneSided)
        {
            // "Wong Yong Sheng" as a display name alone and the contact Yong Sheng | Wong: the same words, the family name put first as
            // Chinese writes it (round 73b: at the person's own address, Review ConflictingName, the middle words read as two middle names).
            if (!oneSided && DisplayIsTheContactsWordsReordered(account, contact)) return false;
            // "Kim Min Jun" and Jun Min | Kim, "Wong Yong Sheng" and Sheng Yong | Wong: the same words, the given names in another order,
            // are two people (Min-jun and Jun-min; round 74a: Suggested at 3 stars at the address, beside the exact contact).
            if (GivenNamesReordered(account, contact)) return true;
            // "Mrs Peter Smith" is Peter Smith's wife in the old styling, or Mrs Anna Smith: by name alone, unsure.
            // The fields read together: "Mrs" | "Peter Smith" is Mrs Peter Smith.
            if (oneSided && (StartsWithMrs(account.FirstName, account.LastName) || StartsWithMrs(account.DisplayName, null) ||
                             StartsWithMrs(contact.FirstName, contact.LastName) || IsMarriedTitle(contact.Title, contact.LastName))) return true;
            if (MiddlesConflict(AccountMiddle(account), Middle(contact.FirstName))) return true;
            // By name alone, "Abdul Rahman" is not "Abdul", nor "Juan Carlos" "Juan", nor "Xiao Ming" "Xiao": a
            // compound given name against its first word names two people as often as one.
            if (oneSided && OneHasASecondGivenName(GivenNames(account), contact.FirstName) && !GoesByTheFirstWord(account) && !DisplayIsTheWholeName(account, contact)) return true;
            // "John Paul James Smith" against John Paul | Smith, "Juan Carlos Martínez Ruiz" against Juan Carlos | Ruiz: a display-only
            // name of which the contact's is a part with a word left out may be the father's, or another family's (round 46).
            if (oneSided && DisplayLeavesAWordOut(account, contact)) return true;
            // "(Mary) John Smith", a display name alone: a given name in brackets in front that is no form of the one after it names
            // another person, as "John (Jane)" does (round 69b: linked to John Smith at 2 stars).
            if (oneSided && BracketInFrontNamesAnother(account)) return true;
            // "Ann Lee (Shared)", "Omar Ali (Test)", "Emma Hall (PA)": an account named after a person is not the person.
            if (oneSided && (Qualified(account.DisplayName) || Qualified(account.FirstName) || Qualified(account.LastName))) return true;
            // A shared mailbox that kept a leaver's given name and surname ("Reception", fields John Smith): John Smith's
            // contact is not this account's, by name or by the old address kept as an alias.
            if (RoleAccounts.DisplayNamesAnother(account) && RoleAccounts.ContactBearsTheFieldsName(account, contact)) return true;
            // Display "Jane Smith" over the previous holder's fields John Smith: John's contact is not this account's.
            if (RoleAccounts.DisplayGivesAnotherGivenName(account, out var displayFirst) &&
                NameNormalizer.Compact(contact.FirstName) == NameNormalizer.Compact(account.FirstName) && NameNormalizer.Compact(contact.FirstName) != displayFirst)
            {
                return true;
            }
            // "John (Jane)", 'David "Junior"': a word in brackets or quotes beside the given name that is no form of it names
            // another person, a generation or a note; and "Alexandra (Alex)" is not "Alexander (Alex)": the short form both go
            // by says nothing when the full given names differ.
            if (oneSided && PreferredNamesConflict(account.FirstName, contact.FirstName)) return true;
            // Wei Zhang shown as "David Zhang" and the contact "Wei (Kevin)": two working names, two people.
            if (oneSided && PreferredName(contact.FirstName) is { } workingName && RoleAccounts.DisplayGivesAnotherGivenName(account, out var shownAs) &&
                !AreForms(shownAs, workingName))
            {
                return true;
            }
            // "Emma Hall (John Smith)", "David Chen - Mary Chen", a surname "Chen (Mary Chen)": a note that is another person's name.
            if (oneSided && (NoteNamesAPerson(account.DisplayName, account.FirstName, account.LastName) || NoteNamesAPerson(account.LastName, account.FirstName, account.LastName) ||
                             DisplayOnlyNoteNamesAPerson(account) ||
                             NoteNamesAPerson(contact.LastName, contact.FirstName, contact.LastName) || NoteNamesAPerson(contact.FirstName, contact.FirstName, contact.LastName)))
            {
                return true;
            }
            // "Chen (Son of David)", "Chen (Intern 2024)", a job title "Owner's son": the PSA's note says the record is another person's.
            if (oneSided && (Qualified(contact.FirstName) || Qualified(contact.LastName) || TitleNamesAnother(contact.Title))) return true;
            // "David and Mary Chen", "Mr & Mrs Chen": an account shared by two people is neither one's.
            // A couple's display name alone reads each one's name (NameKey.AddEachOfACouple): at the couple's address too, it is neither one's.
            // So is a couple or a family over the fields ("Mr & Mrs" | Chen, "Chen" | "Family") at one partner's address (round 79a:
            // Suggested at 3 stars to David's record at david.chen@, where the same name as a display name alone was Review).
            // And a couple's or a family's display name over a partner's own fields (David | Chen shown as "Chen Household", "Mr & Mrs
            // Chen", "David and Mary Chen"; round 83a: Suggested by name and at david.chen@).
            if (NamesACouple(account.DisplayName) || DisplayNamesAFamily(account) || (!oneSided && IsFamilyOverTheFields(account))) return true;
            // Hà and Hạ, Hưng and Hùng: both written with marks, and not the same marks (NameMarks). At the account's own address too:
            // ha.pham@ handed from Hạ Phạm to Hà Phạm reads the same, and the address cannot tell them apart (round 71a: Suggested at 3
            // stars to Hạ's record, and Hạ's own account, at ha.pham2@, was left Unmatched: a twin).
            if (oneSided ? NameMarks.Differ(account, contact) : NameMarks.DifferBeyondASlip(account, contact)) return true;
            var mine = Generation(account.DisplayName, account.FirstName, account.LastName);
            var theirs = Generation(null, contact.FirstName, contact.LastName);
            if (mine == theirs) return false;
            return oneSided || (mine != null && theirs != null);
        }

        // A bracketed word, or one after a spaced dash, that says an account named after a person is not that person's
        // own: a shared or role mailbox, a test, a leaver's. First in the brackets: "(Contractor or Temp)" describes the
        // person ("temp" first would be a temporary account).
        private static readonly System.Text.RegularExpressions.Regex Qualifier = new System.Text.RegularExpressions.Regex(
            @"([\(\[""\u201C]|\s[-–—]\s*)(shared|share|test|testing|admin|adm|administrator|pa|assistant|ea|delegate|service|svc|temp|temporary|generic|" +
            @"training|demo|mailbox|room|resource|leaver|left|old|former|do not use|dnu|external|guest|backup|scan|scanner|kiosk|bot)\b",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        // Anywhere in brackets ("(Summer Intern)", "(Son of David)", "(2)") or after a spaced dash: another person who
        // shares the name (an intern, a student, a relative), or a second account or a device of the person.
        private static readonly System.Text.RegularExpressions.Regex AnotherOrSecond = new System.Text.RegularExpressions.Regex(
            @"([\(\[""\u201C][^\)\]""\u201D]*?\b|\s[-–—/]\s*|/\s*)(intern|interns|internship|student|work experience|work placement|placement|trainee|apprentice|seasonal|" +
            @"volunteer|locum|relief|deputy|board|new|kids|children|" +
            // Round 70a: the same temporary roles in Nigeria (NYSC, corper, SIWES), Ghana (NSS), Kenya (attachment) and South Africa (learner).
            @"nysc|corper|corps member|siwes|nss|national service|attachment|attachee|learner|learnership|article clerk|articled clerk|" +
            @"son|daughter|wife|husband|spouse|father|mother|mum|mom|dad|family|personal|private|home|ipad|iphone|laptop|tablet|device|pc|mobile|" +
            @"spare|secondary|alt|alternate|vendor|cover|teams room|" +
            @"\d{1,2})\b",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        // Anywhere in the name: a cover ("Maternity Cover - Emma Hall"), a mailbox or assistant of a person ("Emma Hall's
        // Assistant"), a shared mailbox or a room, or the prefix of an admin account ("adm-David Chen"). A mark that the
        // person left ("zzz_Smith, Mark", "(Terminated)", "(Deceased)") is not here: the account is still that person's,
        // and its state is the account's Enabled, not another identity.
        private static readonly System.Text.RegularExpressions.Regex NotThePersonsOwn = new System.Text.RegularExpressions.Regex(
            @"\bcover\b|'s\s+(assistant|pa|office|mailbox|calendar|diary|team|inbox)\b|\bshared mailbox\b|\bteams room\b|\s(team|&\s*co)\s*$|" +
            @"^\s*(adm|admin|sa|svc)[-_.]\s*\S",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        // Or bare at the end of a name of two words or more: "David Chen Admin", "David Chen 2", "David Chen iPad".
        private static readonly System.Text.RegularExpressions.Regex TrailingQualifier = new System.Text.RegularExpressions.Regex(
            @"\S\s+\S+\s+(admin|adm|administrator|test|intern|student|ipad|laptop|tablet|\d{1,2})\s*$",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        // "PA to John Smith", "Scan to John Smith", "Assistant for Ann Lee": a mailbox for a person, named after them.
        private static readonly System.Text.RegularExpressions.Regex ForAPerson = new System.Text.RegularExpressions.Regex(
            @"^\s*(pa|ea|assistant|secretary|scan|scans|fax|delegate|mailbox|office)\s+(to|for|of)\s",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        /// <summary>
        /// "Ann Lee (Shared)", "Peter King [Test]", "Emma Hall - PA", "David Chen (Summer Intern)": a qualifier in brackets
        /// or after a spaced dash; "David Chen Admin", "David Chen 2" at the end of a name of two words or more; or
        /// "PA to John Smith", "Scan to John Smith" before the name.
        /// </summary>
        /// <summary>The account's display name or name fields qualify the person ("Ann Lee (Admin)", "(Shared)", "- PA": <see cref="Qualified"/>).</summary>
        internal static bool IsQualified(Account account) => Qualified(account.DisplayName) || Qualified(account.FirstName) || Qualified(account.LastName);

        internal static bool Qualified(string? text) =>
            text != null && (((text.IndexOf('(') >= 0 || text.IndexOf('[') >= 0 || text.IndexOf('"') >= 0 || text.IndexOf('\u201C') >= 0 || text.IndexOf('/') >= 0 || text.IndexOf(" - ", StringComparison.Ordinal) >= 0 ||
                               text.IndexOf(" – ", StringComparison.Ordinal) >= 0 || text.IndexOf(" — ", StringComparison.Ordinal) >= 0) && (Qualifier.IsMatch(text) || AnotherOrSecond.IsMatch(text))) ||
                             (text.IndexOf(' ') > 0 && (ForAPerson.IsMatch(text) || TrailingQualifier.IsMatch(text) || NotThePersonsOwn.IsMatch(text))));

        // Two people joined by "and" or "&" ("David and Mary Chen", "Mr & Mrs Chen"), once a note is set aside ("Anna Lee -
        // Sales & Marketing"); not "|" or "/", which set off a department ("Robert Dramakrok | Finance").
        private static readonly System.Text.RegularExpressions.Regex Couple = new System.Text.RegularExpressions.Regex(
            @"\S\s*&\s*\S|\s(and|und|et|\+)\s",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        // Most display names hold no "&" and no joining word: answered without a regular expression or a string.
        private static bool MayNameACouple(string? display) =>
            display != null && (display.IndexOf('&') >= 0 || display.IndexOf(" and ", StringComparison.OrdinalIgnoreCase) >= 0 ||
                                display.IndexOf(" und ", StringComparison.OrdinalIgnoreCase) >= 0 || display.IndexOf(" et ", StringComparison.OrdinalIgnoreCase) >= 0 ||
                                display.IndexOf(" + ", StringComparison.Ordinal) >= 0);

        // A contact's job title that says the record is another person than its name suggests.
        // A temporary role that shares a staff member's name: an intern, a trainee, a summer student (a student's own role at a
        // school, "Student", "Student Nurse", "Student Services Manager", is the person's).
        private static readonly System.Text.RegularExpressions.Regex AnotherInTitle = new System.Text.RegularExpressions.Regex(
            @"\b(intern|work experience|placement|trainee|apprentice)\b|\b(summer|holiday|vacation|seasonal|temporary|temp)\s+student\b|\bstudent\s+(intern|placement)\b|" +
            // Round 70a: NYSC corps members and corpers, SIWES students (Nigeria), national service personnel (Ghana), industrial
            // attachment (Kenya), learnerships and article clerks (South Africa). "Learner Support Officer" is a school's staff.
            @"\b(nysc|corper|corps member|siwes|national service personnel|nss personnel|industrial attachment|attach[eé]e|attachment student|" +
            @"learnership|article clerk|articled clerk)\b|^\W*(learner|nss|attachment)\W*$",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        /// <summary>
        /// The contact's job title says the record is another person than its name suggests: someone's relative (<see
        /// cref="Relatives.Named"/>: "Owner's son", "Grandson of founder", "Sohn des Inhabers") or a temporary role (a summer student).
        /// </summary>
        internal static bool TitleNamesAnother(string? title) =>
            !string.IsNullOrWhiteSpace(title) && (Relatives.Named(title) || (AnotherInTitle.IsMatch(title) && !RunsAScheme.IsMatch(title)));

        // Staff who run such a scheme: "Intern Coordinator", "SIWES Coordinator", "NYSC Liaison Officer", "Learnership Manager" (round 72a).
        private static readonly System.Text.RegularExpressions.Regex RunsAScheme = new System.Text.RegularExpressions.Regex(
            @"\b(intern|interns|internship|trainee|apprentice|apprenticeship|placement|work experience|nysc|siwes|corps member|learnership|attachment|industrial attachment|article clerk)s?\s+" +
            @"(coordinator|co-ordinator|liaison|officer|manager|supervisor|lead|administrator|director|programme|program|recruiter|mentor|desk)\b",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        // A married woman's title in the languages that styled a wife by her husband's name: "Mrs Peter Smith", "Mme Jean
        // Dupont", "Frau Peter Müller", "Sra. Juan García", "Mevrouw Jan de Vries".
        // "Fr." is German Frau as often as English Father: by name alone, unsure as well.
        private static readonly HashSet<string> MarriedTitles = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "mrs", "mme", "madame", "frau", "fr", "sra", "senora", "señora", "signora", "sigra", "mevrouw", "mevr", "mw", "fru",
            "rouva", "pani", "dna", "doamna", "doamnă", "gospa", "paní", "siga", "senhora", "bayan", "κυρία", "frú", "smt", "gospođa",
            "gospodja", "madam", "bà", "太太", "夫人",
            // Malay: a Datuk's wife is Datin ("Datin Ahmad Ismail" is Ahmad's wife, round 74a: linked to Ahmad's record); Puan Sri and Toh
            // Puan below. Puan (Mrs) and Hajjah go before a woman's own name, and are no wife's style (round 75a).
            "datin",
        };

        // Academic and professional titles that may come before the married one ("Dr. Frau Peter", "Prof. Mrs Anna").
        private static readonly HashSet<string> LeadingTitles = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "dr", "prof", "professor", "ing", "dipl", "mag", "ms", "miss", "salutation", "title", "anrede", "dott", "dottssa", "dottoressa",
        };

        /// <summary>The salutation written into the job-title field ("Mrs", "Frau", "Mme."): the contact may be named by her husband's given name.</summary>
        private static bool IsMarriedTitle(string? title, string? surname)
        {
            // "Mrs", "(Mrs)", "Mrs -", "Ms/Mrs", "Mrs Dr", "Salutation: Mrs", "Sig.ra": salutations only, one of them a married one;
            // and the salutation with the surname or an initial ("Mrs Smith", "Mrs. P. Smith", "Pani Kowalska" for Kowalski).
            var words = SalutationWords(title);
            if (words.Count == 0 || words.Count > 4) return false;
            var married = false;
            var last = NameNormalizer.Compact(surname);
            foreach (var word in words)
            {
                if (MarriedTitles.Contains(word)) married = true;
                else if (LeadingTitles.Contains(word) || word.Length == 1) continue;
                else
                {
                    var folded = NameNormalizer.Compact(word);
                    if (last.Length == 0 || (folded != last && !EvidenceCollector.IsGenderedSurnamePair(folded, last))) return false;
                }
            }
            return married;
        }

        /// <summary>
        /// The name (the first-name field, then the last-name field after it) starts with a married woman's title, after any
        /// academic one ("Dr. Frau Peter"), and a name follows. Read in place: it runs for every link by name alone, and most
        /// names start with no title at all.
        /// </summary>
        private static bool StartsWithMrs(string? first, string? rest)
        {
            // A Tan Sri's wife (Puan Sri) and a Tun's (Toh Puan), before a name of two words.
            if (StartsWithWifesStyle(first, rest)) return true;
            var married = false;
            var after = 0;
            var answer = ReadForMrs(first, ref married, ref after);
            return answer ?? ReadForMrs(rest, ref married, ref after) ?? false;
        }

        private static bool StartsWithWifesStyle(string? first, string? rest)
        {
            // Asked for every name compared: most start with no P or T, and are answered without a string made.
            var lead = string.IsNullOrWhiteSpace(first) ? rest : first;
            if (lead == null) return false;
            var at = 0;
            while (at < lead.Length && char.IsWhiteSpace(lead[at])) at++;
            if (at == lead.Length || (char.ToLowerInvariant(lead[at]) != 'p' && char.ToLowerInvariant(lead[at]) != 't')) return false;
            var text = ((first ?? string.Empty) + " " + (rest ?? string.Empty)).Trim();
            var words = text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            return words.Length >= 4 && (IsPair(words, "puan", "sri") || IsPair(words, "toh", "puan"));
        }

        private static bool IsPair(string[] words, string one, string two) =>
            string.Equals(words[0].TrimEnd('.'), one, StringComparison.OrdinalIgnoreCase) && string.Equals(words[1].TrimEnd('.'), two, StringComparison.OrdinalIgnoreCase);

        /// <summary>One field of <see cref="StartsWithMrs"/>, carrying on from the one before it; null while undecided.</summary>
        private static bool? ReadForMrs(string? text, ref bool married, ref int after)
        {
            if (text == null) return null;
            var at = 0;
            while (true)
            {
                while (at < text.Length && !char.IsLetter(text[at])) at++;
                if (at == text.Length) return null;
                var start = at;
                while (at < text.Length && char.IsLetter(text[at])) at++;
                // Two words after the title, a given name and a surname: the name it styles ("Mrs Peter Smith"). One word is
                // a surname ("Mrs Smith"), or the title is a given name ("Pani" | "Rao", "Fru" | "Ndi").
                if (married)
                {
                    if (++after == 2) return true;
                    continue;
                }
                if (IsWordOf(MarriedTitles, text, start, at - start) || IsSigRa(text, start, at)) married = true;
                else if (!IsWordOf(LeadingTitles, text, start, at - start) && !(!NameNormalizer.IsAscii(text) && FullWidthTitle(text))) return false;
            }
        }

        private static bool IsWordOf(HashSet<string> words, string text, int start, int length)
        {
            foreach (var word in words)
            {
                if (word.Length == length && string.Compare(text, start, word, 0, length, StringComparison.OrdinalIgnoreCase) == 0) return true;
            }
            return false;
        }

        /// <summary>"Sig.ra": the Italian abbreviation's two halves.</summary>
        private static bool IsSigRa(string text, int start, int end) =>
            end - start == 3 && string.Compare(text, start, "sig", 0, 3, StringComparison.OrdinalIgnoreCase) == 0 &&
            end + 3 <= text.Length && text[end] == '.' && string.Compare(text, end + 1, "ra", 0, 2, StringComparison.OrdinalIgnoreCase) == 0;

        /// <summary>A full-width title ("Ｍｒｓ Peter"): read the slow way, folded first.</summary>
        private static bool FullWidthTitle(string text)
        {
            var words = SalutationWords(text);
            return words.Count > 1 && MarriedTitles.Contains(words[0]);
        }

        /// <summary>The runs of letters of a text, "Sig.ra" read as one word (sigra).</summary>
        private static List<string> SalutationWords(string? text)
        {
            var words = new List<string>(4);
            if (string.IsNullOrWhiteSpace(text)) return words;
            if (!NameNormalizer.IsAscii(text!)) text = text!.Normalize(System.Text.NormalizationForm.FormKC); // "Ｍｒｓ", full-width
            var at = 0;
            while (at < text!.Length)
            {
                while (at < text.Length && !char.IsLetter(text[at])) at++;
                var start = at;
                while (at < text.Length && char.IsLetter(text[at])) at++;
                if (at > start) words.Add(text.Substring(start, at - start));
                if (words.Count > 8) break;
            }
            for (var i = 0; i + 1 < words.Count; i++)
            {
                if (string.Equals(words[i], "sig", StringComparison.OrdinalIgnoreCase) &&
                    (string.Equals(words[i + 1], "ra", StringComparison.OrdinalIgnoreCase) || string.Equals(words[i + 1], "a", StringComparison.OrdinalIgnoreCase)))
                {
                    words[i] = "sig" + words[i + 1].ToLowerInvariant();
                    words.RemoveAt(i + 1);
                }
            }
            return words;
        }

        /// <summary>
        /// One first name is two words or more (the second not an initial), and the other is its first word alone
        /// ("Abdul Rahman" and "Abdul"). A "Last, First" written into the field is no such name.
        /// </summary>
        internal static bool OneHasASecondGivenName(string? a, string? b)
        {
            if (a == null || b == null || a.IndexOf(',') >= 0 || b.IndexOf(',') >= 0) return false;
            var middleA = Middle(a);
            var middleB = Middle(b);
            if ((middleA == null) == (middleB == null)) return false;
            var middle = middleA ?? middleB!;
            if (middle.Length < 2) return false;
            var several = NameNormalizer.Normalize(middleA != null ? a : b);
            var single = NameNormalizer.Normalize(middleA != null ? b : a);
            var space = several.IndexOf(' ');
            return single.Length > 1 && space > 0 && string.CompareOrdinal(several, 0, single, 0, space) == 0 && single.Length == space;
        }

        /// <summary>
        /// The account's given names: its first-name field, or, for an account with a display name only (a Quickpass export,
        /// "Carter, John"), the display name's given and middle names (round 44: "Juan Martínez" against the contact Juan Carlos
        /// Martínez was Suggested where the same account with its fields filled is Review).
        /// </summary>
        private static string? GivenNames(Account account)
        {
            if (!string.IsNullOrWhiteSpace(account.FirstName) || string.IsNullOrWhiteSpace(account.DisplayName)) return account.FirstName;
            var parsed = ParsedDisplay(account.DisplayName!);
            if (!parsed.Success || string.IsNullOrEmpty(parsed.First)) return null;
            return parsed.Middle == null ? parsed.First : parsed.First + " " + parsed.Middle;
        }

        [ThreadStatic] private static string? _parsedText;
        [ThreadStatic] private static ParsedName? _parsed;

        /// <summary>
        /// A display-only account's display name, parsed (notes aside) once for all the checks of its candidates: the last one
        /// is kept per thread, since the matcher asks about one account's candidates in a row.
        /// </summary>
        internal static ParsedName ParsedDisplay(string displayName)
        {
            if (_parsed != null && ReferenceEquals(_parsedText, displayName)) return _parsed;
            _parsed = DisplayNameParser.Parse(NameKey.WithoutNote(displayName));
            _parsedText = displayName;
            return _parsed;
        }

        /// <summary>
        /// The account's middle name: the second word of its first-name field, the one word its display name adds to the fields,
        /// or, with a display name only, the display's second given name (round 45: "Mary Ellen Lee" was linked to Mary Ann Lee).
        /// </summary>
        internal static string? AccountMiddle(Account account) =>
            Middle(account.FirstName) ?? MiddleOfDisplay(account) ?? (string.IsNullOrWhiteSpace(account.FirstName) ? Middle(GivenNames(account)) : null);

        /// <summary>
        /// An account with a display name only, of three words or more (titles and notes aside), and a contact whose every word
        /// is one of them but which has fewer: a word of the account's name is left out.
        /// </summary>
        private static readonly char[] Digits = { '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' };

        private static bool BracketInFrontNamesAnother(Account account)
        {
            if (!string.IsNullOrWhiteSpace(account.FirstName) || !string.IsNullOrWhiteSpace(account.LastName)) return false;
            var display = account.DisplayName?.TrimStart();
            if (display == null || display.Length < 4) return false;
            var end = NameKey.NoteInFrontEnd(display);
            if (end < 2 || LeaverMarks.Marked(display.Substring(0, end + 1))) return false;
            var inside = NameNormalizer.Compact(display.Substring(1, end - 1));
            var after = display.Substring(end + 1).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (inside.Length < 2 || after.Length == 0 || inside.IndexOfAny(Digits) >= 0) return false;
            var next = NameNormalizer.Compact(after[0]);
            return next != inside && !AreForms(inside, next);
        }

        private static bool DisplayLeavesAWordOut(Account account, PsaContact contact)
        {
            if (!string.IsNullOrWhiteSpace(account.FirstName) || string.IsNullOrWhiteSpace(account.DisplayName)) return false;
            var parsed = ParsedDisplay(account.DisplayName!);
            if (!parsed.Success || parsed.Middle == null) return false;
            var mine = NameNormalizer.Normalize(parsed.First + " " + parsed.Middle + " " + parsed.Last).Split(' ');
            var theirs = NameNormalizer.Normalize((contact.FirstName ?? string.Empty) + " " + (contact.LastName ?? string.Empty)).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (mine.Length < 3 || theirs.Length == 0 || theirs.Length >= mine.Length) return false;
            foreach (var word in theirs)
            {
                if (Array.IndexOf(mine, word) < 0) return false;
            }
            return true;
        }

        /// <summary>
        /// An account with a display name only whose words are exactly the contact's first and last name ("José Fernández Ortiz"
        /// and José | Fernández Ortiz): where the given names end is the contact's to say (round 44: Review for a clear link).
        /// </summary>
        private static bool DisplayIsTheWholeName(Account account, PsaContact contact) =>
            string.IsNullOrWhiteSpace(account.FirstName) && !string.IsNullOrWhiteSpace(account.DisplayName) &&
            NameNormalizer.Compact(NameKey.WithoutNote(account.DisplayName!)) == NameNormalizer.Compact(contact.FirstName) + NameNormalizer.Compact(contact.LastName);

        /// <summary>
        /// The account's first name is two words, and its own address spells the first without the second
        /// ("Patricia David" at patricia.pexhulwab@): a middle name in the first-name field, and the person goes by
        /// Patricia. "Abdul Rahman" at abdulrahman.hassan@ or arhassan@ does not.
        /// </summary>
        private static bool GoesByTheFirstWord(Account account)
        {
            var middle = Middle(account.FirstName);
            var primary = EmailNormalizer.Normalize(account.Email);
            if (middle == null || primary == null) return false;
            var local = EmailNormalizer.LocalPart(primary);
            var first = NameNormalizer.Compact(NameNormalizer.Normalize(account.FirstName).Split(' ')[0]);
            var compactMiddle = NameNormalizer.Compact(middle);
            return first.Length > 1 && local.IndexOf(first, StringComparison.Ordinal) >= 0 && local.IndexOf(compactMiddle, StringComparison.Ordinal) < 0;
        }

        /// <summary>Two middle names that cannot be one (P and Q, Paul and Michael); P and Paul can.</summary>
        internal static bool MiddlesConflict(string? a, string? b)
        {
            if (a == null || b == null || a == b) return false;
            if (a.Length == 1 || b.Length == 1) return a[0] != b[0];
            return true;
        }

        /// <summary>The second word of a first name of several ("John P." → "p"), folded; null for one word.</summary>
        internal static string? Middle(string? firstName)
        {
            // One word (most first names): no folding, no split.
            // A hyphen joins two given names too (Anne-Marie has the second given name Marie).
            if (firstName == null || (firstName.Trim().IndexOfAny(Separators) < 0 && firstName.IndexOf('-') < 0)) return null;
            var words = NameNormalizer.Normalize(WithoutPreferredName(firstName)).Split(' ');
            // "Jan van der": the surname's particles written at the end of the first-name field are no middle name
            // ("Maria de Lourdes" keeps its second given name).
            var count = words.Length;
            while (count > 1 && NameKey.IsMovableParticle(words[count - 1])) count--;
            return count >= 2 && words[1].Length > 0 ? words[1] : null;
        }

        /// <summary>
        /// The first name without the name the person is called by, written in brackets or quotes beside it ("Robert
        /// (Bob)", 'Robert "Bob"', "Katherine ‘Kate’"): a nickname, not a second given name.
        /// </summary>
        private static string WithoutPreferredName(string firstName)
        {
            var text = firstName;
            foreach (var (open, close) in PreferredNameMarks)
            {
                var start = text.IndexOf(open);
                if (start <= 0) continue;
                var end = text.IndexOf(close, start + 1);
                if (end > start + 1 && text.IndexOf(' ', start, end - start) < 0) text = text.Substring(0, start) + text.Substring(end + 1);
            }
            return text;
        }

        /// <summary>
        /// The account's given name is only the contact's working name, not its full given name ("Alex" against "Alexandra
        /// (Alex)"): the exact key came through the bracket.
        /// </summary>
        internal static bool NamedByWorkingNameOnly(string? accountFirst, string? contactFirst)
        {
            var preferred = PreferredName(contactFirst);
            if (preferred == null || accountFirst == null) return false;
            var mine = NameNormalizer.Compact(accountFirst);
            return mine == preferred && FullGivenName(contactFirst!) != mine;
        }

        /// <summary>The preferred name written beside the given name (the word in brackets or quotes), folded; null for none.</summary>
        private static string? PreferredName(string? firstName)
        {
            if (firstName == null) return null;
            foreach (var (open, close) in PreferredNameMarks)
            {
                var start = firstName.IndexOf(open);
                if (start <= 0) continue;
                var end = firstName.IndexOf(close, start + 1);
                if (end > start + 1 && firstName.IndexOf(' ', start, end - start) < 0) return NameNormalizer.Compact(firstName.Substring(start + 1, end - start - 1));
            }
            return null;
        }

        /// <summary>The first word of the given name without its preferred name, folded.</summary>
        private static string FullGivenName(string firstName)
        {
            var words = NameNormalizer.Normalize(WithoutPreferredName(firstName)).Split(' ');
            return words.Length > 0 ? words[0] : string.Empty;
        }

        /// <summary>One given name is a form of the other: equal, one the start of the other (Alex, Alexandra), or nicknames (Bob, Robert).</summary>
        internal static bool AreForms(string a, string b) =>
            a == b || (a.Length >= 2 && b.Length >= 2 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal))) ||
            NicknameTable.Default.AreEquivalent(a, b);

        /// <summary>
        /// A name written beside the given name in brackets or quotes says two people, or a generation or a note, unless
        /// it is the name the person goes by: a form of the given name ("Robert (Bob)", "Alexandra (Alex)"), or a given name
        /// beside one from outside the name list ("Wei (David)": an English name taken beside a Chinese one). Then the other
        /// side must be that person: its given name a form of the full one, or the preferred one itself (David for "Wei
        /// (David)"); when both sides write a preferred name, the full ones must agree ("Alexandra (Alex)" is not
        /// "Alexander (Alex)").
        /// </summary>
        internal static bool PreferredNamesConflict(string? accountFirst, string? contactFirst)
        {
            var preferredA = PreferredName(accountFirst);
            var preferredC = PreferredName(contactFirst);
            if (preferredA == null && preferredC == null) return false;
            if (preferredA != null && IsAnotherName(preferredA, FullGivenName(accountFirst!))) return true;
            if (preferredC != null && IsAnotherName(preferredC, FullGivenName(contactFirst!))) return true;
            if (accountFirst == null || contactFirst == null) return false;
            var fullA = FullGivenName(accountFirst);
            var fullC = FullGivenName(contactFirst);
            if (fullA.Length == 0 || fullC.Length == 0) return false;
            // Both written with a working name: the full names and the working names must agree ("Wei (David)" is not "Wei (Kevin)").
            if (preferredA != null && preferredC != null) return !AreForms(fullA, fullC) || !AreForms(preferredA, preferredC);
            var (full, preferred, other) = preferredA != null ? (fullA, preferredA, fullC) : (fullC, preferredC!, fullA);
            // The other side is the person when its given name is a form of the full one, or the working name itself: Alexander
            // is a form of neither "Alexandra" nor of her "Alex" (Alex stands for both).
            return !(AreForms(other, full) || other == preferred);
        }

        /// <summary>
        /// A note in brackets or after a spaced dash that is a person's name: two or three words whose last is the record's
        /// surname ("(Mary Chen)") or whose first is a listed given name ("- Emma Hall"), or one listed given name that is no
        /// form of the record's own ("David (Mary) Chen"). A department, a role or a description is no person ("(Finance)",
        /// "- Sales &amp; Marketing", "(Head Office)"), and an English name beside a non-listed given name is the person's own.
        /// </summary>
        internal static bool NoteNamesAPerson(string? text, string? givenName, string? surname)
        {
            if (text == null || (!HasNoteMark(text) && NameKey.IndexOfSpacedDash(text) < 0)) return false;
            var given = givenName == null ? string.Empty : FullGivenName(NameKey.WithoutNote(givenName));
            var last = surname == null ? string.Empty : NameNormalizer.Compact(NameKey.WithoutNote(surname));
            foreach (var whole in Notes(text))
            {
                // "(with Grace)", "(and Jordan)", "c/o Taylor": after a word that joins a person, a capitalised word is that person's
                // name, whether or not the name table knows it or it is a place too (round 75a: linked at 2 stars).
                if (JoinsAPerson(whole)) return true;
            }
            foreach (var whole in Notes(text))
            foreach (var note in NoteParts(whole))
            {
                var words = NameNormalizer.Normalize(note).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0 || words.Length > 3 || !AllLetters(note)) continue;
                var describes = false;
                foreach (var word in words) describes |= NameKey.IsDescription(word);
                if (describes) continue;
                if (words.Length >= 2 && ((last.Length > 1 && words[words.Length - 1] == last) || NicknameTable.Default.Knows(words[0]))) return true;
                // Not a word of two letters ("(MD)", "(M.D.)": a doctor or a managing director, round 72a; Md. is a given name only in
                // the fields) nor a place that is a given name too ("(Adelaide)", "(Victoria)": an office).
                if (words.Length == 1 && words[0].Length > 2 && !PlaceNames.Contains(words[0]) && given.Length > 1 && NicknameTable.Default.Knows(words[0]) &&
                    NicknameTable.Default.Knows(given) && !AreForms(words[0], given)) return true;
            }
            return false;
        }

        private static readonly string[] JoiningWords = { "and ", "with ", "also ", "plus ", "c/o ", "for ", "& ", "+ " };

        /// <summary>A note of a joining word and a capitalised word that is no description or department ("with Grace", "c/o Taylor").</summary>
        private static bool JoinsAPerson(string note)
        {
            var text = note.Trim();
            foreach (var joining in JoiningWords)
            {
                if (!text.StartsWith(joining, StringComparison.OrdinalIgnoreCase)) continue;
                var rest = text.Substring(joining.Length).Trim();
                var space = rest.IndexOf(' ');
                var word = space < 0 ? rest : rest.Substring(0, space);
                if (word.Length < 3 || !char.IsUpper(word[0]) || !AllLetters(word)) return false;
                var folded = NameNormalizer.Compact(word);
                return !NameKey.IsDescription(folded);
            }
            return false;
        }

        /// <summary>
        /// A display-only account ("John Smith (Mary)", "John (Mary) Smith", 'John "Mary" Smith', "SMITH John (Mary)") whose note is
        /// another given name than the display's own, as over the fields (round 70b: linked to John | Smith at 2 stars, where the
        /// fields John | Smith under the same display name were Review).
        /// </summary>
        /// <summary>The account is a couple's: by its display name alone, or over its fields ("David &amp; Mary" | Chen: <see cref="MachineMadeNames.CoupleKeys"/>).</summary>
        internal static bool IsCoupleAccount(Account account) =>
            IsCoupleDisplayOnly(account) ||
            (MachineMadeNames.MayBeCouple(account.FirstName, account.LastName) && MachineMadeNames.CoupleKeys(account.FirstName, account.LastName) != null);

        private static bool BeginsWithAJoin(string? field)
        {
            var text = field?.TrimStart();
            if (string.IsNullOrEmpty(text)) return false;
            return text![0] == '&' || text[0] == '+' || text.StartsWith("and ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("und ", StringComparison.OrdinalIgnoreCase) ||
                   text.StartsWith("et ", StringComparison.OrdinalIgnoreCase);
        }

        private static bool DisplayNamesAFamily(Account account) =>
            !string.IsNullOrWhiteSpace(account.DisplayName) && account.DisplayName!.IndexOf(' ') > 0 && Psa.Writes.SharedNames.MayBeFamily(account.DisplayName) &&
            Psa.Writes.SharedNames.IsFamily(account.DisplayName);

        /// <summary>
        /// The name fields name a couple ("Mr &amp; Mrs" | Chen, "David &amp; Mary" | Chen: <see cref="MachineMadeNames.CoupleKeys"/>) or a family
        /// ("Chen" | "Family", "The" | "Chens", "Family" alone: <see cref="EvidenceCollector.FamilySurnames"/>).
        /// </summary>
        internal static bool IsFamilyOverTheFields(Account account)
        {
            // A display name alone that is a family's word or a family's name ("Family", "The Chen Family"; round 81a: "Family" at
            // david.chen@ linked David's record, the name read from the address).
            if (SingleNames.IsPlaceholder(account.FirstName) && SingleNames.IsPlaceholder(account.LastName))
            {
                return !string.IsNullOrWhiteSpace(account.DisplayName) && Psa.Writes.SharedNames.IsFamily(account.DisplayName!);
            }
            if (MachineMadeNames.MayBeCouple(account.FirstName, account.LastName) && MachineMadeNames.CoupleKeys(account.FirstName, account.LastName) != null) return true;
            // A couple written in one field as a display name writes it ("David" | "Chen & Mary Chen", "" | "Chen and Mary"; round 81a).
            if (NamesACouple(account.FirstName) || NamesACouple(account.LastName)) return true;
            // A field that begins by joining ("David" | "& Mary Chen", "and Mary"; round 83a).
            if (BeginsWithAJoin(account.FirstName) || BeginsWithAJoin(account.LastName)) return true;
            // A family's word beside a name in one field ("David" | "Chen Family", "Chen Household" | "David"; round 82a: Suggested at
            // 3 stars at david.chen@, where New-PsaContact refused the same fields as a family).
            // Only a field of two words or more can hold one beside a name: most fields are one word, and are told without a string made.
            if (account.FirstName?.IndexOf(' ') > 0 || account.LastName?.IndexOf(' ') > 0 || account.FirstName?.IndexOf('-') > 0 || account.LastName?.IndexOf('-') > 0 ||
                account.LastName?.IndexOf('(') > 0)
            {
                var given = account.FirstName ?? string.Empty;
                var surname = account.LastName ?? string.Empty;
                var joined = (given + " " + surname).Trim();
                if (Psa.Writes.SharedNames.MayBeFamily(joined) && (Psa.Writes.SharedNames.IsFamily(joined) || Psa.Writes.SharedNames.IsFamily((surname + " " + given).Trim()))) return true;
            }
            if (EvidenceCollector.FamilySurnames(account) != null) return true;
            // One field holding only a family's word ("Family" | "", "" | "Household").
            var only = SingleNames.IsPlaceholder(account.FirstName) ? account.LastName : SingleNames.IsPlaceholder(account.LastName) ? account.FirstName : null;
            return only != null && Psa.Writes.SharedNames.IsFamilyWord(only.Trim());
        }

        /// <summary>An account named only by a couple's display name ("David and Mary Chen", "Mr & Mrs Chen", "David/Mary Chen").</summary>
        internal static bool IsCoupleDisplayOnly(Account account) =>
            string.IsNullOrWhiteSpace(account.FirstName) && string.IsNullOrWhiteSpace(account.LastName) && NamesACouple(account.DisplayName);

        /// <summary>
        /// A display name of two people: joined by "&", "and", "und", "et" or "+", or two given names the nickname table knows joined by
        /// "/" or another language's "and" ("David/Mary Chen", "Juan y María García", "Ana i Marc", "Jan a Eva", "János és Éva",
        /// "Иван и Мария"; round 72b: linked at the address and over the fields). "Ortega y Gasset" joins two surnames.
        /// </summary>
        internal static bool NamesACouple(string? display)
        {
            if (display == null) return false;
            if (MayNameACouple(display) && Couple.IsMatch(NameKey.WithoutNote(display))) return true;
            // Two titles joined without spaces or by a slash ("Mr+Mrs Chen", "Mr/Mrs Chen", "Dr.+Mrs. Chen"; round 77a: Suggested at
            // david.chen@ with 3 stars, where "Mr & Mrs Chen" was Review).
            if (TitlesJoined(display)) return true;
            // Two names joined by a plus without spaces, in any case ("David+Mary Chen", "David+mary Chen", "d+m chen"; rounds 79a and
            // 81a: linked David by name alone): a plus between letters joins no one name.
            if (display.IndexOf('+') > 0 && LettersJoinedByAPlus.IsMatch(display)) return true;
            if (display.IndexOf('/') < 0 && display.IndexOf(' ') < 0) return false;
            foreach (System.Text.RegularExpressions.Match m in GivenNamesJoined.Matches(NameKey.WithoutNote(display)))
            {
                var one = NameNormalizer.Compact(m.Groups["one"].Value);
                var two = NameNormalizer.Compact(m.Groups["two"].Value);
                if (one == two || one.Length < 2 || two.Length < 2) continue;
                var joiner = m.Groups["joiner"].Value.Trim().ToLowerInvariant();
                // A word of "and" that is no letter of a name ("és", "и", "und", "ja"): two capitalised names joined by it are two people.
                // A slash: the name after it is a given name ("David Chen/Mary", round 72c). One letter ("y", "i", "a", "e") also joins
                // surnames or stands as an initial: both names must be given names the table knows.
                // Written in small letters: "Dan" in "John Dan Smith" is a given name, "dan" the Malay "and"; Russian "и" is no initial.
                var written = m.Groups["joiner"].Value.Trim();
                var wordOfAnd = written == joiner && ((joiner.Length > 1 && joiner != "/") || joiner == "и");
                if (wordOfAnd && char.IsUpper(m.Groups["one"].Value[0]) && char.IsUpper(m.Groups["two"].Value[0])) return true;
                if (joiner == "/" && NicknameTable.Default.Knows(two)) return true;
                if (NicknameTable.Default.Knows(one) && NicknameTable.Default.Knows(two)) return true;
            }
            return false;
        }

        private static bool TitlesJoined(string display)
        {
            var at = display.IndexOfAny(TitleJoiners);
            if (at <= 0) return false;
            var words = display.Split(new[] { ' ', '\t', '+', '/', '\\', '|', '&' }, StringSplitOptions.RemoveEmptyEntries);
            return words.Length >= 2 && NameTitles.IsTitle(words[0].TrimEnd('.'), 1) && NameTitles.IsTitle(words[1].TrimEnd('.'), 1) &&
                   display.IndexOf(words[1], StringComparison.Ordinal) > at;
        }

        private static readonly System.Text.RegularExpressions.Regex LettersJoinedByAPlus = new System.Text.RegularExpressions.Regex(
            @"\p{L}\+\p{L}", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        private static readonly char[] TitleJoiners = { '+', '/', '\\', '|' };

        private static readonly System.Text.RegularExpressions.Regex GivenNamesJoined = new System.Text.RegularExpressions.Regex(
            @"(?<one>\p{L}+)(?<joiner>\s*[/\\|]\s*|\s+(y|i|a|és|es|и|e|en|og|och|ve|dan|ja|und)\s+)(?<two>\p{L}+)",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        private static bool DisplayOnlyNoteNamesAPerson(Account account)
        {
            if (!string.IsNullOrWhiteSpace(account.FirstName) || !string.IsNullOrWhiteSpace(account.LastName) || account.DisplayName == null) return false;
            var display = account.DisplayName;
            if (!HasNoteMark(display)) return false;
            var parsed = ParsedDisplay(display);
            return parsed.Success && NoteNamesAPerson(display, parsed.First, parsed.Last);
        }

        // Brackets and the quotes of English, French, German and Polish typing: "Mary", “Mary”, «Mary», „Mary“ (round 71a).
        // Cities, states and countries that are given names too, as an office or a site is noted beside a name ("John Smith (Adelaide)":
        // round 72a, Review ConflictingName). Folded.
        private static readonly System.Collections.Generic.HashSet<string> PlaceNames = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal)
        {
            "adelaide", "alexandria", "augusta", "aurora", "austin", "brooklyn", "camden", "carolina", "charlotte", "chelsea", "chester",
            "dallas", "darwin", "denver", "florence", "georgia", "helena", "houston", "jackson", "jordan", "kimberley", "lima", "lincoln",
            "madison", "orlando", "paris", "phoenix", "regina", "santiago", "savannah", "sofia", "sydney", "valencia", "victoria",
            "virginia", "york",
        };

        private static readonly (char Open, char Close)[] NoteMarks =
        {
            ('(', ')'), ('[', ']'), ('"', '"'), ('\u201C', '\u201D'), ('\u00AB', '\u00BB'), ('\u201E', '\u201C'), ('\u201E', '\u201D'),
        };

        private static bool HasNoteMark(string text)
        {
            foreach (var (open, _) in NoteMarks)
            {
                if (text.IndexOf(open) >= 0) return true;
            }
            return text.IndexOf('\'') >= 0 || text.IndexOf('\u2018') >= 0 || NameKey.IndexOfCareOf(text) > 0;
        }

        // A word in single quotes standing on its own ("David 'Mary' Chen", "David Chen 'Jnr'"; round 72b), as DisplayNameParser reads a
        // nickname: the apostrophe inside a name (O'Brien, D'Angelo) is none.
        private static readonly System.Text.RegularExpressions.Regex SingleQuoted = new System.Text.RegularExpressions.Regex(
            "(?<=\\s|^)['\u2018]([^'\u2018\u2019\\s]+)['\u2019](?=\\s|$)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        private static readonly char[] NotePartSeparators = { ',', ';', '/', '&', '+' };
        private static readonly string[] WordsBeforeAName =
        {
            "for ", "c/o ", "attn ", "attn: ", "mrs ", "mrs. ", "mr ", "mr. ", "ms ", "ms. ", "miss ",
            // "(and David)", "(with David)", "(also David)" (round 74a: linked Mary Chen at 2 stars)
            "and ", "with ", "also ", "plus ", "or ", "dan ", "und ", "et ", "y ",
        };

        /// <summary>
        /// A note's parts, each as a name would stand in it: "Mary, Finance" is Mary and Finance, "Finance - Mary" Finance and Mary,
        /// "for Mary", "c/o Mary", "Mrs Mary" and "Mary's" are Mary (round 71a: each linked John Smith at 2 stars).
        /// </summary>
        private static System.Collections.Generic.IEnumerable<string> NoteParts(string note)
        {
            var dash = NameKey.IndexOfSpacedDash(note);
            var pieces = dash > 0 ? new[] { note.Substring(0, dash), note.Substring(dash + 3) } : new[] { note };
            foreach (var piece in pieces)
            {
                foreach (var part in piece.IndexOfAny(NotePartSeparators) >= 0 && piece.IndexOf("c/o", StringComparison.OrdinalIgnoreCase) < 0 ? piece.Split(NotePartSeparators) : new[] { piece })
                {
                    var text = part.Trim();
                    foreach (var before in WordsBeforeAName)
                    {
                        if (text.StartsWith(before, StringComparison.OrdinalIgnoreCase)) { text = text.Substring(before.Length).Trim(); break; }
                    }
                    if (text.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || text.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase)) text = text.Substring(0, text.Length - 2);
                    if (text.Length > 0) yield return text;
                }
            }
        }

        /// <summary>The notes of a name: each text in brackets or quotes, and the words after a spaced dash.</summary>
        private static System.Collections.Generic.IEnumerable<string> Notes(string text)
        {
            foreach (var (open, close) in NoteMarks)
            {
                var start = text.IndexOf(open);
                while (start >= 0)
                {
                    var end = text.IndexOf(close, start + 1);
                    if (end < 0) break;
                    yield return text.Substring(start + 1, end - start - 1);
                    start = text.IndexOf(open, end + 1);
                }
            }
            var dash = NameKey.IndexOfSpacedDash(text);
            if (dash > 0) yield return text.Substring(dash + 3);
            var careOf = NameKey.IndexOfCareOf(text);
            if (careOf > 0) yield return text.Substring(careOf + 1);
            if (text.IndexOf('\'') >= 0 || text.IndexOf('\u2018') >= 0)
            {
                foreach (System.Text.RegularExpressions.Match quoted in SingleQuoted.Matches(text)) yield return quoted.Groups[1].Value;
            }
        }

        private static bool AllLetters(string text)
        {
            foreach (var c in text)
            {
                if (!char.IsLetter(c) && c != ' ' && c != '-' && c != '\'' && c != '.' && c != '\u2019') return false;
            }
            return true;
        }

        /// <summary>
        /// The two given names, each without its working name, are two listed names and no forms of each other: Alexander and
        /// Alexandra, Samuel and Samantha, Christopher and Christine (a mistyped name, Micheal for Michael, is one name).
        /// </summary>
        internal static bool FullGivenNamesAreTwo(string? a, string? b)
        {
            if (a == null || b == null) return false;
            var fullA = FullGivenName(a);
            var fullB = FullGivenName(b);
            if (fullA.Length < 3 || fullB.Length < 3 || AreForms(fullA, fullB) || PairComparer.IsMistypedGivenName(fullA, fullB)) return false;
            return NicknameTable.Default.Knows(fullA) && NicknameTable.Default.Knows(fullB);
        }

        /// <summary>The word beside the given name is no name that person goes by (<see cref="PreferredNamesConflict"/>).</summary>
        private static bool IsAnotherName(string preferred, string full) =>
            !AreForms(preferred, full) && !(NicknameTable.Default.Knows(preferred) && !NicknameTable.Default.Knows(full));

        private static readonly (char Open, char Close)[] PreferredNameMarks = { ('(', ')'), ('"', '"'), ('\u201C', '\u201D'), ('\u2018', '\u2019') };

        // "John P. Korvenberg", "Korvenberg, John P", "Dr John P Korvenberg PhD" as the display name, with
        // "John" and "Korvenberg" in the fields: the one word left when the names, titles and degrees are out.
        private static string? MiddleOfDisplay(Account account)
        {
            if (account.DisplayName == null || account.FirstName == null || account.LastName == null) return null;
            if (account.DisplayName.Length <= account.FirstName.Length + account.LastName.Length + 1) return null; // "First Last": no middle
            var first = NameNormalizer.Normalize(account.FirstName);
            var last = NameNormalizer.Normalize(account.LastName);
            string? middle = null;
            foreach (var word in NameNormalizer.Normalize(account.DisplayName).Split(' '))
            {
                if (word.Length == 0 || word == first || word == last || NotANamePart.Contains(word)) continue;
                if (middle != null) return null; // more than one word left: not a plain middle name
                middle = word;
            }
            return middle;
        }

        // Titles, degrees and generations a display name may carry around a name.
        private static readonly System.Collections.Generic.HashSet<string> NotANamePart = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal)
        {
            "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "sir", "dame", "rev", "phd", "md", "mba", "cpa", "esq",
            "jr", "sr", "jnr", "snr", "ii", "iii", "iv", "2nd", "3rd", "4th",
        };

        /// <summary>The generational suffix written anywhere in the name (jr/jnr, sr/snr, ii/2nd, iii/3rd, iv/4th), as jr, sr, ii, iii or iv; null for none.</summary>
        internal static string? Generation(string? displayName, string? firstName, string? lastName) =>
            GenerationIn(displayName) ?? GenerationIn(lastName) ?? GenerationIn(firstName);

        private static string? GenerationIn(string? text)
        {
            // Every suffix holds an r or two i/v letters: most names are answered by this scan, without a split.
            if (text == null || !MayHoldGeneration(text)) return null;
            var tokens = text.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < tokens.Length; i++)
            {
                var token = tokens[i].ToLowerInvariant();
                // Brazil's generations close the name ("José Santos Filho", "Maria Souza Neta"); inside it Neto is a surname ("Ana Neto Ferreira").
                if (i == tokens.Length - 1)
                {
                    switch (token)
                    {
                        case "filho": case "filha": case "fº": return "jr";
                        case "neto": case "neta": case "bisneto": case "bisneta": case "sobrinho": case "sobrinha": return "neto";
                    }
                }
                switch (token)
                {
                    case "jr": case "jnr": case "junior": case "júnior": return "jr";
                    case "sr": case "snr": case "senior": return "sr";
                    case "ii": case "2nd": return "ii";
                    case "iii": case "3rd": return "iii";
                    case "iv": case "4th": return "iv";
                }
            }
            return null;
        }

        private static readonly string[] MailboxSeparators = { "", ".", "_", "-" };

        /// <summary>The mailbox name of an address, in small letters, without the digits a provider makes people add (robertmoore52@): null when none is left.</summary>
        internal static string? MailboxNameWithoutNumber(string? email)
        {
            if (email == null) return null;
            var at = email.IndexOf('@');
            var end = at < 0 ? email.Length : at;
            while (end > 0 && char.IsDigit(email[end - 1])) end--;
            // robert.moore.52@: the separator before the number goes with it (round 71a).
            while (end > 0 && (email[end - 1] == '.' || email[end - 1] == '_' || email[end - 1] == '-')) end--;
            return end < 2 ? null : email.Substring(0, end).ToLowerInvariant();
        }

        /// <summary>
        /// The mailbox name is one of the usual forms of these names (compact, folded): first.last, flast, f.last, last.first,
        /// lastf, firstl, with or without a dot, an underscore or a hyphen. Nothing added: no middle initial, no digits.
        /// </summary>
        internal static bool IsMailboxOfTheName(string localPart, NameKey[] names)
        {
            foreach (var name in names)
            {
                if (name.First.Length < 2 || name.Last.Length < 2) continue;
                var first = name.First;
                var last = name.Last;
                var f = first.Substring(0, 1);
                var l = last.Substring(0, 1);
                foreach (var separator in MailboxSeparators)
                {
                    if (localPart == first + separator + last || localPart == f + separator + last || localPart == last + separator + first ||
                        localPart == last + separator + f || localPart == first + separator + l) return true;
                }
            }
            return false;
        }
}
}
