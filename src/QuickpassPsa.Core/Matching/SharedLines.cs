using System;
using System.Collections.Generic;
using QuickpassPsa.Core.Accounts;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// The mobiles that sit on more than one account of a run: a family or desk phone, no evidence. Two numbers of one
    /// switchboard with two extensions (x214 and x215) are two desks, each one person's line; a bare number beside an
    /// extension of it is the switchboard's main line, shared with every desk (round 53: two James Wilsons at one
    /// switchboard, each at his own extension, were never told apart).
    /// </summary>
    internal sealed class SharedLines
    {
        // Keys of the significant digits on two accounts or more (any extensions), and those on an account without an extension.
        private readonly HashSet<long> _numbers = new HashSet<long>();
        private readonly HashSet<long> _bare = new HashSet<long>();
        // Digits and extension together, on two accounts or more.
        private readonly HashSet<(long, int)> _lines = new HashSet<(long, int)>();

        /// <summary>
        /// The keys are sorted and equal neighbours taken, so the sets hold only the few shared numbers (a map counting every
        /// account's number was a million entries to hash into at random).
        /// </summary>
        public SharedLines(IReadOnlyList<Account> accounts)
        {
            var keys = new long[accounts.Count];
            var extensions = new int[accounts.Count];
            var count = 0;
            foreach (var account in accounts)
            {
                var key = PhoneNormalizer.KeyOf(PhoneNormalizer.FirstNumber(account.MobilePhone), out var extension);
                if (key == 0) continue;
                keys[count] = key;
                extensions[count++] = extension;
            }
            Array.Sort(keys, extensions, 0, count);
            for (var i = 1; i < count; i++)
            {
                if (keys[i] != keys[i - 1]) continue;
                _numbers.Add(keys[i]);
                // Only the runs of a shared number are looked at again (few): which extensions, and whether one is bare.
                var from = i - 1;
                var to = i;
                while (to + 1 < count && keys[to + 1] == keys[i]) to++;
                for (var a = from; a <= to; a++)
                {
                    if (extensions[a] == 0) _bare.Add(keys[i]);
                    for (var b = a + 1; b <= to; b++)
                    {
                        if (extensions[a] == extensions[b]) _lines.Add((keys[i], extensions[a]));
                    }
                }
                i = to;
            }
        }

        /// <summary>
        /// This line (significant digits and extension) is on another account too: the same digits with the same extension,
        /// or either without one.
        /// </summary>
        public bool Contains(string digits, int extension)
        {
            if (_numbers.Count == 0) return false;
            var key = PhoneNormalizer.Key(digits);
            if (!_numbers.Contains(key)) return false;
            return extension == 0 || _bare.Contains(key) || _lines.Contains((key, extension));
        }
    }
}
