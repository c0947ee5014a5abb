using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace QuickpassPsa.Core
{
    /// <summary>
    /// A read-only list of values whose text is the values joined by "; ". Multi-valued properties of
    /// output objects (a contact's Emails, an account's ProxyAddresses) use it because Export-Csv and
    /// other text conversions call ToString() on the value: a plain array would be written as
    /// "System.String[]". ConvertTo-Json and Export-Clixml still see an ordinary list.
    /// </summary>
    public sealed class ValueList<T> : ReadOnlyCollection<T>
    {
        public static readonly ValueList<T> Empty = new ValueList<T>(Array.Empty<T>());

        private ValueList(IList<T> items)
            : base(items)
        {
        }

        /// <summary>The values as a ValueList (the same instance when it already is one).</summary>
        public static ValueList<T> From(IEnumerable<T>? values)
        {
            if (values == null) return Empty;
            if (values is ValueList<T> list) return list;
            if (values is ICollection<T> collection)
            {
                // One copy, not two: the matcher makes a few of these for every account.
                if (collection.Count == 0) return Empty;
                var array = new T[collection.Count];
                collection.CopyTo(array, 0);
                return new ValueList<T>(array);
            }
            var copy = new List<T>(values);
            return copy.Count == 0 ? Empty : new ValueList<T>(copy.ToArray());
        }

        /// <summary>Takes the array as it is (no copy): for callers that made it and never touch it again.</summary>
        internal static ValueList<T> Own(T[] items) => items.Length == 0 ? Empty : new ValueList<T>(items);

        public override string ToString() => string.Join("; ", this);
    }
}
