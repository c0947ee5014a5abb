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
        /// names as keys. Left out of the default views.
        /// </summary>
        public Hashtable? Raw { get; set; }

        /// <summary>
        /// True for a company known only by the name a user typed where a company object was expected
        /// (`-Company 'Contoso'`): the cmdlet still has to find it in the PSA.
        /// </summary>
        internal bool NameOnly { get; set; }

        public override string ToString() => Name + " [" + Id + "]";
    }
}
