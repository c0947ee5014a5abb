using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Core.Decisions
{
    /// <summary>
    /// The store's JSON: { "formatVersion": 1, "decisions": [ { "kind", "companyId", "contactId", ... } ] }, and from
    /// version 2 also "companyDecisions": [ { "kind", "customer", "companyId", ... } ]. A file is written as version 2
    /// only when it holds customer-company decisions: a version-1 reader ignores properties it does not know, so it
    /// would drop them on its next write; version 2 makes it refuse the file instead (it never replaces a newer store).
    /// Read strictly: anything this version does not understand is an error, never a silently dropped decision.
    /// </summary>
    internal static class DecisionFile
    {
        public const int FormatVersion = 2;
        private const int ContactsOnlyVersion = 1;

        /// <summary>Why a text is not a readable store, as (kind, what is wrong); null when it is fine.</summary>
        public static DecisionDocument Parse(string text, out DecisionStoreErrorKind? error, out string? problem)
        {
            error = null;
            problem = null;
            JToken root;
            try
            {
                using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
                root = JToken.ReadFrom(reader);
                if (reader.Read()) return Fail(out error, out problem, "there is more text after the JSON object");
            }
            catch (JsonReaderException ex)
            {
                return Fail(out error, out problem, "it is not valid JSON (" + ex.Message + ")");
            }

            if (!(root is JObject obj)) return Fail(out error, out problem, "it is not a JSON object");
            if (!(obj["formatVersion"] is JValue version) || version.Type != JTokenType.Integer)
            {
                return Fail(out error, out problem, "it has no whole-number \"formatVersion\"");
            }
            var number = version.Value<long>();
            if (number > FormatVersion)
            {
                error = DecisionStoreErrorKind.NewerFormat;
                problem = "it has formatVersion " + number.ToString(CultureInfo.InvariantCulture) + ", written by a newer QuickpassPsa (this one reads " + FormatVersion.ToString(CultureInfo.InvariantCulture) + ")";
                return DecisionDocument.Empty;
            }
            if (number < 1) return Fail(out error, out problem, "its formatVersion " + number.ToString(CultureInfo.InvariantCulture) + " is not a version");
            if (!(obj["decisions"] is JArray items)) return Fail(out error, out problem, "it has no \"decisions\" list");

            var decisions = new List<ContactMatchDecision>(items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                var decision = ReadDecision(items[i] as JObject, out var why);
                if (decision == null) return Fail(out error, out problem, "decision " + (i + 1).ToString(CultureInfo.InvariantCulture) + " " + why);
                decisions.Add(decision);
            }

            var companies = new List<CompanyMatchDecision>();
            var companyItems = obj["companyDecisions"];
            if (companyItems != null && companyItems.Type != JTokenType.Null)
            {
                if (!(companyItems is JArray list)) return Fail(out error, out problem, "its \"companyDecisions\" is not a list");
                for (var i = 0; i < list.Count; i++)
                {
                    var decision = ReadCompanyDecision(list[i] as JObject, out var why);
                    if (decision == null) return Fail(out error, out problem, "company decision " + (i + 1).ToString(CultureInfo.InvariantCulture) + " " + why);
                    companies.Add(decision);
                }
            }
            return new DecisionDocument(decisions, companies);
        }

        private static CompanyMatchDecision? ReadCompanyDecision(JObject? item, out string why)
        {
            why = string.Empty;
            if (item == null)
            {
                why = "is not an object";
                return null;
            }
            var kind = ReadKind(item);
            if (kind == null)
            {
                why = "has no kind Confirmed or Excluded";
                return null;
            }
            var decision = new CompanyMatchDecision
            {
                DecisionKind = kind.Value,
                Customer = Text(item, "customer") ?? string.Empty,
                CompanyId = Text(item, "companyId") ?? string.Empty,
                CompanyName = Text(item, "companyName"),
                DecidedBy = Text(item, "decidedBy"),
            };
            if (decision.Customer.Trim().Length == 0 || decision.CompanyId.Trim().Length == 0)
            {
                why = "lacks a customer or a companyId";
                return null;
            }
            if (!ReadTime(item, out var decidedAt))
            {
                why = "has no decidedAt time that reads as ISO 8601 (write it as 2026-01-01T00:00:00Z)";
                return null;
            }
            decision.DecidedAt = decidedAt;
            decision.Extra = Unknown(item, CompanyFields);
            return decision;
        }

        private static MatchDecisionKind? ReadKind(JObject item)
        {
            var kindText = Text(item, "kind");
            if (string.Equals(kindText, nameof(MatchDecisionKind.Confirmed), StringComparison.OrdinalIgnoreCase)) return MatchDecisionKind.Confirmed;
            if (string.Equals(kindText, nameof(MatchDecisionKind.Excluded), StringComparison.OrdinalIgnoreCase)) return MatchDecisionKind.Excluded;
            return null;
        }

        /// <summary>
        /// decidedAt as this module writes it ("o": 2026-11-27T15:28:12.3962275Z) or as a person edits it: any ISO 8601
        /// time (no fraction, an offset such as +02:00, a date alone), read as UTC; a time without a zone is UTC.
        /// </summary>
        private static bool ReadTime(JObject item, out DateTime decidedAt)
        {
            var at = Text(item, "decidedAt");
            if (at != null && DateTime.TryParseExact(at, "o", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out decidedAt))
            {
                decidedAt = DateTime.SpecifyKind(decidedAt, DateTimeKind.Utc);
                return true;
            }
            if (at != null && DateTimeOffset.TryParseExact(at.Trim(), IsoForms, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var edited))
            {
                decidedAt = edited.UtcDateTime;
                return true;
            }
            decidedAt = default;
            return false;
        }

        private static readonly string[] IsoForms =
        {
            "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
            "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd",
        };

        private static ContactMatchDecision? ReadDecision(JObject? item, out string why)
        {
            why = string.Empty;
            if (item == null)
            {
                why = "is not an object";
                return null;
            }
            var kind = ReadKind(item);
            if (kind == null)
            {
                why = "has no kind Confirmed or Excluded";
                return null;
            }
            var decision = new ContactMatchDecision
            {
                DecisionKind = kind.Value,
                CompanyId = Text(item, "companyId") ?? string.Empty,
                ContactId = Text(item, "contactId") ?? string.Empty,
                ContactName = Text(item, "contactName"),
                UserPrincipalName = Text(item, "userPrincipalName"),
                Email = Text(item, "email"),
                AccountId = Text(item, "accountId"),
                AccountName = Text(item, "accountName"),
                DecidedBy = Text(item, "decidedBy"),
            };
            if (decision.CompanyId.Length == 0 || decision.ContactId.Length == 0 || decision.AccountKey.Length == 0)
            {
                why = "lacks a companyId, a contactId or an account identity";
                return null;
            }
            if (!ReadTime(item, out var decidedAt))
            {
                why = "has no decidedAt time that reads as ISO 8601 (write it as 2026-01-01T00:00:00Z)";
                return null;
            }
            decision.DecidedAt = decidedAt;
            decision.Extra = Unknown(item, ContactFields);
            return decision;
        }

        private static readonly HashSet<string> ContactFields = new HashSet<string>(StringComparer.Ordinal)
        {
            "kind", "companyId", "contactId", "contactName", "userPrincipalName", "email", "accountId", "accountName", "decidedBy", "decidedAt",
        };

        private static readonly HashSet<string> CompanyFields = new HashSet<string>(StringComparer.Ordinal)
        {
            "kind", "customer", "companyId", "companyName", "decidedBy", "decidedAt",
        };

        /// <summary>
        /// The fields this version does not know (a note an admin added, a field a later version of the same format writes):
        /// kept and written back as they were, so saving any decision never drops them (round 42).
        /// </summary>
        private static JObject? Unknown(JObject item, HashSet<string> known)
        {
            JObject? extra = null;
            foreach (var property in item.Properties())
            {
                if (known.Contains(property.Name)) continue;
                extra ??= new JObject();
                extra.Add(property.Name, property.Value.DeepClone());
            }
            return extra;
        }

        private static void WriteExtra(JsonWriter json, JObject? extra)
        {
            if (extra == null) return;
            foreach (var property in extra.Properties()) property.WriteTo(json);
        }

        /// <summary>A field as text, trimmed: a string, or a number written without quotes (an id edited by hand: "contactId": 1001).</summary>
        private static string? Text(JObject item, string name)
        {
            if (!(item[name] is JValue value)) return null;
            var text = value.Type == JTokenType.String ? (string?)value.Value :
                       value.Type == JTokenType.Integer ? Convert.ToString(value.Value, CultureInfo.InvariantCulture) : null;
            text = text?.Trim();
            return string.IsNullOrEmpty(text) ? null : text;
        }

        private static DecisionDocument Fail(out DecisionStoreErrorKind? error, out string? problem, string why)
        {
            error = DecisionStoreErrorKind.Corrupt;
            problem = why;
            return DecisionDocument.Empty;
        }

        /// <summary>Writes the store, one decision at a time (<paramref name="writing"/> is the tests' failure seam).</summary>
        public static void Write(TextWriter text, IEnumerable<ContactMatchDecision> decisions, IReadOnlyList<CompanyMatchDecision> companies, Action<ContactMatchDecision>? writing)
        {
            using var json = new JsonTextWriter(text) { Formatting = Formatting.Indented, CloseOutput = false };
            json.WriteStartObject();
            json.WritePropertyName("formatVersion");
            json.WriteValue(companies.Count > 0 ? FormatVersion : ContactsOnlyVersion);
            json.WritePropertyName("decisions");
            json.WriteStartArray();
            foreach (var d in decisions)
            {
                writing?.Invoke(d);
                json.WriteStartObject();
                Property(json, "kind", d.Kind);
                Property(json, "companyId", d.CompanyId);
                Property(json, "contactId", d.ContactId);
                Property(json, "contactName", d.ContactName);
                Property(json, "userPrincipalName", d.UserPrincipalName);
                Property(json, "email", d.Email);
                Property(json, "accountId", d.AccountId);
                Property(json, "accountName", d.AccountName);
                Property(json, "decidedBy", d.DecidedBy);
                Property(json, "decidedAt", DateTime.SpecifyKind(d.DecidedAt, DateTimeKind.Utc).ToString("o", CultureInfo.InvariantCulture));
                WriteExtra(json, d.Extra);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (companies.Count > 0)
            {
                json.WritePropertyName("companyDecisions");
                json.WriteStartArray();
                foreach (var d in companies)
                {
                    json.WriteStartObject();
                    Property(json, "kind", d.Kind);
                    Property(json, "customer", d.Customer);
                    Property(json, "companyId", d.CompanyId);
                    Property(json, "companyName", d.CompanyName);
                    Property(json, "decidedBy", d.DecidedBy);
                    Property(json, "decidedAt", DateTime.SpecifyKind(d.DecidedAt, DateTimeKind.Utc).ToString("o", CultureInfo.InvariantCulture));
                    WriteExtra(json, d.Extra);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }

        private static void Property(JsonWriter json, string name, string? value)
        {
            if (value == null) return;
            json.WritePropertyName(name);
            json.WriteValue(value);
        }
    }
}
