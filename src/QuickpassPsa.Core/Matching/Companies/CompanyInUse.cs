using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Core.Matching.Companies
{
    /// <summary>
    /// Whether a PSA company is one to work in: active, and not named as a record kept but not used ("Delta Corp (old -
    /// DO NOT USE)", "zz Delta Corp"), the marks <see cref="LeaverMarks"/> reads on contacts. A stored customer link may
    /// point to a company that was deactivated or renamed so since it was made.
    /// </summary>
    public static class CompanyInUse
    {
        /// <summary>Why the company is not in use ("inactive in the PSA", "named ... "), or null when it is.</summary>
        public static string? WhyNot(PsaCompany company)
        {
            if (company == null) return null;
            if (!company.Active) return "inactive in the PSA";
            return LeaverMarks.Marked(company.Name) ? "named as a record not to use ('" + company.Name?.Trim() + "')" : null;
        }
    }
}
