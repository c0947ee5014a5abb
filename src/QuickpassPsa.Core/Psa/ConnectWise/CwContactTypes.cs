using System;
using System.Collections.Generic;
using System.Linq;

namespace QuickpassPsa.Core.Psa.ConnectWise
{
    /// <summary>
    /// The setup-table types New-PsaContact gives a new contact's email and mobile items, chosen once per run
    /// (psa-api.md A3). By default the type described exactly "Email", and "Mobile" or else "Cell"; a named type
    /// (-EmailType, -MobileType) replaces that choice and must exist with the right flag. When the table has no
    /// such type (exactly: " email", "Mobile " with a stray space or "E-mail" are near names, not these) the closest flagged type is used (CwCommunicationTypePicker) with a warning that names
    /// Repair-CwCommunicationType: Quickpass and other integrations look for exactly these names. A type of two kinds (the email
    /// flag and the phone or fax flag, or a phone type with the fax flag) is never used: when it is the one the rule would take,
    /// and no clean type can, the run is refused with the advice of Test-CwCommunicationType's MixedFlags finding (round 67a).
    /// </summary>
    internal sealed class CwContactTypes
    {
        private CwContactTypes(CwCommunicationType? email, CwCommunicationType? mobile, IReadOnlyList<string> warnings, string? problem)
        {
            Email = email;
            Mobile = mobile;
            Warnings = warnings;
            Problem = problem;
        }

        public CwCommunicationType? Email { get; }
        public CwCommunicationType? Mobile { get; }
        public IReadOnlyList<string> Warnings { get; }

        /// <summary>Why no type can be used (a named type is missing, or the table has no email or phone type at all); null when both are chosen.</summary>
        public string? Problem { get; }

        public static CwContactTypes Choose(IReadOnlyList<CwCommunicationType> types, string? emailType, string? mobileType)
        {
            var warnings = new List<string>();
            var email = Pick(types, emailType, t => t.EmailFlag, "email", out var emailProblem)
                ?? (emailProblem == null ? Fallback(types, CwCommunicationTypePicker.Email(types), t => CwMobileNames.IsExact(t.Description, "Email"), "Email", "email", "-EmailType", warnings) : null);
            var mobile = Pick(types, mobileType, t => t.PhoneFlag, "phone", out var mobileProblem)
                ?? (mobileProblem == null ? Fallback(types, MobileOrClosest(types), t => CwMobileNames.IsExact(t.Description, "Mobile") || CwMobileNames.IsExact(t.Description, "Cell"), "Mobile' or 'Cell", "phone", "-MobileType", warnings) : null);

            // No clean type, and the one the rule would take has the flags of two kinds (round 67a: a 'Mobile' with the email and the
            // phone flag got the mobiles, stored as emails): refused with the MixedFlags advice, never used.
            var problem = emailProblem ?? mobileProblem;
            if (problem == null && email == null) problem = CwCommunicationTypePicker.EmailProblem(types);
            if (problem == null && mobile == null) problem = CwCommunicationTypePicker.MobileProblem(types);
            if (problem == null && email == null) problem = "The ConnectWise communication types setup table has no type with the email flag, so no contact's email can be stored.";
            if (problem == null && mobile == null) problem = "The ConnectWise communication types setup table has no type with the phone flag, so no contact's mobile number can be stored.";
            return new CwContactTypes(email, mobile, warnings, problem);
        }

