using System.Collections.Generic;
using QuickpassPsa.Core.Accounts;

namespace QuickpassPsa.Core.Matching
{
    // The matcher's working result for one account, turned into a ContactMatch at the end.
    public sealed partial class ContactMatcher
    {
        /// <summary>The working state of one account's result.</summary>
        internal sealed class Outcome
        {
            public Outcome(Account account, int order)
            {
                Account = account;
                Order = order;
            }

            public Account Account { get; }

            /// <summary>The account's position in the input.</summary>
            public int Order { get; }
            public MatchStatus Status { get; private set; }
            public int Stars { get; private set; }
            public IndexedContact? Contact { get; private set; }
            public ValueList<MatchReason> Reasons { get; private set; } = ValueList<MatchReason>.Empty;

            /// <summary>Read-only once set: handed to the ContactMatch as it is, without a copy.</summary>
            public IReadOnlyList<MatchCandidate> Candidates { get; set; } = ValueList<MatchCandidate>.Empty;


            /// <summary>The strength of a suggestion, for settling competing claims on one contact.</summary>
            public int Score { get; set; }

            /// <summary>The reasons are copied into a shared list (<see cref="ReasonSets"/>): the caller may reuse its own.</summary>
            public void Set(MatchStatus status, int stars, IndexedContact? contact, IReadOnlyList<MatchReason> reasons)
            {
                Status = status;
                Stars = stars;
                Contact = contact;
                Reasons = reasons as ValueList<MatchReason> ?? ReasonSets.Of(reasons);
            }

            public void Downgrade(MatchStatus status, MatchReason why)
            {
                var reasons = ReasonSets.Of(Reasons, why);
                if (status == MatchStatus.Ambiguous) Set(status, 0, null, reasons);
                else Set(status, 1, Contact, reasons);
            }

            public ContactMatch ToMatch(MatchStrategy strategy)
            {
                // The weight shown is the linked or suggested contact's, else the best candidate's.
                MatchCandidate? source = Candidates.Count > 0 ? Candidates[0] : null;
                for (var i = 0; i < Candidates.Count; i++)
                {
                    var candidate = Candidates[i];
                    if (Contact == null || !ReferenceEquals(candidate.Contact, Contact.Contact)) continue;
                    source = candidate;
                    break;
                }
                return new ContactMatch(Account)
                {
                    Status = Status,
                    Stars = Stars,
                    Contact = Contact?.Contact,
                    Reasons = Reasons,
                    Candidates = Candidates,
                    Weight = source?.Weight ?? 0,
                    WeightSource = source,
                    Strategy = strategy,
                };
            }
        }
    }
}
