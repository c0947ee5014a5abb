using System.Globalization;
using QuickpassPsa.Core.Accounts;
using AutotaskFields = QuickpassPsa.Core.Psa.Autotask.AutotaskFields;
using CwLimits = QuickpassPsa.Core.Psa.ConnectWise.CwLimits;

namespace QuickpassPsa.Core.Psa.Writes
{
    /// <summary>
    /// How many characters a PSA stores in each field a new contact gets: ConnectWise's are fixed (<see cref="CwLimits"/>),
    /// Autotask's are read from Contacts/entityInformation/fields. The one length rule of a create: the clients apply it before
    /// sending, New-PsaContact before asking (so -WhatIf refuses what the real run refuses), and <see cref="Reporting.Creatability"/>
    /// for the report's "Can be created" and the customer summary's ToCreate (round 59: all three said yes to a 32-character
    /// first name that ConnectWise's 30-character field refused). A value is never cut to fit: a cut name or address is a wrong one.
    /// The same gate refuses what no PSA field should hold, whatever its length (round 73c): a control or format character
    /// (<see cref="AccountText.Unwritable"/>: a bell, a zero-width space, a bidi override, read by code point so that a tag character
    /// outside the BMP is one too; a variation selector, a line or paragraph separator, half of a character, the U+FFFD of lost
    /// letters; ZWNJ and ZWJ, which names need, pass), and a first or last name that begins as a spreadsheet formula does ('=', '+',
    /// '@', or '-' before a digit, '=', '+', '@' or '('), as a display name the names would be read from does (<see cref="FormulaDisplayName"/>).
    /// </summary>
    public sealed class ContactFieldLimits
    {
        private readonly Limit _firstName;
        private readonly Limit _lastName;
        private readonly Limit _email;
        private readonly Limit _mobile;

        private ContactFieldLimits(string psa, Limit firstName, Limit lastName, Limit email, Limit mobile)
        {
            Psa = psa;
            _firstName = firstName;
            _lastName = lastName;
            _email = email;
            _mobile = mobile;
        }

        /// <summary>"ConnectWise" or "Autotask".</summary>
        public string Psa { get; }

        /// <summary>ConnectWise's lengths (psa-api.md A2 "Limits": firstName and lastName 30; a communication item's value 250).</summary>
        public static ContactFieldLimits ConnectWise { get; } = new ContactFieldLimits("ConnectWise",
            new Limit("firstName", CwLimits.FirstName, ValueKind.Name), new Limit("lastName", CwLimits.LastName, ValueKind.Name),
            new Limit("email", CwLimits.CommunicationValue, ValueKind.Email), new Limit("mobile", CwLimits.CommunicationValue, ValueKind.Mobile));

        /// <summary>
        /// The checks that need no field lengths (a control or format character, a name that begins as a formula does), for a
        /// report or a summary made without the PSA's lengths: no length is limited.
        /// </summary>
        public static ContactFieldLimits LengthsUnknown { get; } = new ContactFieldLimits("PSA",
            new Limit("firstName", 0, ValueKind.Name), new Limit("lastName", 0, ValueKind.Name),
            new Limit("email", 0, ValueKind.Email), new Limit("mobile", 0, ValueKind.Mobile));

        /// <summary>Autotask's lengths as its field information states them; a field without a stated length is not limited here.</summary>
        internal static ContactFieldLimits Autotask(AutotaskFields fields) => new ContactFieldLimits("Autotask",
            new Limit("firstName", fields["firstName"]?.Length ?? 0, ValueKind.Name), new Limit("lastName", fields["lastName"]?.Length ?? 0, ValueKind.Name),
            new Limit("emailAddress", fields["emailAddress"]?.Length ?? 0, ValueKind.Email), new Limit("mobilePhone", fields["mobilePhone"]?.Length ?? 0, ValueKind.Mobile));

