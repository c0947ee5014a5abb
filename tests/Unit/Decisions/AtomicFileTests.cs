using System;
using System.IO;
using System.Linq;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Decisions;

/// <summary>
/// AtomicFile keeps a replaced file what its owner made it (round 41: a report kept to its owner came back readable by
/// all, a read-only one was replaced, a symbolic link became a plain file and the file it named was never updated).
/// </summary>
public class AtomicFileTests
{
    private static void Write(string path, string text, bool replaceReadOnly = false) => AtomicFile.Write(path, w => w.Write(text), replaceReadOnly);

    [Fact]
    public void A_symbolic_link_keeps_pointing_where_it_did_and_the_file_it_names_is_replaced()
    {
        using var temp = new TempFolder();
        var target = Path.Combine(temp.Path, "reports", "latest-real.html");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, "old");
        var link = Path.Combine(temp.Path, "latest.html");
        File.CreateSymbolicLink(link, target);

        Write(link, "new");

        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.Equal("new", File.ReadAllText(target));
        Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_read_only_file_is_left_as_it_is_unless_the_caller_says_to_replace_it_and_then_stays_read_only()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "report.html");
        File.WriteAllText(path, "old");
        File.SetAttributes(path, FileAttributes.ReadOnly);
        try
        {
            var ex = Assert.Throws<ReadOnlyFileException>(() => Write(path, "new"));
            Assert.Contains("read-only", ex.Message);
            Assert.Equal("old", File.ReadAllText(path));

            Write(path, "new", replaceReadOnly: true);

            Assert.Equal("new", File.ReadAllText(path));
            Assert.True((File.GetAttributes(path) & FileAttributes.ReadOnly) != 0);
        }
        finally
        {
            File.SetAttributes(path, FileAttributes.Normal);
        }
    }

    [Fact]
    public void On_Unix_the_new_file_keeps_the_old_ones_permissions()
    {
        if (OperatingSystem.IsWindows()) return; // Windows' ReplaceFile keeps the old file's ACL itself
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "report.html");
        File.WriteAllText(path, "old");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        Write(path, "new");

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    /// <summary>Round 54: a report written to /dev/null as root renamed a regular file over the device; a named pipe became a file too.</summary>
    [Fact]
    public void A_named_pipe_a_socket_or_a_device_is_refused_before_anything_is_written_and_stays_what_it_was()
    {
        if (OperatingSystem.IsWindows()) return;
        using var temp = new TempFolder();
        var pipe = SpecialFiles.MakeFifo(temp.Path, "fifo");
        using var socket = SpecialFiles.MakeSocket(temp.Path, "socket", out var socketPath);
        var device = SpecialFiles.TryMakeNullDevice(temp.Path, "null-copy"); // only as root, as RMM agents run
        var written = 0;

        foreach (var (path, kind, words) in new[] { (pipe, FileKind.NamedPipe, "a named pipe (FIFO)"), (socketPath, FileKind.Socket, "a socket") }
            .Concat(device == null ? Array.Empty<(string, FileKind, string)>() : new[] { (device, FileKind.CharacterDevice, "a character device") }))
        {
            var ex = Assert.Throws<NotARegularFileException>(() => AtomicFile.Write(path, w => { written++; w.Write("report"); }));
            Assert.Contains("'" + path + "' is " + words, ex.Message);
            Assert.Contains("not a regular file, so it was left as it is", ex.Message);
            Assert.Equal(path, ex.FilePath);
            Assert.Equal(kind, FileKinds.Of(path));
        }
        Assert.Equal(0, written);
        Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp"));
    }

    [Fact]
    public void A_link_to_a_named_pipe_is_refused_and_both_stay()
    {
        if (OperatingSystem.IsWindows()) return;
        using var temp = new TempFolder();
        var pipe = SpecialFiles.MakeFifo(temp.Path, "fifo");
        var link = Path.Combine(temp.Path, "report.html");
        File.CreateSymbolicLink(link, pipe);

        var ex = Assert.Throws<NotARegularFileException>(() => Write(link, "new"));

        Assert.Contains("named pipe", ex.Message);
        Assert.Equal(pipe, new FileInfo(link).LinkTarget);
        Assert.Equal(FileKind.NamedPipe, FileKinds.Of(pipe));
    }

    [Fact]
    public void A_regular_file_and_a_missing_one_are_told_from_the_rest()
    {
        using var temp = new TempFolder();
        Assert.Equal(FileKind.RegularFile, FileKinds.Of(temp.Write("a.txt", "x")));
        Assert.Equal(FileKind.Missing, FileKinds.Of(Path.Combine(temp.Path, "none")));
        Assert.Equal(FileKind.Folder, FileKinds.Of(temp.Path));
    }

    /// <summary>Round 54: each said "The file ... already exists", and a new folder ending in '/' was made and left behind.</summary>
    [Fact]
    public void A_folder_a_path_under_a_file_and_a_name_ending_in_a_separator_say_what_is_wrong_and_make_nothing()
    {
        using var temp = new TempFolder();
        var file = temp.Write("afile.txt", "x");
        Directory.CreateDirectory(Path.Combine(temp.Path, "w"));

        var folder = Assert.Throws<NotARegularFileException>(() => Write(Path.Combine(temp.Path, "w"), "new"));
        var underFile = Assert.Throws<NotARegularFileException>(() => Write(Path.Combine(file, "sub", "report.html"), "new"));
        var trailing = Assert.Throws<NotARegularFileException>(() => Write(Path.Combine(temp.Path, "newdir") + Path.DirectorySeparatorChar, "new"));

        Assert.Contains("is a folder; give a file name", folder.Message);
        Assert.Contains("'" + file + "' is a file, not a folder", underFile.Message);
        Assert.Contains("ends in a separator, so it names a folder, not a file", trailing.Message);
        Assert.Equal(new[] { "afile.txt", "w" }, Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Order());
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(temp.Path, "w")));
    }

    [Fact]
    public void A_failed_write_takes_away_the_folders_it_made_and_keeps_those_that_were_there()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "new", "deeper", "report.html");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, _ => throw new InvalidOperationException("upstream")));

        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
        Assert.True(Directory.Exists(temp.Path));
    }
}
