using System;
using System.Collections.Generic;
using System.Linq;

namespace QuickpassPsa.Core.Psa.ConnectWise.CommunicationTypes
{
    /// <summary>
    /// Test-CwCommunicationType's rules: the findings of one table. "Ready" means what New-PsaContact's picker
    /// (CwContactTypes) needs to choose without a warning, and what Quickpass matches on: a type described exactly
    /// "Email" with the email flag and one described exactly "Mobile" or "Cell" with the phone flag. Each problem is
    /// reported once, by the finding whose fix solves it (a "Email " with a trailing space is a spacing finding, not
    /// a missing Email too), so that applying every fix leaves no finding Repair-CwCommunicationType could fix.
    /// </summary>
    public static class CwCommunicationTypeRules
    {
        private const string EmailFlag = "emailFlag";
        private const string PhoneFlag = "phoneFlag";
        private const string DefaultFlag = "defaultFlag";

        /// <summary>The findings for <paramref name="types"/>; <paramref name="preferred"/> is "Mobile" or "Cell", the name to aim for.</summary>
        public static IReadOnlyList<CwCommunicationTypeFinding> Test(IReadOnlyList<CwCommunicationType> types, string preferred = CwTypeNames.Mobile)
        {
            if (types == null) throw new ArgumentNullException(nameof(types));
            var aim = CwTypeNames.Canonical(preferred);
            if (aim != CwTypeNames.Mobile && aim != CwTypeNames.Cell) throw new ArgumentException("The preferred mobile name is 'Mobile' or 'Cell'.", nameof(preferred));

            var ordered = types.OrderBy(t => t.Id).ToList();
            var findings = new List<CwCommunicationTypeFinding>();
            findings.AddRange(Spacing(ordered));
            findings.AddRange(Duplicates(ordered));
            findings.AddRange(MixedFlags(ordered));
            var email = EmailMissing(ordered);
            if (email != null) findings.Add(email);
            var mobile = MobileMissing(ordered, aim);
            if (mobile != null) findings.Add(mobile);
            findings.AddRange(FlagsMissing(ordered, email?.TargetId, mobile?.TargetId));
            findings.AddRange(DefaultsMissing(ordered, email, mobile));
            var emailType = EmailTarget(ordered, email);
            var notDefault = EmailNotDefault(ordered, emailType);
            if (notDefault != null) findings.Add(notDefault);
            findings.AddRange(SeveralDefaultEmailTypes(ordered, emailType, notDefault, email));
            return findings;
        }

        /// <summary>
        /// The type that is, or after the EmailTypeMissing fix becomes, the email type "Email"; null when there is none,
        /// or when the only type so named needs a person first (a phone or fax type named Email: its fix is Manual, and
        /// no email fix may touch it).
        /// </summary>
        private static CwCommunicationType? EmailTarget(List<CwCommunicationType> types, CwCommunicationTypeFinding? emailMissing)
        {
            var named = types.FirstOrDefault(t => t.EmailFlag && !IsMixed(t) && CwTypeNames.IsNamed(t, CwTypeNames.Email));
            if (named != null) return named;
            // A type named Email that is a phone or fax type too is the MixedFlags finding's: no email fix touches it.
            if (types.Any(t => t.EmailFlag && CwTypeNames.IsNamed(t, CwTypeNames.Email))) return null;
            if (emailMissing == null || emailMissing.Action == CwTypeRepairAction.Manual || emailMissing.TargetId == null) return null;
            var target = types.FirstOrDefault(t => t.Id == emailMissing.TargetId);
            if (target == null || target.PhoneFlag || target.FaxFlag) return null;
            return target.EmailFlag || emailMissing.SetFlags.Contains(EmailFlag) ? target : null;
        }

