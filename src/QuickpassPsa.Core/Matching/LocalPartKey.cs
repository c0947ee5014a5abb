using System;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// The mailbox name of a folded address (the part before '@'), as a key that points into the address
    /// instead of copying it: the contact index holds one per contact address, and at a million contacts
    /// the copies were a million and more strings for the garbage collector to carry.
    /// </summary>
    internal readonly struct LocalPartKey : IEquatable<LocalPartKey>
    {
        private readonly string _text;
        private readonly int _length;

        private LocalPartKey(string text, int length)
        {
            _text = text;
            _length = length;
        }

        /// <summary>The mailbox name of a folded address.</summary>
        public static LocalPartKey OfAddress(string normalizedEmail) => new LocalPartKey(normalizedEmail, normalizedEmail.LastIndexOf('@'));

        /// <summary>A mailbox name on its own.</summary>
        public static LocalPartKey Of(string localPart) => new LocalPartKey(localPart, localPart.Length);

        public bool Equals(LocalPartKey other) =>
            _length == other._length && string.CompareOrdinal(_text, 0, other._text, 0, _length) == 0;

        public override bool Equals(object? obj) => obj is LocalPartKey other && Equals(other);

        /// <summary>FNV-1a over the mailbox name (netstandard2.0 has no span hash).</summary>
        public override int GetHashCode()
        {
            var hash = Fnv1a.Offset;
            for (var i = 0; i < _length; i++) hash = Fnv1a.Step(hash, _text[i]);
            return (int)hash;
        }

        public override string ToString() => _text.Substring(0, _length);
    }
}
