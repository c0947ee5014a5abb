using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace QuickpassPsa.Core.Psa.Writes
{
    /// <summary>
    /// Notes beside a name in a display name, as New-PsaContact reads them before it splits one (<see cref="ContactNames"/>): a
    /// department, an office or a role set apart by a dash, a colon, a vertical bar, a slash, a tilde, a bullet, a semicolon or an @
    /// that starts no address ("Finance: Ian Brook", "Mary Poppins | Accounts", "Ian Brook @ Finance"); a department after a comma
    /// ("Ian Brook, Finance", which "Last, First" would read as Finance | Ian Brook); a department written first in capitals ("FINANCE
    /// Ian Brook", read as a surname written first) or before the name ("IT Support Ian Brook"). Only the name fields say which words
    /// are the person's, so such a display name gives no name to split (round 75b: "Finance: Ian" | "Brook", "Ian Brook ~" | "Finance",
    /// "Finance" | "Ian Brook" were created). A note in square or angle brackets ("Ian Brook [Finance]", "Ian Brook &lt;ian@contoso.com&gt;")
    /// is set apart as one in round brackets is, and the name beside it is split.
    /// </summary>
    internal static class NameNotes
    {
        // Dashes that may set a note apart from a name: the hyphen-minus, the hyphen, the figure, en, em and horizontal-bar dashes, the minus.
        internal const string Dashes = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212";

        // Marks that set a note apart wherever they stand between words: no name is written with them.
        private static readonly (char Mark, string Name)[] AnywhereMarks =
        {
            (':', "colon"), ('|', "vertical bar"), ('\u00A6', "broken bar"), ('~', "tilde"), ('\u2022', "bullet"), ('\u2219', "bullet"),
            ('\u25CF', "bullet"), ('\u25AA', "bullet"), (';', "semicolon"), ('>', "'>'"), ('\u00BB', "'\u00BB'"), ('\u2192', "arrow"),
        };

        // Marks that set a note apart only with a space beside them: inside a word they belong to it (the Catalan middle dot of
        // "Col·lell", the patronymic "a/l" and "s/o" of Malaysian names, "Robert/Bob"), or start an address (an @).
        private static readonly (char Mark, string Name)[] SpacedMarks =
        {
            ('\u00B7', "middle dot"), ('/', "slash"), ('\\', "backslash"), ('@', "@"),
        };

        /// <summary>
        /// Departments, desks and roles: words of a note, never of a person's name. Kept apart from the matcher's word lists, which
        /// also hold words that are names (Main, Head, Lead, Junior): here a word decides that a display name is not split.
        /// </summary>
        private static readonly HashSet<string> DepartmentWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "finance", "financial", "accounts", "accounting", "accountancy", "bookkeeping", "sales", "marketing", "hr", "it", "ict",
            "payroll", "operations", "ops", "legal", "engineering", "purchasing", "procurement", "logistics", "warehouse", "reception",
            "management", "production", "facilities", "compliance", "research", "billing", "dispatch", "shipping", "estimating",
            "projects", "design", "support", "helpdesk", "servicedesk", "admin", "administration", "office", "team", "dept", "department",
            "division", "customer", "customers", "services", "human", "resources", "treasury", "tax", "audit", "quality", "training",
            "recruitment", "recruiting", "careers", "enquiries", "inquiries", "maintenance", "security", "infrastructure", "development",
            "tech", "technology", "technical", "communications", "comms", "events", "admissions", "pharmacy", "laboratory", "radiology",
            "pathology", "physiotherapy", "desk", "frontdesk", "backoffice", "accounts-payable", "payable", "receivable", "r&d", "qa", "qc",
            // Roles.
            "manager", "director", "ceo", "cfo", "cto", "coo", "cio", "ciso", "vp", "president", "chairman", "chairwoman", "chairperson",
            "owner", "founder", "partner", "assistant", "secretary", "receptionist", "accountant", "bookkeeper", "controller", "intern",
            "trainee", "apprentice", "contractor", "consultant", "temp", "administrator", "coordinator", "supervisor", "officer", "clerk",
            "technician", "engineer", "analyst", "specialist", "executive", "hygienist", "dentist", "pharmacist", "therapist",
        };

        private static readonly char[] NoteWordSeparators = { ' ', '/', '&', ',', '+' };

        /// <summary>Every word of the text is a department, desk or role ("Finance", "Sales/IT", "IT Support", "Office Manager").</summary>
        internal static bool IsDepartment(string text)
        {
            var words = text.Split(NoteWordSeparators, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) return false;
            foreach (var word in words)
            {
                if (!DepartmentWords.Contains(word.Trim('.', ':', ';', '(', ')', '[', ']'))) return false;
            }
            return true;
        }

        // Notes in square, angle or curly brackets, set apart as the parser sets apart one in round brackets: "Ian Brook [Finance]".
        private static readonly Regex BracketNote = new Regex(@"\[[^\[\]]*\]|<[^<>]*>|\{[^{}]*\}", RegexOptions.CultureInvariant);

        /// <summary>The display name without its notes in square, angle or curly brackets, spaces closed up; the text itself when it has none.</summary>
        internal static string WithoutBracketNotes(string display)
        {
            if (display.IndexOfAny(new[] { '[', '<', '{' }) < 0) return display;
            var without = Regex.Replace(BracketNote.Replace(display, " "), @"\s+", " ").Trim();
            return HasLetter(without) ? without : display;
        }

        // Round brackets too, for finding the marks: "Ian Brook (Finance: Accounts)" holds its colon in a note the parser sets apart.
        private static readonly Regex RoundNote = new Regex(@"\([^()]*\)", RegexOptions.CultureInvariant);

        /// <summary>
        /// Why the display name is no name to split because of a note beside it; null when it has none. Checked in this order: a dash
        /// set apart, another mark set apart, a department after a comma, a department before the name or written first in capitals.
        /// </summary>
        internal static string? Why(string display)
        {
            var text = Regex.Replace(RoundNote.Replace(display, " "), @"\s+", " ").Trim();
            if (DashApart(text) is { } dash) return dash;
            if (MarkApart(text) is { } mark) return mark;
            if (DepartmentAfterComma(text) is { } comma) return comma;
            return DepartmentBefore(text);
        }

        /// <summary>The first dash or mark set apart, as the text before and after it and the mark's name; null when there is none.</summary>
        internal static (string Before, string After, string Mark)? Split(string display)
        {
            var text = Regex.Replace(RoundNote.Replace(display, " "), @"\s+", " ").Trim();
            var dash = FindDash(text);
            if (dash >= 0) return (Side(text.Substring(0, dash), trimEnd: true), Side(text.Substring(dash + 1), trimEnd: false), "dash");
            var mark = FindMark(text);
            if (mark is { } found) return (Side(text.Substring(0, found.Index), trimEnd: true), Side(text.Substring(found.Index + 1), trimEnd: false), found.Name);
            return null;
        }

        /// <summary>
        /// A dash set apart from its words: a space on one side of it at least ("Finance - Ian Brook", "Ian Brook -", "Finance -Ian Brook"),
        /// an underscore beside it as a space ("Ian Brook_-_Finance"), or an en or em dash between words ("Finance–Ian Brook"). A hyphen
        /// inside a word (Anne-Marie, Garcia-Lopez) is part of the name.
        /// </summary>
        private static string? DashApart(string text)
        {
            var i = FindDash(text);
            return i < 0 ? null : Apart(text.Substring(0, i), text.Substring(i + 1), "dash");
        }

        private static int FindDash(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (Dashes.IndexOf(c) < 0) continue;
                var spaceBefore = i == 0 || IsSpace(text[i - 1]) || Dashes.IndexOf(text[i - 1]) >= 0 && (i == 1 || IsSpace(text[i - 2]));
                var spaceAfter = i == text.Length - 1 || IsSpace(text[i + 1]);
                var longDash = c == '\u2013' || c == '\u2014' || c == '\u2015';
                if (!spaceBefore && !spaceAfter && !longDash) continue;
                if (!HasLetter(Side(text.Substring(0, i), trimEnd: true)) && !HasLetter(Side(text.Substring(i + 1), trimEnd: false))) continue;
                return i;
            }
            return -1;
        }

        private static string? MarkApart(string text) =>
            FindMark(text) is { } found ? Apart(text.Substring(0, found.Index), text.Substring(found.Index + 1), found.Name) : null;

        private static (int Index, string Name)? FindMark(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                var name = NameOf(AnywhereMarks, c);
                if (name == null)
                {
                    name = NameOf(SpacedMarks, c);
                    if (name == null) continue;
                    var spaced = (i > 0 && IsSpace(text[i - 1])) || (i < text.Length - 1 && IsSpace(text[i + 1]));
                    if (!spaced)
                    {
                        // An @ after a word of several: "Ian Brook@Finance" is no address. A slash beside a department: "Finance/Ian Brook".
                        if (c == '@') spaced = text.Substring(0, i).Trim().IndexOf(' ') > 0;
                        else if (c == '/' || c == '\\') spaced = IsDepartment(LastWord(text.Substring(0, i))) || IsDepartment(FirstWord(text.Substring(i + 1)));
                    }
                    if (!spaced) continue;
                }
                if (!HasLetter(text.Substring(0, i)) && !HasLetter(text.Substring(i + 1))) continue;
                return (i, name);
            }
            return null;
        }

        private static string? NameOf((char Mark, string Name)[] marks, char c)
        {
            foreach (var (mark, name) in marks)
            {
                if (mark == c) return name;
            }
            return null;
        }

        /// <summary>The words on each side of a dash or mark, named in the message; a department side is said to be one.</summary>
        private static string Apart(string beforeText, string afterText, string mark)
        {
            var before = Side(beforeText, trimEnd: true);
            var after = Side(afterText, trimEnd: false);
            var the = mark.StartsWith("'", StringComparison.Ordinal) ? "the mark " + mark : "the " + mark;
            if (!HasLetter(before) || !HasLetter(after))
            {
                return the + " " + (HasLetter(before) ? "after '" + before + "'" : "before '" + after + "'") + " is no part of a name, and may stand for a missing name or a note";
            }
            var why = "'" + before + "', before " + the + ", or '" + after + "', after " + the + ", may be a note (a department, an office) or a part of the surname";
            if (IsDepartment(before)) return why + ": '" + before + "' reads as a department or a role, not a name";
            if (IsDepartment(after)) return why + ": '" + after + "' reads as a department or a role, not a name";
            return why;
        }

        /// <summary>
        /// "Ian Brook, Finance", "Brook, Accounts": the words after the comma are a department or a role, not the given names of "Last,
        /// First" (read so, the contact would be Finance | Ian Brook). A degree or a suffix after a comma ("John Smith, CPA") is the
        /// parser's to set aside.
        /// </summary>
        private static string? DepartmentAfterComma(string text)
        {
            var comma = text.IndexOf(',');
            if (comma <= 0) return null;
            var after = text.Substring(comma + 1).Trim().TrimEnd(',').Trim();
            if (after.Length == 0 || !IsDepartment(after)) return null;
            return "'" + after + "', after the comma, reads as a department or a role, not a given name (the name is not written 'Last, First')";
        }

        /// <summary>
        /// "IT Support Ian Brook", "HR Jane Roe", "FINANCE Ian Brook": departments or roles before a name of two words or more (the
        /// parser reads a word in capitals first as a surname written first, "MARTIN Paul"), or one in capitals after it ("Ian Brook
        /// FINANCE", where the word before is not in capitals too: "Maria LOPEZ SALES" writes a surname in capitals); only the name
        /// fields say which words are the person's. "SALES Maria" is a surname before a given name.
        /// </summary>
        private static string? DepartmentBefore(string text)
        {
            var words = text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            var count = 0;
            while (count < words.Length && DepartmentWords.Contains(words[count].Trim('.', ':'))) count++;
            if (count > 0 && words.Length - count >= 2)
            {
                var part = string.Join(" ", words, 0, count);
                var capitals = InCapitals(part) && LetterCount(part) > 2;
                return "'" + part + "', " + (capitals ? "written first in capitals, " : "before the name, ") + "reads as a department or a role, not " +
                       (capitals ? "a surname" : "a part of the name");
            }
            if (words.Length >= 3)
            {
                var end = words[words.Length - 1];
                if (InCapitals(end) && LetterCount(end) >= 2 && DepartmentWords.Contains(end.Trim('.')) && !InCapitals(words[words.Length - 2]))
                {
                    return "'" + end + "', in capitals after the name, reads as a department or a role, not a surname";
                }
            }
            return null;
        }

        private static bool InCapitals(string text) => HasLetter(text) && string.Equals(text.ToUpperInvariant(), text, StringComparison.Ordinal);

        private static int LetterCount(string text)
        {
            var count = 0;
            foreach (var c in text)
            {
                if (char.IsLetter(c)) count++;
            }
            return count;
        }

        private static string Side(string text, bool trimEnd)
        {
            var marks = Dashes + "_";
            var side = text.Trim();
            side = trimEnd ? side.TrimEnd(marks.ToCharArray()).Trim() : side.TrimStart(marks.ToCharArray()).Trim();
            return side;
        }

        private static string LastWord(string text)
        {
            var trimmed = text.Trim();
            var space = trimmed.LastIndexOf(' ');
            return space < 0 ? trimmed : trimmed.Substring(space + 1);
        }

        private static string FirstWord(string text)
        {
            var trimmed = text.Trim();
            var space = trimmed.IndexOf(' ');
            return space < 0 ? trimmed : trimmed.Substring(0, space);
        }

        private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '_';

        internal static bool HasLetter(string text)
        {
            foreach (var c in text)
            {
                if (char.IsLetter(c)) return true;
            }
            return false;
        }
    }
}
