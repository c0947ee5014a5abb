using System;
using System.Collections.Generic;
using QuickpassPsa.Core.Accounts;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// The mobiles that sit on more than one account of a run: a family or desk phone, no evidence. Every number of an account's
    /// field counts, its own and any other (a second number, one labelled as a relative's or an old line), and a number counts
    /// however it is written: numbers are keyed by their last eight digits (<see cref="ContactIndex.PhoneTailDigits"/>), so
    /// "447700900123" and "+44 7700 900123" are one (round 55: a wife's number written without its '+' did not make it shared).
    /// Two numbers of one switchboard with two extensions (x214 and x215) are two desks, each one person's line; a bare number
    /// beside an extension of it is the switchboard's main line, shared with every desk (round 53).
    /// </summary>
    internal sealed class SharedLines
    {
        // The significant digits of numbers on two accounts or more (any extensions), of those with a holder without an extension
        // on another account, and digits with an extension held at that extension by another account too.
        private readonly HashSet<string> _numbers = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<string> _bare = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<(string, int)> _lines = new HashSet<(string, int)>();

        /// <summary>
        /// The numbers are keyed by their last eight digits, sorted, and only runs of equal keys compared number by number (two numbers
        /// may end alike and still be two): the sets hold only the few shared numbers, and no string is made for the others.
        /// </summary>
        public SharedLines(IReadOnlyList<Account> accounts)
        {
            var keys = new long[accounts.Count];
            var extensions = new int[accounts.Count];
            var owners = new int[accounts.Count];
            var raws = new string[accounts.Count];
            var count = 0;
            for (var i = 0; i < accounts.Count; i++)
            {
                var mobile = accounts[i].MobilePhone;
                if (mobile == null || mobile.Length < PhoneNormalizer.MinimumDigits) continue;
                if (!PhoneNormalizer.MayHoldSeveral(mobile))
                {
                    // Most fields: one number, read in place (labelled or not, it is on this account).
                    var key = PhoneNormalizer.TailKeyOf(mobile, out var extension);
                    if (key != 0) Append(ref keys, ref extensions, ref owners, ref raws, ref count, key, extension, i, mobile);
                    continue;
                }
                var first = true;
                foreach (var number in PhoneNormalizer.EveryNumber(mobile))
                {
                    var key = PhoneNormalizer.TailKeyOf(number, out var extension);
                    if (key != 0) Append(ref keys, ref extensions, ref owners, ref raws, ref count, key, first ? extension : 0, i, number);
                    first = false;
                }
            }
            // Sorted with their positions, through which each key's number, extension and account are read.
            var at = new int[count];
            for (var i = 0; i < count; i++) at[i] = i;
            Array.Sort(keys, at, 0, count);
            for (var i = 1; i < count; i++)
            {
                if (keys[i] != keys[i - 1]) continue;
                var from = i - 1;
                var to = i;
                while (to + 1 < count && keys[to + 1] == keys[i]) to++;
                i = to;
                for (var a = from; a <= to; a++)
                {
                    for (var b = a + 1; b <= to; b++)
                    {
                        int x = at[a], y = at[b];
                        if (owners[x] == owners[y] || !PhoneNormalizer.MayBeOneNumber(raws[x], raws[y])) continue;
                        var digitsX = PhoneNormalizer.Significant(raws[x])!;
                        var digitsY = PhoneNormalizer.Significant(raws[y])!;
                        _numbers.Add(digitsX);
                        _numbers.Add(digitsY);
                        if (extensions[y] == 0) _bare.Add(digitsX);
                        if (extensions[x] == 0) _bare.Add(digitsY);
                        if (extensions[x] != 0 && extensions[x] == extensions[y])
                        {
                            _lines.Add((digitsX, extensions[x]));
                            _lines.Add((digitsY, extensions[y]));
                        }
                    }
                }
            }
        }

        private static void Append(ref long[] keys, ref int[] extensions, ref int[] owners, ref string[] raws, ref int count, long key, int extension, int owner, string raw)
        {
            if (count == keys.Length)
            {
                Array.Resize(ref keys, count * 2 + 4);
                Array.Resize(ref extensions, count * 2 + 4);
                Array.Resize(ref owners, count * 2 + 4);
                Array.Resize(ref raws, count * 2 + 4);
            }
            keys[count] = key;
            extensions[count] = extension;
            raws[count] = raw;
            owners[count++] = owner;
        }

        /// <summary>
        /// This line (significant digits and extension) is on another account too: the same number (however written) with the same
        /// extension, or either without one.
        /// </summary>
        public bool Contains(string digits, int extension)
        {
            if (_numbers.Count == 0 || !_numbers.Contains(digits)) return false;
            return extension == 0 || _bare.Contains(digits) || _lines.Contains((digits, extension));
        }
    }
}
