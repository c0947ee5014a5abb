using Newtonsoft.Json.Linq;

namespace QuickpassPsa.Core.Psa.Autotask
{
    /// <summary>
    /// Query filter items (psa-api.md B3 "Query"): {"op","field","value"} and {"op":"or","items":[...]}.
    /// Built as JSON objects, so every value is escaped by the serializer, never by string concatenation.
    /// </summary>
    internal static class AutotaskFilter
    {
        public static JObject Eq(string field, JToken value) => Compare("eq", field, value);

        /// <summary>The string field holds <paramref name="value"/> anywhere (the API's "contains").</summary>
        public static JObject Contains(string field, string value) => Compare("contains", field, value);

        public static JObject Gte(string field, JToken value) => Compare("gte", field, value);

        /// <summary>The field equals one of <paramref name="values"/> (the API's "in", value a list).</summary>
        public static JObject In(string field, JArray values) => Compare("in", field, values);

        public static JObject Or(params JObject[] items) => new JObject { ["op"] = "or", ["items"] = new JArray(items) };

        /// <summary>Everything: an empty filter is refused, so clients ask for id &gt;= 0.</summary>
        public static JObject All() => Gte("id", 0);

        private static JObject Compare(string op, string field, JToken value) =>
            new JObject { ["op"] = op, ["field"] = field, ["value"] = value };
    }
}
