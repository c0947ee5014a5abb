namespace QuickpassPsa.Core.Psa.Writes
{
    /// <summary>
    /// The PSA-neutral change to one contact: a non-null value replaces the contact's email (the primary slot, or
    /// <see cref="ReplacesEmail"/>'s) or its mobile number; null leaves that field alone (there is no way to blank a field through it, on purpose).
    /// </summary>
    public sealed class ContactUpdate
    {
        public string? Email { get; set; }
        public string? MobilePhone { get; set; }

        /// <summary>
        /// The contact's address that <see cref="Email"/> takes the place of, in whatever slot or item it sits
        /// (<see cref="ReplacedEmail"/>); null replaces the primary slot.
        /// </summary>
        public string? ReplacesEmail { get; set; }

        /// <summary>
        /// <see cref="Email"/> is added beside the contact's addresses, which are all personal ones (<see cref="ReplacedEmail.AddsBeside"/>):
        /// a new item on ConnectWise (not the default), the first empty slot on Autotask.
        /// </summary>
        public bool AddsEmail { get; set; }

        public bool IsEmpty => Email == null && MobilePhone == null;
    }
}
