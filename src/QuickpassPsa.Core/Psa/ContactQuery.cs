namespace QuickpassPsa.Core.Psa
{
    /// <summary>Which contacts of one company to fetch.</summary>
    public sealed class ContactQuery
    {
        public string CompanyId { get; set; } = string.Empty;

        /// <summary>
        /// Only contacts with this email address (in any email slot), compared as the matcher compares addresses: in any
        /// case, and with the spaces a PSA record may hold around it (" ann@contoso.com ") aside. The PSA is asked for the
        /// contacts whose address contains it, and the exact ones are kept (<see cref="HoldsEmail"/>): an equality filter
        /// misses such a record, and New-PsaContact would then create the person's second contact.
        /// </summary>
        public string? Email { get; set; }

        public bool IncludeInactive { get; set; }

        /// <summary>
        /// Only contacts with an address (in any email slot) that contains this text, as the PSA's "contains" finds it; the
        /// caller keeps the ones it means (New-PsaContact asks for "ann+" to find ann+tickets@ for ann@).
        /// </summary>
        public string? EmailContains { get; set; }

        /// <summary>The contact has <paramref name="email"/> (trimmed) among its addresses, in any case.</summary>
        public static bool HoldsEmail(PsaContact contact, string email)
        {
            email = email.Trim();
            foreach (var held in contact.Emails)
            {
                if (string.Equals(held.Trim(), email, System.StringComparison.OrdinalIgnoreCase)) return true;
            }
            return false;
        }
    }
}
