using System;
using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Core.Psa.Writes.Creates
{
    /// <summary>
    /// The links New-PsaContact makes in one run (each account linked to the contact created, or found by address), so that the
    /// next Find-PsaContactMatch reports it Matched. They are saved together once the pipeline ends (<see cref="TakeAll"/>), or,
    /// when the pipeline stops before that (an error under -ErrorAction Stop, Ctrl+C), those of the contacts the run created
    /// (<see cref="CreatedNotSaved"/>) when the command is disposed. They count as stored ones while the run goes on: two
    /// accounts of one run found at one contact never both get it (round 62a, <see cref="FoundContact"/>).
    /// </summary>
    internal sealed class RunLinks
    {
        private readonly List<ContactMatchDecision> _links = new List<ContactMatchDecision>();
        private readonly List<ContactMatchDecision> _created = new List<ContactMatchDecision>();
        private readonly List<ContactMatchDecision> _planned = new List<ContactMatchDecision>();

        /// <summary>The links not saved (nor dropped) yet, and those of the contacts -WhatIf would create (<see cref="AddPlanned"/>).</summary>
        public IReadOnlyList<ContactMatchDecision> All => _planned.Count == 0 ? _links : _links.Concat(_planned).ToList();

        /// <summary>The links to save: never those of a contact only -WhatIf would create.</summary>
        public int Count => _links.Count;

        /// <summary>True when this decision is one of the run's links not saved yet, or a planned one (the very object, not an equal one).</summary>
        public bool Contains(ContactMatchDecision decision) => _links.Contains(decision) || _planned.Contains(decision);

        /// <summary>True when this decision links the contact -WhatIf would create for an earlier item of the run (<see cref="AddPlanned"/>).</summary>
        public bool IsPlanned(ContactMatchDecision decision) => _planned.Contains(decision);

        /// <summary>
        /// Under -WhatIf, the link the real run would make to the contact it would create for this row's account: never saved, but a later
        /// item of the run found at that contact's address is judged against it as the real run judges it against the created contact's
        /// link (round 75b: -WhatIf said "would create 4" where the real run created 3 and refused jsmith+son@ beside the new jsmith@).
        /// </summary>
        public ContactMatchDecision AddPlanned(ContactMatch linked)
        {
            if (linked?.Contact?.CompanyId == null) throw new ArgumentException("The row has no contact with a company.", nameof(linked));
            var decision = ContactMatchDecision.For(MatchDecisionKind.Confirmed, linked.Contact.CompanyId, linked.Account, linked.Contact.Id, linked.Contact.DisplayName);
            _planned.Add(decision);
            return decision;
        }

        /// <summary>
        /// Links the row's account to its contact (a confirmed decision in the row's contact's company). <paramref name="created"/>:
        /// the run made the contact (its create was allowed: never under -WhatIf), so the link must be kept even if the pipeline
        /// stops before the links are saved.
        /// </summary>
        public ContactMatchDecision Add(ContactMatch linked, bool created)
        {
            if (linked?.Contact?.CompanyId == null) throw new ArgumentException("The row has no contact with a company.", nameof(linked));
            var decision = ContactMatchDecision.For(MatchDecisionKind.Confirmed, linked.Contact.CompanyId, linked.Account, linked.Contact.Id, linked.Contact.DisplayName);
            _links.Add(decision);
            if (created) _created.Add(decision);
            return decision;
        }

        /// <summary>The links to save now; from here on they are the store's, not the run's.</summary>
        public IReadOnlyList<ContactMatchDecision> TakeAll()
        {
            var links = _links.ToList();
            _links.Clear();
            return links;
        }

        /// <summary>The links are not to be saved (a person declined): none is pending any more.</summary>
        public void Drop() => _links.Clear();

        /// <summary>
        /// The links of contacts this run created that were neither saved nor dropped: a contact merely found is found again next
        /// time, and after a normal end every link was saved (or, declined, dropped).
        /// </summary>
        public IReadOnlyList<ContactMatchDecision> CreatedNotSaved() => _created.Where(_links.Contains).ToList();

        /// <summary>Forgets every link (the command is disposed).</summary>
        public void Clear()
        {
            _links.Clear();
            _created.Clear();
            _planned.Clear();
        }
    }
}
