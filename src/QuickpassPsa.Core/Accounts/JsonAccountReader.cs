using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace QuickpassPsa.Core.Accounts
{
    /// <summary>
    /// Reads accounts from JSON: a top-level array of objects (ConvertTo-Json output, Quickpass exports),
    /// a Graph-style wrapper object whose "value" (or "accounts", "users", "items", "data") property holds
    /// the array, or a single object. Arrays are streamed one object at a time.
    /// </summary>
    public static class JsonAccountReader
    {
        private static readonly string[] WrapperProperties = { "value", "accounts", "users", "items", "data" };

        public static IEnumerable<AccountReadResult> Read(TextReader reader, string sourceName, AccountReadOptions? options = null)
        {
            if (reader == null) throw new ArgumentNullException(nameof(reader));
            options ??= new AccountReadOptions();

            using (reader)
            {
                var json = new JsonTextReader(reader) { DateParseHandling = DateParseHandling.None };
                if (!Advance(json, sourceName)) yield break; // empty file

                if (json.TokenType == JsonToken.StartArray)
                {
                    foreach (var result in ReadArray(json, sourceName, options)) yield return result;
                }
                else if (json.TokenType == JsonToken.StartObject)
                {
                    // Scalars seen before a wrapper array are kept: if no array turns up, they were one account.
                    var single = new JObject();
                    var streamed = false;
                    while (Advance(json, sourceName) && json.TokenType == JsonToken.PropertyName)
                    {
                        var name = (string)json.Value!;
                        Advance(json, sourceName);
                        if (json.TokenType == JsonToken.StartArray && WrapperProperties.Contains(name, StringComparer.OrdinalIgnoreCase))
                        {
                            streamed = true;
                            foreach (var result in ReadArray(json, sourceName, options)) yield return result;
                        }
                        else
                        {
                            single[name] = Load(json, sourceName);
                        }
                    }
                    if (!streamed)
                    {
                        var result = Build(single, 1, sourceName, 1, options);
                        if (result != null) yield return result;
                    }
                }
                else
                {
                    throw Invalid(sourceName, json, "expected an array of account objects or an object");
                }
            }
        }

        private static IEnumerable<AccountReadResult> ReadArray(JsonTextReader json, string sourceName, AccountReadOptions options)
        {
            var number = 0;
            while (Advance(json, sourceName) && json.TokenType != JsonToken.EndArray)
            {
                number++;
                var line = json.LineNumber;
                if (json.TokenType != JsonToken.StartObject)
                {
                    throw Invalid(sourceName, json, "item " + number.ToString(CultureInfo.InvariantCulture) + " is not an object");
                }
                var item = (JObject)Load(json, sourceName);
                if (number == 1) CheckFirstItem(item, sourceName);
                var result = Build(item, number, sourceName, line, options);
                if (result != null) yield return result;
            }
        }

        private static AccountReadResult? Build(JObject item, int number, string sourceName, int line, AccountReadOptions options)
        {
            var origin = sourceName + ", item " + number.ToString(CultureInfo.InvariantCulture) +
                " (line " + line.ToString(CultureInfo.InvariantCulture) + ")";
            var record = new AccountRecord(origin, number);
            foreach (var property in item.Properties())
            {
                record.Add(property.Name, ToPlain(property.Value));
            }
            return AccountBuilder.Build(record, AccountSource.JsonFile, options);
        }

        /// <summary>The same whole-file check as a CSV header: the first object must have an identity property.</summary>
        private static void CheckFirstItem(JObject item, string sourceName)
        {
            if (AccountFieldMap.HasIdentityColumn(item.Properties().Select(p => p.Name))) return;
            throw new AccountFileException(AccountFileErrorKind.UnknownColumns, sourceName,
                sourceName + " has no property an account can be read from. Its first object has: " +
                string.Join(", ", item.Properties().Select(p => "'" + p.Name + "'")) + ". Expected at least one of: " +
                AccountFieldMap.DescribeIdentityColumns() + ".");
        }

        /// <summary>JSON values become strings, booleans or lists of strings; nested objects carry no account field.</summary>
        private static object? ToPlain(JToken token)
        {
            switch (token.Type)
            {
                case JTokenType.Null:
                case JTokenType.Undefined:
                case JTokenType.Object:
                    return null;
                case JTokenType.Boolean:
                    return token.Value<bool>();
                case JTokenType.Array:
                    return token.Children().Select(ToPlain).Where(v => v != null).Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)).ToList();
                default:
                    return Convert.ToString(((JValue)token).Value, CultureInfo.InvariantCulture);
            }
        }

        private static bool Advance(JsonTextReader json, string sourceName)
        {
            try
            {
                while (json.Read())
                {
                    if (json.TokenType != JsonToken.Comment) return true;
                }
                return false;
            }
            catch (JsonReaderException ex)
            {
                throw Invalid(sourceName, json, ex.Message, ex);
            }
        }

        private static JToken Load(JsonTextReader json, string sourceName)
        {
            try
            {
                return JToken.ReadFrom(json);
            }
            catch (JsonReaderException ex)
            {
                throw Invalid(sourceName, json, ex.Message, ex);
            }
        }

        private static AccountFileException Invalid(string sourceName, JsonTextReader json, string what, Exception? inner = null) =>
            new AccountFileException(AccountFileErrorKind.InvalidFormat, sourceName,
                sourceName + " is not valid account JSON (line " + json.LineNumber.ToString(CultureInfo.InvariantCulture) +
                ", position " + json.LinePosition.ToString(CultureInfo.InvariantCulture) + "): " + what, inner);
    }
}
