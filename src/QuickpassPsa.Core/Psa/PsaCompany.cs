using System.Collections;

namespace QuickpassPsa.Core.Psa
{
    /// <summary>A PSA company (customer) in PSA-neutral form.</summary>
    public sealed class PsaCompany
    {
        public string Id { get; set; } = string.Empty;
        public string Name { get; set; } = string.Empty;

        /// <summary>ConnectWise's identifier, Autotask's companyNumber.</summary>
        public string? Identifier { get; set; }

        public bool Active { get; set; } = true;
        public string Psa { get; set; } = string.Empty;

        /// <summary>
        /// The PSA's own record, for power users, as plain data (see <see cref="RawRecord"/>): the PSA's field
        /// names as keys. Not a .NET property, so that Format-List *, Export-Csv and ConvertTo-Json leave the several
        /// kilobytes out: PowerShell reads it as the hidden property Raw (QuickpassPsa.Types.ps1xml), so $x.Raw and
        /// Select-Object Raw still work.
        /// </summary>
        internal Hashtable? Raw { get; set; }

        /// <summary>The PSA's own record (<see cref="Raw"/>): what the hidden PowerShell property Raw reads.</summary>
        public Hashtable? GetRaw() => Raw;

        /// <summary>
        /// True for a company known only by the name a user typed where a company object was expected
        /// (`-Company 'Contoso'`): the cmdlet still has to find it in the PSA.
        /// </summary>
        internal bool NameOnly { get; set; }

        public override string ToString() => Accounts.AccountText.Shown(Name + " [" + Id + "]");
    }
}
