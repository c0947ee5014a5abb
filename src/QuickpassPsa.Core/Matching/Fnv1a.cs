using System.Runtime.CompilerServices;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// FNV-1a, the one hash the matcher's own tables use (deletion keys, the name pool, local-part keys,
    /// the matching order): a character at a time, so a key can be hashed in place, from a buffer or with a
    /// letter skipped, without building the string; and the same on every run and platform (string hash
    /// codes are randomised per process).
    /// </summary>
    internal static class Fnv1a
    {
        public const uint Offset = 2166136261u;
        private const uint Prime = 16777619u;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static uint Step(uint hash, char c) => (hash ^ c) * Prime;
    }
}