        /// <summary>
        /// A type named Email with the email flag (or one of the fixes above makes it so), while another email type, "Email - Work"
        /// say, is the default: the table looks ready, but ConnectWise gives that default to every address typed in, and the
        /// contacts' addresses already under it are ones Quickpass does not read. A personal type as the default ("Email -
        /// Personal") is the same trap for the addresses typed in (round 67a: it was reported ready), but its addresses are the
        /// contacts' personal ones and stay where they are. A spacing or a missing-type finding that renames the default type
        /// itself already solves it. A type named Email that is not an email type is never made the default (round 54: that made
        /// a second default phone type), and a default with the flags of two kinds (MixedFlags) is not counted: no fix touches it,
        /// and the default waits for a person to clear its other flag.
        /// </summary>
        private static CwCommunicationTypeFinding? EmailNotDefault(List<CwCommunicationType> types, CwCommunicationType? emailType)
        {
            if (emailType == null || emailType.DefaultFlag) return null;
            var other = types.Where(t => t.EmailFlag && !IsMixed(t) && t.DefaultFlag && t.Id != emailType.Id && !CwTypeNames.IsNamed(t, CwTypeNames.Email))
                .OrderBy(t => CwTypeNames.IsPersonal(t.Description) ? 1 : 0).FirstOrDefault();
            if (other == null) return null;
            var personal = CwTypeNames.IsPersonal(other.Description);
            return Finding(CwTypeFindingCode.EmailNotDefault, CwTypeSeverity.Warning, new[] { emailType, other },
                "The type " + CwTypeNames.Quote(emailType.Description) + " (id " + emailType.Id + ") is there, but " + CwTypeNames.Quote(other.Description) + " (id " + other.Id +
                ") is the default email type: ConnectWise files every address typed in by hand under " + CwTypeNames.Quote(other.Description) +
                (personal
                    ? ", a personal type Quickpass does not read, so a work address typed in is not found by it."
                    : ", and the contacts' addresses already under it are not ones Quickpass reads."),
                "Make " + CwTypeNames.Quote(emailType.Description) + " the default email type. " +
                (personal
                    ? "The personal addresses under " + CwTypeNames.Quote(other.Description) + " stay where they are."
                    : "Then move the contacts' addresses from " + CwTypeNames.Quote(other.Description) + " by hand (Get-CwCommunicationType -IncludeUsage shows how many use each), or merge the two types."),
                CwTypeRepairAction.SetFlags, emailType.Id, null, DefaultFlag);
        }

        /// <summary>
        /// More than one email type has the default flag, now or once the fix above has made Email the default, or once the
        /// EmailTypeMissing fix has created Email as the default (round 42: 'E-mail' and 'Email - Work'; round 54: it was reported only
        /// after a repair; round 67a: after a create): which one ConnectWise gives a new address is anyone's guess. When 'Email' is (or
        /// becomes) the default, one finding per other default email type clears its default flag (a flag only: no item moves); else a
        /// person chooses which to keep. A type with the flags of two kinds (MixedFlags) is never one of them: no other fix touches it
        /// (round 67a: a mixed 'Direct' lost its default flag, and the phone types were left without a default).
        /// </summary>
        private static IEnumerable<CwCommunicationTypeFinding> SeveralDefaultEmailTypes(List<CwCommunicationType> types, CwCommunicationType? emailType,
            CwCommunicationTypeFinding? emailNotDefault, CwCommunicationTypeFinding? emailMissing)
        {
            var keep = emailType != null && (emailType.DefaultFlag || emailNotDefault != null) ? emailType : null;
            // Email to be created as the default: it has no id yet, and is named in the words only.
            var created = keep == null && emailMissing != null && emailMissing.Action == CwTypeRepairAction.Create && emailMissing.SetFlags.Contains(DefaultFlag);
            var defaults = types.Where(t => t.EmailFlag && !IsMixed(t) && t.DefaultFlag || t == keep).ToList();
            if (defaults.Count + (created ? 1 : 0) < 2) yield break;
            var others = defaults.Where(t => t != keep).ToList();
            var keepName = keep != null ? CwTypeNames.Quote(keep.Description) : CwTypeNames.Quote(CwTypeNames.Email);
            var names = defaults.Select(t => CwTypeNames.Quote(t.Description) + " (id " + t.Id + ")").ToList();
            if (created) names.Insert(0, keepName);
            var future = keep != null && !keep.DefaultFlag || created;
            var message = "The email types " + string.Join(", ", names) + (future ? " will" : "") +
                " all have the default flag" + (future ? " once " + keepName + (created ? " is created as the default" : " is made the default") : "") +
                ": which one ConnectWise gives an address typed in by hand is not defined, and addresses filed under a type other than 'Email' are not read by Quickpass.";
            if (keep == null && !created)
            {
                yield return Finding(CwTypeFindingCode.SeveralDefaultEmailTypes, CwTypeSeverity.Warning, defaults, message,
                    "Keep one as the default and clear the default flag of the others in ConnectWise's communication-type setup table " +
                    "(System > Setup Tables > Communication Type).", CwTypeRepairAction.Manual, null, null);
                yield break;
            }
            foreach (var other in others)
            {
                var finding = Finding(CwTypeFindingCode.SeveralDefaultEmailTypes, CwTypeSeverity.Warning, keep == null ? new[] { other } : new[] { keep, other }, message,
                    "Clear the default flag of " + CwTypeNames.Quote(other.Description) + " (id " + other.Id + "); " + keepName +
                    " stays the default email type. The addresses under " + CwTypeNames.Quote(other.Description) + " stay where they are.",
                    CwTypeRepairAction.ClearFlags, other.Id, null);
                finding.ClearFlags = new[] { DefaultFlag };
                yield return finding;
            }
        }

