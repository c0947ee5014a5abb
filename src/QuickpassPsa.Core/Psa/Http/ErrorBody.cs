using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace QuickpassPsa.Core.Psa.Http
{
    /// <summary>
    /// Reads the PSAs' error bodies: ConnectWise {code, message, errors:[{code, message, field}]} and its
    /// rate-limit {error, message}; Autotask {errors:["..."]} (or objects with a message) and the ASP.NET
    /// {"Message": "..."}; anything else as plain text.
    /// </summary>
    internal static class ErrorBody
    {
        public static (string? Code, IReadOnlyList<string> Messages) Parse(string? body)
        {
            if (string.IsNullOrWhiteSpace(body)) return (null, new string[0]);
            JToken token;
            try
            {
                token = JToken.Parse(body!);
            }
            catch (JsonReaderException)
            {
                var text = body!.Trim();
                return (null, new[] { text.Length > 300 ? text.Substring(0, 300) + "…" : text });
            }

            if (token is JObject obj)
            {
                var code = (string?)obj["code"] ?? (string?)obj["error"];
                var messages = new List<string>();
                var message = (string?)obj["message"] ?? (string?)obj["Message"];
                if (!string.IsNullOrWhiteSpace(message)) messages.Add(message!);
                if (obj["errors"] is JArray errors)
                {
                    foreach (var error in errors)
                    {
                        var text = error.Type == JTokenType.String ? (string?)error : (string?)error["message"] ?? (string?)error["Message"];
                        var field = error.Type == JTokenType.Object ? (string?)error["field"] : null;
                        if (!string.IsNullOrWhiteSpace(text)) messages.Add(field == null ? text! : field + ": " + text);
                    }
                }
                return (code, messages.Distinct().ToList());
            }
            return (null, new string[0]);
        }
    }
}
