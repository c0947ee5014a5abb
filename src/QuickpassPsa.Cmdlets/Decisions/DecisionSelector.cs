using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Cmdlets.Decisions
{
    /// <summary>
    /// What Remove-PsaContactMatch is asked to remove: an account's identities (any of UPN, email, id), and optionally
    /// exactly one decision (kind, company, contact) when a decision object was piped. Read from live objects and from
    /// deserialized ones (Import-Clixml, Import-Csv) alike, by property name.
    /// </summary>
    internal sealed class DecisionSelector
    {
        private DecisionSelector(IReadOnlyList<string> identities, string? kind, string? companyId, string? contactId)
        {
            Identities = identities;
            Kind = kind;
            CompanyId = companyId;
            ContactId = contactId;
        }

        public IReadOnlyList<string> Identities { get; }

        /// <summary>"Confirmed" or "Excluded" when the input was a decision; null otherwise.</summary>
        public string? Kind { get; }

        public string? CompanyId { get; }
        public string? ContactId { get; }

        public static DecisionSelector ForText(string account) => new DecisionSelector(new[] { account.Trim() }, null, null, null);

        /// <summary>The selector for a piped object, or null when it carries no account identity.</summary>
        public static DecisionSelector? From(object? input)
        {
            var value = input is PSObject wrapped ? wrapped.BaseObject : input;
            switch (value)
            {
                case null:
                    return null;
                case ContactMatchDecision d:
                    return Make(new[] { d.UserPrincipalName, d.Email, d.AccountId }, d.Kind, d.CompanyId, d.ContactId);
                case Account a:
                    return Make(new[] { a.UserPrincipalName, a.Email, a.Id }, null, null, null);
                case ContactMatch m:
                    return Make(new[] { m.Account.UserPrincipalName, m.Account.Email, m.Account.Id }, null, null, null);
                case string text:
                    return string.IsNullOrWhiteSpace(text) ? null : ForText(text);
            }

            // A deserialized decision, account or row: read its properties by name.
            var ps = input as PSObject ?? PSObject.AsPSObject(value);
            if (Property(ps, "Account") is PSObject nested) return From(nested);
            var identities = new[] { Text(ps, "UserPrincipalName"), Text(ps, "Email"), Text(ps, "AccountId") ?? Text(ps, "Id") };
            var kind = KindName(Text(ps, "Kind"));
            var isDecision = kind != null && Text(ps, "ContactId") != null && Text(ps, "CompanyId") != null;
            return isDecision ? Make(identities, kind, Text(ps, "CompanyId"), Text(ps, "ContactId")) : Make(identities, null, null, null);
        }

        /// <summary>"Confirmed"/"Excluded" as written, or their numbers (a Kind that lost its name on the way).</summary>
        private static string? KindName(string? kind) =>
            int.TryParse(kind, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var number) && Enum.IsDefined(typeof(MatchDecisionKind), number)
                ? ((MatchDecisionKind)number).ToString()
                : kind;

        private static DecisionSelector? Make(IEnumerable<string?> values, string? kind, string? companyId, string? contactId)
        {
            var identities = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            return identities.Count == 0 ? null : new DecisionSelector(identities, kind, companyId, contactId);
        }

        private static object? Property(PSObject ps, string name)
        {
            var value = ps.Properties[name]?.Value;
            return value is PSObject p && p.BaseObject is string s ? s : value;
        }

        private static string? Text(PSObject ps, string name)
        {
            var value = Property(ps, name);
            if (value == null) return null;
            // A deserialized enum is its number with the name as its text (Clixml keeps ToString): take the text.
            var text = value.ToString();
            return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        }

        /// <summary>
        /// True when the stored decision is one this selector and the command's filters select. Without a decision
        /// piped, links are selected, or exclusions with -Exclude: never both, so that unlinking an account does not
        /// also forget that it must never be matched to some other contact.
        /// </summary>
        public bool Selects(ContactMatchDecision stored, string? companyId, string? contactId, bool exclusions)
        {
            if (Kind != null)
            {
                if (!string.Equals(stored.Kind, Kind, StringComparison.OrdinalIgnoreCase)) return false;
                if (!Same(stored.CompanyId, CompanyId) || !Same(stored.ContactId, ContactId)) return false;
            }
            else if (stored.DecisionKind != (exclusions ? MatchDecisionKind.Excluded : MatchDecisionKind.Confirmed))
            {
                return false;
            }
            if (Kind != null && exclusions && stored.DecisionKind != MatchDecisionKind.Excluded) return false;
            if (companyId != null && !Same(stored.CompanyId, companyId)) return false;
            if (contactId != null && !Same(stored.ContactId, contactId)) return false;
            return Identities.Any(i => AccountIdentity.Has(stored, i));
        }

        private static bool Same(string? a, string? b) => string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);

        public override string ToString() =>
            (Kind == null ? string.Empty : Kind + " ") + string.Join(" / ", Identities) + (ContactId == null ? string.Empty : " -> [" + ContactId + "]") + (CompanyId == null ? string.Empty : " in company " + CompanyId);
    }
}