        private static IEnumerable<CwCommunicationTypeFinding> Spacing(List<CwCommunicationType> types)
        {
            // A type with the flags of two kinds is the MixedFlags finding's alone: renamed, a mixed 'Mobile ' would be found by the name.
            foreach (var type in types.Where(t => !IsMixed(t)))
            {
                var clean = CwTypeNames.Canonical(type.Description);
                if (clean.Length == 0 || string.Equals(clean, type.Description, StringComparison.Ordinal)) continue;
                // 'Email ' beside 'Email': the rename could never succeed (the server compares names ignoring case), and the
                // two are one problem, the DuplicateDescription finding's, whose fix is a merge by hand (round 65b).
                if (types.Any(o => o.Id != type.Id && CwTypeNames.SameName(o.Description, type.Description))) continue;
                var what = CwTypeNames.Normalize(type.Description) == clean
                    ? (type.Description != type.Description.Trim() ? "leading or trailing spaces" : "doubled spaces inside")
                    : "not the exact case Quickpass looks for";
                if (CwTypeNames.Normalize(type.Description) != type.Description && CwTypeNames.Normalize(type.Description) != clean) what = "stray spaces and not the exact case Quickpass looks for";
                yield return Finding(CwTypeFindingCode.DescriptionSpacing, CwTypeSeverity.Warning, new[] { type },
                    "The type " + CwTypeNames.Quote(type.Description) + " (id " + type.Id + ") has " + what + ": a lookup by name (Quickpass, integrations, 'type/name' conditions) does not find " + CwTypeNames.Quote(clean) + ".",
                    "Rename it to " + CwTypeNames.Quote(clean) + ".", CwTypeRepairAction.Rename, type.Id, clean);
            }
        }

        private static IEnumerable<CwCommunicationTypeFinding> Duplicates(List<CwCommunicationType> types)
        {
            foreach (var group in types.GroupBy(t => CwTypeNames.Normalize(t.Description), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1 && g.Key.Length > 0))
            {
                var list = group.ToList();
                var names = string.Join(", ", list.Select(t => CwTypeNames.Quote(t.Description) + " (id " + t.Id + ")"));
                yield return Finding(CwTypeFindingCode.DuplicateDescription, CwTypeSeverity.Warning, list,
                    "The types " + names + " differ only by case or spacing; a lookup by name finds either one, and contacts are split between them.",
                    MergeByHand(list[0], CwTypeNames.Canonical(group.Key)), CwTypeRepairAction.Manual, null, null);
            }
        }

