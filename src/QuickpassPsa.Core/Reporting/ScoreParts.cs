using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Core.Reporting
{
    /// <summary>
    /// A candidate's score explained: the strongest evidence gives the base, each further kind adds a little, an
    /// inactive contact costs points (the rules of the matcher's Evidence). Shown next to the score so a reviewer sees
    /// why 83 is 83.
    /// </summary>
    internal static class ScoreParts
    {
        public static string Explain(MatchCandidate candidate)
        {
            var parts = new List<string>();
            var weighted = candidate.Reasons.Where(r => Weight(r) > 0).ToList();
            foreach (var reason in candidate.Reasons)
            {
                var weight = Weight(reason);
                if (weight > 0) parts.Add(reason + " " + weight);
                else if (reason == MatchReason.InactiveContact) parts.Add("InactiveContact -" + Evidence.InactivePenalty);
                else parts.Add(reason.ToString());
            }
            var more = weighted.Count - 1;
            if (more > 0) parts.Add("+" + (Evidence.ExtraReasonBonus * more) + " for " + more + (more == 1 ? " more kind" : " more kinds") + " of evidence");
            return string.Join(", ", parts);
        }

        private static int Weight(MatchReason reason) => reason switch
        {
            MatchReason.EmailPrimary => Evidence.EmailPrimaryScore,
            MatchReason.EmailAlias => Evidence.EmailAliasScore,
            MatchReason.NameExact => Evidence.NameExactScore,
            MatchReason.Nickname => Evidence.NicknameScore,
            MatchReason.SwappedName => Evidence.SwappedNameScore,
            MatchReason.Initial => Evidence.InitialScore,
            MatchReason.Typo => Evidence.TypoScore,
            MatchReason.AliasDomain => Evidence.AliasDomainScore,
            MatchReason.EmailNearMiss => Evidence.EmailNearMissScore,
            MatchReason.MobilePhone => Evidence.MobilePhoneScore,
            MatchReason.PartialName => Evidence.PartialNameScore,
            MatchReason.SurnamePart => Evidence.SurnamePartScore,
            MatchReason.OtherGivenName => Evidence.OtherGivenNameScore,
            MatchReason.OtherScript => Evidence.OtherScriptScore,
            MatchReason.MailboxName => Evidence.MailboxNameScore,
            MatchReason.FormerSurname => Evidence.FormerSurnameScore,
            _ => 0,
        };
    }
}
