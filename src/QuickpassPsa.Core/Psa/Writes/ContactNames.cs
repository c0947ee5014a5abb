using System;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Core.Psa.Writes
{
    /// <summary>The first and last name a new contact gets from an account, or why it cannot get them.</summary>
    public sealed class ContactNameSplit
    {
        internal ContactNameSplit(string first, string last, string? problem, bool twoPeople = false, bool family = false)
        {
            First = first;
            Last = last;
            Problem = problem;
            TwoPeople = twoPeople;
            Family = family;
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

        /// <summary>Of <see cref="TwoPeople"/>: the name is a family's ("The Lowe Family"), not a couple's (round 75b).</summary>
        public bool Family { get; }
    }

    /// <summary>
    /// Names for a new contact. The account's own given name and surname win when it has both (the directory's
    /// fields are better evidence than any parse); else the display name is split with <see cref="DisplayNameParser"/>
    /// (a middle name stays with the first name, so nothing is dropped; a surname written first in capitals, "MARTIN Paul",
    /// is written in the usual case, Paul Martin). A name that cannot be split, such as a single word, is refused when the
    /// PSA needs a last name (Autotask); ConnectWise needs only a first name, so an account's one name (its only given
    /// name, its only surname, or a one-word display name) becomes the first name and the last name stays empty. On both PSAs,
    /// a name of more than one person (a couple, a family: <see cref="SharedNames"/>) is refused, and so is a display name with a
    /// note beside the name that only the name fields could tell from it (<see cref="NameNotes"/>: "Finance: Ian Brook").
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
            // A couple or a family in the name fields ("Anna and Ben" | "Cole", "Mr & Mrs" | "Lowe", "John" | "Smith & Mary Jones",
            // "Maria y Pablo" | "Ruiz", "Anna, Ben" | "Cole", "Mr/Mrs" | "Lowe", "The Lowe" | "Family"), read as the display-name guard
            // reads a display name: the fields alone and together (round 73a: created as one person's contact; the guard read only
            // display names; round 75b: a one-letter "and", a comma, two titles, a full-width ampersand and a family were let through).
            if (FieldsNameTwoPeople(first, last, out var family) is { } couple)
            {
                return Shared(first, last, "The name " + couple, family);
            }
            // A filler the directory put in a required field ("Selvam | -", "Lakshmi | .", "FNU | Sukarno") or the one name written
            // in both ("Velu | Velu") is no surname: ConnectWise gets the one name as the first name (round 70a: "Selvam -" and "Velu
            // Velu" were created). Autotask needs a last name, and the directory's own filler is kept there.
            if (!lastNameRequired && OneNameWithFiller(first, last) is { } one) return new ContactNameSplit(one, string.Empty, null);
            if (first.Length > 0 && last.Length > 0) return new ContactNameSplit(first, last, null);

            var written = Trim(account.DisplayName);
            if (written.Length == 0) written = (first + " " + last).Trim();
            // A note in square or angle brackets is set apart, as the parser sets apart one in round brackets ("Ian Brook [Finance]" is
            // Ian Brook, as "Ian Brook (Finance)" is; round 75b: "Ian Brook" | "[Finance]" was created).
            var display = NameNotes.WithoutBracketNotes(written);
            // The marks are read in Unicode's compatibility form: a full-width ampersand, colon or bar is one (round 75b).
            var plain = SharedNames.Plain(display);
            // Without both fields, a family's mailbox ("The Lowe Family") or a display name that names two people ("Mr & Mrs Chen", "David
            // and Mary Chen", "Ana y Luis Ruiz", "Mr/Mrs Lowe": a couple's or a family's mailbox) gives no one person's name (round 72a:
            // "& Mrs" | "Chen" was created; round 75b: "The Lowe" | "Family"). A note beside the name is set aside first: a department
            // beside a couple is still a couple's mailbox, and "Finance / Ian Brook" is a department's slash, not a couple's.
            if (SharedNames.IsFamily(plain)) return Shared(first, last, "The name '" + written + "'", family: true);
            var notes = NameNotes.Split(plain);
            var named = notes is { } apart && NameNotes.IsDepartment(apart.Before) ? apart.After
                : notes is { } apart2 && NameNotes.IsDepartment(apart2.After) ? apart2.Before
                : plain;
            if (NameDetails.NamesACouple(named) || SharedNames.DisplayNamesTwo(named)) return Shared(first, last, "The name '" + written + "'", family: false);
            // Nor does one with a note set apart from its words: a dash ("Finance - Ian Brook", "Sales/IT - Jane Roe", "John Smith - Leeds"),
            // a colon, a vertical bar, a slash, a tilde, a bullet or an @ that starts no address ("Finance: Ian Brook", "Mary Poppins |
            // Accounts", "Ian Brook @ Finance"), a department after a comma ("Ian Brook, Finance"), or before the name ("IT Support Ian
            // Brook", "FINANCE Ian Brook"): the words on one side may be a department, an office or a part of the surname (round 72a: "John
            // Smith -" | "Leeds" was created; round 73a: "Finance - Ian" | "Brook"; round 75b: "Finance: Ian" | "Brook", "Ian Brook ~" |
            // "Finance", "Finance" | "Ian Brook"). Only the name fields can say which words are the person's name.
            if (NameNotes.Why(plain) is { } note)
            {
                return new ContactNameSplit(first, last, "The name '" + written + "' cannot be split into a first and a last name: " + note);
            }
            var parsed = DisplayNameParser.Parse(display);
            if (parsed.Success && Trim(parsed.First).Length > 0 && Trim(parsed.Last).Length > 0)
            {
                var given = Trim(parsed.First) + (Trim(parsed.Middle).Length > 0 ? " " + Trim(parsed.Middle) : string.Empty);
                var surname = Trim(parsed.Last);
                // "MARTIN Paul": the capitals only mark which word is the surname; the contact reads "Paul Martin" (round 56).
                if (parsed.Form == NameForm.CapitalSurnameFirst) surname = SurnameCase(surname);
                // "Santiago Ramón y Cajal", "Josep Puig i Cadafalch": two surnames joined by y or i after the given name are the surname
                // (round 75b: "Santiago Ramón y" | "Cajal" was created), as the fields Santiago | Ramón y Cajal are.
                else if (parsed.Form == NameForm.FirstLast && JoinedSurnames(given, surname) is { } joined) (given, surname) = joined;
                // "John Smith Jr.", "John Smith III": the generation stays with the surname, as the name fields keep it (John | Smith
                // Jr.), since it is what tells a father's contact from his son's (round 81a: created as John | Smith). Degrees go.
                if (IsGeneration(parsed.Suffix)) surname += " " + Trim(parsed.Suffix);
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

            // A single word as the parser reads it ("Li, " is the word Li: round 56), so the message names no stray comma. With one name
            // field, the message names it and the display name both (round 75b: "'Finance' is a single word" for the given name Ian
            // Brook beside the display name Finance).
            var field = first.Length > 0 ? "first" : last.Length > 0 ? "last" : null;
            var why = display.Length == 0
                ? "The account has no name at all"
                : field != null && !string.Equals(written, (first + last).Trim(), StringComparison.Ordinal)
                    ? "The account has only a " + field + " name, '" + (first + last).Trim() + "', and its display name '" + written + "' " +
                      (parsed.Form == NameForm.SingleWord ? "is a single word" : "cannot be split (" + (parsed.FailureReason ?? "no last name").TrimEnd('.') + ")") +
                      ": first and last name cannot be told apart"
                : parsed.Form == NameForm.SingleWord && Trim(parsed.First).Length > 0
                    ? "The name '" + Trim(parsed.First) + "' cannot be split into a first and a last name (it is a single word: first and last name cannot be told apart)"
                    : "The name '" + display + "' cannot be split into a first and a last name (" + (parsed.FailureReason ?? "no last name").TrimEnd('.') + ")";
            return new ContactNameSplit(first, last, why);
        }

        private static readonly System.Collections.Generic.HashSet<string> Generations = new System.Collections.Generic.HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "jr", "sr", "junior", "senior", "ii", "iii", "iv", "v", "2nd", "3rd", "4th", "jnr", "snr",
        };

        private static bool IsGeneration(string? suffix) => suffix != null && Generations.Contains(suffix.Trim().TrimEnd('.').TrimStart(','));

        private static ContactNameSplit Shared(string first, string last, string named, bool family) => new ContactNameSplit(first, last,
            named + (family
                ? " names a family, not one person (a family's shared mailbox), and a contact is one person's"
                : " names two people (a couple's or a family's shared mailbox), and a contact is one person's"),
            twoPeople: true, family: family);

        /// <summary>
        /// The name fields as the message quotes them when they name two people or a family, read as <see cref="NameDetails.NamesACouple"/>
        /// reads a display name ("and", "&amp;", "+", "und", "et", "és", "и" between names; "y" between two given names; "David/Mary"),
        /// each field alone and both together as a display name would write them, and as <see cref="SharedNames"/> reads the first-name
        /// field ("Maria y Pablo", "Anna, Ben", "Mr/Mrs") and a family ("The Lowe" | "Family"); else null. A placeholder in a field is no
        /// part of the name. "Anderson", "Andy", "Sandy", "Dan" and "John Dan" | "Smith" are one person's.
        /// </summary>
        private static string? FieldsNameTwoPeople(string first, string last, out bool family)
        {
            family = false;
            if (first.Length == 0 && last.Length == 0) return null;
            var given = SingleNames.IsPlaceholder(first) ? string.Empty : first;
            var surname = SingleNames.IsPlaceholder(last) ? string.Empty : last;
            var both = (given + " " + surname).Trim();
            family = SharedNames.IsFamily(both);
            if (!family && !NamesACouple(given) && !NamesACouple(surname) && !NamesACouple(both) && !SharedNames.FirstNameFieldNamesTwo(given, surname)) return null;
            return first.Length > 0 && last.Length > 0 ? "'" + first + "' | '" + last + "' (first | last)" : "'" + (first.Length > 0 ? first : last) + "'";
        }

        private static bool NamesACouple(string text) => NameDetails.NamesACouple(text) || NameDetails.NamesACouple(SharedNames.Plain(text));

        // The one-letter "and" that joins two surnames in Spanish (y) and Catalan (i).
        private static readonly string[] SurnameJoiners = { "y", "i" };

        /// <summary>
        /// The given names and the surname when a one-letter "and" joins two surnames after the given name ("Santiago Ramón y Cajal":
        /// Santiago | Ramón y Cajal; "Josep Puig i Cadafalch": Josep | Puig i Cadafalch); null when the name has none. The surname only
        /// ever starts earlier than the parser's ("María de la Cruz y López" keeps its particle's surname).
        /// </summary>
        private static (string Given, string Surname)? JoinedSurnames(string given, string surname)
        {
            var givenWords = given.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            var words = new System.Collections.Generic.List<string>(givenWords);
            words.AddRange(surname.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries));
            for (var k = 2; k < words.Count - 1 && k - 1 < givenWords.Length; k++)
            {
                if (Array.IndexOf(SurnameJoiners, words[k]) < 0) continue;
                if (!char.IsUpper(words[k - 1][0]) || !char.IsUpper(words[k + 1][0])) continue;
                return (string.Join(" ", words.GetRange(0, k - 1)), string.Join(" ", words.GetRange(k - 1, words.Count - k + 1)));
            }
            return null;
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
