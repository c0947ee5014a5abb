using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using QuickpassPsa.Cmdlets.Matching;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Matching.Companies;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Companies
{
    /// <summary>
    /// A CompanyMatch read back with Import-Clixml ("Deserialized.QuickpassPsa.Core.Matching.Companies.CompanyMatch")
    /// is rebuilt, so yesterday's review of customers can be saved today: its company through
    /// <see cref="DeserializedCompany"/>, its candidates from the CompanyId and CompanyName they carry themselves
    /// (Export-Clixml's default depth flattens a candidate's company to text), status and reasons from their names.
    /// </summary>
    internal static class DeserializedCompanyMatch
    {
        public static bool Is(PSObject? input) => PipelineArgument.IsDeserialized(input, typeof(CompanyMatch));

        public static CompanyMatch Rebuild(PSObject input)
        {
            var customer = PipelineArgument.Text(input, nameof(CompanyMatch.Customer))?.Trim();
            if (string.IsNullOrEmpty(customer))
            {
                throw new ArgumentException("The saved company match has no Customer it can be rebuilt from (it was edited, or is not a Find-PsaCompanyMatch row).");
            }
            var match = new CompanyMatch(customer!)
            {
                Status = PipelineArgument.EnumOf(PipelineArgument.Value(input, nameof(CompanyMatch.Status)), MatchStatus.Unmatched),
                Stars = PipelineArgument.Value(input, nameof(CompanyMatch.Stars)) is int stars ? stars : 0,
                Reasons = PipelineArgument.EnumList(CompanyMatchReason.None, PipelineArgument.Value(input, nameof(CompanyMatch.Reasons))),
                Company = Company(PipelineArgument.Value(input, nameof(CompanyMatch.Company)),
                    PipelineArgument.Text(input, nameof(CompanyMatch.CompanyId)), PipelineArgument.Text(input, nameof(CompanyMatch.CompanyName))),
                AccountCount = PipelineArgument.Value(input, nameof(CompanyMatch.AccountCount)) is int count ? count : (int?)null,
            };
            var candidates = new List<CompanyCandidate>();
            foreach (var item in PipelineArgument.Items(PipelineArgument.Value(input, nameof(CompanyMatch.Candidates))))
            {
                if (!(item is PSObject bag)) continue;
                var company = Company(PipelineArgument.Value(bag, nameof(CompanyCandidate.Company)),
                    PipelineArgument.Text(bag, nameof(CompanyCandidate.CompanyId)), PipelineArgument.Text(bag, nameof(CompanyCandidate.CompanyName)));
                if (company == null) continue;
                var score = PipelineArgument.Value(bag, nameof(CompanyCandidate.Score)) is int s ? s : 0;
                candidates.Add(new CompanyCandidate(company, score, PipelineArgument.EnumOf(PipelineArgument.Value(bag, nameof(CompanyCandidate.Reason)), CompanyMatchReason.None)));
            }
            match.Candidates = candidates;
            return match;
        }

        /// <summary>The company bag rebuilt; one flattened to its text keeps the id and name its holder carries.</summary>
        private static PsaCompany? Company(object? value, string? id, string? name)
        {
            if (value is PSObject bag && DeserializedCompany.Is(bag)) return DeserializedCompany.Rebuild(bag);
            return string.IsNullOrWhiteSpace(id) ? null : new PsaCompany { Id = id!.Trim(), Name = name ?? string.Empty, Psa = "File" };
        }



    }

    /// <summary>Lets a CompanyMatch read back with Import-Clixml bind to a CompanyMatch parameter.</summary>
    internal sealed class CompanyMatchArgumentAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData) =>
            PipelineArgument.Map(inputData, DeserializedCompanyMatch.Is, DeserializedCompanyMatch.Rebuild);
    }
}
