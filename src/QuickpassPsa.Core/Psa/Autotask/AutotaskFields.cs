using System;
using System.Collections.Generic;
using Newtonsoft.Json.Linq;

namespace QuickpassPsa.Core.Psa.Autotask
{
    /// <summary>One field of an entity as {Entity}/entityInformation/fields describes it.</summary>
    internal sealed class AutotaskField
    {
        public AutotaskField(string name, int length, bool isRequired, bool isReadOnly)
        {
            Name = name;
            Length = length;
            IsRequired = isRequired;
            IsReadOnly = isReadOnly;
        }

        public string Name { get; }

        /// <summary>The most characters a string field holds; 0 when not stated.</summary>
        public int Length { get; }

        public bool IsRequired { get; }
        public bool IsReadOnly { get; }
    }

    /// <summary>An entity's field metadata, looked up by name without case (psa-api.md B3: read lengths, do not hard-code them).</summary>
    internal sealed class AutotaskFields
    {
        private readonly Dictionary<string, AutotaskField> _byName;

        private AutotaskFields(Dictionary<string, AutotaskField> byName) => _byName = byName;

        public AutotaskField? this[string name] => _byName.TryGetValue(name, out var field) ? field : null;

        public int Count => _byName.Count;

        /// <summary>Reads {"fields":[{name, length, isRequired, isReadOnly, ...}]}.</summary>
        public static AutotaskFields Parse(JObject answer)
        {
            var byName = new Dictionary<string, AutotaskField>(StringComparer.OrdinalIgnoreCase);
            if (AutotaskJson.Get(answer, "fields") is JArray fields)
            {
                foreach (var item in fields)
                {
                    if (!(item is JObject field)) continue;
                    var name = AutotaskJson.String(field, "name");
                    if (string.IsNullOrEmpty(name)) continue;
                    var length = (int)(AutotaskJson.Long(field, "length") ?? 0);
                    byName[name!] = new AutotaskField(name!, Math.Max(0, length),
                        AutotaskJson.Flag(field, "isRequired") ?? false, AutotaskJson.Flag(field, "isReadOnly") ?? false);
                }
            }
            return new AutotaskFields(byName);
        }
    }
}
