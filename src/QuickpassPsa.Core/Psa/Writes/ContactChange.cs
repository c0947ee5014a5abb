namespace QuickpassPsa.Core.Psa.Writes
{
    /// <summary>
    /// One field of one contact that Update-PsaContact changed (or would change under -WhatIf, or did not
    /// because the change was declined): plain strings and a flag, so it survives ConvertTo-Json, Export-Csv and
    /// Export-Clixml as it is.
    /// </summary>
    public sealed class ContactChange
    {
        /// <summary>"ConnectWise" or "Autotask".</summary>
        public string Psa { get; set; } = string.Empty;

        public string ContactId { get; set; } = string.Empty;
        public string? ContactName { get; set; }

        /// <summary>The account whose value was pushed (its id), and how it reads (name and address).</summary>
        public string? AccountId { get; set; }

        public string? Account { get; set; }

        /// <summary>"Email" or "MobilePhone" (see <see cref="ContactField"/>).</summary>
        public string Field { get; set; } = string.Empty;

        /// <summary>The contact's value before; null when it had none.</summary>
        public string? Before { get; set; }

        public string? After { get; set; }

        /// <summary>
        /// ConnectWise: the communication type (its description) of the item the change writes into; null for a new item, and on Autotask.
        /// </summary>
        public string? TypeBefore { get; set; }

        /// <summary>
        /// ConnectWise: the communication type the value is under after the change: the item's own, a new item's, or, for an item under a
        /// type with the flags of two kinds (MixedFlags), the clean type it moves to with the new value. Null on Autotask.
        /// </summary>
        public string? TypeAfter { get; set; }

        /// <summary>True once the PSA stored the change; false under -WhatIf or when the change was declined.</summary>
        public bool Applied { get; set; }

        public override string ToString() => ContactName + " [" + ContactId + "] " + Field + ": '" + Before + "' -> '" + After + "'" + (Applied ? string.Empty : " (not applied)");
    }

    /// <summary>The field names a <see cref="ContactChange"/> carries.</summary>
    public static class ContactField
    {
        public const string Email = "Email";
        public const string MobilePhone = "MobilePhone";
    }
}
