using System.Collections.Generic;
using System.Linq;

namespace QuickpassPsa.Core.Psa.ConnectWise
{
    /// <summary>
    /// Which setup-table type a new contact's email and mobile items use. Every candidate must carry the
    /// matching flag, since the server derives an item's communicationType from its type's flags: a type named
    /// "Email" without emailFlag would store the address as a phone number. And it must carry no flag of another
    /// kind: an email item goes to a type without the phone and the fax flag, a mobile to a type without the email
    /// and the fax flag (round 67a: a 'Mobile' with the email and the phone flag stored each new mobile as an email,
    /// which was never read back as the mobile, so every run added another). Such a type is Test-CwCommunicationType's
    /// MixedFlags finding; when it is the only one with the wanted name, <see cref="EmailProblem"/> and
    /// <see cref="MobileProblem"/> say so, with the advice of that finding.
    /// <list type="bullet">
    /// <item>Email: description exactly "Email"; else "Email" with stray spaces or in another case (" email"); else an
    /// emailFlag type with defaultFlag; else any emailFlag type.</item>
    /// <item>Mobile: description exactly "Mobile"; else exactly "Cell"; else either with stray spaces or in another case
    /// ("Mobile "); else a phoneFlag type named like a mobile (CwMobileNames: "Mobile Phone", "Handy", "Móvil"...).</item>
    /// </list>
    /// Ties go to the lowest id, so the choice is stable.
    /// </summary>
    internal static class CwCommunicationTypePicker
    {
        /// <summary>An email type that is not a phone or fax type too: what an address can be filed under.</summary>
        public static bool IsCleanEmail(CwCommunicationType type) => type.EmailFlag && !type.PhoneFlag && !type.FaxFlag;

        /// <summary>A phone type that is not an email or fax type too: what a mobile number can be filed under (and read back from).</summary>
        public static bool IsCleanPhone(CwCommunicationType type) => type.PhoneFlag && !type.EmailFlag && !type.FaxFlag;

        public static CwCommunicationType? Email(IEnumerable<CwCommunicationType> types) => PickEmail(types.Where(IsCleanEmail));

        public static CwCommunicationType? Mobile(IEnumerable<CwCommunicationType> types) => PickMobile(types.Where(IsCleanPhone));

        /// <summary>
        /// Why no email type can be picked although the table has one with the name: the type the rule would pick is an email type
        /// with the phone or fax flag too (MixedFlags); null when <see cref="Email(IEnumerable{CwCommunicationType})"/> picks one, or when
        /// no type at all has the email flag.
        /// </summary>
        public static string? EmailProblem(IReadOnlyList<CwCommunicationType> types)
        {
            if (Email(types) != null) return null;
            var mixed = PickEmail(types.Where(t => t.EmailFlag));
            return mixed == null ? null : MixedAdvice(mixed, "email address", "an email");
        }

        /// <summary>As <see cref="EmailProblem"/>, for a mobile: the type named Mobile or Cell (or like a mobile) has the email or the fax flag too.</summary>
        public static string? MobileProblem(IReadOnlyList<CwCommunicationType> types)
        {
            if (Mobile(types) != null) return null;
            var mixed = PickMobile(types.Where(t => t.PhoneFlag));
            return mixed == null ? null : MixedAdvice(mixed, "mobile number", "a mobile");
        }

        /// <summary>The advice of the MixedFlags finding, for the type the pick would have been.</summary>
        internal static string MixedAdvice(CwCommunicationType type, string what, string kind)
        {
            var flags = new List<string>();
            if (type.EmailFlag) flags.Add("email");
            if (type.PhoneFlag) flags.Add("phone");
            if (type.FaxFlag) flags.Add("fax");
            var stored = kind == "a mobile"
                ? " (ConnectWise would store the number as " + (type.EmailFlag ? "an email address" : "a fax number") + ", never read back as the mobile)"
                : string.Empty;
            return "The ConnectWise communication type '" + type.Description + "' (id " + type.Id + ") is the one " + kind + " would be filed under, but it has the " +
                string.Join(" and the ", flags) + " flags: what is stored under it may be " + (type.EmailFlag ? "an address or a number" : "a phone or a fax number") + ", so no new " + what + " is filed under it" + stored +
                ". Look at what the type holds (Get-CwCommunicationType -IncludeUsage) and, in ConnectWise (System > Setup Tables > Communication Type), clear the flag " +
                "that does not fit by hand, renaming the type to what it holds (Test-CwCommunicationType reports it as MixedFlags); then run Repair-CwCommunicationType, " +
                "which adds or renames the type that is then missing.";
        }

        private static CwCommunicationType? PickEmail(IEnumerable<CwCommunicationType> flagged)
        {
            var candidates = flagged.OrderBy(t => t.Id).ToList();
            return candidates.FirstOrDefault(t => CwMobileNames.IsExact(t.Description, "Email"))
                ?? candidates.FirstOrDefault(t => CwMobileNames.IsExactly(t.Description, "Email"))
                ?? candidates.FirstOrDefault(t => t.DefaultFlag)
                ?? candidates.FirstOrDefault();
        }

        private static CwCommunicationType? PickMobile(IEnumerable<CwCommunicationType> flagged)
        {
            var candidates = flagged.OrderBy(t => t.Id).ToList();
            return candidates.FirstOrDefault(t => CwMobileNames.IsExact(t.Description, "Mobile"))
                ?? candidates.FirstOrDefault(t => CwMobileNames.IsExact(t.Description, "Cell"))
                ?? candidates.FirstOrDefault(t => CwMobileNames.IsExactly(t.Description, "Mobile"))
                ?? candidates.FirstOrDefault(t => CwMobileNames.IsExactly(t.Description, "Cell"))
                ?? candidates.FirstOrDefault(t => CwMobileNames.LooksLikeMobile(t.Description));
        }
    }
}
