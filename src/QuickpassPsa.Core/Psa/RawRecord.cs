using System;
using System.Collections;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace QuickpassPsa.Core.Psa
{
    /// <summary>
    /// A PSA's own record as plain data for the Raw properties of output objects: a Hashtable (keys compared
    /// as PowerShell compares them, ignoring case) of strings, numbers, booleans, nulls, nested Hashtables
    /// and object[] arrays. Never a JObject: that type comes from the module's private Newtonsoft copy, so
    /// the user's ConvertTo-Json, Export-Clixml and Get-Member would see its internals instead of the fields.
    /// </summary>
    internal static class RawRecord
    {
        public static Hashtable From(JObject record)
        {
            var table = new RawFields(record.Count);
            // Indexer, not Add: two names that differ only in case keep the last, like a PowerShell hashtable literal.
            foreach (var property in record.Properties()) table[property.Name] = Value(property.Value);
            return table;
        }

        private static object? Value(JToken token)
        {
            switch (token.Type)
            {
                case JTokenType.Object:
                    return From((JObject)token);
                case JTokenType.Array:
                    return token.Children().Select(Value).ToArray();
                case JTokenType.Integer:
                    var integer = ((JValue)token).Value;
                    return integer is System.Numerics.BigInteger big ? big.ToString(CultureInfo.InvariantCulture) : Convert.ToInt64(integer, CultureInfo.InvariantCulture);
                case JTokenType.Float:
                    return ((JValue)token).Value is decimal d ? d : Convert.ToDouble(((JValue)token).Value, CultureInfo.InvariantCulture);
                case JTokenType.Boolean:
                    return (bool)token;
                case JTokenType.Null:
                case JTokenType.Undefined:
                    return null;
                case JTokenType.Date:
                    // The readers keep dates as the server's text; should one arrive parsed, it goes back to ISO 8601 text.
                    var date = ((JValue)token).Value;
                    return date is DateTimeOffset offset
                        ? offset.ToString("o", CultureInfo.InvariantCulture)
                        : ((DateTime)date!).ToString("o", CultureInfo.InvariantCulture);
                default:
                    // String, Guid, Uri, TimeSpan, Bytes, Raw: their text.
                    return token is JValue value ? Convert.ToString(value.Value, CultureInfo.InvariantCulture) : token.ToString();
            }
        }
    }
}
