using System;
using System.Collections.Generic;
using System.Linq;

namespace QuickpassPsa.Core.Psa.ConnectWise.CommunicationTypes
{
    /// <summary>What Repair-CwCommunicationType does for one finding, decided against the table as it is now.</summary>
    public enum CwTypeRepairStepKind
    {
        /// <summary>PATCH the type: description and/or flags.</summary>
        Patch,

        /// <summary>POST a new type.</summary>
        Create,

        /// <summary>Nothing to do: the table already has what the fix wanted.</summary>
        AlreadyDone,

        /// <summary>Not done: the target name exists on another type, the type is gone, or the finding asks for a merge by hand.</summary>
        Blocked,
    }

    /// <summary>Why a step is Blocked: what the person has to do differs (and so the error's category).</summary>
    public enum CwTypeRepairBlock
    {
        /// <summary>Not blocked.</summary>
        None,

        /// <summary>The name the fix gives belongs to another type: merge by hand.</summary>
        NameTaken,

        /// <summary>The type is no longer in the table: test again.</summary>
        TypeGone,

        /// <summary>The finding has no automatic fix, or the fix would break the table as it is now: a person changes it by hand.</summary>
        ManualStep,
    }

    /// <summary>One planned change (see <see cref="CwTypeRepairPlanner"/>).</summary>
    public sealed class CwTypeRepairStep
    {
        internal CwTypeRepairStep(CwTypeRepairStepKind kind, CwCommunicationType? before, string? newDescription, IReadOnlyList<string> flags, string reason,
            IReadOnlyList<string>? clearedFlags = null, CwTypeRepairBlock block = CwTypeRepairBlock.None)
        {
            Kind = kind;
            Before = before;
            NewDescription = newDescription;
            Flags = flags;
            Reason = reason;
            ClearedFlags = clearedFlags ?? new List<string>();
            Block = block;
        }

        /// <summary>Why the step is Blocked (None otherwise).</summary>
        public CwTypeRepairBlock Block { get; }

        /// <summary>The flags set to false.</summary>
        public IReadOnlyList<string> ClearedFlags { get; }

        public CwTypeRepairStepKind Kind { get; }

        /// <summary>The type as it is (Patch, AlreadyDone); null for Create.</summary>
        public CwCommunicationType? Before { get; }

        /// <summary>The description to give (Patch) or create (Create); null when the description stays.</summary>
        public string? NewDescription { get; }

        /// <summary>The flags set to true.</summary>
        public IReadOnlyList<string> Flags { get; }

        /// <summary>What the step does, or why it is not done (Blocked, AlreadyDone), in plain words.</summary>
        public string Reason { get; }

        /// <summary>The PATCH body: replace description, set each flag true (psa-api.md A3).</summary>
        public IReadOnlyList<(string op, string path, object? value)> Operations =>
            (NewDescription == null || Kind != CwTypeRepairStepKind.Patch ? Enumerable.Empty<(string, string, object?)>() : new[] { ("replace", "description", (object?)NewDescription) })
            .Concat(Flags.Select(f => ("replace", f, (object?)true)))
            .Concat(ClearedFlags.Select(f => ("replace", f, (object?)false))).ToList();

        /// <summary>The type as the step should leave it (what -WhatIf reports, and what later steps of the run reason about).</summary>
        public CwCommunicationType Expected(int newId)
        {
            var after = Before?.Copy() ?? new CwCommunicationType { Id = newId };
            after.Raw = null;
            after.UsageCount = null;
            if (NewDescription != null) after.Description = NewDescription;
            foreach (var flag in Flags) SetFlag(after, flag);
            foreach (var flag in ClearedFlags) SetFlag(after, flag, false);
            return after;
        }

        internal static void SetFlag(CwCommunicationType type, string flag, bool value = true)
        {
            switch (flag)
            {
                case "emailFlag": type.EmailFlag = value; break;
                case "phoneFlag": type.PhoneFlag = value; break;
                case "faxFlag": type.FaxFlag = value; break;
                case "defaultFlag": type.DefaultFlag = value; break;
                default: throw new ArgumentException("Unknown communication type flag '" + flag + "'.", nameof(flag));
            }
        }

        internal static bool HasFlag(CwCommunicationType type, string flag) => flag switch
        {
            "emailFlag" => type.EmailFlag,
            "phoneFlag" => type.PhoneFlag,
            "faxFlag" => type.FaxFlag,
            "defaultFlag" => type.DefaultFlag,
            _ => throw new ArgumentException("Unknown communication type flag '" + flag + "'.", nameof(flag)),
        };
    }

