using System;
using System.IO;
using System.Text;

namespace QuickpassPsa.Tests.Infrastructure;

/// <summary>A temporary folder for test files, deleted on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "qpsa-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes text as UTF-8 (with a byte-order mark when asked) and returns the full path.</summary>
    public string Write(string name, string text, bool bom = false)
    {
        var full = System.IO.Path.Combine(Path, name);
        File.WriteAllText(full, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: bom));
        return full;
    }

    public string WriteBytes(string name, byte[] bytes)
    {
        var full = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
