namespace QuickpassPsa.Core.Psa.ConnectWise.CommunicationTypes
{
    /// <summary>What Test-CwCommunicationType found. Scripts filter on these names, so a code never changes meaning.</summary>
    public enum CwTypeFindingCode
    {
        /// <summary>No type described exactly "Email" with the email flag (Quickpass and New-PsaContact look for it).</summary>
        EmailTypeMissing,

        /// <summary>No type described "Mobile" or "Cell" with the phone flag.</summary>
        MobileTypeMissing,

        /// <summary>A description with leading, trailing or doubled inner spaces (or "email", "MOBILE" for the names Quickpass looks for).</summary>
        DescriptionSpacing,

        /// <summary>Two or more types whose descriptions differ only by case or spacing.</summary>
        DuplicateDescription,

        /// <summary>A type named like an email type without the email flag, or like a phone type without the phone flag.</summary>
        FlagMissing,

        /// <summary>No email type, or no phone type, has the default flag.</summary>
        DefaultTypeMissing,

        /// <summary>The type named Email is there, but another email type ("Email - Work") is the default: new addresses, and the contacts' old ones, sit under it.</summary>
        EmailNotDefault,

        /// <summary>Several email types have the default flag (or will, once Email is made the default): which one ConnectWise gives a new address is not defined.</summary>
        SeveralDefaultEmailTypes,

        /// <summary>A type with the email flag and the phone or fax flag: whether it holds addresses or numbers is not known (no automatic fix).</summary>
        MixedFlags,
    }

    /// <summary>How much a finding matters: an Error stops Quickpass matching or contact creation; a Warning is a trap for later.</summary>
    public enum CwTypeSeverity
    {
        Warning,
        Error,
    }

    /// <summary>The fix a finding proposes; Manual is one Repair-CwCommunicationType refuses to guess (merging two types).</summary>
    public enum CwTypeRepairAction
    {
        Rename,
        SetFlags,
        Create,
        Manual,

        /// <summary>Set flags to false (ClearFlags): the default flag of an email type beside the default 'Email'.</summary>
        ClearFlags,
    }
}