    /// <summary>
    /// Turns a finding into a step against the current table. A finding may be old (read back from a file) or
    /// already solved by an earlier step of the same run, so every fix is checked again here. It never deletes and
    /// never merges: a rename or create onto a name another type has (the server compares ignoring case) is Blocked
    /// with the way to merge by hand.
    /// </summary>
    public static class CwTypeRepairPlanner
    {
        private static readonly string[] KnownFlags = { "emailFlag", "phoneFlag", "faxFlag", "defaultFlag" };

        public static CwTypeRepairStep Plan(CwCommunicationTypeFinding finding, IReadOnlyList<CwCommunicationType> table)
        {
            if (finding == null) throw new ArgumentNullException(nameof(finding));
            if (table == null) throw new ArgumentNullException(nameof(table));
            var flags = Known(finding.SetFlags, finding);

            switch (finding.Action)
            {
                case CwTypeRepairAction.Manual:
                    return Blocked(null, finding.Fix.Length > 0 ? finding.Fix : "This finding has no automatic fix; change the setup table by hand.", CwTypeRepairBlock.ManualStep);
                case CwTypeRepairAction.ClearFlags:
                    return PlanClear(finding, table, Known(finding.ClearFlags, finding));
                case CwTypeRepairAction.Create:
                    return PlanCreate(finding, table, flags);
                case CwTypeRepairAction.Rename:
                case CwTypeRepairAction.SetFlags:
                    return PlanPatch(finding, table, flags);
                default:
                    throw new ArgumentException("Unknown repair action " + finding.Action + ".", nameof(finding));
            }
        }

