namespace QuickpassPsa.Core.Psa
{
    /// <summary>Which contacts of one company to fetch.</summary>
    public sealed class ContactQuery
    {
        public string CompanyId { get; set; } = string.Empty;

        /// <summary>Only contacts with this email address (in any email slot).</summary>
        public string? Email { get; set; }

        public bool IncludeInactive { get; set; }
    }
}
