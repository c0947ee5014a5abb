using System.Collections.Generic;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// One shared, read-only list per combination of reasons. A run makes a reason list for every result
    /// and every candidate, yet only a few dozen combinations occur ("EmailPrimary; NameExact" a hundred
    /// thousand times): sharing them spares the garbage collector millions of objects that all live until
    /// the results are dropped. The lists are read-only, so sharing changes nothing a caller can see.
    /// </summary>
    internal static class ReasonSets
    {
        // Six bits per reason (the enum has fewer than 64 values), up to ten reasons: a longer list is not shared.
        private const int MaxShared = 10;

        // One cache per thread: matchers of several companies may run at once, and the combinations are few.
        [System.ThreadStatic] private static Dictionary<ulong, ValueList<MatchReason>>? _shared;

        public static ValueList<MatchReason> Of(IReadOnlyList<MatchReason> reasons, MatchReason extra = MatchReason.None)
        {
            var count = reasons.Count + (extra == MatchReason.None ? 0 : 1);
            if (count == 0) return ValueList<MatchReason>.Empty;
            if (count > MaxShared) return ValueList<MatchReason>.Own(Copy(reasons, extra, count));
            ulong key = (ulong)count;
            for (var i = 0; i < reasons.Count; i++) key = (key << 6) | (uint)reasons[i];
            if (extra != MatchReason.None) key = (key << 6) | (uint)extra;
            var shared = _shared ??= new Dictionary<ulong, ValueList<MatchReason>>();
            if (!shared.TryGetValue(key, out var list)) shared[key] = list = ValueList<MatchReason>.Own(Copy(reasons, extra, count));
            return list;
        }

        public static ValueList<MatchReason> Of(MatchReason first, MatchReason second) => Of(new[] { first, second });

        public static ValueList<MatchReason> Of(MatchReason only) => Of(new[] { only });

        private static MatchReason[] Copy(IReadOnlyList<MatchReason> reasons, MatchReason extra, int count)
        {
            var array = new MatchReason[count];
            for (var i = 0; i < reasons.Count; i++) array[i] = reasons[i];
            if (extra != MatchReason.None) array[count - 1] = extra;
            return array;
        }
    }
}