        /// <summary>
        /// The first value of a new contact, in the order the PSA's create reads them (first name, last name, email, mobile), that
        /// its field cannot take: one that holds a control or format character, a name that begins as a formula does, or one
        /// longer than its field; null when every one can be written. Values are taken trimmed, as they are sent.
        /// </summary>
        public InvalidValue? FirstInvalid(string? firstName, string? lastName, string? email, string? mobile) =>
            _firstName.Check(Psa, firstName) ?? _lastName.Check(Psa, lastName) ?? _email.Check(Psa, email) ?? _mobile.Check(Psa, mobile);

        /// <summary>The same for a contact about to be created.</summary>
        public InvalidValue? FirstInvalid(NewPsaContact contact) =>
            contact == null ? null : FirstInvalid(contact.FirstName, contact.LastName, contact.Email, contact.MobilePhone);

        /// <summary>
        /// The refusal of a display name that begins as a spreadsheet formula does ("@Home, Ann", "=Ann Lee") when the account has
        /// no first or last name of its own, so that the contact's names would be read from it: the same refusal as a first or last
        /// name's, whether or not the name splits (round 74b: "@Home, Ann" was refused as a name with no letters); null otherwise.
        /// </summary>
        public InvalidValue? FormulaDisplayName(Account account)
        {
            if (account == null || !string.IsNullOrWhiteSpace(account.FirstName) || !string.IsNullOrWhiteSpace(account.LastName)) return null;
            var display = account.DisplayName?.Trim();
            return AccountText.FormulaStart(display) is { } sign ? Formula(Psa, "name", display!, 0, sign) : null;
        }

        /// <summary>
        /// The first value of an account (first, last or display name, email, sign-in name, mobile) that holds half of a character (a
        /// lone surrogate): refused before any other step, since no step after it, the matcher's included, can read such text. Accounts
        /// read by Get-QpAccount and ConvertTo-QpAccount hold U+FFFD in its place; this is an Account built or edited in a script.
        /// </summary>
        public InvalidValue? HalfCharacter(Account account)
        {
            if (account == null) return null;
            foreach (var (limit, value) in new[]
                     {
                         (_firstName, account.FirstName), (_lastName, account.LastName), (new Limit("name", 0, ValueKind.Name), account.DisplayName),
                         (_email, account.Email), (new Limit("userPrincipalName", 0, ValueKind.Email), account.UserPrincipalName), (_mobile, account.MobilePhone),
                     })
            {
                if (value == null || !AccountText.HoldsHalfCharacter(value)) continue;
                return limit.Check(Psa, value);
            }
            return null;
        }

        /// <summary>U+FFFD: where letters were lost, which only the source can put back.</summary>
        private const int LostLetter = 0xFFFD;

        private static InvalidValue Formula(string psa, string field, string text, int max, string sign) =>
            new InvalidValue(psa, field, text, max, ValueKind.Name,
                "The " + field + " '" + AccountText.Shown(text) + "' begins with '" + sign + "', as a spreadsheet formula does: it is no name, and a spreadsheet opening an export of the contacts would run it",
                "Correct the name at the source (Active Directory, Entra ID or the export), then run again.");

        internal enum ValueKind
        {
            Name,
            Email,
            Mobile,
        }

        private sealed class Limit
        {
            public Limit(string field, int max, ValueKind kind)
            {
                Field = field;
                Max = max;
                Kind = kind;
            }

            public string Field { get; }
            public int Max { get; }
            public ValueKind Kind { get; }

            public InvalidValue? Check(string psa, string? value)
            {
                var text = value?.Trim();
                if (AccountText.Unwritable(text) is { } hidden)
                {
                    var what = Kind == ValueKind.Name ? "name" : Kind == ValueKind.Email ? "address" : "number";
                    return new InvalidValue(psa, Field, text!, Max, Kind,
                        "The " + Field + " '" + AccountText.Shown(text) + "' holds " + AccountText.Describe(hidden) + ", which no " + what + " holds",
                        hidden == LostLetter
                            ? "Put the lost letters back at the source (Active Directory, Entra ID), or export the file again as UTF-8 (Export-Csv -Encoding UTF8), then run again."
                            : "Remove the character from the " + what + " at the source (Active Directory, Entra ID or the export), then run again.");
                }
                if (Kind == ValueKind.Name && AccountText.FormulaStart(text) is { } sign) return Formula(psa, Field, text!, Max, sign);
                // ConnectWise keeps one extension, of at most 15 characters, in a field of its own (round 67a: "ext. 7 ext. 8" put one in
                // the number and one in the field): a mobile with two, or a longer one, is refused as a value too long is.
                if (Kind == ValueKind.Mobile && psa == "ConnectWise" && QuickpassPsa.Core.Psa.ConnectWise.CwPhone.Problem(text) is { } extension)
                {
                    return new InvalidValue(psa, extension.Field, extension.Value, extension.Limit, Kind, extension.Text);
                }
                if (string.IsNullOrEmpty(text) || Max <= 0 || text!.Length <= Max) return null;
                return new InvalidValue(psa, Field, text, Max, Kind);
            }
        }
    }