        private static List<string> Known(IEnumerable<string> names, CwCommunicationTypeFinding finding) =>
            names.Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => KnownFlags.FirstOrDefault(k => k.Equals(f.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new ArgumentException("The finding names an unknown flag '" + f + "'.", nameof(finding))).Distinct().ToList();

        /// <summary>
        /// Clears the default flag of an email type, only while another email type described 'Email' keeps it: the
        /// table never ends without a default email type, and never with the default taken from 'Email'.
        /// </summary>
        private static CwTypeRepairStep PlanClear(CwCommunicationTypeFinding finding, IReadOnlyList<CwCommunicationType> table, List<string> flags)
        {
            if (flags.Count == 0 || flags.Any(f => f != "defaultFlag")) throw new ArgumentException("A ClearFlags finding clears the defaultFlag only.", nameof(finding));
            var type = finding.TargetId == null ? null : table.FirstOrDefault(t => t.Id == finding.TargetId.Value);
            if (type == null)
            {
                return Blocked(null, "The type with id " + finding.TargetId + " is no longer in the setup table; run Test-CwCommunicationType again.", CwTypeRepairBlock.TypeGone);
            }
            if (!type.DefaultFlag)
            {
                return new CwTypeRepairStep(CwTypeRepairStepKind.AlreadyDone, type, null, new List<string>(), "The type " + CwTypeNames.Quote(type.Description) + " (id " + type.Id + ") is not a default type.");
            }
            if (MixedWouldBeTouched(finding, type) is { } mixed) return Blocked(type, mixed, CwTypeRepairBlock.ManualStep);
            var keep = table.FirstOrDefault(t => t.Id != type.Id && t.EmailFlag && !CwCommunicationTypeRules.IsMixed(t) && t.DefaultFlag && CwTypeNames.IsNamed(t, CwTypeNames.Email));
            if (!type.EmailFlag || keep == null)
            {
                return Blocked(type, "Not clearing the default flag of " + CwTypeNames.Quote(type.Description) + " (id " + type.Id + "): " +
                    (!type.EmailFlag ? "it is not an email type." : "no other email type described 'Email' is the default, and the table would be left without a default email type.") +
                    " Run Test-CwCommunicationType again, or choose the default email type by hand.", CwTypeRepairBlock.ManualStep);
            }
            return new CwTypeRepairStep(CwTypeRepairStepKind.Patch, type, null, new List<string>(),
                "clear defaultFlag on " + CwTypeNames.Quote(type.Description) + " (id " + type.Id + "); " + CwTypeNames.Quote(keep.Description) + " (id " + keep.Id + ") stays the default email type",
                flags);
        }

        private static CwTypeRepairStep PlanPatch(CwCommunicationTypeFinding finding, IReadOnlyList<CwCommunicationType> table, List<string> flags)
        {
            var type = finding.TargetId == null ? null : table.FirstOrDefault(t => t.Id == finding.TargetId.Value);
            if (type == null)
            {
                return Blocked(null, "The type with id " + finding.TargetId + " is no longer in the setup table; run Test-CwCommunicationType again.", CwTypeRepairBlock.TypeGone);
            }
            if (KindWouldBreak(type, flags) is { } wrongKind)
            {
                return Blocked(type, wrongKind, CwTypeRepairBlock.ManualStep);
            }
            if (MixedWouldBeTouched(finding, type) is { } mixed)
            {
                return Blocked(type, mixed, CwTypeRepairBlock.ManualStep);
            }
            if (flags.Contains("defaultFlag") && !type.DefaultFlag && DefaultWouldBreak(finding, type, flags, table) is { } why)
            {
                return Blocked(type, why, CwTypeRepairBlock.ManualStep);
            }
            string? rename = null;
            if (finding.Action == CwTypeRepairAction.Rename)
            {
                if (string.IsNullOrWhiteSpace(finding.NewDescription)) throw new ArgumentException("A rename finding needs a NewDescription.", nameof(finding));
                var wanted = finding.NewDescription!.Trim();
                if (!string.Equals(type.Description, wanted, StringComparison.Ordinal))
                {
                    var taken = table.FirstOrDefault(t => t.Id != type.Id && CwTypeNames.SameName(t.Description, wanted));
                    if (taken != null)
                    {
                        return Blocked(type, "Cannot rename " + CwTypeNames.Quote(type.Description) + " (id " + type.Id + ") to " + CwTypeNames.Quote(wanted) +
                            ": the type " + CwTypeNames.Quote(taken.Description) + " (id " + taken.Id + ") already has that name, and two types are never merged silently. " +
                            CwCommunicationTypeRules.MergeByHand(taken, wanted), CwTypeRepairBlock.NameTaken);
                    }
                    rename = wanted;
                }
            }
            var missing = flags.Where(f => !CwTypeRepairStep.HasFlag(type, f)).ToList();
            if (rename == null && missing.Count == 0)
            {
                return new CwTypeRepairStep(CwTypeRepairStepKind.AlreadyDone, type, null, missing, "The type " + CwTypeNames.Quote(type.Description) + " (id " + type.Id + ") is already as the fix wants it.");
            }
            var what = new List<string>();
            if (rename != null) what.Add("rename " + CwTypeNames.Quote(type.Description) + " to " + CwTypeNames.Quote(rename));
            if (missing.Count > 0) what.Add("set " + string.Join(", ", missing) + " on " + CwTypeNames.Quote(rename ?? type.Description));
            return new CwTypeRepairStep(CwTypeRepairStepKind.Patch, type, rename, missing, string.Join("; ", what) + " (id " + type.Id + ")");
        }

        private static CwTypeRepairStep PlanCreate(CwCommunicationTypeFinding finding, IReadOnlyList<CwCommunicationType> table, List<string> flags)
        {
            if (string.IsNullOrWhiteSpace(finding.NewDescription)) throw new ArgumentException("A create finding needs a NewDescription.", nameof(finding));
            var wanted = finding.NewDescription!.Trim();
            var existing = table.FirstOrDefault(t => CwTypeNames.SameName(t.Description, wanted));
            if (existing != null)
            {
                var kindFlags = flags.Where(f => f != "defaultFlag").ToList();
                if (kindFlags.All(f => CwTypeRepairStep.HasFlag(existing, f)))
                {
                    return new CwTypeRepairStep(CwTypeRepairStepKind.AlreadyDone, existing, null, new List<string>(), "The type " + CwTypeNames.Quote(existing.Description) + " (id " + existing.Id + ") exists already.");
                }
                return Blocked(existing, "Cannot create " + CwTypeNames.Quote(wanted) + ": the type " + CwTypeNames.Quote(existing.Description) + " (id " + existing.Id +
                    ") already has that name without the " + string.Join(", ", kindFlags) + "; run Test-CwCommunicationType again to get the fix for it.", CwTypeRepairBlock.NameTaken);
            }
            if (!flags.Any(f => f != "defaultFlag")) throw new ArgumentException("A create finding needs the email, phone or fax flag.", nameof(finding));
            return new CwTypeRepairStep(CwTypeRepairStepKind.Create, null, wanted, flags, "create " + CwTypeNames.Quote(wanted) + " with " + string.Join(", ", flags));
        }

        /// <summary>
        /// Why no fix but a person's may change <paramref name="type"/>, or null: it has the email flag and the phone or fax flag
        /// (MixedFlags), so whether it holds addresses or numbers is not known, and no rename, flag or default of another finding
        /// touches it (round 67a: a SeveralDefaultEmailTypes fix cleared a mixed 'Direct''s default flag, and the phone types were
        /// left without a default).
        /// </summary>
        private static string? MixedWouldBeTouched(CwCommunicationTypeFinding finding, CwCommunicationType type)
        {
            if (finding.Code == CwTypeFindingCode.MixedFlags || !CwCommunicationTypeRules.IsMixed(type)) return null;
            return "Not changing " + CwTypeNames.Quote(type.Description) + " (id " + type.Id + "): it has the email flag and the " + (type.PhoneFlag ? "phone" : "fax") +
                " flag (the MixedFlags finding), so what it holds is not known and only a person changes it. Clear the flag that does not fit by hand " +
                "(System > Setup Tables > Communication Type), then run Test-CwCommunicationType again.";
        }

        /// <summary>
        /// Why the flags would make <paramref name="type"/> two kinds at once, or null: a phone or fax type never gets the
        /// email flag (its numbers would become addresses: round 42), and an email or fax type never gets the phone flag
        /// (round 65b: 'Mobile' holding addresses got it, and New-PsaContact then stored a mobile as an email).
        /// </summary>
        private static string? KindWouldBreak(CwCommunicationType type, List<string> flags)
        {
            var kind = type.EmailFlag ? "an email type" : type.PhoneFlag ? "a phone type" : "a fax type";
            var flag = flags.Contains("phoneFlag") && !type.PhoneFlag && (type.EmailFlag || type.FaxFlag) ? "phone"
                : flags.Contains("emailFlag") && !type.EmailFlag && (type.PhoneFlag || type.FaxFlag) ? "email"
                : null;
            if (flag == null) return null;
            return "Not setting the " + flag + " flag on " + CwTypeNames.Quote(type.Description) + " (id " + type.Id + "): it is " + kind +
                ", and what is stored under it would then be read as " + (flag == "phone" ? "phone numbers" : "email addresses") +
                ". Rename it by hand to what it holds, then run Test-CwCommunicationType again.";
        }

        /// <summary>
        /// Why making <paramref name="type"/> a default would break the table, or null: an email fix (EmailNotDefault)
        /// never touches a type that is not an email type (round 54: a phone type named 'Email'), and a phone type is
        /// never made a second default phone type.
        /// </summary>
        private static string? DefaultWouldBreak(CwCommunicationTypeFinding finding, CwCommunicationType type, List<string> flags, IReadOnlyList<CwCommunicationType> table)
        {
            var email = type.EmailFlag || flags.Contains("emailFlag");
            var phone = type.PhoneFlag || flags.Contains("phoneFlag");
            if (finding.Code == CwTypeFindingCode.EmailNotDefault && (!email || phone || type.FaxFlag))
            {
                return "Not making " + CwTypeNames.Quote(type.Description) + " (id " + type.Id + ") the default email type: it is " +
                    (phone ? "a phone type" : type.FaxFlag ? "a fax type" : "not an email type") + ". Rename it by hand to what it holds, then run Test-CwCommunicationType again.";
            }
            var otherPhoneDefault = phone ? table.FirstOrDefault(t => t.Id != type.Id && t.PhoneFlag && t.DefaultFlag) : null;
            if (otherPhoneDefault != null && !email)
            {
                return "Not making " + CwTypeNames.Quote(type.Description) + " (id " + type.Id + ") a default: " + CwTypeNames.Quote(otherPhoneDefault.Description) +
                    " (id " + otherPhoneDefault.Id + ") is already the default phone type. Run Test-CwCommunicationType again.";
            }
            return null;
        }

        private static CwTypeRepairStep Blocked(CwCommunicationType? type, string reason, CwTypeRepairBlock block) =>
            new CwTypeRepairStep(CwTypeRepairStepKind.Blocked, type, null, new List<string>(), reason, null, block);
    }
}
