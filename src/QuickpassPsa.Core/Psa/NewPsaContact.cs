namespace QuickpassPsa.Core.Psa
{
    /// <summary>What a client needs to create a contact.</summary>
    public sealed class NewPsaContact
    {
        public string CompanyId { get; set; } = string.Empty;
        public string FirstName { get; set; } = string.Empty;
        public string LastName { get; set; } = string.Empty;
        public string? Email { get; set; }
        public string? MobilePhone { get; set; }

        /// <summary>ConnectWise only: the setup-table type of the email item; null lets the client pick (CwCommunicationTypePicker).</summary>
        public int? EmailTypeId { get; set; }

        /// <summary>ConnectWise only: the setup-table type of the mobile item; null lets the client pick.</summary>
        public int? MobileTypeId { get; set; }
    }
}
