using System;
using System.Collections;

namespace QuickpassPsa.Core.Psa
{
    /// <summary>
    /// The Hashtable of a PSA record's own fields (see <see cref="RawRecord"/>). Its text is the record as
    /// compact JSON, so Export-Csv and string conversion write the fields, not "System.Collections.Hashtable";
    /// ConvertTo-Json and Export-Clixml see an ordinary dictionary.
    /// </summary>
    public sealed class RawFields : Hashtable
    {
        internal RawFields(int capacity)
            : base(capacity, StringComparer.OrdinalIgnoreCase)
        {
        }

        public override string ToString() => Newtonsoft.Json.JsonConvert.SerializeObject(this, Newtonsoft.Json.Formatting.None);
    }
}
