using System.Collections.Generic;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>A contact that could be the account's, with how strong the evidence is (0..100) and what it is.</summary>
    public sealed class MatchCandidate
    {
        public MatchCandidate(PsaContact contact, int score, IReadOnlyList<MatchReason> reasons)
            : this(contact, score, reasons, 0, null)
        {
        }

        public MatchCandidate(PsaContact contact, int score, IReadOnlyList<MatchReason> reasons, double weight, IReadOnlyList<MatchWeightPart>? weightParts)
        {
            Contact = contact;
            Score = score;
            Reasons = ValueList<MatchReason>.From(reasons);
            Weight = weight;
            _weightParts = ValueList<MatchWeightPart>.From(weightParts);
        }

        /// <summary>The matcher's own: the parts are built from the comparison levels when first read.</summary>
        internal MatchCandidate(PsaContact contact, int score, ValueList<MatchReason> reasons, ComparisonVector vector)
        {
            Contact = contact;
            Score = score;
            Reasons = reasons;
            Weight = MatchWeights.Round(MatchWeights.Total(vector));
            _vector = vector;
        }

        private readonly ComparisonVector? _vector;

        /// <summary>The comparison levels, when the matcher made this candidate.</summary>
        internal ComparisonVector? Vector => _vector;

        /// <summary>The matcher's index entry for <see cref="Contact"/> (null for candidates made elsewhere).</summary>
        internal IndexedContact? Indexed { get; set; }
        private ValueList<MatchWeightPart>? _weightParts;

        public PsaContact Contact { get; }

        /// <summary>The contact's id, on the candidate itself so that it survives Export-Clixml's depth and reads in a list view.</summary>
        public string ContactId => Contact.Id;
        public int Score { get; }
        /// <summary>The evidence (as text: joined by "; ").</summary>
        public IReadOnlyList<MatchReason> Reasons { get; }

        /// <summary>
        /// The match weight: the sum of <see cref="WeightParts"/>, each a log2 likelihood ratio
        /// (Fellegi-Sunter). Candidates are ordered by it. It ranks and explains; it does not link by itself.
        /// </summary>
        public double Weight { get; }

        /// <summary>Each comparison's level and share of the weight (as text: "Email=NearMiss +9.1; FirstName=Nickname +4.2; ...").</summary>
        // Looked up on first read, one shared list per combination of levels (MatchWeights.SharedParts).
        public IReadOnlyList<MatchWeightPart> WeightParts =>
            _weightParts ??= _vector.HasValue ? MatchWeights.SharedParts(_vector.Value) : ValueList<MatchWeightPart>.Empty;

        public override string ToString() => Contact.Id + " (" + Score + ": " + string.Join(", ", Reasons) + ")";
    }
}
