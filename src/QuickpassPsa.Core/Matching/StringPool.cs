using System;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// One string per distinct folded name or domain, per thread: a million contacts and accounts use a
    /// few tens of thousands of names and a handful of domains, and a fresh copy of "smith" or
    /// "contoso.com" for every one of them was millions of small objects for the garbage collector to
    /// copy between generations, interleaved with the garbage that made them (the most costly kind).
    /// Looked up by content from a buffer, so a name already pooled costs no allocation at all. Bounded: a
    /// full pool starts again empty (strings handed out stay valid; only their sharing stops).
    /// </summary>
    internal sealed class StringPool
    {
        private const int MaxEntries = 1 << 18;

        [ThreadStatic] private static StringPool? _current;
        [ThreadStatic] private static char[]? _buffer;

        private string?[] _slots = new string?[1024];
        private int _count;

        /// <summary>This thread's pool.</summary>
        public static StringPool Current => _current ??= new StringPool();

        /// <summary>
        /// Lets this thread's pool go once it has grown past a small size: a PowerShell session keeps its
        /// threads for hours, and the names of a million-contact run are no use to the next one. Strings
        /// already handed out stay valid.
        /// </summary>
        public static void ReleaseIfLarge()
        {
            if (_current != null && _current._count > KeepEntries) _current = null;
        }

        private const int KeepEntries = 1 << 16; // a few MB: a customer of tens of thousands keeps its names for the next run

        /// <summary>A scratch buffer of at least this length for this thread (for building a string to pool).</summary>
        public static char[] Buffer(int length)
        {
            var buffer = _buffer;
            if (buffer == null || buffer.Length < length) _buffer = buffer = new char[Math.Max(length, 256)];
            return buffer;
        }

        /// <summary>The pooled string equal to chars[0..length).</summary>
        public string Get(char[] chars, int length)
        {
            if (length == 0) return string.Empty;
            var hash = Fnv1a.Offset;
            for (var i = 0; i < length; i++) hash = Fnv1a.Step(hash, chars[i]);
            var mask = _slots.Length - 1;
            for (var slot = (int)(hash & (uint)mask); ; slot = (slot + 1) & mask)
            {
                var existing = _slots[slot];
                if (existing == null)
                {
                    var made = new string(chars, 0, length);
                    Add(slot, made);
                    return made;
                }
                if (existing.Length == length && SameChars(existing, chars, length)) return existing;
            }
        }

        private static bool SameChars(string existing, char[] chars, int length)
        {
            for (var i = 0; i < length; i++)
            {
                if (existing[i] != chars[i]) return false;
            }
            return true;
        }

        private void Add(int slot, string value)
        {
            _slots[slot] = value;
            if (++_count * 2 <= _slots.Length) return;
            if (_slots.Length >= MaxEntries * 2)
            {
                _slots = new string?[1024];
                _count = 0;
                return;
            }
            var old = _slots;
            _slots = new string?[old.Length * 2];
            var mask = _slots.Length - 1;
            foreach (var s in old)
            {
                if (s == null) continue;
                var hash = Fnv1a.Offset;
                foreach (var c in s) hash = Fnv1a.Step(hash, c);
                var at = (int)(hash & (uint)mask);
                while (_slots[at] != null) at = (at + 1) & mask;
                _slots[at] = s;
            }
        }
    }
}