        /// <summary>The type named by the user, or null (with a problem when a name was given and nothing has it).</summary>
        private static CwCommunicationType? Pick(IReadOnlyList<CwCommunicationType> types, string? name, Func<CwCommunicationType, bool> flag, string kind, out string? problem)
        {
            problem = null;
            if (string.IsNullOrWhiteSpace(name)) return null;
            // As typed, case aside ("personal email" is Personal Email); a stray space in the table's description is matched only
            // when typed with it (-EmailType ' email').
            var typed = types.Where(flag).OrderBy(t => t.Id).FirstOrDefault(t => string.Equals(t.Description, name, StringComparison.OrdinalIgnoreCase));
            if (typed != null) return Clean(typed, kind, out problem);
            var found = types.Where(flag).OrderBy(t => t.Id).FirstOrDefault(t => CwMobileNames.IsExactly(t.Description, name!.Trim()));
            if (found != null && string.Equals(found.Description, found.Description.Trim(), StringComparison.Ordinal)) return Clean(found, kind, out problem);
            if (found != null)
            {
                // Round 64c: -EmailType 'Email' wrote the items as ' email' without a word, which Quickpass does not find by that name.
                problem = "The ConnectWise communication types setup table has no " + kind + " type described '" + name!.Trim() + "'; it has '" + found.Description +
                          "', with a stray space, which Quickpass and other integrations do not find by that name. Run Repair-CwCommunicationType to correct its description, or name it with the space (" +
                          (kind == "email" ? "-EmailType" : "-MobileType") + " '" + found.Description + "') to use it as it is.";
                return null;
            }
            var flagged = types.Where(flag).Select(t => "'" + t.Description.Trim() + "'").ToList();
            problem = "The ConnectWise communication types setup table has no " + kind + " type described '" + name!.Trim() + "'. " +
                (flagged.Count == 0 ? "It has no " + kind + " type at all." : "Its " + kind + " types are " + string.Join(", ", flagged) + ".");
            return null;
        }

        /// <summary>
        /// The type named with -EmailType or -MobileType, unless it is a type of two kinds (the email flag and the phone or fax flag, or a
        /// phone type with the fax flag): a mobile filed under it is stored as an email or a fax, and never read back (round 67a).
        /// </summary>
        private static CwCommunicationType? Clean(CwCommunicationType type, string kind, out string? problem)
        {
            problem = null;
            var clean = kind == "email" ? CwCommunicationTypePicker.IsCleanEmail(type) : CwCommunicationTypePicker.IsCleanPhone(type);
            if (clean) return type;
            problem = CwCommunicationTypePicker.MixedAdvice(type, kind == "email" ? "email address" : "mobile number", kind == "email" ? "an email" : "a mobile") +
                " Or name another type with " + (kind == "email" ? "-EmailType" : "-MobileType") + ".";
            return null;
        }

        /// <summary>The picker's type; a warning when it is not one of the wanted names.</summary>
        private static CwCommunicationType? Fallback(IReadOnlyList<CwCommunicationType> types, CwCommunicationType? picked, Func<CwCommunicationType, bool> wanted,
            string wantedName, string kind, string parameter, List<string> warnings)
        {
            if (picked == null || wanted(picked)) return picked;
            // The wanted name held by a type of two kinds: Repair-CwCommunicationType cannot add or rename it until a person clears a flag.
            var mixed = types.Where(t => wanted(t) && (kind == "email" ? t.EmailFlag && !CwCommunicationTypePicker.IsCleanEmail(t) : t.PhoneFlag && !CwCommunicationTypePicker.IsCleanPhone(t)))
                .OrderBy(t => t.Id).FirstOrDefault();
            warnings.Add("The ConnectWise communication types setup table has no " + kind + " type described exactly '" + wantedName + "'" +
                (mixed == null ? string.Empty : " that can be used (the type '" + mixed.Description + "' (id " + mixed.Id + ") has the flags of two kinds: Test-CwCommunicationType's MixedFlags finding)") +
                "; new contacts get their " + (kind == "email" ? "email" : "mobile number") + " as '" + picked.Description + "' instead, which Quickpass does not find by that name. " +
                (mixed == null
                    ? "Run Repair-CwCommunicationType to add or rename the type, or name one with " + parameter + "."
                    : "Clear the flag that does not fit on '" + mixed.Description + "' by hand (System > Setup Tables > Communication Type), then run Repair-CwCommunicationType; or name a type with " + parameter + "."));
            return picked;
        }

        /// <summary>The picker's mobile type, else (no clean type named like a mobile, nor one of two kinds so named) the default phone type or the first.</summary>
        private static CwCommunicationType? MobileOrClosest(IReadOnlyList<CwCommunicationType> types) =>
            CwCommunicationTypePicker.Mobile(types)
            ?? (CwCommunicationTypePicker.MobileProblem(types) != null
                ? null
                : types.Where(CwCommunicationTypePicker.IsCleanPhone).OrderBy(t => t.DefaultFlag ? 0 : 1).ThenBy(t => t.Id).FirstOrDefault());
    }
}
