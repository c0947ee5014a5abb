using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Core.Psa.Writes
{
    /// <summary>The first and last name a new contact gets from an account, or why it cannot get them.</summary>
    public sealed class ContactNameSplit
    {
        internal ContactNameSplit(string first, string last, string? problem, bool twoPeople = false)
        {
            First = first;
            Last = last;
            Problem = problem;
            TwoPeople = twoPeople;
        }

        public string First { get; }
        public string Last { get; }

        /// <summary>Why no usable first and last name could be found; null on success.</summary>
        public string? Problem { get; }

        public bool Success => Problem == null;

        /// <summary>
        /// The name names two people (a couple's or a family's shared mailbox): no name at the source makes it one person's, so the way
        /// out is a contact made by hand and linked, not a fixed name (round 73a).
        /// </summary>
        public bool TwoPeople { get; }
    }

    /// <summary>
    /// Names for a new contact. The account's own given name and surname win when it has both (the directory's
    /// fields are better evidence than any parse); else the display name is split with <see cref="DisplayNameParser"/>
    /// (a middle name stays with the first name, so nothing is dropped; a surname written first in capitals, "MARTIN Paul",
    /// is written in the usual case, Paul Martin). A name that cannot be split, such as a single word, is refused when the
    /// PSA needs a last name (Autotask); ConnectWise needs only a first name, so an account's one name (its only given
    /// name, its only surname, or a one-word display name) becomes the first name and the last name stays empty.
    /// </summary>
    public static class ContactNames
    {
        /// <summary>What the PSA needs, as errors and the report say it: Autotask a first and a last name, ConnectWise a first name.</summary>
        public static string Requirement(bool lastNameRequired) => lastNameRequired
            ? "Autotask needs a first and a last name on a contact"
            : "ConnectWise needs a first name on a contact (the last name may stay empty)";

        public static ContactNameSplit From(Account account, bool lastNameRequired)
        {
            var first = Trim(account.FirstName);
            var last = Trim(account.LastName);
            // A couple in the name fields ("Anna and Ben" | "Cole", "Mr & Mrs" | "Lowe", "John" | "Smith & Mary Jones", "Juan y María" |
            // "López"), read as the display-name guard reads a display name: the fields alone and together (round 73a: created as one
            // person's contact; the guard read only display names).
            if (FieldsNameTwoPeople(first, last) is { } couple)
            {
                return new ContactNameSplit(first, last, "The name " + couple + " names two people (a couple's or a family's shared mailbox), and a contact is one person's", twoPeople: true);
            }
            // A filler the directory put in a required field ("Selvam | -", "Lakshmi | .", "FNU | Sukarno") or the one name written
            // in both ("Velu | Velu") is no surname: ConnectWise gets the one name as the first name (round 70a: "Selvam -" and "Velu
            // Velu" were created). Autotask needs a last name, and the directory's own filler is kept there.
            if (!lastNameRequired && OneNameWithFiller(first, last) is { } one) return new ContactNameSplit(one, string.Empty, null);
            if (first.Length > 0 && last.Length > 0) return new ContactNameSplit(first, last, null);

            var display = Trim(account.DisplayName);
            if (display.Length == 0) display = (first + " " + last).Trim();
            // Without both fields, a display name that names two people ("Mr & Mrs Chen", "David and Mary Chen": a couple's or a family's
            // mailbox) gives no one person's name (round 72a: "& Mrs" | "Chen" was created).
            if (NameDetails.NamesACouple(display))
            {
                return new ContactNameSplit(first, last, "The name '" + display + "' names two people (a couple's or a family's shared mailbox), and a contact is one person's", twoPeople: true);
            }
            // Nor does one with a dash set apart from its words: the words before it ("Finance - Ian Brook", "Sales/IT - Jane Roe") or after
            // it ("John Smith - Leeds") may be a note, such as a department or an office, or a part of the surname (round 72a: "John Smith -"
            // | "Leeds" was created; round 73a: "Finance - Ian" | "Brook"). Only the name fields can say which words are the person's name.
            if (DashApart(display) is { } dash)
            {
                return new ContactNameSplit(first, last, "The name '" + display + "' cannot be split into a first and a last name: " + dash);
            }
            var parsed = DisplayNameParser.Parse(display);
            if (parsed.Success && Trim(parsed.First).Length > 0 && Trim(parsed.Last).Length > 0)
            {
                var given = Trim(parsed.First) + (Trim(parsed.Middle).Length > 0 ? " " + Trim(parsed.Middle) : string.Empty);
                var surname = Trim(parsed.Last);
                // "MARTIN Paul": the capitals only mark which word is the surname; the contact reads "Paul Martin" (round 56).
                if (parsed.Form == NameForm.CapitalSurnameFirst) surname = SurnameCase(surname);
                return new ContactNameSplit(given, surname, null);
            }
            // "刘敏", "王小明": a Chinese, Japanese or Korean name written as one run, family name first. The family name is most
            // often one character; the matcher reads every split, and the contact needs one (round 46: refused on Autotask).
            if (first.Length == 0 && last.Length == 0 && display.Length >= 2 && display.Length <= 4 && Matching.NameKey.IsEastAsianName(display))
            {
                return new ContactNameSplit(display.Substring(1), display.Substring(0, 1), null);
            }
            if (!lastNameRequired)
            {
                // ConnectWise needs only a first name: the account's one name goes there and the last name stays empty. Never
                // the same word in both ("Smithers Smithers", round 56), and the word as the parser reads it ("Li, " is "Li").
                var single = first.Length > 0 ? first
                    : last.Length > 0 ? last
                    : parsed.Form == NameForm.SingleWord ? Trim(parsed.First) : string.Empty;
                if (single.Length > 0) return new ContactNameSplit(single, string.Empty, null);
            }

            // A single word as the parser reads it ("Li, " is the word Li: round 56), so the message names no stray comma.
            var why = display.Length == 0
                ? "The account has no name at all"
                : parsed.Form == NameForm.SingleWord && Trim(parsed.First).Length > 0
                    ? "The name '" + Trim(parsed.First) + "' cannot be split into a first and a last name (it is a single word: first and last name cannot be told apart)"
                    : "The name '" + display + "' cannot be split into a first and a last name (" + (parsed.FailureReason ?? "no last name").TrimEnd('.') + ")";
            return new ContactNameSplit(first, last, why);
        }

        /// <summary>
        /// The name fields as the message quotes them when they name two people, read as <see cref="NameDetails.NamesACouple"/> reads a
        /// display name ("and", "&amp;", "+", "und", "et", "és", "и" between names; "y" between two given names; "David/Mary"): each
        /// field alone, and both together as a display name would write them; else null. A placeholder in a field is no part of the
        /// name. "Anderson", "Andy", "Sandy", "Dan" and "John Dan" | "Smith" are one person's.
        /// </summary>
        private static string? FieldsNameTwoPeople(string first, string last)
        {
            if (first.Length == 0 && last.Length == 0) return null;
            var given = SingleNames.IsPlaceholder(first) ? string.Empty : first;
            var surname = SingleNames.IsPlaceholder(last) ? string.Empty : last;
            if (!NameDetails.NamesACouple(given) && !NameDetails.NamesACouple(surname) && !NameDetails.NamesACouple((given + " " + surname).Trim())) return null;
            return first.Length > 0 && last.Length > 0 ? "'" + first + "' | '" + last + "' (first | last)" : "'" + (first.Length > 0 ? first : last) + "'";
        }

        // Dashes that may set a note apart from a name: the hyphen-minus, the hyphen, the figure, en, em and horizontal-bar dashes, the minus.
        private const string Dashes = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212";

        /// <summary>
        /// Why a display name with a dash set apart from its words is no name to split, naming the words on each side; null when it has
        /// none. A dash is set apart when a space stands on one side of it at least ("Finance - Ian Brook", "Ian Brook -", "Finance -Ian
        /// Brook"), or when it is an en or em dash between words ("Finance–Ian Brook"): a hyphen inside a word (Anne-Marie, Garcia-Lopez)
        /// is part of the name.
        /// </summary>
        private static string? DashApart(string display)
        {
            for (var i = 0; i < display.Length; i++)
            {
                var c = display[i];
                if (Dashes.IndexOf(c) < 0) continue;
                var spaceBefore = i == 0 || char.IsWhiteSpace(display[i - 1]);
                var spaceAfter = i == display.Length - 1 || char.IsWhiteSpace(display[i + 1]);
                var longDash = c == '\u2013' || c == '\u2014' || c == '\u2015';
                if (!spaceBefore && !spaceAfter && !longDash) continue;
                var before = display.Substring(0, i).Trim().TrimEnd(Dashes.ToCharArray()).Trim();
                var after = display.Substring(i + 1).Trim().TrimStart(Dashes.ToCharArray()).Trim();
                if (!HasLetter(before) && !HasLetter(after)) continue;
                if (HasLetter(before) && HasLetter(after))
                {
                    return "'" + before + "', before the dash, or '" + after + "', after the dash, may be a note (a department, an office) or a part of the surname";
                }
                return "the dash " + (HasLetter(before) ? "after '" + before + "'" : "before '" + after + "'") + " is no part of a name, and may stand for a missing name or a note";
            }
            return null;
        }

        private static bool HasLetter(string text)
        {
            foreach (var c in text)
            {
                if (char.IsLetter(c)) return true;
            }
            return false;
        }

        /// <summary>The one real name of fields whose other is a placeholder, or of fields that hold the same word twice; else null.</summary>
        private static string? OneNameWithFiller(string first, string last)
        {
            if (first.Length == 0 || last.Length == 0) return null;
            if (string.Equals(NameNormalizer.Compact(first), NameNormalizer.Compact(last), System.StringComparison.Ordinal)) return first;
            var firstFiller = SingleNames.IsPlaceholder(first);
            var lastFiller = SingleNames.IsPlaceholder(last);
            if (firstFiller == lastFiller) return null;
            return firstFiller ? last : first;
        }

        // Surname particles are written in lower case inside a name ("DE LA CRUZ Maria" is Maria de la Cruz, "VAN DER BERG" van der
        // Berg); the others, such as Ó, Mac or St, start with a capital.
        private static readonly System.Collections.Generic.HashSet<string> LowerParticles = new System.Collections.Generic.HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
        {
            "van", "von", "de", "der", "den", "da", "das", "do", "dos", "del", "du", "la", "le", "ter", "ten", "bin", "ibn",
        };

        // Italian particles keep their capital (Di Stefano, Lo Presti, Della Valle, Degli Esposti), and so do La and Le when they
        // start the surname (La Russa, Le Pen; but de la Cruz).
        private static readonly System.Collections.Generic.HashSet<string> CapitalParticles = new System.Collections.Generic.HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
        {
            "di", "lo", "della", "delle", "dello", "degli", "dei",
        };

        /// <summary>
        /// A surname written in capitals, in the usual case: MARTIN is Martin, O'BRIEN O'Brien, GARCIA-LOPEZ Garcia-Lopez, MCDONALD
        /// McDonald, DI STEFANO Di Stefano, DE LA CRUZ de la Cruz. Mac is left as one word (MACKIE is Mackie, not MacKie).
        /// </summary>
        internal static string SurnameCase(string surname)
        {
            var words = surname.Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < words.Length; i++)
            {
                var word = words[i];
                if (i < words.Length - 1)
                {
                    var startsTheSurname = i == 0;
                    if (CapitalParticles.Contains(word) || (startsTheSurname && (string.Equals(word, "la", System.StringComparison.OrdinalIgnoreCase) || string.Equals(word, "le", System.StringComparison.OrdinalIgnoreCase))))
                    {
                        words[i] = char.ToUpperInvariant(word[0]) + word.Substring(1).ToLowerInvariant();
                        continue;
                    }
                    if (LowerParticles.Contains(word)) { words[i] = word.ToLowerInvariant(); continue; }
                }
                var chars = word.ToLowerInvariant().ToCharArray();
                var start = true;
                for (var c = 0; c < chars.Length; c++)
                {
                    if (start && char.IsLetter(chars[c]))
                    {
                        chars[c] = char.ToUpperInvariant(chars[c]);
                        start = false;
                        // Mc and a name of two letters or more after it: McDonald, McKenzie (Mcx, a word of three letters, is no such name).
                        if (chars[c] == 'M' && c + 3 < chars.Length && chars[c + 1] == 'c' && char.IsLetter(chars[c + 2]) && char.IsLetter(chars[c + 3]))
                        {
                            chars[c + 2] = char.ToUpperInvariant(chars[c + 2]);
                            c += 2;
                        }
                    }
                    else if (chars[c] == '-' || chars[c] == '\'' || chars[c] == '’') start = true;
                }
                words[i] = new string(chars);
            }
            return string.Join(" ", words);
        }

        private static string Trim(string? value) => (value ?? string.Empty).Trim();
    }
}
