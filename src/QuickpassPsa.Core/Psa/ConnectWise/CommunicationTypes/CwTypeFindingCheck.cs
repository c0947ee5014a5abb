using System;
using System.Collections.Generic;
using System.Linq;

namespace QuickpassPsa.Core.Psa.ConnectWise.CommunicationTypes
{
    /// <summary>
    /// Whether a finding handed to Repair-CwCommunicationType is one Test-CwCommunicationType finds in the table now.
    /// A finding is flat data a user can keep for days (Export-Clixml) or edit (<c>$f[0].TargetId = 5</c>), and its fix
    /// names a type by id: applied to a table changed since, it renames whatever that id is now (round 65b: a saved
    /// "rename 'Mobile  Phone' (id 3) to 'Mobile'" renamed 'Pager', which an admin had made of id 3 meanwhile). So the
    /// repair tests the table again and applies a finding only when it equals one of that test's findings (with either
    /// preferred mobile name): same code, same types with the same descriptions, same fix.
    /// </summary>
    public static class CwTypeFindingCheck
    {
        /// <summary>The findings of <paramref name="table"/> with Mobile and with Cell as the preferred mobile name.</summary>
        public static IReadOnlyList<CwCommunicationTypeFinding> Current(IReadOnlyList<CwCommunicationType> table) =>
            CwCommunicationTypeRules.Test(table, CwTypeNames.Mobile).Concat(CwCommunicationTypeRules.Test(table, CwTypeNames.Cell)).ToList();

        /// <summary>The current finding equal to <paramref name="finding"/>, or null when it is not one of them (stale or edited).</summary>
        public static CwCommunicationTypeFinding? Match(CwCommunicationTypeFinding finding, IReadOnlyList<CwCommunicationTypeFinding> current)
        {
            if (finding == null) throw new ArgumentNullException(nameof(finding));
            if (current == null) throw new ArgumentNullException(nameof(current));
            return current.FirstOrDefault(c => Same(c, finding));
        }

        /// <summary>
        /// The problem <paramref name="finding"/> reports is no longer in <paramref name="table"/>, fixed some other way (round 67a: a
        /// saved "rename 'Mobile Phone' to 'Cell'" was refused after an admin had created Cell by hand, though Test found nothing):
        /// the types it names that are still there have the descriptions it names (a type renamed since is another problem, and
        /// refused), and Test-CwCommunicationType (either preferred name) finds no problem on them now, of any code; for a missing
        /// Email or Mobile type, no problem of that code at all either. Such a finding is skipped quietly, as one whose fix is in place.
        /// </summary>
        public static bool NoLongerFound(CwCommunicationTypeFinding finding, IReadOnlyList<CwCommunicationType> table, IReadOnlyList<CwCommunicationTypeFinding> current)
        {
            if (finding == null) throw new ArgumentNullException(nameof(finding));
            if (table == null) throw new ArgumentNullException(nameof(table));
            if (current == null) throw new ArgumentNullException(nameof(current));
            // As Test makes them: one description per id, and the type a fix changes among them.
            if (finding.Types.Count != finding.TypeIds.Count) return false;
            if (finding.TargetId is int target && finding.TypeIds.Count > 0 && !finding.TypeIds.Contains(target)) return false;
            for (var i = 0; i < finding.TypeIds.Count; i++)
            {
                var type = table.FirstOrDefault(t => t.Id == finding.TypeIds[i]);
                if (type != null && !string.Equals(CwTypeNames.Quote(type.Description), finding.Types[i], StringComparison.Ordinal)) return false;
            }
            var tableWide = finding.Code == CwTypeFindingCode.EmailTypeMissing || finding.Code == CwTypeFindingCode.MobileTypeMissing;
            if (tableWide && current.Any(c => c.Code == finding.Code)) return false;
            // Nor any other problem of its types (an 'Email' made a phone type since: EmailTypeMissing on it, not "already fixed").
            var ids = finding.TypeIds.Concat(finding.TargetId is int target2 ? new[] { target2 } : Array.Empty<int>()).ToList();
            return !current.Any(c => (c.Code == finding.Code && ids.Count == 0) ||
                                     c.TypeIds.Intersect(ids).Any() || (c.TargetId is int t && ids.Contains(t)));
        }

        /// <summary>Why <paramref name="finding"/> is not a finding of <paramref name="table"/>, in plain words (for the error).</summary>
        public static string WhyNotCurrent(CwCommunicationTypeFinding finding, IReadOnlyList<CwCommunicationType> table)
        {
            if (finding == null) throw new ArgumentNullException(nameof(finding));
            if (table == null) throw new ArgumentNullException(nameof(table));
            var what = "The " + finding.Code + " finding" + (finding.Types.Count > 0 ? " on " + string.Join(", ", finding.Types) : string.Empty) +
                " is not one Test-CwCommunicationType finds in the setup table now: ";
            var ids = finding.TypeIds.ToList();
            if (finding.TargetId is int target && !ids.Contains(target)) ids.Add(target);
            for (var i = 0; i < ids.Count; i++)
            {
                var type = table.FirstOrDefault(t => t.Id == ids[i]);
                if (type == null) return what + "the type with id " + ids[i] + " is no longer in the table. Nothing was changed for it.";
                if (i < finding.Types.Count && i < finding.TypeIds.Count && !string.Equals(CwTypeNames.Quote(type.Description), finding.Types[i], StringComparison.Ordinal))
                {
                    return what + "the type with id " + type.Id + " is now " + CwTypeNames.Quote(type.Description) + ", not " + finding.Types[i] +
                        " as when the table was tested, so the fix would change another type than the one it was made for. Nothing was changed for it.";
                }
            }
            return what + "the table has changed since it was tested (a flag, or another type), or the finding was edited (its fix is not the one Test-CwCommunicationType " +
                "proposes for these types). Nothing was changed for it.";
        }

        private static bool Same(CwCommunicationTypeFinding a, CwCommunicationTypeFinding b) =>
            a.Code == b.Code && a.Action == b.Action && a.TargetId == b.TargetId &&
            string.Equals(a.NewDescription ?? string.Empty, b.NewDescription ?? string.Empty, StringComparison.Ordinal) &&
            a.TypeIds.SequenceEqual(b.TypeIds) &&
            a.Types.SequenceEqual(b.Types, StringComparer.Ordinal) &&
            SameFlags(a.SetFlags, b.SetFlags) && SameFlags(a.ClearFlags, b.ClearFlags);

        private static bool SameFlags(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
            new HashSet<string>(a.Select(f => f.Trim()), StringComparer.OrdinalIgnoreCase).SetEquals(b.Select(f => f.Trim()));
    }
}
