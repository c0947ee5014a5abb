using System;
using System.IO;
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
}
