namespace QuickpassPsa.Core.Psa.Writes
{
    /// <summary>
    /// The PSA-neutral change to one contact: a non-null value replaces the contact's primary email or its
    /// mobile number; null leaves that field alone (there is no way to blank a field through it, on purpose).
    /// </summary>
    public sealed class ContactUpdate
    {
        public string? Email { get; set; }
        public string? MobilePhone { get; set; }

        public bool IsEmpty => Email == null && MobilePhone == null;
    }
}
