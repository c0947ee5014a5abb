using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace QuickpassPsa.Core.Accounts
{
    /// <summary>
    /// Turns one <see cref="AccountRecord"/> into an <see cref="Account"/>: picks each field from its most
    /// preferred non-empty column, parses proxy addresses and the enabled flag, applies the customer
    /// option, and rejects records that identify nobody.
    /// </summary>
    public static class AccountBuilder
    {
        /// <summary>Builds the account; null when the record is blank or belongs to another customer.</summary>
        public static AccountReadResult? Build(AccountRecord record, AccountSource source, AccountReadOptions? options = null)
        {
            if (record == null) throw new ArgumentNullException(nameof(record));
            var fields = PickFields(record, out var recognised);

            if (fields.Count == 0)
            {
                // A wholly empty row (spreadsheets leave these behind) carries nothing: skip it quietly.
                if (options?.SkipBlankRecords != false && !record.Values.Any(v => Texts(v.Value).Any())) return null;
                if (!recognised)
                {
                    var has = record.Values.Count == 0
                        ? " has no properties at all, so no account can be read from it"
                        : " has no property an account can be read from (it has: " + string.Join(", ", record.Values.Select(v => v.Key)) + ")";
                    return AccountReadResult.Failure(new AccountRecordError(
                        AccountRecordErrorKind.NoRecognisedFields,
                        record.Origin + has + ". Expected at least one of: " + AccountFieldMap.DescribeIdentityColumns() + ".",
                        record));
                }
            }

            var warnings = new List<string>();
            var account = new Account
            {
                Source = source,
                Origin = record.Origin,
                DisplayName = Single(fields, AccountField.DisplayName),
                FirstName = Single(fields, AccountField.FirstName),
                LastName = Single(fields, AccountField.LastName),
                UserPrincipalName = CleanSignInName(Single(fields, AccountField.UserPrincipalName)),
                MobilePhone = CleanMobile(Single(fields, AccountField.MobilePhone), record, warnings),
                Customer = Single(fields, AccountField.Customer),
            };

            RepairNames(account, record, warnings);

            account.ProxyAddresses = fields.TryGetValue(AccountField.ProxyAddresses, out var proxies)
                ? ProxyAddress.ParseMany(proxies)
                : Array.Empty<ProxyAddress>();

            account.Email = CleanEmail(Single(fields, AccountField.Email), record, warnings, out var moreAddresses)
                ?? account.ProxyAddresses.FirstOrDefault(p => p.IsPrimary)?.Address;
            if (moreAddresses.Count > 0)
            {
                var known = new HashSet<string>(account.ProxyAddresses.Select(p => p.Address), StringComparer.OrdinalIgnoreCase);
                account.ProxyAddresses = account.ProxyAddresses.Concat(moreAddresses.Where(known.Add).Select(a => new ProxyAddress(a, false))).ToList();
            }

            ReadEnabled(account, fields, record, warnings);

            if (account.DisplayName == null) account.DisplayName = Account.JoinName(account.FirstName, account.LastName);
            account.Id = Single(fields, AccountField.Id) ?? account.UserPrincipalName ?? account.Email;

            if (account.Email == null && account.UserPrincipalName == null && account.ProxyAddresses.Count == 0 && account.DisplayName == null)
            {
                // What was set aside on the way ("Email value 'dbl@@contoso.com' is not an email address and was ignored") is why.
                var prefix = record.Origin + ": ";
                var why = string.Concat(warnings.Select(w => " " + (w.StartsWith(prefix, StringComparison.Ordinal) ? w.Substring(prefix.Length) : w)));
                return AccountReadResult.Failure(new AccountRecordError(
                    AccountRecordErrorKind.MissingIdentity,
                    record.Origin + " has neither an email address nor a name: fill in Email, UserPrincipalName or ProxyAddresses, or DisplayName or FirstName and LastName." + why,
                    record));
            }

            if (!ApplyCustomer(account, options?.Customer))
            {
                var other = account.Customer!.Trim();
                options!.LeftOutCustomers.TryGetValue(other, out var count);
                options.LeftOutCustomers[other] = count + 1;
                return null;
            }
            return AccountReadResult.Success(account, warnings);
        }

        /// <summary>
        /// Enabled, from the first value that says it: Enabled (or AccountEnabled), then a Block credential value, then
        /// userAccountControl. csvde, ldifde, DirectorySearcher and Get-ADUser -Properties userAccountControl give the flags, not
        /// Enabled (round 73c: 514, a leaver, came in enabled and got a contact); bit 0x2 is ACCOUNTDISABLE, so 514 and 66050 are
        /// disabled. A value that cannot be read ("N/A") is a warning, and the next one decides (round 74b: Enabled 'N/A' beside
        /// userAccountControl 514 came in enabled); with none, the account is taken as enabled.
        /// </summary>
        private static void ReadEnabled(Account account, Dictionary<AccountField, List<string>> fields, AccountRecord record, List<string> warnings)
        {
            var unread = new List<string>();
            var enabled = Single(fields, AccountField.Enabled);
            if (enabled != null)
            {
                if (TryParseEnabled(enabled, out var flag))
                {
                    account.Enabled = flag;
                    return;
                }
                unread.Add("Enabled value '" + AccountText.Shown(enabled) + "' is not true/false");
            }
            var blocked = Single(fields, AccountField.SignInBlocked);
            if (blocked != null)
            {
                if (TryParseEnabled(blocked, out var isBlocked))
                {
                    account.Enabled = !isBlocked;
                    Unread(account, record, warnings, unread, "the sign-in blocked value '" + AccountText.Shown(blocked) + "'");
                    return;
                }
                unread.Add("sign-in blocked value '" + AccountText.Shown(blocked) + "' is not true/false");
            }
            if (Single(fields, AccountField.UserAccountControl) is { } control)
            {
                if (TryParseFlags(control, out var flags))
                {
                    account.Enabled = (flags & AccountDisable) == 0;
                    Unread(account, record, warnings, unread, "userAccountControl " + flags.ToString(CultureInfo.InvariantCulture));
                    return;
                }
                unread.Add("userAccountControl value '" + AccountText.Shown(control) + "' is not a number");
            }
            if (unread.Count > 0) warnings.Add(record.Origin + ": " + string.Join("; ", unread) + "; the account is taken as enabled.");
        }

        /// <summary>The warning for the values that could not be read before <paramref name="decided"/> said whether the account is enabled.</summary>
        private static void Unread(Account account, AccountRecord record, List<string> warnings, List<string> unread, string decided)
        {
            if (unread.Count == 0) return;
            warnings.Add(record.Origin + ": " + string.Join("; ", unread) + "; " + decided + " was read instead, so the account is taken as " +
                (account.Enabled ? "enabled" : "disabled") + ".");
        }

        /// <summary>
        /// Names damaged on their way out of the directory: UTF-8 read back as Windows-1252 ("JÃ¼rgen") is put back, with a
        /// warning; a '?' where a letter was (Windows PowerShell 5.1's Export-Csv writes ASCII unless told otherwise) cannot be,
        /// and the warning says how to export the file again.
        /// </summary>
        private static void RepairNames(Account account, AccountRecord record, List<string> warnings)
        {
            // Garbled names first: a byte read as a C1 control ("\u00C3\u0081gnes" is Ágnes) is part of what is put back.
            var display = Mojibake.Repair(account.DisplayName);
            var first = Mojibake.Repair(account.FirstName);
            var last = Mojibake.Repair(account.LastName);
            var repaired = display != null || first != null || last != null;
            string? was = null;
            if (repaired)
            {
                was = Account.JoinName(account.FirstName, account.LastName) ?? account.DisplayName;
                account.DisplayName = display ?? account.DisplayName;
                account.FirstName = first ?? account.FirstName;
                account.LastName = last ?? account.LastName;
            }

            // Then what no name holds: control characters, bidi embedding, override and isolate controls, a byte-order mark.
            account.DisplayName = AccountText.Name(account.DisplayName);
            account.FirstName = AccountText.Name(account.FirstName);
            account.LastName = AccountText.Name(account.LastName);

            if (repaired)
            {
                warnings.Add(record.Origin + ": the name '" + AccountText.Shown(was) + "' was written as UTF-8 and read as Windows-1252 before it reached this file; it was read as '" +
                             (Account.JoinName(account.FirstName, account.LastName) ?? account.DisplayName) + "'. Export the file again as UTF-8.");
                return;
            }
            foreach (var name in new[] { account.FirstName, account.LastName, account.DisplayName })
            {
                if (name == null) continue;
                if (name.IndexOf(ReplacementCharacter) >= 0)
                {
                    // U+FFFD is what a program writes where it could not read a letter: the same loss as a '?', by another road (round 74b).
                    warnings.Add(record.Origin + ": the name '" + AccountText.Shown(name) + "' holds U+FFFD (REPLACEMENT CHARACTER) where letters were: a program read the text in " +
                                 "another encoding than it was saved in, and the letters were lost before the file was written. Export it again from the source as UTF-8 " +
                                 "(Export-Csv -Encoding UTF8); until then this name matches no contact written with its letters, and New-PsaContact does not create it.");
                    return;
                }
                if (!LostLetters(name)) continue;
                warnings.Add(record.Origin + ": the name '" + AccountText.Shown(name) + "' holds '?' where letters were: the file was saved in a code page without them " +
                             "(Windows PowerShell 5.1's Export-Csv writes ASCII unless told otherwise). Export it again with -Encoding UTF8; until then this name matches no contact written with its letters.");
                return;
            }
        }

        private const char ReplacementCharacter = '\uFFFD';

        /// <summary>
        /// A '?' in a word of letters, inside or beside them ("Jos?", "?ahin", "Fran?ois-Xavier", "O'Conn?r"): a letter the file's
        /// code page could not hold. A '?' in a word that holds other signs is no lost letter (round 73c: the "?x=" of a URL in
        /// "=HYPERLINK(\"http://evil.example/?x=\"...)" was taken for one).
        /// </summary>
        private static bool LostLetters(string name)
        {
            foreach (var word in name.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.IndexOf('?') < 0) continue;
                var letters = false;
                var other = false;
                for (var i = 0; i < word.Length; i++)
                {
                    var c = word[i];
                    if (c == '?')
                    {
                        if ((i > 0 && char.IsLetter(word[i - 1])) || (i + 1 < word.Length && char.IsLetter(word[i + 1]))) letters = true;
                        continue;
                    }
                    if (char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
                    // Name punctuation ("Jean-Fran?ois", "O'Conn?r", "Jos?,", "(?ukasz)") belongs to a name's words; a URL's or formula's does not.
                    if (c == '-' || c == '\'' || c == '\u2019' || c == '.' || c == ',' || c == '(' || c == ')') continue;
                    other = true;
                    break;
                }
                if (letters && !other) return true;
            }
            return false;
        }

        /// <summary>
        /// Applies the customer option: an account without a customer gets it; false when the account
        /// names another customer (and so is not one of this customer's accounts).
        /// </summary>
        public static bool ApplyCustomer(Account account, string? customer)
        {
            customer = customer?.Trim();
            if (string.IsNullOrEmpty(customer)) return true;
            if (account.Customer == null) account.Customer = customer;
            return string.Equals(account.Customer, customer, StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>Turns a raw value into its non-empty trimmed texts (lists flatten).</summary>
        public static IEnumerable<string> Texts(object? value)
        {
            switch (value)
            {
                case null:
                    yield break;
                case string text:
                    text = text.Trim();
                    if (text.Length > 0) yield return text;
                    yield break;
                case bool flag:
                    yield return flag ? "True" : "False";
                    yield break;
                case IEnumerable items:
                    foreach (var item in items)
                    {
                        foreach (var text in Texts(item)) yield return text;
                    }
                    yield break;
                case IFormattable formattable:
                    yield return formattable.ToString(null, CultureInfo.InvariantCulture);
                    yield break;
                default:
                    var other = value.ToString()?.Trim();
                    if (!string.IsNullOrEmpty(other)) yield return other!;
                    yield break;
            }
        }

        public static bool TryParseEnabled(string text, out bool enabled)
        {
            switch (text.Trim().ToLowerInvariant())
            {
                case "true": case "yes": case "y": case "1": case "enabled": case "active":
                // Excel writes TRUE and FALSE in the workbook's language (round 42: a German FALSCH was read as enabled)
                case "wahr": case "vrai": case "verdadero": case "verdadeiro": case "vero": case "waar": case "sant": case "sand": case "tosi": case "prawda":
                case "ja": case "oui": case "sí": case "si": case "sim":
                    enabled = true;
                    return true;
                case "false": case "no": case "n": case "0": case "disabled": case "inactive":
                case "falsch": case "faux": case "falso": case "onwaar": case "falskt": case "falsk": case "epätosi": case "fałsz":
                case "nein": case "non": case "não": case "nee":
                    enabled = false;
                    return true;
                default:
                    enabled = true;
                    return false;
            }
        }

        private static Dictionary<AccountField, List<string>> PickFields(AccountRecord record, out bool recognised)
        {
            var best = new Dictionary<AccountField, (int Priority, List<string> Texts)>();
            // The most preferred alias of each field that has a column, empty or not.
            var present = new Dictionary<AccountField, int>();
            var fallbacks = new List<(AccountField Field, int Priority)>();
            recognised = false;
            foreach (var pair in record.Values)
            {
                if (!AccountFieldMap.TryResolve(pair.Key, out var field, out var priority)) continue;
                recognised = true;
                if (!present.TryGetValue(field, out var seen) || priority < seen) present[field] = priority;
                if (AccountFieldMap.OnlyWithoutBetter(pair.Key)) fallbacks.Add((field, priority));
                var texts = Texts(pair.Value).ToList();
                if (texts.Count == 0) continue;
                if (!best.TryGetValue(field, out var current) || priority < current.Priority) best[field] = (priority, texts);
            }
            foreach (var (field, priority) in fallbacks)
            {
                if (present[field] < priority && best.TryGetValue(field, out var chosen) && chosen.Priority == priority) best.Remove(field);
            }
            return best.ToDictionary(p => p.Key, p => p.Value.Texts);
        }

        private static string? Single(Dictionary<AccountField, List<string>> fields, AccountField field) =>
            fields.TryGetValue(field, out var texts) ? texts[0] : null;

        /// <summary>
        /// The mobile as written, or null for a value that cannot be one: a placeholder with no digits ("N/A",
        /// "-", "none"), too few digits for any phone number ("0"), or a number Excel rewrote in scientific
        /// notation ("1.42556E+10", its last digits lost). The last two are warnings: the number Quickpass would
        /// text codes to, and New-PsaContact would write to the PSA, must be a real one.
        /// </summary>
        private static string? CleanMobile(string? mobile, AccountRecord record, List<string> warnings)
        {
            // A zero-width space between the digits, a bidi mark or a byte-order mark is no part of a number (round 73c).
            mobile = AccountText.Mobile(mobile);
            if (mobile == null) return null;
            // Full-width digits typed with an East Asian input method (０７７００ ９００１２３) are digits.
            // Arabic-Indic and Persian digits (٠٧٧٠٠) are digits too, each its decimal value.
            if (mobile.Any(c => c > 127)) mobile = AsciiDigits(AccountText.Fold(mobile));
            // "447700900123.0": a number column written by a tool that stores numbers as decimals (pandas, some exports).
            var trimmed = mobile.Trim();
            if (trimmed.EndsWith(".0", StringComparison.Ordinal) && trimmed.Length > 2 && trimmed.Substring(0, trimmed.Length - 2).All(c => c >= '0' && c <= '9'))
            {
                mobile = trimmed.Substring(0, trimmed.Length - 2);
            }
            var digits = mobile.Count(c => c >= '0' && c <= '9');
            if (digits == 0) return null;
            if (LooksScientific(mobile) && WholeNumber(mobile) is { } whole)
            {
                // "4.47700900123E+11": every digit is still there (Excel shows up to 15), so it is the number 447700900123.
                warnings.Add(record.Origin + ": mobile '" + mobile + "' is a number in scientific notation (Excel rewrote it); it was read as " + whole +
                    ", which keeps every digit it shows. A leading 0 or '+' that Excel dropped cannot be recovered: format the column as Text in Excel before saving.");
                return whole;
            }
            if (LooksScientific(mobile))
            {
                warnings.Add(record.Origin + ": mobile '" + mobile + "' is a number in scientific notation: Excel rewrote it and its last digits are lost, so it was left empty. " +
                    "Export the file again, or format the column as Text in Excel before saving.");
                return null;
            }
            if (digits < MinimumPhoneDigits)
            {
                warnings.Add(record.Origin + ": mobile '" + mobile + "' has too few digits to be a phone number and was left empty.");
                return null;
            }
            return mobile;
        }

        private const int MinimumPhoneDigits = 7;

        private static string AsciiDigits(string text)
        {
            var chars = text.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                if (chars[i] > 127 && char.IsDigit(chars[i])) chars[i] = (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(chars[i]));
            }
            return new string(chars);
        }

        /// <summary>
        /// The whole number a scientific-notation value stands for when none of its digits was lost: the mantissa holds
        /// as many digits as the number has ("4.47700900123E+11" is 447700900123); null when Excel rounded it ("1.42556E+10").
        /// </summary>
        private static string? WholeNumber(string text)
        {
            var t = text.Trim();
            var e = t.IndexOfAny(new[] { 'E', 'e' });
            var mantissa = t.Substring(0, e).TrimStart('+');
            if (t[e + 1] == '-' || mantissa.IndexOf(',') >= 0) return null;
            if (!int.TryParse(t.Substring(e + 1).TrimStart('+'), NumberStyles.None, CultureInfo.InvariantCulture, out var exponent)) return null;
            if (mantissa.Length == 0 || mantissa[0] == '0') return null;
            var point = mantissa.IndexOf('.');
            var digits = mantissa.Replace(".", string.Empty);
            var whole = (point < 0 ? mantissa.Length : point) + exponent;
            // Every digit shown: the mantissa is as long as the number (a shorter one was rounded, or ends in zeros no one can tell from lost ones).
            return digits.Length == whole && whole <= 15 && whole >= MinimumPhoneDigits ? digits : null;
        }

        /// <summary>"1.42556E+10", "4.25E10": digits, an optional decimal part, E and an exponent.</summary>
        private static bool LooksScientific(string text)
        {
            var t = text.Trim();
            var e = t.IndexOfAny(new[] { 'E', 'e' });
            if (e <= 0 || e == t.Length - 1) return false;
            var mantissa = t.Substring(0, e).TrimStart('+');
            var exponent = t.Substring(e + 1).TrimStart('+', '-');
            return exponent.Length > 0 && exponent.All(char.IsDigit) &&
                   mantissa.Length > 0 && mantissa.All(c => char.IsDigit(c) || c == '.' || c == ',') && char.IsDigit(mantissa[0]);
        }

        /// <summary>
        /// The address of an Email value, cleaned (<see cref="AccountText.Address"/>: invisible characters, quotes, "Name &lt;addr&gt;",
        /// "mailto:", a final full stop). A value that holds several ("ann.lee@contoso.com; alee@contoso.com") gives its first as
        /// the email and the others as aliases (<paramref name="more"/>), with a warning; a value that is still no address
        /// ("dbl@@contoso.com") is ignored, with a warning.
        /// </summary>
        private static string? CleanEmail(string? email, AccountRecord record, List<string> warnings, out List<string> more)
        {
            more = new List<string>();
            if (email == null) return null;
            if (AccountText.Address(email) is { } single) return single;
            var addresses = ProxyAddress.Split(AccountText.Visible(email)).Select(AccountText.Address).Where(a => a != null).Select(a => a!).ToList();
            if (addresses.Count > 1)
            {
                more.AddRange(addresses.Skip(1));
                warnings.Add(record.Origin + ": Email value '" + AccountText.Shown(email) + "' holds " + addresses.Count.ToString(CultureInfo.InvariantCulture) +
                    " addresses; the first is the account's email and the others are read as its aliases. Give one address per Email cell.");
                return addresses[0];
            }
            warnings.Add(record.Origin + ": Email value '" + AccountText.Shown(email) + "' is not an email address and was ignored.");
            return null;
        }

        /// <summary>
        /// The sign-in name, cleaned as an address is when it is one (a byte-order mark or a zero-width space in it, full-width
        /// forms); otherwise only its invisible characters go, as it is an identifier, not a value written to the PSA.
        /// </summary>
        private static string? CleanSignInName(string? upn)
        {
            if (upn == null) return null;
            if (AccountText.Address(upn) is { } address) return address;
            var visible = AccountText.Visible(upn).Trim();
            return visible.Length == 0 ? null : visible;
        }

        /// <summary>ADS_UF_ACCOUNTDISABLE, bit 0x2 of userAccountControl.</summary>
        private const long AccountDisable = 0x2;

        /// <summary>
        /// userAccountControl as AD writes it (decimal: 514, 66050), or as hexadecimal with 0x (0x202); also as a tool that stores
        /// numbers as decimals writes it (514.0, 1.0E+3: a whole number all the same) and in full-width or other script digits
        /// (５１４), as the mobile's digits are read (round 74b: both were "not a number", and the account taken as enabled).
        /// </summary>
        private static bool TryParseFlags(string text, out long flags)
        {
            var t = text.Trim();
            if (t.Any(c => c > 127)) t = AsciiDigits(AccountText.Fold(t)).Trim();
            if (t.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
            {
                return long.TryParse(t.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out flags);
            }
            if (long.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out flags)) return true;
            if (decimal.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number == decimal.Truncate(number) &&
                number >= long.MinValue && number <= long.MaxValue)
            {
                flags = (long)number;
                return true;
            }
            flags = 0;
            return false;
        }
    }
}
