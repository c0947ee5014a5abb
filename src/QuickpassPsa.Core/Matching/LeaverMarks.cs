using System;
using System.Text.RegularExpressions;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// A contact kept active in the PSA whose name says the person left or must not be used: "John Smith (left)",
    /// "Smith - DO NOT USE", "Smith [LEFT 2023]", "zz John". Many MSPs mark a leaver that way instead of
    /// deactivating the contact, and the leaver's address, handed on, then points at the wrong record. The
    /// matcher takes such a contact as inactive: Review at most, and an active namesake comes first.
    /// </summary>
    internal static class LeaverMarks
    {
        // Words that mark a leaver only inside brackets or after a dash ("(left)", "- old"): as a bare word they may be a name.
        // (Round 67c: "Tan (passed away)" and "Tan (contract ended)" were dropped as notes, and the record linked at 2 stars.)
        private const string NoteWords = @"left|leaver|former|terminated|inactive|deleted|disabled|old|ex[- ]?employee|departed|retired|resigned|gone|no longer\b.*|not with\b.*|moved on|do not use|dnu|" +
                                         @"deceased|passed away|rip|r\.i\.p|contract (ended|expired|over)|end of contract|off-?boarded|exited|quit|relieved|separated|transferred|laid off|dismissed|last day\b.*|" +
                                         @"absconded|absconding|retd|rtd|superannuated|sacked|" +
                                         // Round 70b: the title words written as a note in front of a name ("[Ex-staff] Jun Jie", "(NLE) Jun Jie").
                                         @"ex[- ]?staff|nle|expired|do not contact|" +
                                         // Round 71b: the same in Central and Eastern European languages ("Nowak (NIE UŻYWAĆ)", "Nowak (zwolniona)").
                                         LocalWords + "|" + LocalFirstWords;

        // Words in Central and Eastern European languages that say the person left, typed with their marks or without: Polish, Czech and
        // Slovak, Hungarian, Russian, Ukrainian, Bulgarian, Lithuanian, Latvian, Croatian and Serbian, Romanian (round 71b: "Były
        // pracownik", "Bývalý zaměstnanec", "Kilépett", "Уволена 03.2023", "Звільнено", "Išėjo iš darbo", "Vairs nestrādā", "Bivši
        // zaposlenik", "Plecat din firmă", "Напуснал" linked a leaver's record at 2 stars). None of them names a job or a person, so
        // they count anywhere in a title. "Former" and "do not use" forms are here too ("Бывший директор", "Fost angajat", "NIE UŻYWAĆ").
        private const string LocalWords =
            // Polish: former employee, does not work (here), left, do not use, inactive.
            @"by[lł][ya] pracowni(k|ca)|nie pracuje|odsz[eę]d[lł]|odesz[lł]a|nie u[zż]ywa[cć]|nieaktywn[ya]|" +
            // Czech and Slovak: former, no longer works, employment ended, left, dismissed, invalid, do not use.
            @"b[yý]val[yýaá]|nepracuje|ukon[cč]en\p{L}*\s+(pracovn|spoluprac|spoluprác)\p{L}*|ode[sš]el|ode[sš]la|odi[sš]iel|odi[sš]la|" +
            @"propu[sš]t[eě]n[aá]?|prepusten[yýaá]|neplatn[yýaá]|nepou[zž][ií]va[tť]|" +
            // Hungarian: left, departed, former colleague or employee, no longer works, dismissed, do not use.
            @"kil[eé]pett|t[aá]vozott|volt (munkat[aá]rs|dolgoz[oó]|alkalmazott|koll[eé]ga|munkav[aá]llal[oó]|[uü]gyvezet[oöő]|igazgat[oó]|vezet[oöő]|tulajdonos|eln[oö]k)|nem dolgozik|elbocs[aá]tva|elbocs[aá]tott|" +
            @"ne haszn[aá]ld|nem haszn[aá]land[oó]|" +
            // Russian: dismissed, quit, does not work, do not use, former.
            @"уволен(а|о|ы|ный|ная|ное|ные)?|уволил(ся|ась|ись)|не работает|не использовать|бывш(ий|ая|ее|ие)|" +
            // Ukrainian: dismissed, quit, does not work, do not use, former.
            @"звільнен(о|ий|а|і)|звільни(вся|лась|лася|лись)|не працює|не використовувати|колишн(ій|я|є|і)|" +
            // Bulgarian: left, dismissed, does not work, former.
            @"напусна(л|ла|ли)|уволнен(а|и)?|не работи|бивш(ия|ият|а|о|и)?|" +
            // Lithuanian: left (work), no longer works, dismissed, former.
            @"i[sš][eė]jo|nebedirba|atleist(as|a)|buv(ęs|es|usi)|" +
            // Latvian: no longer works, former, left, dismissed.
            @"nestr[aā]d[aā]|biju[sš](ais|ā|a|ī|i)|aizg[aā]ja|atlaist(s|a)|" +
            // Croatian, Serbian, Bosnian, Slovene: former, no longer works, dismissed, left.
            @"biv[sš](i|a|e)|vi[sš]e ne radi|ne radi vi[sš]e|otpu[sš]ten(a|i)?|отпуштен(а)?|napusti(o|la)|oti[sš]a?o|oti[sš]la|nekdanj(i|a)|" +
            // Romanian: left, former employee, dismissed, resigned, no longer works.
            @"plecat(ă|a)?|fost(ă|a)? angajat(ă|a)?|concediat(ă|a)?|demisionat(ă|a)?|nu mai lucreaz[aă]";

        // Words of those languages that say it only as the title's first word, alone or before a date, a note or a preposition: Polish
        // "Zwolniony" is dismissed, and also exempt ("Zwolniony z VAT"); a "Zwolnienia Officer" handles dismissals. Russian "Ушёл" (left).
        private const string LocalFirstWords = @"zwolnion[ya]|ушёл|ушел|ушла";

        // Marks anywhere, as whole words: nobody's name says "do not use".
        private static readonly Regex Anywhere = new Regex(@"\b(do[- ]not[- ]use|dnu|terminated|ex-employee|deleted|leaver|no longer (with|at|here|employed))\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        private static readonly Regex InNote = new Regex(@"[\(\[\{]\s*(" + NoteWords + @")\b[^\)\]\}]*[\)\]\}]|\s[-–—]\s*(" + NoteWords + @")\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        // A note word in front of the name and set off by a colon or a dash: "Left: Jun Jie", "LEFT - Jun Jie" (round 70b).
        private static readonly Regex WordInFront = new Regex(@"^\s*(" + NoteWords + @")\s*(:|[-–—]|_)\s*(?=\p{L})",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        // The sorting prefix itself, to find the name after it ("zz Jun Jie", "ZZZ_John", "zzJohn", "ZZ- Jun Jie", "_John").
        private static readonly Regex SortingPrefix = new Regex(@"^\s*((zz+|ZZ+|Zz+|xx+|XX+|Xx+)([\s\-_.]+|(?=[A-Z]))|[zZxX]_\s*|[_~*.!#]+\s*)(?=\p{L})", RegexOptions.CultureInvariant | RegexOptions.Compiled);

        // "zz John", "zzSmith", "ZZZ - Smith", "xx Smith": the prefixes that sort a record to the end of a list.
        // Case matters here: "zzSmith" is marked, "Zzyzx" is a name. "_John", "~Mary", "*David", ".Laura": a sign
        // put before a name to sort or flag the record.
        // "z_John" too: one z or x before an underscore (round 71a); "Z. Ahmed" with a dot is an initial.
        private static readonly Regex SortedAway = new Regex(@"^\s*((zz+|ZZ+|Zz+|xx+|XX+|Xx+)(\b|[\s\-_.]|(?=[A-Z]))|[zZxX]_\s*\p{L}|[_~*.!#]+\s*\p{L})", RegexOptions.CultureInvariant | RegexOptions.Compiled);

        /// <summary>
        /// The first or the last name carries a mark (each field on its own: no string is built per contact), or the
        /// job title says the person left ("Former employee", "LEFT COMPANY", "Terminated").
        /// </summary>
        public static bool Marked(PsaContact contact) => Marked(contact.FirstName) || Marked(contact.LastName) || TitleMarked(contact.Title);

        // In a job title the words stand alone: "Former employee", "LEFT COMPANY", "No longer here", "Retired".
        // Also the words HR systems in India, Singapore and Australia write (round 67c: "Passed away", "RIP", "Relieved from service",
        // "Contract ended", "Offboarded", "NLE" and "Old account" linked the leaver's record at 2 stars to a new namesake).
        private static readonly Regex InTitle = new Regex(@"\b(left|leaver|former|terminated|inactive|deleted|ex[- ]?employee|ex[- ]?staff|departed|retired|resigned|moved on|gone|no longer|do not use|do not contact|dnu|" +
                                                          @"passed away|r\.i\.p|demised|off-?boarded|last day|contract (ended|expired|terminated|over)|end of contract|" +
                                                          @"served notice|serving notice|old account|laid off|made redundant|dismissed|" +
                                                          // Round 70a (Indian, Nigerian and South African HR wording): "Absconding", "Retd.", "Superannuated",
                                                          // "VRS taken" (voluntary retirement), "Sacked".
                                                          @"absconded|absconding|absconder|retd|superannuated|sacked|voluntary retirement|vrs (taken|opted|availed)|" +
                                                          @"(took|taken|opted|availed)( for)? vrs|" +
                                                          LocalWords + @")\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        // Words that say it only as the title's first word, alone or before a date, a note or "from", "to", "on" ("RIP", "Expired 2022",
        // "Relieved from service", "Transferred to HQ", "Quit - 2023"): otherwise they are a job's ("Expired Goods Clerk", "Stock Transferred Checker").
        // ("Deceased Estates Officer", "RIP Operator" and "NLE Editor" are jobs too: round 68a.)
        // Polish "Zwolniona 2023", "Zwolniony z pracy", "Zwolniony od 1.03" (round 71b): the same, with those languages' words for from and since.
        private static readonly Regex AtTitleStart = new Regex(@"^\W*(rip|deceased|nle|expired|separated|exited|quit|relieved|transferred|rtd|fired|" + LocalFirstWords + @")\b" +
                                                               @"(\W*$|\s*[-–—:(,/.\[]|\s+\d|\s+(on|from|to|in|at|since|wef|w\.e\.f|with|after|due|" +
                                                               @"z|ze|od|w|dnia|dne|v|с|со|в|з|із|от|din|de|la|nuo|no|iz|sa)\b)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        // A former role as the title ("Ex-MD", "Ex-Director (Finance)": round 70a); "Ex-officio" is a role, and "Consultant (ex-IBM)" later
        // in a title is the person's past employer, not a leaver's mark. Written with a space, "Ex MD", "Ex CEO", "Ex Director" (round 71a:
        // linked at 2 stars), the word after it must be a role's, or a short abbreviation in capitals: "Ex Works", "Ex Gratia" and "Ex
        // Officio" are terms of trade, payment and office.
        private static readonly Regex FormerRole = new Regex(@"^\W*ex[-–]\s?(?!officio\b)\p{L}|" +
                                                             @"^\W*ex\.?\s+(?!(officio|gratia|works|libris|parte|post|ante|situ|vivo|cathedra)\b)" +
                                                             @"((?-i:\p{Lu}{2,5})\b|(md|ceo|cfo|coo|cto|cio|gm|vp|director|manager|employee|staff|partner|owner|chairman|chairperson|chair|" +
                                                             @"president|principal|head|member|consultant|contractor|intern|trainee|worker|officer|secretary|accountant|engineer|" +
                                                             @"supervisor|teacher|colleague|associate|executive|admin|administrator)\b)|" +
                                                             // Polish "Były dyrektor", "Była księgowa", Romanian "Fost director" (round 71b): former, before the role.
                                                             @"^\W*(by[lł][ya]|byli|fost[aă]?)\s+\p{L}",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        internal static bool TitleMarked(string? title) => !string.IsNullOrWhiteSpace(title) && (InTitle.IsMatch(title) || AtTitleStart.IsMatch(title) || FormerRole.IsMatch(title));

        internal static bool Marked(string? name)
        {
            if (string.IsNullOrWhiteSpace(name)) return false;
            // Most names hold none of the characters a mark needs: answer those without a regular expression.
            // The mark words need a second word beside the name ("DELETED John", "Smith DNU"): a one-word name skips them.
            if (name!.IndexOfAny(MarkCharacters) < 0 && !StartsLikeSortedAway(name) && (name.IndexOf(' ') < 0 || !HasMarkWord(name))) return false;
            return Anywhere.IsMatch(name) || InNote.IsMatch(name) || SortedAway.IsMatch(name) || WordInFront.IsMatch(name);
        }

        private static readonly char[] MarkCharacters = { '(', '[', '{', ':', '_', '-', '–', '—' };

        /// <summary>
        /// Where the name starts after a leaver's note in front of it: "[Resigned] Jun Jie", "(NLE) Jun Jie", "{Left} Jun Jie", "*LEFT* Jun
        /// Jie", "Left: Jun Jie", "LEFT - Jun Jie", "old_John", "zz Jun Jie", "ZZZ_John", "zzJohn", "z_John", "_John". 0 when there is none, or when the note in
        /// front is no leaver's ("[Mary] John" names another person: round 69b). The record is then found by its name for review.
        /// </summary>
        internal static int NameStart(string lead)
        {
            if (lead.Length < 3) return 0;
            var first = lead[0];
            var close = first == '[' ? ']' : first == '(' ? ')' : first == '{' ? '}' : first == '*' ? '*' : '\0';
            if (close != '\0')
            {
                var end = lead.IndexOf(close, 1);
                if (end > 1 && end < lead.Length - 1)
                {
                    var inner = lead.Substring(1, end - 1);
                    if (TitleMarked(inner) || InNote.IsMatch("(" + inner + ")")) return end + 1;
                }
                if (first != '*') return 0;
            }
            if (StartsLikeSortedAway(lead))
            {
                var prefix = SortingPrefix.Match(lead);
                if (prefix.Success) return prefix.Length;
            }
            if (lead.IndexOf(':') > 0 || lead.IndexOf('_') > 0 || lead.IndexOfAny(Dashes) > 0)
            {
                var word = WordInFront.Match(lead);
                if (word.Success) return word.Length;
            }
            return 0;
        }

        private static readonly char[] Dashes = { '-', '–', '—' };

        /// <summary>The name starts as a sorting mark would ("zz", "XX", "z_", "_", "~"): cheap, to skip the regular expressions for most names.</summary>
        internal static bool StartsLikeSortedAway(string? name)
        {
            if (name == null) return false;
            var t = name.TrimStart();
            if (t.Length >= 2 && (t[0] == '_' || t[0] == '~' || t[0] == '*' || t[0] == '.' || t[0] == '!' || t[0] == '#')) return true;
            return t.Length >= 2 && (t[0] == 'z' || t[0] == 'Z' || t[0] == 'x' || t[0] == 'X') && (t[1] == t[0] || t[1] == '_' || char.ToLowerInvariant(t[1]) == char.ToLowerInvariant(t[0]));
        }

        private static bool HasMarkWord(string name) =>
            name.IndexOf("not use", StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("dnu", StringComparison.OrdinalIgnoreCase) >= 0 ||
            name.IndexOf("terminated", StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("deleted", StringComparison.OrdinalIgnoreCase) >= 0 ||
            name.IndexOf("leaver", StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("no longer", StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
