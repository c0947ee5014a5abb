using System;
using System.Collections.Generic;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>A first and last name in compact folded form ("ann", "lee"): the unit name evidence compares.</summary>
    internal readonly struct NameKey : IEquatable<NameKey>
    {
        public NameKey(string first, string last)
        {
            First = first;
            Last = last;
        }

        public string First { get; }
        public string Last { get; }
        public bool Equals(NameKey other) => First == other.First && Last == other.Last;

        /// <summary>
        /// This key's given name is the first part of <paramref name="longer"/>'s, under the same surname ("anne" of "annemarie"
        /// Roycroft): the first word of a compound given name, for the rules that tell it from the whole one.
        /// </summary>
        internal bool StartsGivenNameOf(NameKey longer) =>
            longer.First.Length > First.Length && string.Equals(longer.Last, Last, StringComparison.Ordinal) &&
            longer.First.StartsWith(First, StringComparison.Ordinal);

        /// <summary>
        /// This key's given name is the last part of <paramref name="longer"/>'s, at least two letters before it, under the
        /// same surname ("paul" of "johnpaul" Smith): the given name a person goes by, after a first one written out.
        /// </summary>
        internal bool EndsGivenNameOf(NameKey longer) =>
            First.Length > 1 && longer.First.Length >= First.Length + 2 && string.Equals(longer.Last, Last, StringComparison.Ordinal) &&
            longer.First.EndsWith(First, StringComparison.Ordinal);

        /// <summary>
        /// This key's whole name is <paramref name="shorter"/>'s with words before it, at least two letters, its surname ending
        /// the same: another split of a display name that writes a given name out before the fields' name ("Mohammed Ali Khan"
        /// over Ali | Khan read as mohammed | alikhan, the father's contact Mohammed | Ali Khan).
        /// </summary>
        internal bool WholeNameExtends(NameKey shorter)
        {
            if (shorter.First.Length == 0 || shorter.Last.Length == 0 || !Last.EndsWith(shorter.Last, StringComparison.Ordinal)) return false;
            var whole = First.Length + Last.Length;
            var tail = shorter.First.Length + shorter.Last.Length;
            if (whole < tail + 2 || Last.Length > tail) return false;
            // The shorter whole name (first then last) is the end of this one's: its first name ends First or starts Last.
            var inLast = Last.Length - shorter.Last.Length; // letters of the shorter's first name inside Last
            if (inLast >= shorter.First.Length) return string.CompareOrdinal(Last, inLast - shorter.First.Length, shorter.First, 0, shorter.First.Length) == 0;
            var inFirst = shorter.First.Length - inLast;
            return string.CompareOrdinal(Last, 0, shorter.First, inFirst, inLast) == 0 &&
                   string.CompareOrdinal(First, First.Length - inFirst, shorter.First, 0, inFirst) == 0;
        }
        public override bool Equals(object? obj) => obj is NameKey other && Equals(other);
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(First) * 31 + StringComparer.Ordinal.GetHashCode(Last);

        /// <summary>
        /// The names a contact may be known by: its first and last fields, the first word of a multi-word
        /// first name ("Mary Ellen" → "Mary"), and a parse of the whole name when the fields were filled
        /// badly ("Lee, Ann" in one field, or everything in the first name).
        /// </summary>
        public static NameKey[] ForContact(PsaContact contact) => ToArray(Variants(contact.FirstName, contact.LastName, null, null));

        /// <summary>
        /// The names an account may be known by: first and last fields, the parsed display name (and the
        /// nickname written in it), and, only when it has no name at all, its email's "first.last" local part.
        /// </summary>
        public static NameKey[] ForAccount(Account account) => ToArray(ForAccountScratch(account, out _));

        /// <summary><see cref="ForAccount"/> in this thread's scratch list: valid until the next call on the thread.</summary>
        /// <param name="account">The account.</param>
        /// <param name="fromAddress">The names were read from the email address (the account has none of its own).</param>
        internal static List<NameKey> ForAccountScratch(Account account, out bool fromAddress)
        {
            // A display name that is just "First Last" adds nothing: skip parsing it (the hot path).
            var display = account.DisplayName;
            if (display != null && account.FirstName != null && account.LastName != null &&
                (IsFirstSpaceLast(display, account.FirstName, account.LastName) ||
                 IsLastCommaFirst(display, account.FirstName, account.LastName) ||
                 NameNormalizer.SameNormalized(display, account.FirstName, account.LastName)))
            {
                display = null;
            }
            // A display name that is an address or a login ("brian.torburpet@contoso.com", "brian_torburpet")
            // is read as an address: a name guessed from it, not the account's own.
            var displayIsAddress = display != null && LooksLikeAddress(display);
            var keys = Variants(account.FirstName, account.LastName, displayIsAddress ? null : display, null);
            fromAddress = false;
            if (keys.Count > 0) return keys;
            // A guest's UPN (john.k_partnerco.com#EXT#@...) is read as its home address, not as text.
            var address = account.Email ?? AccountProfile.GuestHomeAddress(account.UserPrincipalName) ?? account.UserPrincipalName;
            keys = Variants(null, null, null, displayIsAddress ? display!.Replace('_', '.') : address);
            fromAddress = keys.Count > 0;
            return keys;
        }

        private static readonly NameKey[] None = new NameKey[0];

        // The keys are gathered in one list per thread and copied out at their exact size: a list per
        // contact was garbage between the arrays that stay, the costly kind for the garbage collector.
        [ThreadStatic] private static List<NameKey>? _scratch;

        private static NameKey[] ToArray(List<NameKey> keys) => keys.Count == 0 ? None : keys.ToArray();

        /// <summary>display == first + " " + last, checked without building the string.</summary>
        internal static bool IsFirstSpaceLast(string display, string first, string last) =>
            display.Length == first.Length + 1 + last.Length && display[first.Length] == ' ' &&
            string.CompareOrdinal(display, 0, first, 0, first.Length) == 0 &&
            string.CompareOrdinal(display, first.Length + 1, last, 0, last.Length) == 0;

        /// <summary>
        /// display == last + ", " + first with both one plain word: its parse is the fields again (or, when
        /// the "first" is a suffix such as "Jr", no full name), so parsing it, a regular expression and a
        /// dozen strings, adds nothing. Common in directories that list people surname first.
        /// </summary>
        private static bool IsLastCommaFirst(string display, string first, string last) =>
            display.Length == last.Length + 2 + first.Length && display[last.Length] == ',' && display[last.Length + 1] == ' ' &&
            IsPlainWord(first) && IsPlainWord(last) &&
            string.CompareOrdinal(display, 0, last, 0, last.Length) == 0 &&
            string.CompareOrdinal(display, last.Length + 2, first, 0, first.Length) == 0;

        /// <summary>Letters, hyphens and apostrophes only: nothing the display-name parser splits on or reads as a nickname.</summary>
        private static bool IsPlainWord(string word)
        {
            if (word.Length == 0) return false;
            foreach (var c in word)
            {
                if (!char.IsLetter(c) && c != '-' && c != '\'' && c != '’') return false;
            }
            return true;
        }

        private static List<NameKey> Variants(string? first, string? last, string? displayName, string? address)
        {
            var keys = _scratch ??= new List<NameKey>(4);
            keys.Clear();
            // ("zzJohn" | "zzSmith": ASCII letters with a sorting mark in front, round 71a, go the long way.)
            if (IsAsciiLetters(first) && IsAsciiLetters(last) && !NameTitles.IsTitle(first!, 0) && !LeaverMarks.StartsLikeSortedAway(first) && !LeaverMarks.StartsLikeSortedAway(last))
            {
                // "John" "Smith", most names: one word of ASCII letters each has no note, title, suffix, second person,
                // other form or German letter to look for, and folds to itself in lower case.
                Add(keys, NameNormalizer.Normalize(first), NameNormalizer.Compact(last));
                return WithDisplayAndAddress(keys, displayName, address);
            }
            // "Berg, van der" (the Dutch sorting form) and "Jan van der" | "Berg": the particles belong before the surname.
            PutParticlesInPlace(ref first, ref last);
            // "Robert/Bob", "Ann/Anne": one person's name and its other form (a nickname, a spelling), not two people.
            var alternative = OtherFormOf(ref first);
            // "Mark & Olive", "John and Mary": a couple's record names no one person.
            if ((first != null && (NamesTwoPeople(first) || JoinsTwoGivenNames(first))) || (last != null && NamesTwoPeople(last))) return keys;
            var firstWords = NameNormalizer.Normalize(WithoutTitle(StripNote(first)));
            var l = NameNormalizer.Compact(WithoutSuffixes(StripNote(last)));
            var badlyFilled = (first?.IndexOf(',') ?? -1) >= 0 || (last?.IndexOf(',') ?? -1) >= 0 || firstWords.Length == 0 || l.Length == 0;

            if (!badlyFilled)
            {
                var space = firstWords.IndexOf(' ');
                Add(keys, space < 0 ? firstWords : firstWords.Replace(" ", string.Empty), l);
                // "Mary Ellen" is also Mary, and "Anne-Marie" Anne: the first word finds the contact or account under it, which the
                // second given name then makes Review, never a link (NameDetails.OneHasASecondGivenName; round 46: "Anne Roycroft"
                // found no Anne-Marie Roycroft at all, and New-PsaContact would have made her a second contact).
                if (space > 0) Add(keys, firstWords.Substring(0, space), l);
                // A preferred name written into the first name: "Wei (David)", "Robert \"Bob\"".
                if (first!.IndexOf('(') > 0 || first.IndexOf('"') > 0) AddParsed(keys, first + " " + last);
                // Jörg Müller is also Joerg Mueller, the way German-speaking directories spell him in ASCII.
                if (HasGermanLetter(first) || HasGermanLetter(last))
                {
                    var germanFirst = NameNormalizer.Normalize(WithoutTitle(StripNote(GermanAscii(first))));
                    var germanSpace = germanFirst.IndexOf(' ');
                    Add(keys, germanSpace < 0 ? germanFirst : germanFirst.Replace(" ", string.Empty), NameNormalizer.Compact(WithoutSuffixes(StripNote(GermanAscii(last)))));
                }
            }
            else
            {
                AddParsed(keys, ((first ?? string.Empty) + " " + (last ?? string.Empty)).Trim());
                if ((first?.IndexOf(',') ?? -1) >= 0) AddParsed(keys, first);
            }

            if (alternative != null && l.Length > 0) Add(keys, alternative, l);
            return WithDisplayAndAddress(keys, displayName, address);
        }

        /// <summary>
        /// The display name adds its reading only when it is the same person as the fields (a nickname, a middle name,
        /// another order): a stale display name naming someone else (fields Mark, display Olive Torburpet) would link
        /// the account to that other person. Then the reading of an address.
        /// </summary>
        private static List<NameKey> WithDisplayAndAddress(List<NameKey> keys, string? displayName, string? address)
        {
            if (displayName != null)
            {
                var fromFields = keys.Count;
                AddParsed(keys, displayName);
                if (fromFields == 0) AddWrittenTogether(keys, displayName);
                if (fromFields > 0) KeepSharingAName(keys, fromFields);
            }
            if (address != null) AddParsed(keys, address);
            return keys;
        }

        /// <summary>
        /// A Chinese, Japanese or Korean name written as one run of two to four characters, family name first and no
        /// space ("刘敏", "王小明", "佐藤翔太"): no separator says where the family name ends, so each reading is a key,
        /// the family name one to three characters (most are one in Chinese and Korean, two in Japanese, some three:
        /// 長谷川, 佐々木). A reading that is no one's name finds no contact.
        /// </summary>
        private static void AddWrittenTogether(List<NameKey> keys, string displayName)
        {
            var text = displayName.Trim();
            if (text.Length < 2 || text.Length > 5 || !IsEastAsianName(text)) return;
            for (var family = 1; family <= 3 && family < text.Length; family++)
            {
                Add(keys, NameNormalizer.Compact(text.Substring(family)), NameNormalizer.Compact(text.Substring(0, family)));
            }
        }

        /// <summary>A Han ideograph, a kana, a Hangul syllable, or the iteration mark 々 (佐々木).</summary>
        private static bool IsEastAsianLetter(char c) =>
            (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\u3040' && c <= '\u30FF') || (c >= '\uAC00' && c <= '\uD7AF') ||
            (c >= '\uF900' && c <= '\uFAFF') || c == '\u3005';

        /// <summary>A non-empty text of East Asian letters only (<see cref="IsEastAsianLetter"/>).</summary>
        internal static bool IsEastAsianName(string text)
        {
            if (text.Length == 0) return false;
            foreach (var c in text)
            {
                if (!IsEastAsianLetter(c)) return false;
            }
            return true;
        }

        // Surname particles that a sorting form moves behind the surname, or a form moves into the first-name field.
        private static readonly HashSet<string> MovableParticles = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "van", "von", "de", "der", "den", "da", "das", "dos", "del", "della", "di", "du", "la", "le", "ter", "ten", "het", "'t", "in",
        };

        /// <summary>
        /// The last two words of a whole name of three words or more, as a given name and a surname ("John Paul" | Smith: paul |
        /// smith; Mohammed | "Ali Khan": ali | khan; "María del Carmen Sánchez": carmen | sánchez): the name someone who goes by a
        /// later given name is known by. Null for fewer words, an initial or a particle before the last word ("Anna van der
        /// Berg"), or a last word of one letter.
        /// </summary>
        internal static NameKey? LastTwoWords(string? given, string? surname)
        {
            // One plain word a field (most names): two words at most, whatever a title or a suffix takes off. Answered before
            // the notes, titles and suffixes are cut and the whole name folded and split, four strings and an array an account.
            if (IsOneAsciiWord(given) && IsOneAsciiWord(surname)) return null;
            var words = NameNormalizer.Normalize(WithoutTitle(StripNote(given)) + " " + WithoutSuffixes(StripNote(surname))).Split(' ');
            if (words.Length < 3) return null;
            var first = words[words.Length - 2];
            var last = words[words.Length - 1];
            if (first.Length < 2 || last.Length < 2 || IsMovableParticle(first) || MovableParticles.Contains(first)) return null;
            return new NameKey(first, last);
        }

        /// <summary>Null, or ASCII letters only: at most one word once folded.</summary>
        /// <summary>Where the brackets a text opens with close ("[Resigned] Jun Jie", "(Mary) John Smith"): the index of the ] or ), or -1.</summary>
        internal static int NoteInFrontEnd(string text) =>
            text.Length > 2 && (text[0] == '[' || text[0] == '(') ? text.IndexOf(text[0] == '[' ? ']' : ')') : -1;

        private static bool IsOneAsciiWord(string? text) => string.IsNullOrEmpty(text) || IsAsciiLetters(text);

        /// <summary>A surname particle that may stand at the end of a first-name field ("Jan van der").</summary>
        internal static bool IsMovableParticle(string word) => MovableParticles.Contains(word);

        private static bool AreParticles(string[] words, int from, int to)
        {
            if (to <= from) return false;
            for (var i = from; i < to; i++)
            {
                if (!MovableParticles.Contains(words[i])) return false;
            }
            return true;
        }

        /// <summary>
        /// A surname in its sorting form, "Berg, van der", is "van der Berg"; particles written at the end of the first-name
        /// field ("Jan van der" | "Berg") belong to the surname.
        /// </summary>
        /// <summary>The surname with the particles a first-name field ends with or a sorting form moves behind it ("Jan van der" | "Berg", "Berg, van der": "van der Berg").</summary>
        internal static string? SurnameWithParticles(string? first, string? last)
        {
            PutParticlesInPlace(ref first, ref last);
            return last;
        }

        /// <summary>The first name without the particles it ends with ("Jan van der": "Jan").</summary>
        internal static string? FirstNameWithoutParticles(string? first, string? last)
        {
            PutParticlesInPlace(ref first, ref last);
            return first;
        }

        private static void PutParticlesInPlace(ref string? first, ref string? last)
        {
            if (last != null)
            {
                var comma = last.IndexOf(',');
                if (comma > 0 && last.IndexOf(',', comma + 1) < 0)
                {
                    var tail = last.Substring(comma + 1).Trim().Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
                    if (AreParticles(tail, 0, tail.Length)) last = string.Join(" ", tail) + " " + last.Substring(0, comma).Trim();
                }
            }
            if (first != null && last != null && first.IndexOf(' ') > 0 && first.IndexOf(',') < 0)
            {
                var words = first.Trim().Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
                var start = words.Length;
                // Not Văn or Lê before a Vietnamese family name ("Hong Van" | "Tran" is Hồng Vân Trần, not Hong | Van Tran).
                var vietnamese = VietnameseFamilyNames.Contains(last);
                while (start > 1 && MovableParticles.Contains(words[start - 1]) && !(vietnamese && VietnameseFamilyNames.IsAlsoAGivenName(words[start - 1]))) start--;
                if (start < words.Length)
                {
                    last = string.Join(" ", words, start, words.Length - start) + " " + last.Trim();
                    first = string.Join(" ", words, 0, start);
                }
            }
        }

        /// <summary>One word of ASCII letters only ("Smith", not "O'Neil", "Smith Jr" or "Müller").</summary>
        private static bool IsAsciiLetters(string? text)
        {
            if (text == null || text.Length == 0) return false;
            foreach (var c in text)
            {
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) return false;
            }
            return true;
        }

        private static bool HasGermanLetter(string? text) => text != null && text.IndexOfAny(GermanLetters) >= 0;

        // Letters with a standard two-letter ASCII spelling: German, Danish and Norwegian, Serbo-Croatian.
        private static readonly Dictionary<char, string> AsciiSpellings = new Dictionary<char, string>
        {
            ['ä'] = "ae", ['ö'] = "oe", ['ü'] = "ue", ['Ä'] = "Ae", ['Ö'] = "Oe", ['Ü'] = "Ue", ['ß'] = "ss",
            ['ø'] = "oe", ['Ø'] = "Oe", ['å'] = "aa", ['Å'] = "Aa", ['đ'] = "dj", ['Đ'] = "Dj",
        };

        private static readonly char[] GermanLetters = new List<char>(AsciiSpellings.Keys).ToArray();

        /// <summary>
        /// The standard ASCII spelling of letters without one in plain Latin: German ä ae, ö oe, ü ue, ß ss (Müller is
        /// Mueller, Gößl is Goessl), Danish and Norwegian ø oe, å aa (Søren Østergaard is Soeren Oestergaard, Åse Ålund
        /// is Aase Aalund), Serbo-Croatian đ dj (Đorđe Đukić is Djordje Djukic). Folding alone gives the one-letter forms
        /// (Soren, Dorde), so both spellings find the contact.
        /// </summary>
        internal static string? GermanAscii(string? text)
        {
            if (!HasGermanLetter(text)) return text;
            var builder = new System.Text.StringBuilder(text!.Length + 4);
            foreach (var c in text)
            {
                if (AsciiSpellings.TryGetValue(c, out var spelled)) builder.Append(spelled);
                else builder.Append(c);
            }
            return builder.ToString();
        }

        /// <summary>
        /// Drops the keys added after <paramref name="fromFields"/> whose first name is not the fields' (or a
        /// nickname of it): a shared surname alone is a relative (fields Mark Torburpet, display Olive Torburpet).
        /// </summary>
        private static void KeepSharingAName(List<NameKey> keys, int fromFields)
        {
            // Fields in Cyrillic or Greek (Дмитрий Иванов) and a display name in Latin letters (Dmitry Ivanov): the same name
            // written twice when the transliteration says so; the Latin reading is kept. "Dmitry Petrov" over those fields
            // is someone else, and so is any Latin name over a script not transliterated (Hebrew, Japanese).
            var fieldsLatin = false;
            for (var j = 0; j < fromFields; j++) fieldsLatin |= IsLatin(keys[j].First) || IsLatin(keys[j].Last);
            for (var i = keys.Count - 1; i >= fromFields; i--)
            {
                if (!fieldsLatin && IsLatin(keys[i].First) && IsLatin(keys[i].Last) && RomanisesTo(keys, fromFields, keys[i])) continue;
                var shares = false;
                for (var j = 0; j < fromFields && !shares; j++)
                {
                    shares = keys[j].First == keys[i].First ||
                             (keys[j].Last == keys[i].Last && NicknameTable.Default.AreEquivalent(keys[j].First, keys[i].First)) ||
                             // the fields' given name and the one the display adds, as one compound name (fields Mary | Lee shown as
                             // "Mary Ann Lee": Mary-Ann Lee's contact is a candidate too; round 45 linked Mary Lee's alone), or the
                             // one written before it (fields Paul | Smith shown as "John Paul Smith": John Paul Smith's contact is
                             // a candidate too, and Paul Smith's was linked alone)
                             keys[j].StartsGivenNameOf(keys[i]) || keys[j].EndsGivenNameOf(keys[i]) ||
                             // and that name at another split (the father's contact Mohammed | Ali Khan for Ali | Khan shown as
                             // "Mohammed Ali Khan": round 47 linked the son's contact, the father's no candidate)
                             keys[i].WholeNameExtends(keys[j]);
                }
                if (!shares) keys.RemoveAt(i);
            }
        }

        /// <summary>One of the field keys, transliterated, is this Latin key's name (<see cref="Transliteration.SameName"/>).</summary>
        private static bool RomanisesTo(List<NameKey> keys, int fromFields, NameKey latin)
        {
            for (var j = 0; j < fromFields; j++)
            {
                var field = keys[j];
                if (!Transliteration.CanRomanise(field.First) || !Transliteration.CanRomanise(field.Last)) continue;
                if (Transliteration.SameName(Transliteration.Romanise(field.First), latin.First) &&
                    Transliteration.SameName(Transliteration.Romanise(field.Last), latin.Last))
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>A folded name in Latin letters (and digits) only.</summary>
        private static bool IsLatin(string folded)
        {
            if (folded.Length == 0) return false;
            foreach (var c in folded)
            {
                if (char.IsLetter(c) && c > '\u024F') return false;
            }
            return true;
        }

        /// <summary>
        /// "Mark y Olive", "Mark e Olive": in a first-name field the Spanish and Portuguese "and" joins two people
        /// (in a surname it joins two surnames, "Ortega y Gasset", and is left alone).
        /// </summary>
        private static bool JoinsTwoGivenNames(string first) =>
            first.IndexOf(" y ", StringComparison.OrdinalIgnoreCase) > 0 || first.IndexOf(" e ", StringComparison.OrdinalIgnoreCase) > 0;

        /// <summary>
        /// "Robert/Bob" or "Ann/Anne" in a first-name field: the part before the slash stays the first name and
        /// the other form is returned (compact) when the two are nicknames or spellings of one name; otherwise
        /// (two people) the field is left as it is, for <see cref="NamesTwoPeople"/>.
        /// </summary>
        private static string? OtherFormOf(ref string? first)
        {
            if (first == null) return null;
            var slash = first.IndexOf('/');
            if (slash <= 0 || first.IndexOf('/', slash + 1) >= 0) return null;
            var one = first.Substring(0, slash).Trim();
            var other = NameNormalizer.Compact(first.Substring(slash + 1));
            var compactOne = NameNormalizer.Compact(one);
            if (compactOne.Length < 2 || other.Length < 2) return null;
            if (!NicknameTable.Default.AreEquivalent(compactOne, other) && Similarity.JaroWinkler(compactOne, other) < 0.9) return null;
            first = one;
            return other;
        }

        // Titles written into a first-name field ("Dr Nadia", "Mrs. Ann"): not part of the name. These are
        // titles whichever way they are written.
        /// <summary>
        /// A first name as written, without its leading titles ("Prof. Dr. Hans" is Hans); empty when titles are
        /// all there is. A title is a word of its own: the first part of a hyphenated name is never one.
        /// ("Mrs Peter Smith", the old styling of Peter Smith's wife, keeps Peter: NameDetails sends a name link
        /// with "Mrs" before the first name to Review.)
        /// </summary>
        private static string WithoutTitle(string? first)
        {
            var stripped = StripTitles(first?.Trim() ?? string.Empty);
            // A first-name field that is nothing but a title word is a name ("Prof" | Green, "Dr" | Dre, "Sir" | Elton: round 50
            // found no candidate for them).
            return stripped.Length == 0 && !string.IsNullOrWhiteSpace(first) ? first!.Trim().TrimEnd('.') : stripped;
        }

        private static string StripTitles(string text)
        {
            while (text.Length > 0)
            {
                var pair = NameTitles.LeadingTwoWordTitle(text);
                if (pair > 0)
                {
                    text = text.Substring(pair);
                    continue;
                }
                var space = text.IndexOfAny(Whitespace);
                var length = space < 0 ? text.Length : space;
                // A whole word that is a title, dots and hyphens inside it ("Dipl.-Ing.", "Mag.a"), checked first.
                if (!NameTitles.IsTitle(text, 0, length, WordsAfter(text, length)))
                {
                    // "Mrs.Peter", "Fr.Peter": a title's dot with no space after it ends the word too.
                    var dot = text.IndexOf('.');
                    if (dot <= 0 || dot >= length - 1 || !char.IsLetter(text[dot + 1]) || !NameTitles.IsTitle(text, 0, dot + 1, 1)) return text;
                    length = dot + 1;
                }
                text = text.Substring(length).TrimStart(Whitespace);
            }
            return text;
        }

        /// <summary>How many words follow the first <paramref name="length"/> characters of the text.</summary>
        private static int WordsAfter(string text, int length)
        {
            var words = 0;
            var inWord = false;
            for (var i = length; i < text.Length; i++)
            {
                var separator = Array.IndexOf(Whitespace, text[i]) >= 0;
                if (!separator && !inWord) words++;
                inWord = !separator;
            }
            return words;
        }

        private static readonly char[] Whitespace = { ' ', '\t', '\u00A0' };

        // Degrees and generations written after a surname ("Rossi PhD", "Smith III"): not part of the name.
        // NameDetails still reads a generation from the raw fields.
        private static readonly HashSet<string> Suffixes = new HashSet<string>(StringComparer.Ordinal)
        {
            "jr", "sr", "ii", "iii", "iv", "phd", "md", "mba", "cpa", "esq", "dds", "cfa", "msc", "bsc", "jd", "peng", "fcca", "acca",
            "llb", "llm", "mphil", "dphil", "pharmd", "dnp", "pmp", "cissp",
        };

        // Also name parts ("Le Ba", "Hu Ma"): degrees only when written with dots or after a comma ("B.A.", ", MA").
        private static readonly HashSet<string> SuffixesWithDotOrComma = new HashSet<string>(StringComparer.Ordinal) { "ba", "ma", "pe", "rn" };

        /// <summary>The surname without trailing degrees and generations; the text as it was when nothing is dropped.</summary>
        private static string? WithoutSuffixes(string? last)
        {
            if (last == null || last.IndexOf(' ') < 0 && last.IndexOf(',') < 0) return last;
            var tokens = last.Split(new[] { ' ', ',' }, StringSplitOptions.RemoveEmptyEntries);
            var keep = tokens.Length;
            while (keep > 1)
            {
                var raw = tokens[keep - 1];
                var word = raw.Replace(".", string.Empty).ToLowerInvariant();
                var marked = raw.IndexOf('.') >= 0 || last.LastIndexOf(',') >= 0 && last.LastIndexOf(',') < last.LastIndexOf(raw, StringComparison.Ordinal);
                if (!Suffixes.Contains(word) && !(marked && SuffixesWithDotOrComma.Contains(word))) break;
                keep--;
            }
            return keep == tokens.Length ? last : string.Join(" ", tokens, 0, keep);
        }

        /// <summary>For NameDetails: <see cref="StripNote"/>.</summary>
        internal static string WithoutNote(string text) => StripNote(text) ?? string.Empty;

        /// <summary>Where " c/o " (care of) begins in a name, the space before it; -1 when there is none.</summary>
        internal static int IndexOfCareOf(string text) => text.IndexOf(" c/o ", StringComparison.OrdinalIgnoreCase);

        /// <summary>A field without its notes in brackets and without a " - " tail: "Rossi (Finance/HR)" is Rossi.</summary>
        private static string? StripNote(string? text)
        {
            if (text == null) return null;
            // A leaver's note in front of the name ("[Resigned] Jun Jie", "(Left) John"): the name follows it (last session's note: the
            // leaver's record was not found by name, and the account had no candidate). Only a leaver's: "[Mary] John" names another person
            // (round 69b: stripped, it linked John Smith).
            var lead = text.TrimStart();
            var start = LeaverMarks.NameStart(lead);
            if (start > 0) text = lead.Substring(start).Trim();
            // "John Smith (Finance).", "John Smith (Mary)!": a full stop after a closing note is no word of the name (round 71a: no
            // candidate, and New-PsaContact would have made "John Smith ." a second contact).
            text = WithoutStopAfterNote(text);
            // "Mary Chen c/o David": what follows "c/o" is a note (round 74a: no candidate, a twin).
            var careOf = IndexOfCareOf(text);
            if (careOf > 0) text = text.Substring(0, careOf).Trim();
            var open = text.IndexOf('(');
            if (open < 0) open = text.IndexOf('[');
            if (open > 0)
            {
                var close = text.IndexOf(text[open] == '(' ? ')' : ']', open);
                // A preferred name in brackets ("Wei (David)") stays for AddParsed; a note of several words goes, and so
                // does a department ("Pryor (Finance)").
                if (close > open && text.IndexOf(' ', open, close - open) > 0 || close > open && text.IndexOfAny(NoteMarks, open, close - open) > 0 ||
                    close > open && IsDepartment(text.Substring(open + 1, close - open - 1)))
                {
                    text = (text.Substring(0, open) + text.Substring(close + 1)).Trim();
                }
            }
            // " - Sales & Marketing", " – Director for Europe": a note of several words after a spaced dash. One
            // word after it ("Smith - Jones", "Garcia - Lopez") is a surname written with spaces, and stays.
            var dash = IndexOfSpacedDash(text);
            if (dash > 0)
            {
                var tail = text.Substring(dash + 3).Trim();
                // A department in front ("Finance - John Smith", "Sales/IT - John Smith"): the name follows it (round 72c: no candidate,
                // and New-PsaContact made "Sales/IT - John Smith" a second contact).
                if (IsDepartmentNote(text.Substring(0, dash))) return tail;
                if (tail.IndexOf(' ') > 0 || IsDepartment(tail)) return text.Substring(0, dash).Trim();
            }
            return text;
        }

        private static string WithoutStopAfterNote(string text)
        {
            var end = text.Length;
            while (end > 0 && (text[end - 1] == '.' || text[end - 1] == '!' || text[end - 1] == ';' || text[end - 1] == ',' || text[end - 1] == ':' || text[end - 1] == ' ')) end--;
            if (end == text.Length || end == 0) return text;
            var before = text[end - 1];
            return before == ')' || before == ']' || before == '"' || before == '\u201D' ? text.Substring(0, end) : text;
        }

        // Departments a PSA's name field may carry as a note ("Pryor (Finance)", "Pratt - Accounts"): never a surname or
        // a preferred name. Words that name a mailbox rather than a team (Support, Admin, Shared) are qualifiers instead.
        private static readonly HashSet<string> Departments = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "finance", "accounts", "accounting", "sales", "marketing", "hr", "it", "ict", "payroll", "operations", "legal",
            "engineering", "purchasing", "procurement", "logistics", "warehouse", "reception", "management", "production",
            "facilities", "compliance", "research", "billing", "dispatch", "shipping", "estimating", "projects", "design",
        };

        private static bool IsDepartment(string word) => Departments.Contains(word.Trim());

        /// <summary>Every word of the text, split at spaces, slashes and ampersands, is a department ("Sales/IT", "Finance & HR").</summary>
        private static bool IsDepartmentNote(string text)
        {
            var words = text.Split(DepartmentSeparators, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) return false;
            foreach (var word in words)
            {
                if (!IsDepartment(word)) return false;
            }
            return true;
        }

        private static readonly char[] DepartmentSeparators = { ' ', '/', '&', ',' };

        // Words of a note that describe a person's place or job rather than name someone ("(Head Office)", "- Account Manager").
        private static readonly HashSet<string> DescriptionWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "head", "office", "manager", "director", "assistant", "team", "service", "services", "support", "customer", "region", "branch",
            "site", "account", "lead", "senior", "junior", "officer", "engineer", "coordinator", "executive", "admin", "contractor", "temp",
            "consultant", "partner", "owner", "ceo", "cfo", "coo", "cto", "president", "vice", "north", "south", "east", "west", "central",
            "main", "new", "old", "former", "left", "shared", "test", "marketing", "sales", "hr", "it", "ops", "group", "dept", "department",
            "store", "shop", "clinic", "school", "campus", "warehouse", "remote", "home", "mobile", "work", "personal", "board", "member",
        };

        /// <summary>A folded word of a note that describes a place, a job or a state (a department, "Office", "Manager"), not a name.</summary>
        internal static bool IsDescription(string word) => Departments.Contains(word) || DescriptionWords.Contains(word) || EvidenceCollector.IsRoleWord(word) || NotAPerson.Contains(word);

        internal static int IndexOfSpacedDash(string text)
        {
            var dash = text.IndexOf(" - ", StringComparison.Ordinal);
            if (dash < 0) dash = text.IndexOf(" \u2013 ", StringComparison.Ordinal); // en dash
            if (dash < 0) dash = text.IndexOf(" \u2014 ", StringComparison.Ordinal); // em dash
            return dash;
        }

        private static readonly char[] NoteMarks = { '/', '&', ',', ';' };

        /// <summary>An address or a login rather than a name: an @, or one word joined by dots or underscores.</summary>
        private static bool LooksLikeAddress(string text) =>
            text.IndexOf('@') >= 0 || (text.Trim().IndexOf(' ') < 0 && (text.IndexOf('.') > 0 || text.IndexOf('_') > 0));

        private static void AddParsed(List<NameKey> keys, string? text)
        {
            if (string.IsNullOrWhiteSpace(text) || WithoutTitle(text).Length == 0) return;
            if (NamesTwoPeople(text!))
            {
                AddEachOfACouple(keys, text!);
                return;
            }
            var parsed = DisplayNameParser.Parse(StripNote(text));
            if (!parsed.Success) return;
            var last = NameNormalizer.Compact(parsed.Last);
            // "Anne Marie Roycroft", "Marc André Gagnon": one middle word may be the second half of a compound given name,
            // written with a hyphen in the PSA (Anne-Marie, Marc-André). Its key comes first, as the fields' full first name
            // does (round 43: only "anne" was a key, so Anne-Marie's contact was no candidate and Anne's was linked).
            if (parsed.Middle != null && parsed.Middle.IndexOf(' ') < 0 && parsed.First != null)
            {
                Add(keys, NameNormalizer.Compact(parsed.First + parsed.Middle), last);
            }
            // Three words or more: where the given names end is not written ("Ana Rodríguez Pérez" is Ana | Rodríguez Pérez,
            // "María del Carmen Sánchez" María del Carmen | Sánchez). Every split is a key: each finds only a contact whose first
            // and last name are the whole name as written (round 44: those contacts were no candidates, and twins were created).
            if (parsed.First != null && parsed.Last != null) AddEverySplit(keys, parsed.First + (parsed.Middle == null ? " " : " " + parsed.Middle + " ") + parsed.Last);
            Add(keys, NameNormalizer.Compact(parsed.First), last);
            if (parsed.Nickname != null) Add(keys, NameNormalizer.Compact(parsed.Nickname), last);
        }

        private static void AddEverySplit(List<NameKey> keys, string whole)
        {
            var words = NameNormalizer.Normalize(whole).Split(' ');
            if (words.Length < 3 || words.Length > 6) return;
            for (var split = 1; split < words.Length; split++)
            {
                Add(keys, string.Join(string.Empty, words, 0, split), string.Join(string.Empty, words, split, words.Length - split));
            }
        }

        // "David and Mary Chen", "David Chen & Mary", "David Chen + Mary Chen", "David/Mary Chen": two people joined as a couple is.
        private static readonly System.Text.RegularExpressions.Regex CoupleJoin = new System.Text.RegularExpressions.Regex(
            @"^(?<one>.*?\S)\s*(&|\+|/|\s(and|und|et)\s)\s*(?<two>\S.*)$",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        /// <summary>
        /// A couple's display name ("David and Mary Chen", "David Chen & Mary"): each person's name is a key, so that each one's record
        /// is a candidate; the couple is never either one's link (NameDetails.Conflict: Review). Before, no key at all, so the account
        /// was Unmatched and New-PsaContact would have made a record of the couple beside theirs (round 71a).
        /// </summary>
        private static void AddEachOfACouple(List<NameKey> keys, string text)
        {
            var match = CoupleJoin.Match(StripNote(text) ?? text);
            if (!match.Success) return;
            var one = WithoutTitle(match.Groups["one"].Value).Trim().Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            var two = WithoutTitle(match.Groups["two"].Value).Trim().Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (one.Length == 0 || two.Length == 0 || (one.Length == 1 && two.Length == 1)) return;
            var surname = two.Length > 1 ? two[two.Length - 1] : one[one.Length - 1];
            AddCouplePart(keys, one, surname);
            AddCouplePart(keys, two, surname);
        }

        private static void AddCouplePart(List<NameKey> keys, string[] words, string surname)
        {
            if (words.Length == 1) Add(keys, NameNormalizer.Compact(words[0]), NameNormalizer.Compact(surname));
            else if (words.Length == 2) Add(keys, NameNormalizer.Compact(words[0]), NameNormalizer.Compact(words[1]));
        }

        /// <summary>"John and Mary Korvenberg", "J &amp; M Smith", "Mark T or Olive T", "A / B", "Ann (now Bea)": not one person.</summary>
        private static bool NamesTwoPeople(string text) =>
            text.IndexOf("(now ", StringComparison.OrdinalIgnoreCase) >= 0 || SeparatesTwo(StripNote(text)!);

        // A department or a role in brackets or after " - " ("Anna Rossi (Sales/Marketing)") is a note, not a second person.
        private static bool SeparatesTwo(string text) =>
            text.IndexOf(" and ", StringComparison.OrdinalIgnoreCase) > 0 || text.IndexOf('&') > 0 || text.IndexOf('+') > 0 || text.IndexOf('|') > 0 ||
            // "and" in other languages (not "y" or "e", which join Spanish and Portuguese surnames)
            text.IndexOf(" und ", StringComparison.OrdinalIgnoreCase) > 0 || text.IndexOf(" et ", StringComparison.OrdinalIgnoreCase) > 0 ||
            text.IndexOf(" og ", StringComparison.OrdinalIgnoreCase) > 0 || text.IndexOf(" och ", StringComparison.OrdinalIgnoreCase) > 0 ||
            text.IndexOf(" or ", StringComparison.OrdinalIgnoreCase) > 0 || PatronymicSlashes.HasJoiningSlash(text) || text.IndexOf(';') > 0 ||
            text.IndexOf("(now ", StringComparison.OrdinalIgnoreCase) >= 0 ||
            // a delegate's mailbox: "Anna Baker for Paul Kelmont", "obo", "on behalf of", "assistant to"
            text.IndexOf(" for ", StringComparison.OrdinalIgnoreCase) > 0 || text.IndexOf(" obo ", StringComparison.OrdinalIgnoreCase) > 0 ||
            text.IndexOf("behalf of", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("assistant to", StringComparison.OrdinalIgnoreCase) >= 0;

        // Words that name a thing or a role, not a person: "Front Desk", "Conference Room", "Test User",
        // "Accounts Payable" rows exist on both sides, and two of them with one name are not one person.
        private static readonly HashSet<string> NotAPerson = new HashSet<string>(StringComparer.Ordinal)
        {
            "desk", "frontdesk", "room", "conference", "conferenceroom", "boardroom", "meetingroom", "scanner", "printer", "copier",
            "test", "testuser", "user", "payable", "receivable", "accountspayable", "service", "serviceaccount", "mailbox",
            "reception", "admin", "administrator", "helpdesk", "servicedesk", "noreply", "shared",
        };

        /// <summary>True when either part of the name is a role or a thing ("Front Desk"): no name evidence.</summary>
        internal static bool IsNotAPerson(string first, string last) => NotAPerson.Contains(first) || NotAPerson.Contains(last);

        private static void Add(List<NameKey> keys, string first, string last)
        {
            if (first.Length == 0 || last.Length == 0 || IsNotAPerson(first, last)) return;
            var key = new NameKey(first, last);
            if (!keys.Contains(key)) keys.Add(key);
        }
    }
}