        /// <summary>
        /// A type with the email flag and the phone or fax flag (round 65b: 'Mobile' holding addresses got the phone flag,
        /// and New-PsaContact then filed a mobile under it as an email). Whether its items are addresses or numbers is
        /// not known from the type: ConnectWise files them all as emails (the module reads each by its value, CwItemKinds, since
        /// round 69; Quickpass does not), and New-PsaContact cannot file under it: a person looks and clears one flag.
        /// </summary>
        private static IEnumerable<CwCommunicationTypeFinding> MixedFlags(List<CwCommunicationType> types)
        {
            foreach (var type in types.Where(IsMixed))
            {
                var other = type.PhoneFlag && type.FaxFlag ? "phone and fax" : type.PhoneFlag ? "phone" : "fax";
                yield return Finding(CwTypeFindingCode.MixedFlags, CwTypeSeverity.Error, new[] { type },
                    "The type " + CwTypeNames.Quote(type.Description) + " (id " + type.Id + ") has the email flag and the " + other + " flag: what is stored under it may be " +
                    "an address or a number, and ConnectWise files all of it as email items: Quickpass reads a number stored there as an address, and New-PsaContact " +
                    "cannot file a mobile under it (it would be stored as an email). QuickpassPsa reads each item under it by its value.",
                    "Look at what it holds (Get-CwCommunicationType -IncludeUsage) and, in ConnectWise (System > Setup Tables > Communication Type), clear the flag that " +
                    "does not fit by hand, renaming the type to what it holds; then run Test-CwCommunicationType again.", CwTypeRepairAction.Manual, type.Id, null);
            }
        }

        /// <summary>An email type that is a phone or fax type too.</summary>
        internal static bool IsMixed(CwCommunicationType type) => type.EmailFlag && (type.PhoneFlag || type.FaxFlag);