    /// <summary>A value a PSA field cannot take (too long, or holding a character no value may hold): which field, the value, its length and the field's.</summary>
    public sealed class InvalidValue
    {
        internal InvalidValue(string psa, string field, string value, int maxLength, ContactFieldLimits.ValueKind kind, string? text = null, string? hint = null)
        {
            Psa = psa;
            Field = field;
            Value = value;
            MaxLength = maxLength;
            Kind = kind;
            _text = text;
            _hint = hint;
        }

        private readonly string? _text;

        /// <summary>What to do about a value refused for its characters, not its length: the same for a create and an update.</summary>
        private readonly string? _hint;

        public string Psa { get; }

        /// <summary>The PSA's field name (firstName, lastName, email, emailAddress, mobile, mobilePhone).</summary>
        public string Field { get; }

        public string Value { get; }
        public int MaxLength { get; }

        internal ContactFieldLimits.ValueKind Kind { get; }

        /// <summary>"The firstName 'Averyvery…' has 32 characters; ConnectWise's firstName field holds at most 30".</summary>
        public string Text => _text ??
            "The " + Field + " '" + Value + "' has " + Value.Length.ToString(CultureInfo.InvariantCulture) + " characters; " + Psa + "'s " + Field +
            " field holds at most " + MaxLength.ToString(CultureInfo.InvariantCulture);

        /// <summary>What to do about it.</summary>
        public string Hint => _hint ?? Kind switch
        {
            ContactFieldLimits.ValueKind.Name => CwLimits.NameHint,
            ContactFieldLimits.ValueKind.Email => Psa + " cannot store this address; create the contact by hand with a shorter address, or leave the email out.",
            _ => Psa + " cannot store this number; shorten it (drop spaces or an extension) or leave it out.",
        };

        /// <summary>
        /// What to do about it when an update of an existing contact meets it (Update-PsaContact): the contact is there and keeps
        /// what it has, so the account's value is what to shorten, or the contact is edited by hand (round 65b: the create's
        /// "create the contact by hand" was given for a contact that exists).
        /// </summary>
        public string UpdateHint => _hint ?? Kind switch
        {
            ContactFieldLimits.ValueKind.Email => Psa + " cannot store this address. The contact exists and keeps the address it has: shorten the account's address at the " +
                "source (Active Directory, Entra ID or the export) and run again, or edit the contact's address by hand in " + Psa + ".",
            ContactFieldLimits.ValueKind.Mobile => Psa + " cannot store this number. The contact exists and keeps the number it has: shorten the account's number at the " +
                "source (drop spaces or an extension) and run again, or edit the contact's mobile by hand in " + Psa + ".",
            _ => CwLimits.NameHint,
        };

        /// <summary>The failure a create reports for it, before anything is sent (QuickpassPsa.ContactValueInvalid).</summary>
        internal PsaInvalidValueException ToException(string method, string path) =>
            new PsaInvalidValueException(Psa, method, path, Field, MaxLength, new[] { Text + "; nothing was sent." }, Hint);

        /// <summary>The failure an update of an existing contact reports for it, before anything is sent, with <see cref="UpdateHint"/>.</summary>
        internal PsaInvalidValueException ToUpdateException(string method, string path) =>
            new PsaInvalidValueException(Psa, method, path, Field, MaxLength, new[] { Text + "; nothing was sent." }, UpdateHint);
    }
}
