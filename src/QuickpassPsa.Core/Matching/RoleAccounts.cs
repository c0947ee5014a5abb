using System;
using System.Collections.Generic;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// An account whose given name and surname are a person's while its display name names something else:
    /// "Reception", "Scanner", "Front Desk", "Boardroom". Converting a leaver's mailbox to a shared one keeps the
    /// givenName, the sn and the old address as an alias, so the fields and the alias still say John Smith while the
    /// mailbox is the reception desk's. Linked to John Smith's contact, a technician who verifies "John Smith"
    /// would reset the reception mailbox.
    /// </summary>
    internal static class RoleAccounts
    {
        /// <summary>
        /// The display name shares no word with the given name and surname (nor a nickname of the given name), and
        /// it is a role word, or two words or more. Only for names in Latin letters: a display name in another script
        /// beside Latin fields ("张伟" for Wei Zhang) is the same person written twice.
        /// </summary>
        public static bool DisplayNamesAnother(Account account)
        {
            if (IsPlainlyTheFields(account)) return false;
            var display = account.DisplayName?.Trim();
            if (string.IsNullOrEmpty(display) || string.IsNullOrWhiteSpace(account.FirstName) || string.IsNullOrWhiteSpace(account.LastName)) return false;
            if (display!.IndexOf('@') >= 0 || !LatinOnly(display)) return false;
            if (!LatinOnly(account.FirstName!) || !LatinOnly(account.LastName!)) return LatinDisplayNamesAnother(account, display);
            var words = NameNormalizer.Normalize(display).Split(' ');
            if (words.Length == 1 && !(EvidenceCollector.IsRoleWord(words[0]) || NameKey.IsNotAPerson(words[0], string.Empty))) return false;
            var fields = NameNormalizer.WordsOf(1, account.FirstName, account.LastName);
            foreach (var word in words)
            {
                if (word.Length == 0) continue;
                if (fields.Contains(word)) return false;
                foreach (var field in fields)
                {
                    if (NicknameTable.Default.AreEquivalent(word, field)) return false;
                }
            }
            return true;
        }

        /// <summary>
        /// Fields in Cyrillic or Greek and a display name of two Latin words or more, none of which is a field's name
        /// transliterated: "Anna Petrova" over Дмитрий Иванов, a leaver's mailbox handed on with only the display name
        /// changed. Fields in a script that is not transliterated tell nothing either way.
        /// </summary>
        private static bool LatinDisplayNamesAnother(Account account, string display)
        {
            var fields = NameNormalizer.WordsOf(1, account.FirstName, account.LastName);
            foreach (var field in fields)
            {
                if (!Transliteration.CanRomanise(field)) return false;
            }
            var words = NameNormalizer.Normalize(display).Split(' ');
            // "Reception" over Марина Соколова: a role, as over Latin fields.
            if (words.Length == 1) return EvidenceCollector.IsRoleWord(words[0]) || NameKey.IsNotAPerson(words[0], string.Empty);
            foreach (var word in words)
            {
                if (word.Length == 0) continue;
                foreach (var field in fields)
                {
                    if (Transliteration.SameName(Transliteration.Romanise(field), word)) return false;
                }
            }
            return true;
        }

        /// <summary>
        /// The display name reads as a person with another given name than the fields', beside the same surname: "Jane
        /// Smith" (or "Smith, Jane") over the fields John Smith. A mailbox handed on to Jane keeps John's givenName when
        /// only the display name is changed, so the fields are the previous holder's. Not another name: a nickname
        /// (Bob for Robert), an initial, one name the start of the other (Chris, Christopher), a word of the fields'
        /// given names (Paul for John Paul).
        /// </summary>
        public static bool DisplayGivesAnotherGivenName(Account account, out string displayFirst)
        {
            displayFirst = string.Empty;
            if (IsPlainlyTheFields(account)) return false;
            var display = account.DisplayName?.Trim();
            if (string.IsNullOrEmpty(display) || string.IsNullOrWhiteSpace(account.FirstName) || string.IsNullOrWhiteSpace(account.LastName)) return false;
            if (display!.IndexOf('@') >= 0) return false;
            if (RomanisedFields(account, display) is { } romanised) return RomanisedDisplayGivesAnotherGivenName(romanised, out displayFirst);
            if (!LatinOnly(display)) return EastAsianDisplayGivesAnotherGivenName(account, display, out displayFirst);
            if (display.IndexOf(' ') < 0 && display.IndexOf(',') < 0) return OneWordGivesAnotherGivenName(account, display, out displayFirst);
            var parsed = DisplayNameParser.Parse(display);
            if (!parsed.Success) return false;
            var first = NameNormalizer.Compact(parsed.First);
            var last = NameNormalizer.Compact(parsed.Last);
            var fieldLast = NameNormalizer.Compact(account.LastName);
            // The same surname, or one that holds it ("Jane Smith-Jones", "Jane Jones Smith" over John Smith).
            var holdsIt = last == fieldLast || Array.IndexOf(NameNormalizer.Normalize(parsed.Last).Split(' '), fieldLast) >= 0;
            if (!holdsIt || first.Length < 2) return false;
            foreach (var word in NameNormalizer.Normalize(account.FirstName).Split(' '))
            {
                if (word.Length == 0) continue;
                if (word == first || word.Length < 2 || word.StartsWith(first, StringComparison.Ordinal) || first.StartsWith(word, StringComparison.Ordinal) ||
                    NicknameTable.Default.AreEquivalent(word, first))
                {
                    return false;
                }
            }
            var middle = NameNormalizer.Compact(parsed.Middle);
            if (middle.Length > 0 && NameNormalizer.Compact(account.FirstName).IndexOf(middle, StringComparison.Ordinal) >= 0) return false;
            displayFirst = first;
            return true;
        }

        /// <summary>
        /// A display name of one word, a name of letters that is neither the fields' given name nor surname nor a form of the
        /// given name ("Olga" over Karen Lee): the mailbox handed on with only its display name changed, as "Olga Lee" would be.
        /// </summary>
        private static bool OneWordGivesAnotherGivenName(Account account, string display, out string displayFirst)
        {
            displayFirst = string.Empty;
            var word = NameNormalizer.Compact(display);
            var first = NameNormalizer.Compact(account.FirstName);
            if (word.Length < 2 || word == first || word == NameNormalizer.Compact(account.LastName) || !IsLetters(word) || EvidenceCollector.IsRoleWord(word)) return false;
            if (first.StartsWith(word, StringComparison.Ordinal) || word.StartsWith(first, StringComparison.Ordinal) || NicknameTable.Default.AreEquivalent(word, first)) return false;
            displayFirst = word;
            return true;
        }

        private static bool IsLetters(string word)
        {
            foreach (var c in word)
            {
                if (!char.IsLetter(c)) return false;
            }
            return true;
        }

        /// <summary>Fields, and a display name, in Cyrillic or Greek (or the display in Latin letters), all transliterated; null otherwise.</summary>
        private static (string First, string Last, string Display)? RomanisedFields(Account account, string display)
        {
            var first = NameNormalizer.Compact(account.FirstName);
            var last = NameNormalizer.Compact(account.LastName);
            if (!Transliteration.CanRomanise(first) || !Transliteration.CanRomanise(last)) return null;
            var written = NameNormalizer.Normalize(display);
            if (Transliteration.CanRomanise(written)) written = Transliteration.Romanise(written);
            else if (!LatinOnly(written)) return null;
            return (Transliteration.Romanise(first), Transliteration.Romanise(last), written);
        }

        /// <summary>
        /// The handed-on-mailbox reading for fields in Cyrillic or Greek: the display name, transliterated if need be, has the
        /// fields' surname and another given name ("Olga Sokolova" or "Ольга Соколова" over Марина Соколова).
        /// </summary>
        private static bool RomanisedDisplayGivesAnotherGivenName((string First, string Last, string Display) romanised, out string displayFirst)
        {
            displayFirst = string.Empty;
            var words = romanised.Display.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2) return false;
            // Either order: "Olga Sokolova", "Sokolova Olga".
            var surnameAt = Array.FindIndex(words, w => Transliteration.SameName(w, romanised.Last));
            if (surnameAt < 0) return false;
            foreach (var word in words)
            {
                if (word == words[surnameAt]) continue;
                if (Transliteration.SameName(word, romanised.First) || NicknameTable.Default.AreEquivalent(word, romanised.First)) return false;
            }
            var other = surnameAt == 0 ? words[1] : words[0];
            if (other.Length < 2) return false;
            displayFirst = other;
            return true;
        }

        /// <summary>
        /// The same for names written in Chinese, Japanese or Korean characters, family name first, with or without a
        /// space: display "李华" over the fields 明 / 李 is Li Hua over Li Ming. Only when the fields are in those characters
        /// too: beside Latin fields ("Ming Li") such a display name is the person's name in their own script.
        /// </summary>
        private static bool EastAsianDisplayGivesAnotherGivenName(Account account, string display, out string displayFirst)
        {
            displayFirst = string.Empty;
            // Checked as written: folding splits a Hangul syllable into its letters.
            if (!NameKey.IsEastAsianName(account.FirstName!.Trim()) || !NameKey.IsEastAsianName(account.LastName!.Trim()) ||
                !NameKey.IsEastAsianName(display.Replace(" ", string.Empty)))
            {
                return false;
            }
            var first = NameNormalizer.Compact(account.FirstName);
            var last = NameNormalizer.Compact(account.LastName);
            var written = NameNormalizer.Compact(display);
            if (!written.StartsWith(last, StringComparison.Ordinal) || written.Length == last.Length) return false;
            var given = written.Substring(last.Length);
            if (given == first) return false;
            displayFirst = given;
            return true;
        }

        /// <summary>The contact carries a word of the account's given name or surname: the link would rest on the person's name the role mailbox kept.</summary>
        public static bool ContactBearsTheFieldsName(Account account, PsaContact contact)
        {
            var fields = NameNormalizer.WordsOf(1, account.FirstName, account.LastName);
            foreach (var word in NameNormalizer.WordsOf(1, contact.FirstName, contact.LastName))
            {
                if (fields.Contains(word)) return true;
            }
            return false;
        }

        /// <summary>
        /// No display name, or exactly "First Last" or "Last, First" of the fields (most accounts): nothing to read, and
        /// the check runs for every account a name or an address would link, so it allocates nothing.
        /// </summary>
        private static bool IsPlainlyTheFields(Account account)
        {
            var display = account.DisplayName;
            string? first = account.FirstName, last = account.LastName;
            if (display == null || first == null || last == null) return display == null;
            if (NameKey.IsFirstSpaceLast(display, first, last)) return true;
            return display.Length == last.Length + 2 + first.Length && display[last.Length] == ',' && display[last.Length + 1] == ' ' &&
                   string.CompareOrdinal(display, 0, last, 0, last.Length) == 0 && string.CompareOrdinal(display, last.Length + 2, first, 0, first.Length) == 0;
        }

        private static bool LatinOnly(string text)
        {
            foreach (var c in text)
            {
                if (char.IsLetter(c) && c > '\u024F') return false;
            }
            return true;
        }
    }
}
