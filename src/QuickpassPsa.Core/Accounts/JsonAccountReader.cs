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
    /// Reads accounts from JSON. The file is a sequence of top-level values, each one of the shapes in
    /// <see cref="ShapesRead"/>: an array of account objects (ConvertTo-Json output, Quickpass exports),
    /// a Graph-style page whose "value" (or "accounts", "users", "items", "data") property holds the
    /// array, or one account object. One value is an ordinary JSON file; one object a line is JSON Lines;
    /// several arrays back to back are read one after the other, and so is an array of pages (each item a page). Arrays are streamed one object at a time.
    /// Any other shape, and anything after a value that is not another value, is a file error naming the
    /// line: a file is never read in part without saying so.
    /// </summary>
    public static class JsonAccountReader
    {
        private static readonly string[] WrapperProperties = { "value", "accounts", "users", "items", "data" };

        /// <summary>The shapes read, for messages about the shapes that are not.</summary>
        public const string ShapesRead =
            "an array of account objects; JSON Lines (one account object a line); a Graph page {\"value\": [...]} " +
            "(or \"accounts\", \"users\", \"items\", \"data\" in place of \"value\"), several pages back to back or in one array; or a single account object";

        public static IEnumerable<AccountReadResult> Read(TextReader reader, string sourceName, AccountReadOptions? options = null)
        {
            if (reader == null) throw new ArgumentNullException(nameof(reader));
            options ??= new AccountReadOptions();

            using (reader)
            {
                // A byte-order mark that reached the text (a string, or a reader that kept it) is not content.
                if (reader.Peek() == '\uFEFF') reader.Read();

                // SupportMultipleContent: after the first value the reader goes on to the next one instead of
                // stopping there, so JSON Lines, arrays back to back and trailing garbage are all seen.
                var json = new JsonTextReader(reader) { DateParseHandling = DateParseHandling.None, SupportMultipleContent = true };
                var state = new ReadState(sourceName, options);
                while (Advance(json, sourceName))
                {
                    state.Values++;
                    var line = json.LineNumber;
                    switch (json.TokenType)
                    {
                        case JsonToken.StartArray:
                            foreach (var result in ReadArray(json, state)) yield return result;
                            break;
                        case JsonToken.StartObject:
                            foreach (var result in ReadObject(json, state, line)) yield return result;
                            break;
                        default:
                            throw Shape(sourceName, line, Describe(json.TokenType, json.Value));
                    }
                }
            }
        }

        /// <summary>What the reader has seen so far: items are numbered across the whole file.</summary>
        private sealed class ReadState
        {
            public ReadState(string sourceName, AccountReadOptions options)
            {
                SourceName = sourceName;
                Options = options;
            }

            public string SourceName { get; }
            public AccountReadOptions Options { get; }
            public int Values { get; set; }
            public int Items { get; set; }
        }

        private static IEnumerable<AccountReadResult> ReadArray(JsonTextReader json, ReadState state)
        {
            var first = true;
            while (Advance(json, state.SourceName) && json.TokenType != JsonToken.EndArray)
            {
                var line = json.LineNumber;
                if (json.TokenType != JsonToken.StartObject)
                {
                    throw Shape(state.SourceName, line, "an array whose item " + (state.Items + 1).ToString(CultureInfo.InvariantCulture) +
                        " is " + Describe(json.TokenType, json.Value) + ", not an account object");
                }
                var item = (JObject)Load(json, state.SourceName);
                if (PageItems(item) is { } page)
                {
                    // Graph pages saved as one array ($pages | ConvertTo-Json): each page's "value" holds the accounts, as
                    // pages appended one after the other do (round 73c: the file was refused as having no account property).
                    foreach (var result in ReadPage(page, state)) yield return result;
                    first = false;
                    continue;
                }
                state.Items++;
                // The first object of each array stands for the array: an array of other things is not accounts.
                if (first) CheckColumns(item, state.SourceName, line);
                first = false;
                var built = Build(item, state, line);
                if (built != null) yield return built;
            }
        }

        /// <summary>
        /// The account array of an object that is a page (an item of an array of pages): no account property of its own, and a
        /// "value" (or "accounts", "users", "items", "data") array. Null for an account object.
        /// </summary>
        private static JArray? PageItems(JObject item)
        {
            if (AccountFieldMap.HasIdentityColumn(item.Properties().Select(p => p.Name))) return null;
            return item.Properties().FirstOrDefault(p => p.Value is JArray && WrapperProperties.Contains(p.Name, StringComparer.OrdinalIgnoreCase))?.Value as JArray;
        }

        /// <summary>The accounts of one page of an array of pages; its first object stands for it, as an array's does.</summary>
        private static IEnumerable<AccountReadResult> ReadPage(JArray page, ReadState state)
        {
            var first = true;
            foreach (var token in page)
            {
                var line = ((IJsonLineInfo)token).HasLineInfo() ? ((IJsonLineInfo)token).LineNumber : 0;
                if (!(token is JObject item))
                {
                    throw Shape(state.SourceName, line, "a page whose item " + (state.Items + 1).ToString(CultureInfo.InvariantCulture) +
                        " is " + Describe(token) + ", not an account object");
                }
                state.Items++;
                if (first) CheckColumns(item, state.SourceName, line);
                first = false;
                var result = Build(item, state, line);
                if (result != null) yield return result;
            }
        }

        private static string Describe(JToken token)
        {
            switch (token.Type)
            {
                case JTokenType.Array: return "an array";
                case JTokenType.String: return "the string \"" + Shorten(token.Value<string>()) + "\"";
                case JTokenType.Integer:
                case JTokenType.Float: return "the number " + Convert.ToString(((JValue)token).Value, CultureInfo.InvariantCulture);
                case JTokenType.Boolean: return "the value " + (token.Value<bool>() ? "true" : "false");
                case JTokenType.Null:
                case JTokenType.Undefined: return "null";
                default: return "a " + token.Type;
            }
        }

        /// <summary>A top-level object: a page wrapping an array, or one account.</summary>
        private static IEnumerable<AccountReadResult> ReadObject(JsonTextReader json, ReadState state, int line)
        {
            // Scalars seen before a wrapper array are kept: if no array turns up, they were one account.
            var single = new JObject();
            var streamed = false;
            while (Advance(json, state.SourceName) && json.TokenType == JsonToken.PropertyName)
            {
                var name = (string)json.Value!;
                Advance(json, state.SourceName);
                if (json.TokenType == JsonToken.StartArray && WrapperProperties.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    // Other properties of a page (@odata.context, @odata.nextLink, @odata.count) are not accounts.
                    streamed = true;
                    foreach (var result in ReadArray(json, state)) yield return result;
                }
                else
                {
                    single[name] = Load(json, state.SourceName);
                }
            }
            if (streamed) yield break;

            if (!AccountFieldMap.HasIdentityColumn(single.Properties().Select(p => p.Name)))
            {
                // A page under another name ({"results": [...]}) or a wrapper around one object ({"value": {...}})
                // would otherwise read as an object with no account field: say what was found instead.
                var nested = single.Properties().FirstOrDefault(p => p.Value.Type == JTokenType.Array || p.Value.Type == JTokenType.Object);
                if (nested != null) throw Shape(state.SourceName, line, DescribeNested(nested));
                if (!single.HasValues) throw Shape(state.SourceName, line, "an empty object {}");
                // The first value stands for the file, as a CSV header does; a later JSON line is one bad record.
                if (state.Values == 1) CheckColumns(single, state.SourceName, line);
            }

            state.Items++;
            var account = Build(single, state, line);
            if (account != null) yield return account;
        }

        private static AccountReadResult? Build(JObject item, ReadState state, int line)
        {
            var origin = state.SourceName + ", item " + state.Items.ToString(CultureInfo.InvariantCulture) +
                " (line " + line.ToString(CultureInfo.InvariantCulture) + ")";
            var record = new AccountRecord(origin, state.Items);
            foreach (var property in item.Properties())
            {
                record.Add(property.Name, ToPlain(property.Value));
            }
            return AccountBuilder.Build(record, AccountSource.JsonFile, state.Options);
        }

        /// <summary>The same whole-file check as a CSV header: the first object must have an identity property.</summary>
        private static void CheckColumns(JObject item, string sourceName, int line)
        {
            if (AccountFieldMap.HasIdentityColumn(item.Properties().Select(p => p.Name))) return;
            throw new AccountFileException(AccountFileErrorKind.UnknownColumns, sourceName,
                sourceName + " has no property an account can be read from. Its first object (line " +
                line.ToString(CultureInfo.InvariantCulture) + ") has: " +
                string.Join(", ", item.Properties().Select(p => "'" + p.Name + "'")) + ". Expected at least one of: " +
                AccountFieldMap.DescribeIdentityColumns() + ".");
        }

        private static string DescribeNested(JProperty property)
        {
            var name = "'" + property.Name + "'";
            if (property.Value is JArray array)
            {
                return "an object whose " + name + " property holds an array of " + array.Count.ToString(CultureInfo.InvariantCulture) +
                    " value(s), but " + name + " is not a property pages of accounts are read from";
            }
            return "an object whose " + name + " property holds an object, not an array or account properties";
        }

        private static string Describe(JsonToken token, object? value)
        {
            switch (token)
            {
                case JsonToken.StartArray: return "an array";
                case JsonToken.StartObject: return "an object";
                case JsonToken.String: return "the string \"" + Shorten(Convert.ToString(value, CultureInfo.InvariantCulture)) + "\"";
                case JsonToken.Integer:
                case JsonToken.Float: return "the number " + Convert.ToString(value, CultureInfo.InvariantCulture);
                case JsonToken.Boolean: return "the value " + (true.Equals(value) ? "true" : "false");
                case JsonToken.Null:
                case JsonToken.Undefined: return "null";
                default: return "a " + token;
            }
        }

        private static string Shorten(string? text)
        {
            text ??= string.Empty;
            return text.Length <= 40 ? text : text.Substring(0, 40) + "...";
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

        private static AccountFileException Shape(string sourceName, int line, string found) =>
            new AccountFileException(AccountFileErrorKind.UnsupportedShape, sourceName,
                sourceName + ", line " + line.ToString(CultureInfo.InvariantCulture) + ": found " + found +
                ", which is not a shape accounts are read from. Accounts are read from " + ShapesRead + ".");

        private static AccountFileException Invalid(string sourceName, JsonTextReader json, string what, Exception? inner = null) =>
            new AccountFileException(AccountFileErrorKind.InvalidFormat, sourceName,
                sourceName + " is not valid account JSON (line " + json.LineNumber.ToString(CultureInfo.InvariantCulture) +
                ", position " + json.LinePosition.ToString(CultureInfo.InvariantCulture) + "): " + what, inner);
    }
}
