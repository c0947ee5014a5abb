using System.Collections.Generic;
using System.Linq;

namespace QuickpassPsa.Core.Matching.Customers
{
    /// <summary>
    /// One customer's outcome in a multi-customer run (Find-PsaContactMatch without a company): which company its
    /// accounts were matched in, how many there were per status, how many contacts New-PsaContact would create,
    /// and what went wrong. One line per customer for an RMM log and the report.
    /// </summary>
    public sealed class CustomerMatchSummary
    {
        public CustomerMatchSummary(string customer, int accounts)
        {
            Customer = customer;
            Accounts = accounts;
        }

        /// <summary>The Quickpass customer name (the accounts' Customer).</summary>
        public string Customer { get; }

        /// <summary>
        /// Done (matched), NotLinked (no stored customer-company link), CompanyMissing (the linked company is gone), CompanyChanged (the
        /// linked company id names another company now) or Failed (reading its contacts failed).
        /// </summary>
        public string State { get; internal set; } = CustomerRunState.Done;

        public string? CompanyId { get; internal set; }
        public string? CompanyName { get; internal set; }

        public int Accounts { get; }

        /// <summary>The company's contacts read (active ones, inactive too with -IncludeInactive).</summary>
        public int Contacts { get; internal set; }

        public int Matched { get; internal set; }
        public int Suggested { get; internal set; }
        public int Review { get; internal set; }
        public int Ambiguous { get; internal set; }
        public int Unmatched { get; internal set; }

        /// <summary>
        /// The Unmatched accounts New-PsaContact would create a contact for (<see cref="Reporting.Creatability"/>): enabled, with
        /// an email address, (Autotask) a name that splits into a first and a last name, and values that fit the PSA's fields.
        /// </summary>
        public int ToCreate { get; internal set; }

        /// <summary>Errors about this customer (0 or 1: a customer fails as a whole).</summary>
        public int Errors => Error == null ? 0 : 1;

        /// <summary>What went wrong, in words; null when nothing did.</summary>
        public string? Error { get; internal set; }

        /// <summary>
        /// Counts the statuses of the customer's matches; <paramref name="lastNameRequired"/> when the PSA needs a last name on a new
        /// contact (Autotask); <paramref name="limits"/> the lengths its fields hold, when known. Internal, and not named Count: a
        /// public method Count hides PowerShell's own .Count of a single object, so <c>($summary | Where-Object State -ne Done).Count</c>
        /// returned the method instead of 1 (round 60b).
        /// </summary>
        internal void Tally(IEnumerable<ContactMatch> matches, bool lastNameRequired, Psa.Writes.ContactFieldLimits? limits = null)
        {
            foreach (var match in matches)
            {
                switch (match.Status)
                {
                    case MatchStatus.Matched: Matched++; break;
                    case MatchStatus.Suggested: Suggested++; break;
                    case MatchStatus.Review: Review++; break;
                    case MatchStatus.Ambiguous: Ambiguous++; break;
                    default:
                        Unmatched++;
                        // What New-PsaContact would create, by the rule the report's "Can be created" column shows.
                        if (Reporting.Creatability.Of(match.Account, lastNameRequired, limits: limits).CanCreate) ToCreate++;
                        break;
                }
            }
        }

        public override string ToString() =>
            Customer + ": " + State + (CompanyName == null ? string.Empty : " in " + CompanyName + " [" + CompanyId + "]") + ", " + Counted.Of(Accounts, "account") +
            (State == CustomerRunState.Done && Matched + Suggested + Review + Ambiguous + Unmatched > 0 ? " (" + string.Join(", ", new[] { ("Matched", Matched), ("Suggested", Suggested), ("Review", Review), ("Ambiguous", Ambiguous), ("Unmatched", Unmatched) }.Where(p => p.Item2 > 0).Select(p => p.Item2 + " " + p.Item1)) + ")" : string.Empty) +
            (Error == null ? string.Empty : ": " + Error);
    }

    /// <summary>The values of <see cref="CustomerMatchSummary.State"/> (text: they reach scripts and CSV files as they are).</summary>
    public static class CustomerRunState
    {
        public const string Done = "Done";
        public const string NotLinked = "NotLinked";
        public const string CompanyMissing = "CompanyMissing";
        public const string CompanyChanged = "CompanyChanged";
        public const string Failed = "Failed";
    }
}
