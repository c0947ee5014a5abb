using System.Collections;
using Newtonsoft.Json.Linq;

namespace QuickpassPsa.Core.Psa.ConnectWise
{
    /// <summary>A row of ConnectWise's communication types setup table (psa-api.md A3).</summary>
    public sealed class CwCommunicationType
    {
        public int Id { get; set; }
        public string Description { get; set; } = string.Empty;
        public bool EmailFlag { get; set; }
        public bool PhoneFlag { get; set; }
        public bool FaxFlag { get; set; }
        public bool DefaultFlag { get; set; }

        /// <summary>The contact-sync cross-references (Exchange, iPhone, Android, Google field names); null when unset.</summary>
        public string? ExchangeXref { get; set; }
        public string? IphoneXref { get; set; }
        public string? AndroidXref { get; set; }
        public string? GoogleXref { get; set; }

        /// <summary>How many records use the type (GET .../{id}/usages); null unless asked for (Get-CwCommunicationType -IncludeUsage).</summary>
        public int? UsageCount { get; set; }

        /// <summary>
        /// The server's record as plain data (see <see cref="RawRecord"/>). Not a .NET property, so that Format-List *,
        /// Export-Csv and ConvertTo-Json leave it out: PowerShell reads it as the hidden property Raw (QuickpassPsa.Types.ps1xml).
        /// </summary>
        internal Hashtable? Raw { get; set; }

        /// <summary>The server's record (<see cref="Raw"/>): what the hidden PowerShell property Raw reads.</summary>
        public Hashtable? GetRaw() => Raw;

        /// <summary>A copy with the same fields (the repair keeps the table it reasons about apart from what it emits).</summary>
        internal CwCommunicationType Copy() => (CwCommunicationType)MemberwiseClone();

        public override string ToString() => Description + " [" + Id + "]";

        internal static CwCommunicationType From(JObject record) => new CwCommunicationType
        {
            Id = (int)(CwJson.Long(record, "id") ?? 0),
            Description = CwJson.String(record, "description") ?? string.Empty,
            EmailFlag = CwJson.Bool(record, "emailFlag") ?? false,
            PhoneFlag = CwJson.Bool(record, "phoneFlag") ?? false,
            FaxFlag = CwJson.Bool(record, "faxFlag") ?? false,
            DefaultFlag = CwJson.Bool(record, "defaultFlag") ?? false,
            ExchangeXref = CwJson.String(record, "exchangeXref"),
            IphoneXref = CwJson.String(record, "iphoneXref"),
            AndroidXref = CwJson.String(record, "androidXref"),
            GoogleXref = CwJson.String(record, "googleXref"),
            Raw = RawRecord.From(record),
        };
    }
}
