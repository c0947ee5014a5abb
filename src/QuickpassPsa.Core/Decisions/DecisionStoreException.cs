using System;

namespace QuickpassPsa.Core.Decisions
{
    public enum DecisionStoreErrorKind
    {
        /// <summary>The file is not a decision store this module can read (bad JSON, wrong shape).</summary>
        Corrupt,

        /// <summary>The file was written by a newer QuickpassPsa (a higher formatVersion).</summary>
        NewerFormat,

        /// <summary>Another process held the store's lock for longer than the timeout.</summary>
        LockTimeout,

        /// <summary>The file or its folder could not be read or written.</summary>
        Io,
    }

    /// <summary>
    /// The decision store cannot be used. The message names the file and says what to do; for a corrupt or newer
    /// file, <see cref="KeptAt"/> is the untouched copy set aside, and the store refuses writes until the file is moved.
    /// </summary>
    public sealed class DecisionStoreException : Exception
    {
        public DecisionStoreException(DecisionStoreErrorKind kind, string path, string message, Exception? inner = null, string? keptAt = null, string? lockHolder = null)
            : base(message, inner)
        {
            Kind = kind;
            Path = path;
            KeptAt = keptAt;
            LockHolder = lockHolder;
        }

        public DecisionStoreErrorKind Kind { get; }

        /// <summary>The store file.</summary>
        public string Path { get; }

        /// <summary>Where a copy of an unreadable file was kept, byte for byte.</summary>
        public string? KeptAt { get; }

        /// <summary>Who held the lock, when it was known ("pid 123 (alice on HOST) since ...").</summary>
        public string? LockHolder { get; }
    }
}
