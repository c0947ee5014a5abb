using System;
using System.IO;
using System.Runtime.InteropServices;

namespace QuickpassPsa.Core.Decisions
{
    /// <summary>What is at a path, as far as <see cref="AtomicFile"/> cares: only a regular file (or nothing) may be replaced.</summary>
    internal enum FileKind
    {
        Missing,
        RegularFile,
        Folder,
        CharacterDevice,
        BlockDevice,
        NamedPipe,
        Socket,
        Other,
    }

    /// <summary>
    /// Tells a regular file from a device, a named pipe, a socket or a folder (round 54: a report written to /dev/null as
    /// root renamed a regular file over the device). .NET shows all of these as plain files, so on Unix the type comes
    /// from the runtime's own stat (libSystem.Native's SystemNative_Stat, whose FileStatus starts with two int32 fields,
    /// Flags and Mode, Mode holding the POSIX S_IFMT bits); where that is missing (Windows, .NET Framework) a path that
    /// is not a folder counts as a regular file, and Windows' device names (\\.\NUL) are refused by name.
    /// </summary>
    internal static class FileKinds
    {
        private const int TypeMask = 0xF000; // S_IFMT
        private static bool _nativeMissing;

        /// <summary>The kind of what <paramref name="path"/> names, following symbolic links.</summary>
        public static FileKind Of(string path)
        {
            if (Directory.Exists(path)) return FileKind.Folder;
            if (!FileLinks.IsUnix)
            {
                if (path.StartsWith(@"\\.\", StringComparison.Ordinal)) return FileKind.CharacterDevice;
                return File.Exists(path) ? FileKind.RegularFile : FileKind.Missing;
            }
            if (!File.Exists(path)) return FileKind.Missing;
            var mode = UnixMode(path);
            if (mode == null) return FileKind.RegularFile;
            switch (mode.Value & TypeMask)
            {
                case 0x8000: return FileKind.RegularFile;
                case 0x4000: return FileKind.Folder;
                case 0x2000: return FileKind.CharacterDevice;
                case 0x6000: return FileKind.BlockDevice;
                case 0x1000: return FileKind.NamedPipe;
                case 0xC000: return FileKind.Socket;
                default: return FileKind.Other;
            }
        }

        /// <summary>How a kind is named in a message: "a character device (such as /dev/null)".</summary>
        public static string Describe(FileKind kind)
        {
            switch (kind)
            {
                case FileKind.Folder: return "a folder";
                case FileKind.CharacterDevice: return "a character device (such as /dev/null)";
                case FileKind.BlockDevice: return "a block device (a disk)";
                case FileKind.NamedPipe: return "a named pipe (FIFO)";
                case FileKind.Socket: return "a socket";
                case FileKind.RegularFile: return "a file";
                case FileKind.Missing: return "nothing";
                default: return "not a regular file";
            }
        }

        private static int? UnixMode(string path)
        {
            if (_nativeMissing) return null;
            var status = new byte[256]; // FileStatus is about 120 bytes; Mode is the int32 at offset 4
            try
            {
                return Stat(path, status) == 0 ? BitConverter.ToInt32(status, 4) : (int?)null;
            }
            catch (Exception ex) when (ex is DllNotFoundException || ex is EntryPointNotFoundException || ex is BadImageFormatException)
            {
                _nativeMissing = true;
                return null;
            }
        }

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        private static extern int StatNative(string path, [Out] byte[] status);

        private static int Stat(string path, byte[] status) => StatNative(path, status);
    }
}
