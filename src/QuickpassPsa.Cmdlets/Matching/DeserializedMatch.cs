using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using QuickpassPsa.Cmdlets.Accounts;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Matching
{
    /// <summary>
    /// A ContactMatch read back with Import-Clixml ("Deserialized.QuickpassPsa.Core.Matching.ContactMatch") is
    /// rebuilt, so the review of yesterday's run can be saved, created or synced today: its account and contact
    /// through <see cref="DeserializedAccount"/> and <see cref="DeserializedContact"/>, its status and reasons
    /// from their names (Types.ps1xml serialises our enums as names; an older file's numbers are read too).
    /// </summary>
    internal static class DeserializedMatch
    {
        public static bool Is(PSObject? input) => PipelineArgument.IsDeserialized(input, typeof(ContactMatch)) || IsSelected(input);

        /// <summary>
        /// A row passed through Select-Object with properties (Select-Object Status, Account, Contact or Select-Object *): a
        /// new object typed "Selected.QuickpassPsa.Core.Matching.ContactMatch" that keeps the properties chosen (round 42: it
        /// met PowerShell's bare "cannot be bound" error).
        /// </summary>
        private static bool IsSelected(PSObject? input) =>
            input != null && input.BaseObject is PSCustomObject && input.TypeNames.Count > 0 &&
            (string.Equals(input.TypeNames[0], "Selected." + typeof(ContactMatch).FullName, StringComparison.Ordinal) ||
             string.Equals(input.TypeNames[0], "Selected.Deserialized." + typeof(ContactMatch).FullName, StringComparison.Ordinal));

        /// <summary>A saved row of either kind: read back with Import-Clixml (or passed through Select-Object), or a CSV copy (<see cref="CsvMatchRow"/>).</summary>
        public static bool IsSaved(PSObject? input) => Is(input) || CsvMatchRow.Is(input);

        /// <summary>The saved row rebuilt; a CSV copy is marked as one (<see cref="CsvMatchRow.IsCopy"/>).</summary>
        public static ContactMatch RebuildSaved(PSObject input) => Is(input) ? Rebuild(input) : CsvMatchRow.Rebuild(input);

        public static ContactMatch Rebuild(PSObject input)
        {
            var value = input.Properties[nameof(ContactMatch.Account)]?.Value;
            var live = (value as PSObject)?.BaseObject as Account ?? value as Account;
            var accountBag = value as PSObject;
            if (live == null && (accountBag == null || !DeserializedAccount.Is(accountBag)))
            {
                throw new ArgumentException(IsSelected(input)
                    ? "The row was passed through Select-Object without its Account property, so it cannot be used: pipe the rows of Find-PsaContactMatch as they are (filter with Where-Object, not Select-Object)."
                    : "The saved match has no account it can be rebuilt from (it was saved with too small a depth, or edited).");
            }
            var match = new ContactMatch(live ?? DeserializedAccount.Rebuild(accountBag!))
            {
                Status = PipelineArgument.EnumOf(input.Properties[nameof(ContactMatch.Status)]?.Value, MatchStatus.Unmatched),
                Stars = input.Properties[nameof(ContactMatch.Stars)]?.Value is int stars ? stars : 0,
                Reasons = PipelineArgument.EnumList(MatchReason.None, input.Properties[nameof(ContactMatch.Reasons)]?.Value),
                Contact = Contact(input.Properties[nameof(ContactMatch.Contact)]?.Value, null),
                Strategy = PipelineArgument.EnumOf(input.Properties[nameof(ContactMatch.Strategy)]?.Value, MatchStrategy.Default),
                ComputedAt = Time(input.Properties[nameof(ContactMatch.ComputedAt)]?.Value), // none in a row saved by an older version
                CompanyId = Text(input, nameof(ContactMatch.CompanyId)),
                CompanyName = Text(input, nameof(ContactMatch.CompanyName)),
                Psa = Text(input, nameof(ContactMatch.Psa)),
            };
            var candidates = new List<MatchCandidate>();
            foreach (var item in PipelineArgument.Items(input.Properties[nameof(ContactMatch.Candidates)]?.Value))
            {
                if (((item as PSObject)?.BaseObject ?? item) is MatchCandidate liveCandidate)
                {
                    candidates.Add(liveCandidate); // a row from Select-Object keeps its live candidates
                    continue;
                }
                if (!(item is PSObject bag)) continue;
                var id = bag.Properties[nameof(MatchCandidate.ContactId)]?.Value?.ToString();
                var contact = Contact(bag.Properties[nameof(MatchCandidate.Contact)]?.Value, id);
                if (contact == null) continue;
                var score = bag.Properties[nameof(MatchCandidate.Score)]?.Value is int s ? s : 0;
                candidates.Add(new MatchCandidate(contact, score, PipelineArgument.EnumList(MatchReason.None, bag.Properties[nameof(MatchCandidate.Reasons)]?.Value)));
            }
            match.Candidates = candidates;
            return match;
        }

        /// <summary>A time kept as a DateTime (Import-Clixml) or as text (a CSV copy, a JSON file); null when there is none or it is no time.</summary>
        internal static DateTime? Time(object? value)
        {
            if (value is PSObject wrapped) value = wrapped.BaseObject;
            switch (value)
            {
                case DateTime time:
                    return time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : DateTime.SpecifyKind(time, DateTimeKind.Utc);
                case DateTimeOffset offset:
                    return offset.UtcDateTime;
                case string text when !string.IsNullOrWhiteSpace(text):
                    // Export-Csv writes the time in the session's culture, without its zone: it was UTC.
                    const System.Globalization.DateTimeStyles utc = System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal;
                    if (DateTime.TryParse(text, System.Globalization.CultureInfo.CurrentCulture, utc, out var parsed) ||
                        DateTime.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, utc, out parsed))
                    {
                        return DateTime.SpecifyKind(parsed, DateTimeKind.Utc);
                    }
                    return null;
                default:
                    return null;
            }
        }

        private static string? Text(PSObject input, string name)
        {
            var text = input.Properties[name]?.Value?.ToString();
            return string.IsNullOrWhiteSpace(text) ? null : text!.Trim();
        }

        /// <summary>The contact bag rebuilt (a live one, from Select-Object, as it is); a contact flattened to its text keeps at least its id.</summary>
        private static PsaContact? Contact(object? value, string? id)
        {
            if (((value as PSObject)?.BaseObject ?? value) is PsaContact live) return live;
            if (value is PSObject bag && DeserializedContact.Is(bag)) return DeserializedContact.Rebuild(bag);
            return string.IsNullOrEmpty(id) ? null : new PsaContact { Id = id! };
        }
    }

    /// <summary>Lets a ContactMatch read back with Import-Clixml, or a CSV copy of one (Import-Csv), bind to a ContactMatch parameter.</summary>
    internal sealed class MatchArgumentAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData) =>
            PipelineArgument.Map(inputData, DeserializedMatch.IsSaved, DeserializedMatch.RebuildSaved);
    }

    /// <summary>
    /// <see cref="MatchArgumentAttribute"/> for a command whose only input is a row (Update-PsaContact), refusing an
    /// account: PowerShell would otherwise turn it into an Unmatched row through ContactMatch's constructor, which the
    /// command passes over without a word (round 41: Get-QpAccount | Update-PsaContact did nothing, silently).
    /// </summary>
    internal sealed class RowArgumentAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            if (value is Account || (inputData is PSObject bag && Accounts.DeserializedAccount.Is(bag)))
            {
                throw new ArgumentTransformationMetadataException(
                    "This is an account, not a row of Find-PsaContactMatch. Match the accounts first and pipe the rows: " +
                    "Get-QpAccount ... | Find-PsaContactMatch ... | Update-PsaContact.");
            }
            return PipelineArgument.Map(inputData, DeserializedMatch.IsSaved, DeserializedMatch.RebuildSaved);
        }
    }
}