        /// <summary>No "Email" with the email flag: set the flag on a type named Email, else rename the work email type, else create one.</summary>
        private static CwCommunicationTypeFinding? EmailMissing(List<CwCommunicationType> types)
        {
            var named = types.Where(t => CwTypeNames.IsNamed(t, CwTypeNames.Email)).ToList();
            if (named.Any(t => t.EmailFlag)) return null;
            const string why = "No type is described exactly 'Email' with the email flag: Quickpass does not match contacts by email, and New-PsaContact stores addresses under another type.";
            if (named.Count > 0 && (named[0].PhoneFlag || named[0].FaxFlag))
            {
                // A phone or fax type that happens to be called Email holds numbers: the email flag would file them as
                // addresses (round 42: "(206) 555-0100" came back among a contact's emails), so a person renames it first.
                var phone = named[0];
                return Finding(CwTypeFindingCode.EmailTypeMissing, CwTypeSeverity.Error, new[] { phone },
                    why + " The type " + CwTypeNames.Quote(phone.Description) + " (id " + phone.Id + ") has the name but is a " + (phone.PhoneFlag ? "phone" : "fax") +
                    " type: the numbers stored under it would become email addresses if it got the email flag.",
                    "Rename " + CwTypeNames.Quote(phone.Description) + " (id " + phone.Id + ") by hand to what it holds (such as 'Office Phone'), then run Repair-CwCommunicationType " +
                    "again: it renames the work email type to 'Email' or creates one.", CwTypeRepairAction.Manual, phone.Id, null);
            }
            if (named.Count > 0)
            {
                var type = named[0];
                return Finding(CwTypeFindingCode.EmailTypeMissing, CwTypeSeverity.Error, new[] { type },
                    why + " The type " + CwTypeNames.Quote(type.Description) + " (id " + type.Id + ") has the name but not the email flag.",
                    "Set the email flag on " + CwTypeNames.Quote(type.Description) + ".", CwTypeRepairAction.SetFlags, type.Id, null,
                    // The first email type of the table is also its default (DefaultsMissing cannot see a type that has no flag yet).
                    types.Any(t => t.EmailFlag) ? new[] { EmailFlag } : new[] { EmailFlag, DefaultFlag });
            }
            var candidate = types.Where(t => t.EmailFlag && !IsMixed(t) && !CwTypeNames.IsPersonal(t.Description))
                .OrderBy(t => t.DefaultFlag ? 0 : 1)
                .ThenBy(t => CwTypeNames.Normalize(t.Description).StartsWith(CwTypeNames.Email, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
                .ThenBy(t => t.Id).FirstOrDefault();
            if (candidate != null)
            {
                return Finding(CwTypeFindingCode.EmailTypeMissing, CwTypeSeverity.Error, new[] { candidate },
                    why + " The email type " + CwTypeNames.Quote(candidate.Description) + " (id " + candidate.Id + ") would become it.",
                    "Rename " + CwTypeNames.Quote(candidate.Description) + " to 'Email' (its contacts keep their addresses).", CwTypeRepairAction.Rename, candidate.Id, CwTypeNames.Email);
            }
            // Created as the default unless the default is a type of two kinds, which no fix touches (the SeveralDefaultEmailTypes
            // findings then clear the default of a personal type: round 67a, a second run found Email not the default).
            var flags = types.Any(t => t.EmailFlag && t.DefaultFlag) && !types.Any(t => t.EmailFlag && !IsMixed(t) && t.DefaultFlag) ? new[] { EmailFlag } : new[] { EmailFlag, DefaultFlag };
            return Finding(CwTypeFindingCode.EmailTypeMissing, CwTypeSeverity.Error, Array.Empty<CwCommunicationType>(),
                why + " No work email type could be renamed.",
                "Create the type 'Email' with the email flag" + (flags.Length > 1 ? " as the default email type." : "."), CwTypeRepairAction.Create, null, CwTypeNames.Email, flags);
        }

        /// <summary>No "Mobile"/"Cell" with the phone flag: set the flag on a type so named, else rename a mobile-like phone type, else create one.</summary>
        private static CwCommunicationTypeFinding? MobileMissing(List<CwCommunicationType> types, string aim)
        {
            var named = types.Where(t => CwTypeNames.IsNamed(t, CwTypeNames.Mobile) || CwTypeNames.IsNamed(t, CwTypeNames.Cell))
                .OrderBy(t => CwTypeNames.IsNamed(t, aim) ? 0 : 1).ThenBy(t => t.Id).ToList();
            if (named.Any(t => t.PhoneFlag && !t.FaxFlag && !t.EmailFlag)) return null;
            // A type so named with the email flag and the phone or fax flag: the MixedFlags finding's; a person clears a flag first.
            if (named.Any(IsMixed)) return null;
            const string why = "No type is described exactly 'Mobile' or 'Cell' with the phone flag: Quickpass finds no mobile number for SMS verification, and New-PsaContact stores mobiles under another type.";
            var plain = named.FirstOrDefault(t => !t.EmailFlag && !t.FaxFlag);
            if (plain != null)
            {
                return Finding(CwTypeFindingCode.MobileTypeMissing, CwTypeSeverity.Error, new[] { plain },
                    why + " The type " + CwTypeNames.Quote(plain.Description) + " (id " + plain.Id + ") has the name but not the phone flag.",
                    "Set the phone flag on " + CwTypeNames.Quote(plain.Description) + ".", CwTypeRepairAction.SetFlags, plain.Id, null,
                    types.Any(t => t.PhoneFlag) ? new[] { PhoneFlag } : new[] { PhoneFlag, DefaultFlag });
            }
            if (named.Count > 0)
            {
                // An email or fax type that happens to be called Mobile holds addresses or fax numbers: the phone flag would
                // make it an email-and-phone type, and New-PsaContact would store a new mobile as an email (round 65b), so a
                // person renames it first, as with a phone type called Email. The name is taken, so nothing can be renamed
                // to it or created under it either.
                var other = named[0];
                var kind = other.EmailFlag ? "an email" : other.PhoneFlag ? "a phone and fax" : "a fax";
                return Finding(CwTypeFindingCode.MobileTypeMissing, CwTypeSeverity.Error, new[] { other },
                    why + " The type " + CwTypeNames.Quote(other.Description) + " (id " + other.Id + ") has the name but is " + kind +
                    " type: " + (other.PhoneFlag
                        ? "ConnectWise stores what is filed under it as fax numbers, so new contacts' mobile numbers would be filed there as fax numbers (round 67a)."
                        : "it holds " + (other.EmailFlag ? "email addresses" : "fax numbers") + ", and with the phone flag new contacts' mobile numbers would be filed under it as " +
                          (other.EmailFlag ? "email addresses." : "fax numbers.")),
                    "Rename " + CwTypeNames.Quote(other.Description) + " (id " + other.Id + ") by hand to what it holds (such as " + (other.EmailFlag ? "'Personal Email'" : "'Fax'") +
                    "), then run Repair-CwCommunicationType again: it renames a mobile phone type to " + CwTypeNames.Quote(aim) + " or creates one.",
                    CwTypeRepairAction.Manual, other.Id, null);
            }
            var candidate = types.Where(t => t.PhoneFlag && !t.EmailFlag && !t.FaxFlag && CwTypeNames.LooksLikeMobile(t.Description))
                .OrderBy(t => CwTypeNames.MobileRankOf(t.Description)).ThenBy(t => t.Id).FirstOrDefault();
            if (candidate != null)
            {
                return Finding(CwTypeFindingCode.MobileTypeMissing, CwTypeSeverity.Error, new[] { candidate },
                    why + " The phone type " + CwTypeNames.Quote(candidate.Description) + " (id " + candidate.Id + ") would become it.",
                    "Rename " + CwTypeNames.Quote(candidate.Description) + " to " + CwTypeNames.Quote(aim) + " (its contacts keep their numbers).", CwTypeRepairAction.Rename, candidate.Id, aim);
            }
            var flags = types.Any(t => t.PhoneFlag) ? new[] { PhoneFlag } : new[] { PhoneFlag, DefaultFlag };
            return Finding(CwTypeFindingCode.MobileTypeMissing, CwTypeSeverity.Error, Array.Empty<CwCommunicationType>(),
                why + " No mobile phone type could be renamed.",
                "Create the type " + CwTypeNames.Quote(aim) + " with the phone flag" + (flags.Length > 1 ? " as the default phone type." : "."), CwTypeRepairAction.Create, null, aim, flags);
        }

        /// <summary>Types named like email or phone without that flag (the Email/Mobile type itself is the missing-type finding's).</summary>
        private static IEnumerable<CwCommunicationTypeFinding> FlagsMissing(List<CwCommunicationType> types, int? emailTarget, int? mobileTarget)
        {
            foreach (var type in types)
            {
                if (type.Id != emailTarget && !type.EmailFlag && CwTypeNames.LooksLikeEmail(type.Description) && (type.PhoneFlag || type.FaxFlag))
                {
                    yield return Finding(CwTypeFindingCode.FlagMissing, CwTypeSeverity.Warning, new[] { type },
                        "The type " + CwTypeNames.Quote(type.Description) + " (id " + type.Id + ") is named like an email type but is a " + (type.PhoneFlag ? "phone" : "fax") +
                        " type: the email flag would make the numbers stored under it email addresses.",
                        "Look at what it holds (Get-CwCommunicationType -IncludeUsage) and rename it, or move its entries, by hand.", CwTypeRepairAction.Manual, type.Id, null);
                }
                else if (type.Id != emailTarget && !type.EmailFlag && CwTypeNames.LooksLikeEmail(type.Description))
                {
                    yield return Finding(CwTypeFindingCode.FlagMissing, CwTypeSeverity.Warning, new[] { type },
                        "The type " + CwTypeNames.Quote(type.Description) + " (id " + type.Id + ") is named like an email type but has no email flag: an address stored under it is treated as a phone number.",
                        "Set the email flag on " + CwTypeNames.Quote(type.Description) + ".", CwTypeRepairAction.SetFlags, type.Id, null, EmailFlag);
                }
                else if (type.Id != mobileTarget && !type.PhoneFlag && !type.EmailFlag && !type.FaxFlag && CwTypeNames.LooksLikePhone(type.Description))
                {
                    yield return Finding(CwTypeFindingCode.FlagMissing, CwTypeSeverity.Warning, new[] { type },
                        "The type " + CwTypeNames.Quote(type.Description) + " (id " + type.Id + ") is named like a phone type but has no phone flag: numbers stored under it are not offered as phone numbers.",
                        "Set the phone flag on " + CwTypeNames.Quote(type.Description) + ".", CwTypeRepairAction.SetFlags, type.Id, null, PhoneFlag);
                }
            }
        }

        /// <summary>
        /// No default among the email (phone) types. The email default goes to the type that is or becomes "Email"; the
        /// phone default to "Direct", else the first phone type that is not a mobile. A create already makes its type the default.
        /// </summary>
        private static IEnumerable<CwCommunicationTypeFinding> DefaultsMissing(List<CwCommunicationType> types, CwCommunicationTypeFinding? email, CwCommunicationTypeFinding? mobile)
        {
            // A type with the email and the phone or fax flag is never made a default (the MixedFlags finding asks a person
            // what it holds first); when only such types are left, this finding waits for that.
            var emails = types.Where(t => t.EmailFlag).ToList();
            if (emails.Count > 0 && !emails.Any(t => t.DefaultFlag))
            {
                var target = EmailTarget(types, email) ?? emails.FirstOrDefault(t => !IsMixed(t));
                if (target != null) yield return DefaultFinding(target, "email");
            }
            var phones = types.Where(t => t.PhoneFlag).ToList();
            if (phones.Count > 0 && !phones.Any(t => t.DefaultFlag))
            {
                var plain = phones.Where(t => !IsMixed(t)).ToList();
                var target = plain.FirstOrDefault(t => CwTypeNames.IsNamed(t, "Direct"))
                    ?? plain.FirstOrDefault(t => !CwTypeNames.LooksLikeMobile(t.Description))
                    ?? plain.FirstOrDefault();
                if (target != null) yield return DefaultFinding(target, "phone");
            }
        }

        private static CwCommunicationTypeFinding DefaultFinding(CwCommunicationType target, string kind) =>
            Finding(CwTypeFindingCode.DefaultTypeMissing, CwTypeSeverity.Warning, new[] { target },
                "No " + kind + " type has the default flag: ConnectWise has no type to give a new " + kind + " entry, and contact syncs (Exchange, Google) may drop it.",
                "Make " + CwTypeNames.Quote(target.Description) + " (id " + target.Id + ") the default " + kind + " type.", CwTypeRepairAction.SetFlags, target.Id, null, DefaultFlag);

        /// <summary>The words Repair-CwCommunicationType gives when two types would share a name: it never merges by itself.</summary>
        internal static string MergeByHand(CwCommunicationType keep, string name) =>
            "Merge by hand: in ConnectWise, System > Setup Tables > Communication Type, keep one type named " + CwTypeNames.Quote(name) +
            " (for example id " + keep.Id + "), move the contacts' items from the other (Get-CwCommunicationType -IncludeUsage shows how many use each), then rename or delete the other.";

        private static CwCommunicationTypeFinding Finding(CwTypeFindingCode code, CwTypeSeverity severity, IEnumerable<CwCommunicationType> types,
            string message, string fix, CwTypeRepairAction action, int? targetId, string? newDescription, params string[] flags)
        {
            var list = types.ToList();
            return new CwCommunicationTypeFinding
            {
                Code = code,
                Severity = severity,
                TypeIds = list.Select(t => t.Id).ToList(),
                Types = list.Select(t => CwTypeNames.Quote(t.Description)).ToList(),
                Message = message,
                Fix = fix,
                Action = action,
                TargetId = targetId,
                NewDescription = newDescription,
                SetFlags = flags,
            };
        }
    }
}
