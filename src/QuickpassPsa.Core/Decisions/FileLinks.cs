using System;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;

namespace QuickpassPsa.Core.Decisions
{
    /// <summary>
    /// What <see cref="AtomicFile"/> needs of the file it replaces beyond netstandard2.0: the file a symbolic link
    /// names, and Unix permissions. Both come from APIs of .NET 6 and 7 (FileSystemInfo.ResolveLinkTarget,
    /// File.GetUnixFileMode/SetUnixFileMode), looked up once by reflection, so the same assembly loads in Windows
    /// PowerShell 5.1 (.NET Framework, where they are missing and nothing is done) and uses them in PowerShell 7.
    /// </summary>
    internal static class FileLinks
    {
        private static readonly MethodInfo? ResolveLinkTarget =
            typeof(FileSystemInfo).GetMethod("ResolveLinkTarget", new[] { typeof(bool) });

        private static readonly MethodInfo? GetUnixFileMode = typeof(File).GetMethod("GetUnixFileMode", new[] { typeof(string) });

        private static readonly MethodInfo? SetUnixFileMode = GetUnixFileMode == null
            ? null
            : typeof(File).GetMethod("SetUnixFileMode", new[] { typeof(string), GetUnixFileMode.ReturnType });

        public static bool IsUnix => !RuntimeInformation.IsOSPlatform(OSPlatform.Windows);

        /// <summary>
        /// The file <paramref name="path"/> finally names when it is a symbolic link (to a link, to a link...), else the
        /// path itself. A link to a file not there yet names where the file is to be made.
        /// </summary>
        public static string FinalTarget(string path)
        {
            if (ResolveLinkTarget == null) return path;
            try
            {
                var info = new FileInfo(path);
                var attributes = info.Attributes; // -1 when nothing is there, not even a link
                if ((int)attributes == -1 || (attributes & FileAttributes.ReparsePoint) == 0) return path;
                return ResolveLinkTarget.Invoke(info, new object[] { true }) is FileSystemInfo target ? target.FullName : path;
            }
            catch (TargetInvocationException)
            {
                return path; // a link loop or an unreadable link: the rename then replaces the link itself, as before
            }
        }

        /// <summary>Gives <paramref name="to"/> the Unix permissions of <paramref name="from"/> (nothing on Windows or .NET Framework).</summary>
        public static void CopyUnixMode(string from, string to)
        {
            if (!IsUnix || GetUnixFileMode == null || SetUnixFileMode == null) return;
            try
            {
                var mode = GetUnixFileMode.Invoke(null, new object[] { from });
                SetUnixFileMode.Invoke(null, new[] { to, mode! });
            }
            catch (TargetInvocationException)
            {
                // Permissions that cannot be read or set leave the new file with the default ones: the content matters more.
            }
        }
    }
}
