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

        /// <summary>The server's record as plain data (see <see cref="RawRecord"/>).</summary>
        public Hashtable? Raw { get; set; }

        public override string ToString() => Description + " [" + Id + "]";

        internal static CwCommunicationType From(JObject record) => new CwCommunicationType
        {
            Id = (int)(CwJson.Long(record, "id") ?? 0),
            Description = CwJson.String(record, "description") ?? string.Empty,
            EmailFlag = CwJson.Bool(record, "emailFlag") ?? false,
            PhoneFlag = CwJson.Bool(record, "phoneFlag") ?? false,
            FaxFlag = CwJson.Bool(record, "faxFlag") ?? false,
            DefaultFlag = CwJson.Bool(record, "defaultFlag") ?? false,
            Raw = RawRecord.From(record),
        };
    }
}
