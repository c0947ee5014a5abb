using System;
using System.Diagnostics;
using System.IO;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace QuickpassPsa.Tests.Infrastructure;

/// <summary>Files that are not regular files, made in a test's own folder (never /dev): a named pipe, a socket, a copy of the null device.</summary>
public static class SpecialFiles
{
#pragma warning disable SYSLIB1054 // a plain DllImport: the test project allows no unsafe code for the generator
    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true, CharSet = CharSet.Ansi)]
    private static extern int MkFifo(string path, uint mode);
#pragma warning restore SYSLIB1054

    public static string MakeFifo(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        if (MkFifo(path, Convert.ToUInt32("644", 8)) != 0) throw new IOException("mkfifo " + path + " failed: errno " + Marshal.GetLastPInvokeError());
        return path;
    }

    /// <summary>A Unix domain socket file; the socket stays bound until the returned object is disposed.</summary>
    public static Socket MakeSocket(string folder, string name, out string path)
    {
        path = Path.Combine(folder, name);
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        return socket;
    }

    /// <summary>A character device like /dev/null (major 1, minor 3) in the folder, or null when this account may not make one (not root).</summary>
    public static string? TryMakeNullDevice(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        try
        {
            var info = new ProcessStartInfo("mknod") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var arg in new[] { "-m", "666", path, "c", "1", "3" }) info.ArgumentList.Add(arg);
            using var process = Process.Start(info)!;
            process.WaitForExit();
            return process.ExitCode == 0 && File.Exists(path) ? path : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
