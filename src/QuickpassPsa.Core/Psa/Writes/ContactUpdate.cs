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

        public bool IsEmpty => Email == null && MobilePhone == null;
    }
}
