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
