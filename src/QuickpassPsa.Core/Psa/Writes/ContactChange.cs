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
