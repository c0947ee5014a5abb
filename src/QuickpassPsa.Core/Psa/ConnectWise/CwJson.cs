using System.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace QuickpassPsa.Core.Psa.ConnectWise
{
    /// <summary>JSON in and out: dates stay the strings the server sent (Raw records are the server's own).</summary>
    internal static class CwJson
    {
        public static JToken? Parse(string text)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
            return JToken.ReadFrom(reader);
        }

        public static string Serialize(JToken token) => token.ToString(Formatting.None);

        public static string? String(JToken? token, string name) =>
            token is JObject obj && obj[name] is JValue value && value.Type != JTokenType.Null ? value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;

        public static bool? Bool(JToken? token, string name) =>
            token is JObject obj && obj[name] is JValue value && value.Type == JTokenType.Boolean ? (bool)value : (bool?)null;

        public static long? Long(JToken? token, string name) =>
            token is JObject obj && obj[name] is JValue value && value.Type == JTokenType.Integer ? (long)value : (long?)null;
    }
}
