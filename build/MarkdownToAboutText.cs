// Turns docs/about_*.md (the PowerShell-Docs about layout: "# about_Name", "## Short description",
// "## Long description", further "##"/"###" sections) into the plain-text about_Name.help.txt that
// Get-Help reads in both PowerShell editions. Compiled by MSBuild's RoslynCodeTaskFactory (see
// MarkdownHelp.targets); a malformed page fails the build with its file and line.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

public sealed class MarkdownToAboutText : Task
{
    private const int Width = 80;

    [Required]
    public ITaskItem[] Pages { get; set; }

    [Required]
    public string OutputFolder { get; set; }

    public override bool Execute()
    {
        foreach (var page in Pages)
        {
            var path = page.ItemSpec;
            var text = Convert(path, (line, message) => Log.LogError("help", "QPHELP2", null, path, line, 0, 0, 0, message));
            if (text == null) continue;
            Directory.CreateDirectory(OutputFolder);
            var output = Path.Combine(OutputFolder, Path.GetFileNameWithoutExtension(path) + ".help.txt");
            // UTF-8 with a byte-order mark: Windows PowerShell 5.1 reads help text without one as the ANSI code page.
            File.WriteAllText(output, text, new UTF8Encoding(true));
            Log.LogMessage(MessageImportance.Normal, "Wrote " + output);
        }
        return !Log.HasLoggedErrors;
    }

    private static string Convert(string path, Action<int, string> error)
    {
        var lines = File.ReadAllLines(path);
        var topic = Path.GetFileNameWithoutExtension(path);
        var output = new StringBuilder();
        var paragraph = new List<string>();
        var sections = new List<string>();
        string title = null;
        var inCode = false;
        var codeStart = 0;
        var listOpen = false;

        void Flush()
        {
            if (paragraph.Count == 0) return;
            var text = string.Join(" ", paragraph.Select(l => l.Trim()));
            paragraph.Clear();
            var bullet = Regex.Match(text, @"^([-*]|\d+\.)\s+");
            if (bullet.Success)
            {
                var marker = bullet.Groups[1].Value == "*" ? "-" : bullet.Groups[1].Value;
                Wrap(output, Inline(text.Substring(bullet.Length)), "    " + marker + " ", "    " + new string(' ', marker.Length + 1));
                listOpen = true;   // items of one list stay together; the blank line follows the list
                return;
            }
            Wrap(output, Inline(text), "    ", "    ");
            output.AppendLine();
        }

        void CloseList()
        {
            if (!listOpen) return;
            output.AppendLine();
            listOpen = false;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                Flush();
                if (!inCode) CloseList();
                inCode = !inCode;
                if (inCode) codeStart = i + 1;
                else output.AppendLine();
                continue;
            }
            if (inCode) { output.AppendLine(line.Length == 0 ? string.Empty : "        " + line); continue; }

            if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                Flush();
                CloseList();
                if (title != null) { error(i + 1, "Only the first line may be a '# about_Name' title."); continue; }
                title = line.Substring(2).Trim();
                if (!title.Equals(topic, StringComparison.OrdinalIgnoreCase)) error(i + 1, "The title '" + title + "' does not match the file name " + topic + ".");
                output.AppendLine("TOPIC").AppendLine("    " + topic.ToLowerInvariant()).AppendLine();
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                CloseList();
                var heading = line.Substring(3).Trim();
                sections.Add(heading);
                output.AppendLine(heading.ToUpperInvariant());   // the text follows at once, as in PowerShell's own about files
            }
            else if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                Flush();
                CloseList();
                var heading = line.Substring(4).Trim();
                output.AppendLine("  " + heading).AppendLine("  " + new string('-', heading.Length)).AppendLine();
            }
            else if (line.TrimStart().StartsWith("|", StringComparison.Ordinal))
            {
                // Tables stay as written (aligned in the source), minus the markdown rule line's pipes.
                Flush();
                CloseList();
                var row = line.Trim();
                if (Regex.IsMatch(row, @"^\|[\s:|-]+\|$")) row = Regex.Replace(row, @"[^|]", "-").Replace('|', '-');
                output.AppendLine("    " + Inline(row));
                if (i + 1 >= lines.Length || !lines[i + 1].TrimStart().StartsWith("|", StringComparison.Ordinal)) output.AppendLine();
            }
            else if (line.Trim().Length == 0)
            {
                Flush();
                // A blank line ends a list unless the next line is another item of it.
                var next = i + 1 < lines.Length ? lines[i + 1] : string.Empty;
                if (!Regex.IsMatch(next, @"^\s*([-*]|\d+\.)\s+")) CloseList();
            }
            else if (Regex.IsMatch(line, @"^\s*([-*]|\d+\.)\s+") && paragraph.Count > 0)
            {
                Flush();
                paragraph.Add(line);
            }
            else paragraph.Add(line);
        }
        Flush();
        CloseList();

        if (inCode) error(codeStart, "A code block is not closed.");
        if (title == null) error(1, "The page has no '# " + topic + "' title.");
        foreach (var required in new[] { "Short description", "Long description" })
        {
            if (!sections.Contains(required, StringComparer.OrdinalIgnoreCase)) error(1, "The page has no '## " + required + "' section.");
        }
        return title == null || inCode ? null : output.ToString().TrimEnd() + Environment.NewLine;
    }

    /// <summary>Markdown inline marks read as plain text in a console: code ticks, emphasis, links as "text (url)".</summary>
    private static string Inline(string text)
    {
        text = Regex.Replace(text, @"\[([^\]]+)\]\(([^)]+)\)", m => m.Groups[2].Value.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? m.Groups[1].Value + " (" + m.Groups[2].Value + ")" : m.Groups[1].Value);
        text = text.Replace("`", string.Empty);
        text = Regex.Replace(text, @"\*\*([^*]+)\*\*", "$1");
        return text;
    }

    private static void Wrap(StringBuilder output, string text, string first, string rest)
    {
        var line = new StringBuilder(first);
        var empty = true;
        foreach (var word in text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!empty && line.Length + 1 + word.Length > Width)
            {
                output.AppendLine(line.ToString());
                line.Clear().Append(rest);
                empty = true;
            }
            if (!empty) line.Append(' ');
            line.Append(word);
            empty = false;
        }
        output.AppendLine(line.ToString());
    }
}
