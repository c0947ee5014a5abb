using System.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace QuickpassPsa.Core.Psa.Autotask
{
    /// <summary>Reading Autotask answers: dates stay the strings the server sent; property names without case.</summary>
    internal static class AutotaskJson
    {
        public static JToken? Parse(string text)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
            return JToken.ReadFrom(reader);
        }

        public static JToken? Get(JObject? obj, string name) => obj?.GetValue(name, System.StringComparison.OrdinalIgnoreCase);

        public static string? String(JObject? obj, string name)
        {
            var token = Get(obj, name);
            if (token == null || token.Type == JTokenType.Null) return null;
            return token.Type == JTokenType.String ? (string?)token : token.ToString(Formatting.None);
        }

        public static long? Long(JObject? obj, string name)
        {
            var token = Get(obj, name);
            if (token == null) return null;
            if (token.Type == JTokenType.Integer) return (long)token;
            if (token.Type == JTokenType.String && long.TryParse((string?)token, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n)) return n;
            return null;
        }

        /// <summary>true/false, 1/0 or "true"/"1": contacts' isActive is an integer, companies' a boolean.</summary>
        public static bool? Flag(JObject? obj, string name)
        {
            var token = Get(obj, name);
            if (token == null) return null;
            switch (token.Type)
            {
                case JTokenType.Boolean: return (bool)token;
                case JTokenType.Integer: return (long)token != 0;
                case JTokenType.String:
                    var text = ((string?)token ?? string.Empty).Trim();
                    if (text == "1" || text.Equals("true", System.StringComparison.OrdinalIgnoreCase)) return true;
                    if (text == "0" || text.Equals("false", System.StringComparison.OrdinalIgnoreCase)) return false;
                    return null;
                default: return null;
            }
        }
    }
}
