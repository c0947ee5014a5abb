using System;
using System.Collections.Generic;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// Folds a phone number to its national significant number, so that "+1 206 555 0123", "(206) 555-0123"
    /// and "1-206-555-0123 x12" agree, and so do "+44 7700 900123", "0044 7700 900123" and "07700 900123":
    /// formatting and an extension are dropped (the extension is read apart: <see cref="ExtensionOf"/>); an international prefix (+, 00, 011) and the country code
    /// after it are dropped (country codes are a prefix code: 1 or 7, a listed two-digit code, else three
    /// digits); otherwise a trunk prefix is (a leading 0, or the 1 of an eleven-digit North American
    /// number). Every digit of the rest counts: keeping only the last nine once made +1 312 555 0147 and
    /// +1 212 555 0147 one number. Fewer than seven digits identify nobody: null.
    /// </summary>
    public static class PhoneNormalizer
    {
        public const int MinimumDigits = 7;

        // The two-digit country calling codes (ITU-T E.164); 1 and 7 are the one-digit ones, every other code has three digits.
        private static readonly int[] TwoDigitCountryCodes =
        {
            20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49, 51, 52, 53, 54, 55, 56, 57, 58,
            60, 61, 62, 63, 64, 65, 66, 81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98,
        };

        /// <summary>The field may hold several numbers (a separator between them); most hold one, and are read without a split or an array.</summary>
        internal static bool MayHoldSeveral(string? value)
        {
            if (value == null) return false;
            if ((value.IndexOf('/') >= 0 && HasSeparatingSlash(value)) || value.IndexOf(';') >= 0 || value.IndexOf('|') >= 0 || value.IndexOf('&') >= 0 ||
                value.IndexOf(", ", StringComparison.Ordinal) >= 0 || value.IndexOf('\n') >= 0 || value.IndexOf('或') >= 0 ||
                value.IndexOf(" or ", StringComparison.OrdinalIgnoreCase) >= 0 || value.IndexOf(" and ", StringComparison.OrdinalIgnoreCase) >= 0) return true;
            // Words and loose separators only in a field long enough for two numbers (most fields hold one and stop here).
            if (value.Length < 2 * MinimumDigits + 2 || DigitCount(value) < 2 * MinimumDigits) return false;
            foreach (var separator in NumberSeparators)
            {
                if (separator.Length > 2 && char.IsLetter(separator[1]) && value.IndexOf(separator, StringComparison.OrdinalIgnoreCase) >= 0) return true;
            }
            return value.IndexOf(" (alt) ", StringComparison.OrdinalIgnoreCase) >= 0 || HasLooseSeparator(value);
        }

        private static int DigitCount(string value) => DigitCount(value, 0, value.Length);

        private static int DigitCount(string value, int from, int to)
        {
            var digits = 0;
            for (var i = from; i < to; i++)
            {
                if (value[i] >= '0' && value[i] <= '9') digits++;
            }
            return digits;
        }

        /// <summary>A loose separator (<see cref="LooseSeparators"/>) with seven digits or more on each side.</summary>
        private static bool HasLooseSeparator(string value) => LooseCut(value, out _) >= 0;

        /// <summary>
        /// Where the first loose separator with seven digits or more on each side starts (each separator's first place looked at),
        /// and its length; -1 when there is none.
        /// </summary>
        private static int LooseCut(string value, out int length)
        {
            var cut = -1;
            length = 0;
            foreach (var separator in LooseSeparators)
            {
                var at = value.IndexOf(separator, StringComparison.Ordinal);
                if (at <= 0 || (cut >= 0 && at >= cut)) continue;
                if (DigitCount(value, 0, at) < MinimumDigits || DigitCount(value, at, value.Length) < MinimumDigits) continue;
                cut = at;
                length = separator.Length;
            }
            return cut;
        }

        /// <summary>
        /// A slash inside one number: the area code or mobile prefix before it, as Germany, Austria and Hungary write them
        /// ("0151/23456789", "06-30/123-4567", "+49 (0)151/2345678"). The digits from the slash back to the start of the field
        /// (or to a letter or another separator) are fewer than seven, and a digit follows it: too few to be a number of their
        /// own. Round 53: "0151/23456789" was read as two numbers, the second "23456789", and found nothing.
        /// </summary>
        private static bool IsAreaCodeSlash(string value, int slash)
        {
            var next = slash + 1;
            while (next < value.Length && value[next] == ' ') next++;
            if (next == value.Length || value[next] < '0' || value[next] > '9') return false;
            var digits = 0;
            var fromStart = true;
            for (var i = slash - 1; i >= 0; i--)
            {
                var c = value[i];
                if (c >= '0' && c <= '9') digits++;
                else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')' && c != '+')
                {
                    fromStart = false;
                    break;
                }
            }
            // No space before the slash, or nothing but the area code before it: "07700 900123 / 0151" separates two numbers,
            // "0151/2345678" and "0151 / 2345678" do not.
            return digits > 0 && digits < MinimumDigits && slash > 0 && (value[slash - 1] != ' ' || fromStart);
        }

        /// <summary>The field has a slash that separates two numbers (not only one inside a number: <see cref="IsAreaCodeSlash"/>).</summary>
        private static bool HasSeparatingSlash(string value)
        {
            for (var i = value.IndexOf('/'); i >= 0; i = value.IndexOf('/', i + 1))
            {
                if (!IsAreaCodeSlash(value, i)) return true;
            }
            return false;
        }

        /// <summary>The field with each slash inside a number (<see cref="IsAreaCodeSlash"/>) made a space; the value itself when it has none.</summary>
        private static string WithoutAreaCodeSlashes(string value)
        {
            char[]? copy = null;
            for (var i = value.IndexOf('/'); i >= 0; i = value.IndexOf('/', i + 1))
            {
                if (!IsAreaCodeSlash(value, i)) continue;
                copy ??= value.ToCharArray();
                copy[i] = ' ';
            }
            return copy == null ? value : new string(copy);
        }

        /// <summary>The first number of a field (<see cref="Numbers"/>); the value itself when it holds one; null when none is the person's own.</summary>
        internal static string? FirstNumber(string? value)
        {
            if (!MayHoldSeveral(value)) return value != null && PhoneLabels.NotOwn(value) ? null : value;
            var numbers = Numbers(value);
            return numbers.Count > 0 ? numbers[0] : null;
        }

        private static readonly string[] NumberSeparators =
        {
            " / ", "/", " or ", " OR ", " Or ", " and ", ";", "|", " & ", ", ", "\r\n", "\n",
            // "or" in the languages fields are written in (round 57: the second number was lost, and a relative's phone not seen as shared)
            " oder ", " ou ", " o ", " y ", " e ", " und ", " of ", " vagy ", " или ", " или: ", "或", " (alt) ", " alt ",
        };

        // Between two numbers only when each side has seven digits or more: "07700 900555 - 07700 900123", two numbers set apart
        // by two spaces or a bare comma ("07700 900555,07700 900123"). "020 - 7946 0000" is one number, and "555 0100,214" one
        // number dialled with its extension after a pause.
        private static readonly string[] LooseSeparators = { " - ", " – ", "  ", "," };

        /// <summary>
        /// The numbers of a field that are the person's own: each part with seven digits or more of a field that holds
        /// several ("07700 900123 / 01632 960000", "a; b", "a or b"), and a field with one number (most) as it is, without a
        /// split. A number labelled as someone else's or as no longer the person's ("07700 900123 (dad)", "husband's ...",
        /// "(old)", "(home)": <see cref="PhoneLabels.NotOwn"/>) is not theirs, and a further number with any words beside
        /// it ("(on-call)") is not counted either: only the first may carry a label such as "(mobile)".
        /// </summary>
        internal static IReadOnlyList<string> Numbers(string? value)
        {
            if (value == null) return Array.Empty<string>();
            if (!MayHoldSeveral(value)) return PhoneLabels.NotOwn(value) ? Array.Empty<string>() : new[] { value };
            if (value.IndexOf('/') >= 0) value = WithoutAreaCodeSlashes(value);
            var parts = SplitNumbers(value);
            var numbers = new List<string>(parts.Length);
            var first = true;
            var lastAdded = -1;      // the part the previous number came from, while it is the one just before
            var labelAhead = false;  // a label part before any number: "wife / 0412 345 678"
            for (var p = 0; p < parts.Length; p++)
            {
                var part = parts[p];
                var digits = 0;
                var labelled = false;
                foreach (var c in part)
                {
                    if (c >= '0' && c <= '9') digits++;
                    else if (char.IsLetter(c)) labelled = true;
                }
                if (digits < MinimumDigits)
                {
                    // A label split off its number by the separator: "0412 345 678 (c/o dad)", "(own/wife)", "07700 900123 / wife".
                    if (labelled && PhoneLabels.NotOwn(part))
                    {
                        if (lastAdded == p - 1 && numbers.Count > 0) numbers.RemoveAt(numbers.Count - 1);
                        else if (first) labelAhead = true;
                    }
                    continue;
                }
                if ((!labelled || (first && !PhoneLabels.NotOwn(part))) && !labelAhead)
                {
                    numbers.Add(part.Trim());
                    lastAdded = p;
                }
                first = false;
                labelAhead = false;
            }
            return numbers;
        }

        /// <summary>The parts of a field with several numbers: split at every separator, and at a loose one where each side has seven digits or more.</summary>
        private static string[] SplitNumbers(string value)
        {
            var parts = value.Split(NumberSeparators, StringSplitOptions.RemoveEmptyEntries);
            if (!HasLooseSeparator(value)) return parts;
            var split = new List<string>(parts.Length + 2);
            foreach (var part in parts)
            {
                var rest = part;
                for (var cut = LooseCut(rest, out var length); cut >= 0; cut = LooseCut(rest, out length))
                {
                    split.Add(rest.Substring(0, cut));
                    rest = rest.Substring(cut + length);
                }
                split.Add(rest);
            }
            return split.ToArray();
        }

        /// <summary>
        /// Written the North American way, three digits, three and four ("(425) 555-0119", "425.555.0119", "1-425-555-0119"):
        /// ten digits run together, or grouped otherwise ("7700 900123", a UK mobile whose 0 a spreadsheet dropped; "98765
        /// 43210", an Indian one), say nothing of the country.
        /// </summary>
        internal static bool WrittenNorthAmerican(string? value)
        {
            if (value == null) return false;
            Span<int> groups = stackalloc int[5];
            var count = 0;
            var run = 0;
            foreach (var c in value)
            {
                if (c >= '0' && c <= '9')
                {
                    run++;
                    continue;
                }
                if (run == 0) continue;
                if (count == groups.Length) return false;
                groups[count++] = run;
                run = 0;
            }
            if (run > 0)
            {
                if (count == groups.Length) return false;
                groups[count++] = run;
            }
            var from = (count == 4 || count == 3) && groups[0] == 1 ? 1 : 0; // the 1 before the area code
            if (count - from == 3) return groups[from] == 3 && groups[from + 1] == 3 && groups[from + 2] == 4;
            // "(778)5550123": the area code in brackets, the rest run together.
            return count - from == 2 && groups[from] == 3 && groups[from + 1] == 7 && value.IndexOf('(') >= 0 && value.IndexOf('(') < value.IndexOf(')');
        }

        /// <summary>The significant digits, or null when the value has fewer than seven.</summary>
        public static string? Significant(string? value)
        {
            var digits = Digits(value, out var start, out var count);
            return digits == null ? null : new string(digits, start, count);
        }

        /// <summary>
        /// <see cref="Key"/> of <see cref="Significant"/>, without the string: counting the numbers on a
        /// million accounts made a string for each.
        /// </summary>
        internal static long KeyOf(string? value)
        {
            var digits = Digits(value, out var start, out var count);
            return digits == null ? 0 : Key(digits, start, count);
        }

        /// <summary><see cref="KeyOf(string?)"/> with the extension the number is written with (<see cref="ExtensionOf"/>), from one reading.</summary>
        internal static long KeyOf(string? value, out int extension)
        {
            var digits = Digits(value, out var start, out var count, out _, out extension, out _);
            if (digits != null) return Key(digits, start, count);
            extension = 0;
            return 0;
        }

        /// <summary>
        /// A key of the number's last <see cref="ContactIndex.PhoneTailDigits"/> significant digits (the whole number when shorter), 0 for
        /// none, and its extension: one number however it is written (with or without its country code or trunk prefix) has one key.
        /// Labels are not read: a number labelled as a relative's is still that number.
        /// </summary>
        internal static long TailKeyOf(string? value, out int extension)
        {
            var digits = Digits(value, out var start, out var count, out _, out extension, out _);
            if (digits == null)
            {
                extension = 0;
                return 0;
            }
            var from = count > ContactIndex.PhoneTailDigits ? start + count - ContactIndex.PhoneTailDigits : start;
            return Key(digits, from, start + count - from);
        }

        /// <summary><see cref="TailKeyOf"/> of significant digits.</summary>
        internal static long TailKey(string significant)
        {
            var from = Math.Max(0, significant.Length - ContactIndex.PhoneTailDigits);
            long value = 0;
            for (var i = from; i < significant.Length; i++) value = value * 10 + (significant[i] - '0');
            return value + ((long)(significant.Length - from) << 40);
        }

        /// <summary>
        /// Every number of a field with several (<see cref="Numbers"/>), labelled or not: what the account or contact carries, whose
        /// ever it is (for counting a number's holders, not for evidence).
        /// </summary>
        internal static IReadOnlyList<string> EveryNumber(string value)
        {
            if (value.IndexOf('/') >= 0) value = WithoutAreaCodeSlashes(value);
            var parts = SplitNumbers(value);
            var numbers = new List<string>(parts.Length);
            foreach (var part in parts)
            {
                var digits = 0;
                foreach (var c in part)
                {
                    if (c >= '0' && c <= '9') digits++;
                }
                if (digits >= MinimumDigits) numbers.Add(part);
            }
            return numbers;
        }

        /// <summary>The significant digits in a scratch buffer (valid until the next call on this thread), or null.</summary>
        private static char[]? Digits(string? value, out int start, out int count) => Digits(value, out start, out count, out _, out _, out _);

        /// <summary>
        /// As <see cref="Digits(string?, out int, out int)"/>, with the country code the number is written with (0 for
        /// none) and its extension (<see cref="ExtensionOf"/>).
        /// </summary>
        private static char[]? Digits(string? value, out int start, out int count, out int countryCode, out int extension, out bool trunk)
        {
            start = 0;
            count = 0;
            countryCode = 0;
            extension = 0;
            trunk = false;
            if (value == null || value.Length < MinimumDigits) return null;
            var digits = StringPool.Buffer(value.Length); // scratch: only the digits kept become a string
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (c >= '0' && c <= '9')
                {
                    digits[count++] = c;
                }
                else if (c > 127 && char.IsDigit(c))
                {
                    // Full-width digits (an East Asian input method), Arabic-Indic and Persian digits: each is its decimal digit.
                    digits[count++] = (char)('0' + System.Globalization.CharUnicodeInfo.GetDecimalDigitValue(c));
                }
                else if (count >= MinimumDigits && (char.IsLetter(c) || c == '#' || c == ',' || c == ';'))
                {
                    // "x12", "ext 12", "#12", ",214" (dialled after a pause), "Durchwahl 12", "poste 12", "доб. 12": an extension,
                    // kept apart from the number (round 55: a word without an e or an x let its digits run on into the number);
                    // "; 206 555 0199": the first of two numbers.
                    extension = Extension(value, i + 1);
                    break;
                }
            }
            if (count < MinimumDigits) return null;
            start = NationalStart(value, digits, count, out countryCode);
            trunk = countryCode == 0 && start == 1 && digits[0] == '0';
            count -= start;
            return count < MinimumDigits ? null : digits;
        }

        /// <summary>
        /// The digits after an extension mark, as a number with a leading 1 (so "012" and "12" differ), or 0: none, or
        /// seven digits and more (a second number, not an extension).
        /// </summary>
        private static int Extension(string value, int from)
        {
            var extension = 1;
            var digits = 0;
            for (var i = from; i < value.Length; i++)
            {
                var c = value[i];
                if (c >= '0' && c <= '9')
                {
                    if (++digits >= MinimumDigits) return 0;
                    extension = extension * 10 + (c - '0');
                }
                else if (digits > 0 && c != ' ' && c != '-') break;
            }
            return digits == 0 ? 0 : extension;
        }

        /// <summary>
        /// The country calling code the number is written with ("+44 7700 900123", "0044 ...", "011 44 ..."), or 0 when it
        /// is written nationally ("07700 900123", "(206) 555-0123"). Two numbers with the same national digits under
        /// two written country codes are two numbers: +44 7700 900123 and +1 770 090 0123.
        /// </summary>
        internal static int CountryCodeOf(string? value) => Digits(value, out _, out _, out var countryCode, out _, out _) == null ? 0 : countryCode;

        /// <summary>
        /// The extension the number is written with ("x214", "ext. 214", "#214", ",214"), as a number with a leading 1,
        /// or 0 for none. A number with an extension is a desk line on a switchboard, not a mobile: two people at one
        /// switchboard have the same significant digits and different extensions.
        /// </summary>
        internal static int ExtensionOf(string? value) => Digits(value, out _, out _, out _, out var extension, out _) == null ? 0 : extension;

        /// <summary>
        /// <see cref="Significant(string?)"/>, <see cref="CountryCodeOf"/> and <see cref="ExtensionOf"/> from one reading
        /// of the number (the index reads a million).
        /// </summary>
        /// <paramref name="national"/>: written nationally with its trunk 0 ("07700 900123"), so the digits are the whole
        /// national number (see <see cref="SameNumberWrittenTwoWays"/>).
        internal static string? Significant(string? value, out int countryCode, out int extension, out bool national)
        {
            var digits = Digits(value, out var start, out var count, out countryCode, out extension, out national);
            if (digits == null)
            {
                countryCode = 0;
                extension = 0;
                national = false;
            }
            return digits == null ? null : new string(digits, start, count);
        }

        /// <summary>
        /// Two readings with other significant digits that are still one number: one written as bare digits with its
        /// country code in front and no '+' (Excel drops the '+' of +447700900123 as it drops a leading 0), the other
        /// with that country code ("+44 7700 900123") or nationally with its trunk 0 ("07700 900123", whose digits are
        /// then the whole national number, and the front digits must be a country code). A number written nationally
        /// without a trunk 0 ((206) 555-0123) is never read inside a longer one: 442065550123 is London's 020 6555 0123.
        /// </summary>
        internal static bool SameNumberWrittenTwoWays(string a, int countryA, bool nationalA, string b, int countryB, bool nationalB, string? rawA = null, string? rawB = null)
        {
            if (a.Length == b.Length) return false;
            var (longer, countryLonger, nationalLonger, shorter, countryShorter, nationalShorter) =
                a.Length > b.Length ? (a, countryA, nationalA, b, countryB, nationalB) : (b, countryB, nationalB, a, countryA, nationalA);
            // Digits in brackets in front are an area code, never a country code whose '+' was dropped: "(41) 91234-5678" is a
            // Brazilian number written nationally, not +41 91 234 56 78 (round 55: it linked a Swiss account's namesake).
            if (StartsWithBracketedDigits(a.Length > b.Length ? rawA : rawB)) return false;
            // The longer one is bare digits (no country code read, no trunk 0), and ends with the shorter one's digits.
            // Eleven digits at least: a North American number is ten (4795551234 is Arkansas, not +47 955 51 234).
            if (countryLonger != 0 || nationalLonger || longer.Length < 11 || shorter.Length < 8 || longer.Length - shorter.Length > 3) return false;
            if (string.CompareOrdinal(longer, longer.Length - shorter.Length, shorter, 0, shorter.Length) != 0) return false;
            var front = 0;
            for (var i = 0; i < longer.Length - shorter.Length; i++) front = front * 10 + (longer[i] - '0');
            // 521 55 1234 5678: Mexico's old mobile form (+52 1) with its '+' dropped.
            if (countryShorter != 0) return front == countryShorter || (countryShorter == 52 && front == 521);
            return nationalShorter && longer.Length - shorter.Length >= 2 && IsCountryCode(front, longer.Length - shorter.Length);
        }

        /// <summary>
        /// Ten bare digits that end with the other number's and begin with its country code: "65 8748 0333" beside "+65 8748 0333"
        /// (Singapore's, Hong Kong's and Norway's eight-digit numbers with the '+' dropped). Ten digits are a North American number
        /// as often ("4795551234" is Arkansas's, not +47 955 51 234), so this is no evidence that the two are one number, only no
        /// evidence that they are two (round 73b: the person's own number made its exact-name contact ConflictingMobile).
        /// </summary>
        internal static bool MayBeTenDigitsWithoutPlus(string a, int countryA, bool nationalA, string b, int countryB, bool nationalB)
        {
            var (bare, written, countryWritten) = a.Length == 10 && countryA == 0 && !nationalA ? (a, b, countryB) :
                                                  b.Length == 10 && countryB == 0 && !nationalB ? (b, a, countryA) : (null, null, 0);
            if (bare == null || written == null || countryWritten == 0 || written.Length < 8 || written.Length >= bare.Length) return false;
            var frontLength = bare.Length - written.Length;
            if (string.CompareOrdinal(bare, frontLength, written, 0, written.Length) != 0) return false;
            var front = 0;
            for (var i = 0; i < frontLength; i++) front = front * 10 + (bare[i] - '0');
            return front == countryWritten;
        }

        /// <summary>The number begins with digits in brackets ("(41) 91234-5678", "(020) 7946 0000"): an area code, written nationally.</summary>
        internal static bool StartsWithBracketedDigits(string? raw)
        {
            if (raw == null) return false;
            foreach (var c in raw)
            {
                if (c == '(') return true;
                if (c >= '0' && c <= '9' || c == '+') return false;
            }
            return false;
        }

        /// <summary>
        /// China's eleven-digit mobiles start with a 1 ("137 3150 9134"): written without the country code they read like a North
        /// American number with its 1, whose ten digits are kept. Beside the same number under another country code than +1
        /// (+86 137 3150 9134), the 1 was part of it; a number grouped the North American way ("1-312-555-0100") stays Chicago's.
        /// </summary>
        internal static bool SameWithLeadingOne(string a, int countryA, string? rawA, string b, int countryB, string? rawB)
        {
            // Only beside China's code, and never a number written the North American way ("1-312-555-0100" is Chicago's).
            if (countryA == 86 && countryB == 0 && !WrittenNorthAmerican(rawB)) return a.Length == b.Length + 1 && a[0] == '1' && string.CompareOrdinal(a, 1, b, 0, b.Length) == 0;
            if (countryB == 86 && countryA == 0 && !WrittenNorthAmerican(rawA)) return b.Length == a.Length + 1 && b[0] == '1' && string.CompareOrdinal(b, 1, a, 0, a.Length) == 0;
            return false;
        }

        /// <summary>
        /// A number written nationally with a trunk 0 ("07709 001234") cannot be one written with this country code:
        /// the country dials no trunk 0 (North America dials 1, Russia 8; Spain, Greece, Norway, Denmark and others
        /// none), so the same digits there are another number (+1 770 900 1234 is Atlanta, 07709 001234 a UK mobile).
        /// </summary>
        internal static bool NationalCannotBe(bool national, int countryCode) =>
            national && countryCode != 0 && Array.BinarySearch(NoTrunkZero, countryCode) >= 0;

        // Country codes whose numbers are never written nationally with a trunk 0 (sorted).
        private static readonly int[] NoTrunkZero =
        {
            1, 7, 30, 34, 39, 45, 47, 52, 65, 225, 242, 298, 299, 351, 352, 354, 356, 357, 370, 371, 375, 376, 377, 378, 852, 853,
            965, 968, 973, 974,
        };

        /// <summary>
        /// An Italian number (or Côte d'Ivoire's, Congo's) with the 0 it keeps after the country code ("+39 02 1234 9004") and
        /// the same number written nationally ("02 1234 9004"), whose first 0 the national reading takes for a trunk 0.
        /// </summary>
        internal static bool SameWithKeptZero(string a, int countryA, bool nationalA, string b, int countryB, bool nationalB)
        {
            if (a.Length == b.Length + 1 && KeepsItsZero(countryA) && nationalB) return a[0] == '0' && string.CompareOrdinal(a, 1, b, 0, b.Length) == 0;
            if (b.Length == a.Length + 1 && KeepsItsZero(countryB) && nationalA) return b[0] == '0' && string.CompareOrdinal(b, 1, a, 0, a.Length) == 0;
            return false;
        }

        /// <summary>
        /// A number written nationally with another trunk prefix than 0 and the same number with its country code: Russia's
        /// and Kazakhstan's 8 ("8 912 345-67-89" is +7 912 345 67 89), Belarus's and Lithuania's 8, Hungary's 06 ("06 30 123 4567"
        /// is +36 30 123 4567, read nationally as 6 30 ... once its 0 is taken for a trunk 0).
        /// </summary>
        internal static bool SameWithOtherTrunk(string a, int countryA, bool nationalA, string b, int countryB, bool nationalB) =>
            OtherTrunk(a, countryA, b, countryB, nationalB) || OtherTrunk(b, countryB, a, countryA, nationalA);

        private static bool OtherTrunk(string international, int country, string written, int writtenCountry, bool writtenNational)
        {
            if (country == 0 || writtenCountry != 0 || written.Length != international.Length + 1) return false;
            // Hungary's 06 only before a mobile (+36 20/30/31/50/70, nine digits): "06 46 123 456" may as well be a Dutch or a
            // French mobile written nationally (06 ...), of the same length as a Hungarian landline.
            var trunk = country == 7 || country == 375 || country == 370 ? (writtenNational ? '\0' : '8') : country == 36 && writtenNational && IsHungarianMobile(international) ? '6' : '\0';
            return trunk != '\0' && written[0] == trunk && string.CompareOrdinal(written, 1, international, 0, international.Length) == 0;
        }

        /// <summary>
        /// A Russian or Kazakh mobile written with neither a '+' nor a country code read: once with its country code 7 ("79123456789",
        /// a spreadsheet's '+' dropped) and once with the trunk 8 ("8 (912) 345-67-89"). Each is +7 912 345 67 89; eleven digits
        /// each, the ten after the first equal, the mobile's 9 first among them (round 53: each was found beside +7, not each other).
        /// </summary>
        internal static bool SameWithSevenOrEight(string a, int countryA, string b, int countryB) =>
            countryA == 0 && countryB == 0 && a.Length == 11 && b.Length == 11 && a[1] == '9' &&
            ((a[0] == '7' && b[0] == '8') || (a[0] == '8' && b[0] == '7')) && string.CompareOrdinal(a, 1, b, 1, 10) == 0;

        private static bool IsHungarianMobile(string national) =>
            national.Length == 9 && (national.StartsWith("20", StringComparison.Ordinal) || national.StartsWith("30", StringComparison.Ordinal) ||
                                     national.StartsWith("31", StringComparison.Ordinal) || national.StartsWith("50", StringComparison.Ordinal) ||
                                     national.StartsWith("70", StringComparison.Ordinal));

        private static bool KeepsItsZero(int countryCode) => countryCode == 39 || countryCode == 225 || countryCode == 242;

        /// <summary>Two readings that are two numbers though their digits agree (<see cref="NationalCannotBe"/> either way).</summary>
        internal static bool TwoNumbers(int countryA, bool nationalA, int countryB, bool nationalB) =>
            NationalCannotBe(nationalA, countryB) || NationalCannotBe(nationalB, countryA);

        /// <summary>An assigned country calling code of this many digits (2 or 3; ITU-T E.164).</summary>
        private static bool IsCountryCode(int code, int digits)
        {
            if (digits == 2) return Array.IndexOf(TwoDigitCountryCodes, code) >= 0;
            return digits == 3 && Array.BinarySearch(ThreeDigitCountryCodes, code) >= 0;
        }

        // Assigned three-digit country calling codes (ITU-T E.164), sorted.
        private static readonly int[] ThreeDigitCountryCodes =
        {
            211, 212, 213, 216, 218, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239,
            240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 260, 261, 262, 263, 264, 265,
            266, 267, 268, 269, 290, 291, 297, 298, 299, 350, 351, 352, 353, 354, 355, 356, 357, 358, 359, 370, 371, 372, 373, 374, 375,
            376, 377, 378, 379, 380, 381, 382, 383, 385, 386, 387, 389, 420, 421, 423, 500, 501, 502, 503, 504, 505, 506, 507, 508, 509,
            590, 591, 592, 593, 594, 595, 596, 597, 598, 599, 670, 672, 673, 674, 675, 676, 677, 678, 679, 680, 681, 682, 683, 685, 686,
            687, 688, 689, 690, 691, 692, 850, 852, 853, 855, 856, 880, 886, 960, 961, 962, 963, 964, 965, 966, 967, 968, 970, 971, 972,
            973, 974, 975, 976, 977, 992, 993, 994, 995, 996, 998,
        };

        /// <summary>Both numbers are written with a country code, and the codes differ.</summary>
        internal static bool CountryCodesDiffer(string? a, string? b) => CountryCodesDiffer(CountryCodeOf(a), CountryCodeOf(b));

        /// <summary>Both codes are known (not 0) and differ: codes read once per account and per contact (<see cref="CountryCodeOf"/>).</summary>
        internal static bool CountryCodesDiffer(int a, int b) => a != 0 && b != 0 && a != b;

        /// <summary>
        /// Two readings of one line that may still be two people's: the country codes differ (<see cref="CountryCodesDiffer(int, int)"/>),
        /// or both carry an extension and the extensions differ ("+1 206 555 0100 x214" and "x215": two desks on one
        /// switchboard). An extension on one side only is ignored, as formatting is (issue 12: "extensions and formatting
        /// ignored"; directories add one to a mobile as often as a desk's main line is typed bare).
        /// </summary>
        internal static bool TwoLines(int countryA, int extensionA, int countryB, int extensionB) =>
            CountryCodesDiffer(countryA, countryB) || (extensionA != 0 && extensionB != 0 && extensionA != extensionB);

        /// <summary>
        /// Two numbers as written are one line, read as the matcher reads an account's and a contact's mobile: formatting,
        /// a trunk 0 against the country code ("06 12 34 56 78", "+33 6 12 34 56 78"), an extension on one side only, a '+'
        /// a spreadsheet dropped. Update-PsaContact asks it, so that a number written another way is no change to push
        /// (round 42: nine of sixteen updates only reformatted a number, and one dropped its extension).
        /// </summary>
        public static bool SameNumber(string? a, string? b) => SameLine(FirstNumber(a), FirstNumber(b), extensions: true);

        /// <summary>
        /// Two readings that may be one number, for counting a number's holders (never for evidence): equal, or the longer ends
        /// with all of the shorter's eight digits or more and no two country codes are written. A prefix this module does not
        /// read (Brazil's carrier codes, Mexico's old 044 and 01, Russia's 810 and Japan's 010 international prefixes, a '+'
        /// dropped in front of a number the other writes without its trunk 0) still leaves the number itself at the end (round
        /// 57: a relative's "5215512345678" beside "55 1234 5678" was not seen as one family phone, and a namesake was linked).
        /// </summary>
        internal static bool MayBeOneNumber(string a, int countryA, string b, int countryB)
        {
            if (CountryCodesDiffer(countryA, countryB)) return false;
            if (a.Length == b.Length) return string.Equals(a, b, StringComparison.Ordinal);
            var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
            return shorter.Length >= 8 && string.CompareOrdinal(longer, longer.Length - shorter.Length, shorter, 0, shorter.Length) == 0;
        }

        /// <summary><see cref="MayBeOneNumber(string, int, string, int)"/> of two numbers as written (labels not read).</summary>
        internal static bool MayBeOneNumber(string? rawA, string? rawB)
        {
            var x = Significant(rawA, out var countryA, out _, out _);
            var y = Significant(rawB, out var countryB, out _, out _);
            return x != null && y != null && (MayBeOneNumber(x, countryA, y, countryB) || SameNumberAsWritten(rawA, rawB));
        }

        /// <summary>
        /// Two numbers as written are one number, whatever is written beside them (a label such as "(home)" is not read) and
        /// whatever their extensions: for counting the holders of a number (a family's or a desk's phone), not for evidence.
        /// </summary>
        internal static bool SameNumberAsWritten(string? a, string? b) => SameLine(a, b, extensions: false);

        private static bool SameLine(string? rawA, string? rawB, bool extensions)
        {
            var x = Significant(rawA, out var countryA, out var extensionA, out var nationalA);
            var y = Significant(rawB, out var countryB, out var extensionB, out var nationalB);
            if (x == null || y == null) return false;
            if (extensions ? TwoLines(countryA, extensionA, countryB, extensionB) : CountryCodesDiffer(countryA, countryB)) return false;
            if (string.Equals(x, y, StringComparison.Ordinal)) return !TwoNumbers(countryA, nationalA, countryB, nationalB);
            return SameNumberWrittenTwoWays(x, countryA, nationalA, y, countryB, nationalB, rawA, rawB) ||
                   SameWithKeptZero(x, countryA, nationalA, y, countryB, nationalB) ||
                   SameWithOtherTrunk(x, countryA, nationalA, y, countryB, nationalB) ||
                   SameWithSevenOrEight(x, countryA, y, countryB) ||
                   SameWithLeadingOne(x, countryA, rawA, y, countryB, rawB);
        }

        /// <summary>A '+' before the first digit ("+44 ...", "M: +44 ..."): the country code follows.</summary>
        private static bool PlusBeforeDigits(string value)
        {
            foreach (var c in value)
            {
                if (c == '+') return true;
                if (c >= '0' && c <= '9') return false;
            }
            return false;
        }

        /// <summary>
        /// "44 (0) 7700 900123" without the '+': one to three digits, then the trunk 0 in brackets. Only a country code
        /// comes before a bracketed 0 (a national number's area code in brackets has more digits: "(020)").
        /// </summary>
        private static bool CountryCodeBeforeTrunkZero(string value)
        {
            var mark = value.IndexOf("(0)", StringComparison.Ordinal);
            if (mark <= 0) return false;
            var digits = 0;
            for (var i = 0; i < mark; i++)
            {
                var c = value[i];
                if (c >= '0' && c <= '9') digits++;
                else if (c != ' ' && c != '-' && c != '.') return false;
            }
            return digits >= 1 && digits <= 3;
        }

        /// <summary>
        /// The leading 1 of eleven digits is North America's when an area code can follow it: North American area codes
        /// never start with 0 or 1, and are three digits, never written as a group of two. Brazil's São Paulo mobiles
        /// ("(11) 91234-5678", "11 91234-5678", "11912345678") are eleven digits starting with 1 too, and were read as
        /// 191 234 5678 (round 53: no candidate beside +55 11 91234-5678).
        /// </summary>
        private static bool IsNorthAmericanOne(string value, char[] digits)
        {
            if (digits[1] == '0' || digits[1] == '1') return false;
            var run = 0;
            foreach (var c in value)
            {
                if (c >= '0' && c <= '9') run++;
                else if (run > 0) break;
            }
            return run != 2;
        }

        /// <summary>Where the national significant number starts among the digits (after any international prefix and country code, or trunk prefix).</summary>
        private static int NationalStart(string value, char[] digits, int count, out int countryCode)
        {
            countryCode = 0;
            var plus = PlusBeforeDigits(value) || CountryCodeBeforeTrunkZero(value);
            var at = 0;
            if (!plus)
            {
                if (count >= 12 && digits[0] == '0' && digits[1] == '0' && digits[2] == '1' && digits[3] == '1') at = 4;  // 0011 61 ... (from Australia)
                else if (count > 2 && digits[0] == '0' && digits[1] == '0') at = 2;                                          // 00 44 ...
                // 011 44 ... (from North America; 011 alone is Johannesburg, and twelve digits "011 91234 5678" São Paulo with its trunk 0: round 57)
                else if (count >= 13 && digits[0] == '0' && digits[1] == '1' && digits[2] == '1') at = 3;
                // 810 7 ... from Russia, 010 81 ... from Japan: international prefixes, thirteen digits or more (Michigan's 810 and
                // Beijing's 010 area codes have ten and eleven; round 57).
                else if (count >= 13 && ((digits[0] == '8' && digits[1] == '1' && digits[2] == '0') || (digits[0] == '0' && digits[1] == '1' && digits[2] == '0'))) at = 3;
                else if (count == 11 && digits[0] == '1' && IsNorthAmericanOne(value, digits)) return 1;  // 1 206 555 0123
                else return digits[0] == '0' ? 1 : 0;                                                     // 07700 900123, or 206 555 0123
            }
            if (count - at < 2) return at;
            var one = digits[at] - '0';
            var two = one * 10 + (digits[at + 1] - '0');
            var national = one == 1 || one == 7 ? at + 1 : Array.IndexOf(TwoDigitCountryCodes, two) >= 0 ? at + 2 : at + 3;
            for (var i = at; i < national && i < count; i++) countryCode = countryCode * 10 + (digits[i] - '0');
            // "+44 (0)7700 900123", "+44 07700 900123": the trunk 0 written after the country code. No national number
            // starts with 0 after it, but Italy's landlines do (+39 0342 ... is not the mobile +39 342 ...), and so do
            // Côte d'Ivoire's and Congo's numbers: their 0 stays.
            if (national < count && digits[national] == '0' && !KeepsItsZero(countryCode)) national++;
            // Mexico's mobiles were dialled from abroad with a 1 after +52 until 2019 (+52 1 55 1234 5678): the same ten-digit
            // number as +52 55 1234 5678.
            else if (countryCode == 52 && count - national == 11 && digits[national] == '1') national++;
            return national;
        }

        /// <summary>
        /// The significant digits as one number (the digit count in the top bits, so "0123456" and
        /// "123456" differ), 0 for null: a key that costs no string per account.
        /// </summary>
        internal static long Key(string? significant)
        {
            if (significant == null) return 0;
            long value = 0;
            foreach (var c in significant) value = value * 10 + (c - '0');
            return value + ((long)significant.Length << 40);
        }

        private static long Key(char[] digits, int start, int count)
        {
            long value = 0;
            for (var i = start; i < start + count; i++) value = value * 10 + (digits[i] - '0');
            return value + ((long)count << 40);
        }
    }
}
