using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Psa.Writes;

namespace QuickpassPsa.Core.Reporting
{
    /// <summary>Whether New-PsaContact can create a contact for an Unmatched account, and if not, why: the same rules it applies.</summary>
    public sealed class Creatability
    {
        private Creatability(bool canCreate, string? reason)
        {
            CanCreate = canCreate;
            Reason = reason;
        }

        public bool CanCreate { get; }

        /// <summary>What stops the create (no email, no person, a name the PSA cannot split, a value longer than its field or holding a control or format character, a name that begins as a formula does); null when it can be created.</summary>
        public string? Reason { get; }

        /// <summary>The reason shown for a disabled account, which New-PsaContact passes over without -IncludeDisabled.</summary>
        public const string DisabledReason = "Disabled: New-PsaContact passes it over (-IncludeDisabled creates it)";

        /// <summary>
        /// The one rule of what New-PsaContact creates for an Unmatched account, shared by the report's "Can be created"
        /// column, the customer summary's ToCreate and New-PsaContact itself (round 54: the report said yes for disabled
        /// accounts that the summary did not count and New-PsaContact passed over). In New-PsaContact's order: a disabled
        /// account is passed over (unless <paramref name="includeDisabled"/>); an account without an email is refused; so is one that
        /// looks like no person (<see cref="NonPersonReason"/>: QuickpassPsa.AccountNotAPerson, round 61a); and
        /// (for Autotask, which needs a last name) one whose name cannot be split into first and last, and (for ConnectWise,
        /// which needs a first name) one with no name at all; and, when the PSA's field lengths are known (<paramref name="limits"/>),
        /// one with a name, email or mobile longer than its field (ConnectWise's first name holds 30 characters; Autotask's lengths
        /// are its own), which New-PsaContact refuses with QuickpassPsa.ContactValueInvalid, -WhatIf too, by the same
        /// <see cref="ContactFieldLimits"/> (round 59: the report, the summary and -WhatIf said yes to what the real run refused); and,
        /// with or without the lengths, one whose value holds a control or format character or whose name begins as a formula does
        /// (round 73c).
        /// </summary>
        public static Creatability Of(Account account, bool lastNameRequired, bool includeDisabled = false, ContactFieldLimits? limits = null)
        {
            if (PassedOverAsDisabled(account, includeDisabled)) return new Creatability(false, DisabledReason);
            if (string.IsNullOrWhiteSpace(account.Email)) return new Creatability(false, "No email address");
            if (NonPersonReason(account) is { } notAPerson) return new Creatability(false, notAPerson);
            // A display name the names would be read from that begins as a formula does ("@Home, Ann"): New-PsaContact's refusal (round 74b).
            if ((limits ?? ContactFieldLimits.LengthsUnknown).FormulaDisplayName(account) is { } formula) return new Creatability(false, formula.Text + ". " + formula.Hint);
            var names = ContactNames.From(account, lastNameRequired);
            if (!names.Success) return new Creatability(false, names.Problem + (names.TwoPeople ? string.Empty : lastNameRequired ? " (Autotask needs a last name)" : " (ConnectWise needs a first name)"));
            // The values New-PsaContact sends: the split names, the email and the mobile, trimmed.
            // Without the PSA's lengths, the checks of characters and formulas still apply (ContactFieldLimits.LengthsUnknown).
            if ((limits ?? ContactFieldLimits.LengthsUnknown).FirstInvalid(names.First, names.Last, account.Email, account.MobilePhone) is { } refused) return new Creatability(false, refused.Text + ". " + refused.Hint);
            return new Creatability(true, null);
        }

        /// <summary>
        /// Why New-PsaContact refuses the account as no person (<see cref="NonPersonAccounts"/>: a service account, a scanner, printer
        /// or fax mailbox, a room or equipment mailbox, a sending or monitoring mailbox) with QuickpassPsa.AccountNotAPerson unless
        /// given -Force (round 61a); null for a person.
        /// </summary>
        public static string? NonPersonReason(Account account) =>
            NonPersonAccounts.Reason(account) is { } reason
                ? "Looks like " + reason + ", not a person: New-PsaContact creates no contact for it (-Force creates one)"
                : null;

        /// <summary>A disabled account (a leaver, a blocked sign-in) gets no contact unless the caller says to create them too.</summary>
        public static bool PassedOverAsDisabled(Account account, bool includeDisabled) => !account.Enabled && !includeDisabled;
    }
}
