using System.Collections.Generic;

namespace QuickpassPsa.Core.Accounts
{
    /// <summary>
    /// One raw input record (a CSV row, a JSON object, a pipeline object's properties) before it becomes
    /// an <see cref="Account"/>. Values are strings, booleans, or lists of strings.
    /// </summary>
    public sealed class AccountRecord
    {
        private readonly List<KeyValuePair<string, object?>> _values = new List<KeyValuePair<string, object?>>();

        /// <param name="origin">Human-readable position for messages, for example "users.csv, row 3 (line 4)".</param>
        /// <param name="number">1-based number of the record within its source (data rows only).</param>
        public AccountRecord(string origin, int number)
        {
            Origin = origin;
            Number = number;
        }

        public string Origin { get; }
        public int Number { get; }
        public IReadOnlyList<KeyValuePair<string, object?>> Values => _values;

        public void Add(string name, object? value) => _values.Add(new KeyValuePair<string, object?>(name, value));

        /// <summary>The record as an ordered name/value map, for error targets and diagnostics.</summary>
        public IDictionary<string, object?> ToDictionary()
        {
            var map = new Dictionary<string, object?>();
            foreach (var pair in _values)
            {
                if (!map.ContainsKey(pair.Key)) map.Add(pair.Key, pair.Value);
            }
            return map;
        }
    }
}
