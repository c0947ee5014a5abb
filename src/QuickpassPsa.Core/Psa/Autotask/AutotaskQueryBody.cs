using System.Collections.Generic;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace QuickpassPsa.Core.Psa.Autotask
{
    /// <summary>The QueryModel body of POST {Entity}/query, also re-sent to every nextPageUrl.</summary>
    internal static class AutotaskQueryBody
    {
        /// <summary>The most records one page may hold (and what we always ask for).</summary>
        public const int MaxRecords = 500;

        /// <summary>{"MaxRecords":500,"IncludeFields":[...],"filter":[...]}: Pascal and lower case as clients send them.</summary>
        public static string Build(IEnumerable<string> includeFields, IEnumerable<JObject> filter)
        {
            var body = new JObject
            {
                ["MaxRecords"] = MaxRecords,
                ["IncludeFields"] = new JArray(includeFields),
                ["filter"] = new JArray(filter),
            };
            return body.ToString(Formatting.None);
        }
    }
}
