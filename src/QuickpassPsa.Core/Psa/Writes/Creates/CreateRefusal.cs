using System.Collections.Generic;

namespace QuickpassPsa.Core.Psa.Writes.Creates
{
    /// <summary>Why New-PsaContact creates no contact for an item (<see cref="CreateRefusals"/>), in the order it asks.</summary>
    internal enum CreateRefusalKind
    {
        /// <summary>A row of Find-PsaContactMatch that is not Unmatched, without -Force.</summary>
        NotUnmatched,

        /// <summary>The account is disabled, without -IncludeDisabled: passed over (verbose, and one warning for the run), no error.</summary>
        Disabled,

        /// <summary>The account has no email address (nor, to look its contact up by, a sign-in name that is one).</summary>
        NoEmail,

        /// <summary>The id of the row (or of the customer's stored link) names another company now (<see cref="CreateRefusal.CompanyId"/>, <see cref="CreateRefusal.NamedThen"/>).</summary>
        CompanyChanged,

        /// <summary>The row was matched in another company (<see cref="CreateRefusal.CompanyId"/>) than the one named for the run.</summary>
        RowOfAnotherCompany,

        /// <summary>The company is inactive or named as a record not to use (<see cref="CreateRefusal.Reason"/>), without -Force.</summary>
        CompanyNotInUse,

        /// <summary>The account's Customer belongs to another company than the one named (<see cref="CreateRefusal.Reason"/>), without -Force.</summary>
        CustomerOfAnotherCompany,

        /// <summary>The account looks like no person (<see cref="CreateRefusal.Reason"/>, shown with <see cref="CreateRefusal.Address"/>), without -Force.</summary>
        NotAPerson,

        /// <summary>The account's name cannot be split as the PSA needs (<see cref="CreateRefusal.Reason"/>).</summary>
        NameUnsplittable,

        /// <summary>The address is on active contacts of other companies of the PSA (<see cref="CreateRefusal.Holders"/>), without -Force.</summary>
        InOtherCompany,

        /// <summary>A value is longer than the PSA's field holds (<see cref="CreateRefusal.Invalid"/>): the PSA's own check before sending.</summary>
        FieldTooLong,
    }

    /// <summary>
    /// One reason New-PsaContact creates no contact for an item: a plain result, which the cmdlet turns into its ErrorRecord (ids
    /// and messages are the cmdlet's) or, for <see cref="CreateRefusalKind.Disabled"/>, into a verbose line.
    /// </summary>
    internal sealed class CreateRefusal
    {
        internal CreateRefusal(CreateRefusalKind kind)
        {
            Kind = kind;
        }

        public CreateRefusalKind Kind { get; }

        /// <summary>
        /// Why, in words the message quotes: the company's state (CompanyNotInUse), the customer's company (CustomerOfAnotherCompany),
        /// what the account looks like (NotAPerson), the name's problem (NameUnsplittable).
        /// </summary>
        public string? Reason { get; internal set; }

        /// <summary>NameUnsplittable: the name names two people (<see cref="ContactNameSplit.TwoPeople"/>), so no fix of the name makes it one person's.</summary>
        public bool TwoPeople { get; internal set; }

        /// <summary>NameUnsplittable, of <see cref="TwoPeople"/>: the name is a family's (<see cref="ContactNameSplit.Family"/>).</summary>
        public bool Family { get; internal set; }

        /// <summary>NotAPerson: the account's address (or sign-in name, or name) as the message shows it.</summary>
        public string? Address { get; internal set; }

        /// <summary>CompanyChanged: the id of the row or of the customer's stored link; RowOfAnotherCompany: the row's company id.</summary>
        public string? CompanyId { get; internal set; }

        /// <summary>CompanyChanged: the company's name when the row was matched or the link made.</summary>
        public string? NamedThen { get; internal set; }

        /// <summary>InOtherCompany: the contacts holding the address, each with its company as text ("Name [id]").</summary>
        public IReadOnlyList<(PsaContact Contact, string Company)> Holders { get; internal set; } = new List<(PsaContact Contact, string Company)>();

        /// <summary>FieldTooLong: the PSA client's refusal, which names the field, the value and the limit.</summary>
        public PsaInvalidValueException? Invalid { get; internal set; }
    }
}
