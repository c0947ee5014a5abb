// Turns the cmdlet pages in docs/ (platyPS markdown, schema 2.0.0) into one MAML help file, so Get-Help
// works in both PowerShell editions without platyPS on the build machine. Compiled by MSBuild's
// RoslynCodeTaskFactory (see MarkdownHelp.targets); a malformed page fails the build with its file and line.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

public sealed class MarkdownToMaml : Task
{
    private const string Maml = "http://schemas.microsoft.com/maml/2004/10";
    private const string Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    private const string Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

    [Required]
    public ITaskItem[] Pages { get; set; }

    [Required]
    public string OutputFile { get; set; }

    public override bool Execute()
    {
        var commands = new List<CommandPage>();
        foreach (var page in Pages.OrderBy(p => p.ItemSpec, StringComparer.Ordinal))
        {
            var parsed = CommandPage.Parse(page.ItemSpec, (line, message) =>
                Log.LogError("help", "QPHELP1", null, page.ItemSpec, line, 0, 0, 0, message));
            if (parsed != null) commands.Add(parsed);
        }
        if (Log.HasLoggedErrors) return false;

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(OutputFile)));
        var temp = OutputFile + ".tmp";
        using (var writer = XmlWriter.Create(temp, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            Write(writer, commands);
        }
        File.Copy(temp, OutputFile, true);
        File.Delete(temp);
        Log.LogMessage(MessageImportance.Normal, "Wrote help for " + commands.Count + " cmdlets to " + OutputFile);
        return true;
    }

    private static void Write(XmlWriter w, List<CommandPage> commands)
    {
        w.WriteStartDocument();
        w.WriteStartElement("helpItems", "http://msh");
        w.WriteAttributeString("schema", "maml");
        foreach (var c in commands)
        {
            w.WriteStartElement("command", "command", Command);
            w.WriteAttributeString("xmlns", "maml", null, Maml);
            w.WriteAttributeString("xmlns", "dev", null, Dev);

            w.WriteStartElement("command", "details", Command);
            w.WriteElementString("command", "name", Command, c.Name);
            var dash = c.Name.IndexOf('-');
            w.WriteElementString("command", "verb", Command, dash > 0 ? c.Name.Substring(0, dash) : c.Name);
            w.WriteElementString("command", "noun", Command, dash > 0 ? c.Name.Substring(dash + 1) : string.Empty);
            Description(w, new[] { c.Synopsis });
            w.WriteEndElement();

            Description(w, c.Description);

            w.WriteStartElement("command", "syntax", Command);
            foreach (var set in c.SyntaxSets())
            {
                w.WriteStartElement("command", "syntaxItem", Command);
                w.WriteElementString("maml", "name", Maml, c.Name);
                foreach (var p in set) Parameter(w, p, inSyntax: true);
                w.WriteEndElement();
            }
            w.WriteEndElement();

            w.WriteStartElement("command", "parameters", Command);
            foreach (var p in c.MergedParameters()) Parameter(w, p, inSyntax: false);
            w.WriteEndElement();

            TypeList(w, "inputTypes", "inputType", c.Inputs);
            TypeList(w, "returnValues", "returnValue", c.Outputs);

            if (c.Notes.Count > 0)
            {
                w.WriteStartElement("maml", "alertSet", Maml);
                w.WriteStartElement("maml", "alert", Maml);
                foreach (var para in c.Notes) w.WriteElementString("maml", "para", Maml, para);
                w.WriteEndElement();
                w.WriteEndElement();
            }

            w.WriteStartElement("command", "examples", Command);
            foreach (var e in c.Examples)
            {
                w.WriteStartElement("command", "example", Command);
                w.WriteElementString("maml", "title", Maml, "-------------------------- " + e.Title + " --------------------------");
                w.WriteElementString("dev", "code", Dev, e.Code);
                w.WriteStartElement("dev", "remarks", Dev);
                foreach (var para in e.Remarks) w.WriteElementString("maml", "para", Maml, para);
                w.WriteEndElement();
                w.WriteEndElement();
            }
            w.WriteEndElement();

            w.WriteStartElement("command", "relatedLinks", Command);
            foreach (var link in c.Links)
            {
                w.WriteStartElement("maml", "navigationLink", Maml);
                w.WriteElementString("maml", "linkText", Maml, link.Key);
                // Links to sibling pages mean nothing in the console; only absolute URIs are kept.
                w.WriteElementString("maml", "uri", Maml, link.Value.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? link.Value : string.Empty);
                w.WriteEndElement();
            }
            w.WriteEndElement();

            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static void Description(XmlWriter w, IEnumerable<string> paragraphs)
    {
        w.WriteStartElement("maml", "description", Maml);
        foreach (var para in paragraphs) w.WriteElementString("maml", "para", Maml, para);
        w.WriteEndElement();
    }

    private static void Parameter(XmlWriter w, ParameterDoc p, bool inSyntax)
    {
        w.WriteStartElement("command", "parameter", Command);
        w.WriteAttributeString("required", p.Required ? "true" : "false");
        w.WriteAttributeString("variableLength", p.Type.EndsWith("[]", StringComparison.Ordinal) ? "true" : "false");
        w.WriteAttributeString("globbing", p.Globbing ? "true" : "false");
        w.WriteAttributeString("pipelineInput", p.PipelineInput);
        w.WriteAttributeString("position", p.Position);
        w.WriteAttributeString("aliases", p.Aliases.Length == 0 ? "none" : p.Aliases);
        w.WriteElementString("maml", "name", Maml, p.Name);
        Description(w, p.Description);
        if (inSyntax && p.AcceptedValues.Count > 0)
        {
            w.WriteStartElement("command", "parameterValueGroup", Command);
            foreach (var value in p.AcceptedValues)
            {
                w.WriteStartElement("command", "parameterValue", Command);
                w.WriteAttributeString("required", "false");
                w.WriteAttributeString("command", "variableLength", Command, "false");
                w.WriteString(value);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        else if (p.Type != "SwitchParameter")
        {
            w.WriteStartElement("command", "parameterValue", Command);
            w.WriteAttributeString("required", "true");
            w.WriteAttributeString("variableLength", "false");
            w.WriteString(p.Type);
            w.WriteEndElement();
        }
        w.WriteStartElement("dev", "type", Dev);
        w.WriteElementString("maml", "name", Maml, p.Type);
        w.WriteElementString("maml", "uri", Maml, string.Empty);
        w.WriteEndElement();
        w.WriteElementString("dev", "defaultValue", Dev, p.DefaultValue);
        w.WriteEndElement();
    }

    private static void TypeList(XmlWriter w, string listName, string itemName, List<KeyValuePair<string, List<string>>> types)
    {
        w.WriteStartElement("command", listName, Command);
        foreach (var type in types)
        {
            w.WriteStartElement("command", itemName, Command);
            w.WriteStartElement("dev", "type", Dev);
            w.WriteElementString("maml", "name", Maml, type.Key);
            w.WriteEndElement();
            Description(w, type.Value);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private sealed class ExampleDoc
    {
        public string Title;
        public string Code = string.Empty;
        public List<string> Remarks = new List<string>();
    }

    private sealed class ParameterDoc
    {
        public string Name;
        public List<string> Description = new List<string>();
        public string Type;
        public List<string> Sets = new List<string>();
        public string Aliases = string.Empty;
        public List<string> AcceptedValues = new List<string>();
        public bool Required;
        public string Position = "named";
        public string DefaultValue = "None";
        public string PipelineInput = "False";
        public bool Globbing;
        public int PositionOrder => int.TryParse(Position, out var n) ? n : int.MaxValue;
    }

    private sealed class CommandPage
    {
        public string Name;
        public string Synopsis;
        public List<string> Description = new List<string>();
        public List<string> SetNames = new List<string>();
        public List<ExampleDoc> Examples = new List<ExampleDoc>();
        public List<ParameterDoc> Parameters = new List<ParameterDoc>();
        public List<KeyValuePair<string, List<string>>> Inputs = new List<KeyValuePair<string, List<string>>>();
        public List<KeyValuePair<string, List<string>>> Outputs = new List<KeyValuePair<string, List<string>>>();
        public List<string> Notes = new List<string>();
        public List<KeyValuePair<string, string>> Links = new List<KeyValuePair<string, string>>();

        public IEnumerable<List<ParameterDoc>> SyntaxSets()
        {
            var names = SetNames.Count == 0 ? new List<string> { "(All)" } : SetNames;
            foreach (var set in names)
            {
                // A parameter whose required flag or position differs between sets has one yaml block per
                // group of sets (as platyPS writes it); the set's own block decides how it shows here.
                yield return Parameters
                    .Where(p => set == "(All)" || p.Sets.Contains("(All)") || p.Sets.Contains(set))
                    .GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase).Select(g => g.First())
                    .OrderBy(p => p.PositionOrder).ToList();
            }
        }

        /// <summary>One entry per parameter for the PARAMETERS list: required only where it is required in every set.</summary>
        public IEnumerable<ParameterDoc> MergedParameters()
        {
            foreach (var group in Parameters.GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase))
            {
                var first = group.First();
                if (group.Count() == 1) { yield return first; continue; }
                yield return new ParameterDoc
                {
                    Name = first.Name, Description = first.Description, Type = first.Type, Aliases = first.Aliases,
                    AcceptedValues = first.AcceptedValues, Required = group.All(p => p.Required), Position = first.Position,
                    DefaultValue = first.DefaultValue, PipelineInput = first.PipelineInput, Globbing = first.Globbing,
                    Sets = group.SelectMany(p => p.Sets).Distinct().ToList(),
                };
            }
        }

        public static CommandPage Parse(string path, Action<int, string> error)
        {
            var lines = File.ReadAllLines(path);
            var page = new CommandPage();
            var i = 0;
            if (lines.Length > 0 && lines[0].Trim() == "---")
            {
                for (i = 1; i < lines.Length && lines[i].Trim() != "---"; i++) { }
                i++;
            }

            string section = null;
            var sectionLines = new Dictionary<string, List<KeyValuePair<int, string>>>(StringComparer.OrdinalIgnoreCase);
            for (; i < lines.Length; i++)
            {
                var line = lines[i];
                if (line.StartsWith("# ", StringComparison.Ordinal) && page.Name == null) page.Name = line.Substring(2).Trim();
                else if (line.StartsWith("## ", StringComparison.Ordinal))
                {
                    section = line.Substring(3).Trim();
                    sectionLines[section] = new List<KeyValuePair<int, string>>();
                }
                else if (section != null) sectionLines[section].Add(new KeyValuePair<int, string>(i + 1, line));
            }

            if (string.IsNullOrEmpty(page.Name)) { error(1, "The page has no '# Command-Name' title."); return null; }
            if (!Path.GetFileNameWithoutExtension(path).Equals(page.Name, StringComparison.OrdinalIgnoreCase))
            {
                error(1, "The title '" + page.Name + "' does not match the file name.");
            }

            List<KeyValuePair<int, string>> Section(string name) =>
                sectionLines.TryGetValue(name, out var found) ? found : new List<KeyValuePair<int, string>>();

            page.Synopsis = string.Join(" ", Paragraphs(Section("SYNOPSIS")));
            if (page.Synopsis.Length == 0) error(1, "SYNOPSIS is empty.");
            page.Description = Paragraphs(Section("DESCRIPTION"));
            if (page.Description.Count == 0) error(1, "DESCRIPTION is empty.");
            page.Notes = Paragraphs(Section("NOTES"));

            foreach (var required in new[] { "SYNTAX", "PARAMETERS", "INPUTS", "OUTPUTS", "RELATED LINKS" })
            {
                if (!sectionLines.ContainsKey(required)) error(1, "The page has no '## " + required + "' section.");
            }

            // SYNTAX: "### SetName" (or "### SetName (Default)") and its code block; a single-set page may
            // have "### __AllParameterSets" or the bare block.
            var syntaxBlocks = new List<SyntaxBlock>();
            var syntaxSubsections = Subsections(Section("SYNTAX"));
            if (syntaxSubsections.Count == 0 && CodeBlocks(Section("SYNTAX")).Count > 0)
            {
                syntaxBlocks.Add(new SyntaxBlock { Set = "__AllParameterSets", Line = Section("SYNTAX")[0].Key, Code = CodeBlocks(Section("SYNTAX"))[0] });
            }
            var defaults = 0;
            foreach (var sub in syntaxSubsections)
            {
                var name = Regex.Replace(sub.Key.Value, @"\s*\(Default\)\s*$", string.Empty);
                if (name != sub.Key.Value) defaults++;
                var code = CodeBlocks(sub.Value);
                if (code.Count == 0) error(sub.Key.Key, "The syntax of the set '" + name + "' has no code block.");
                syntaxBlocks.Add(new SyntaxBlock { Set = name, Line = sub.Key.Key, Code = code.Count > 0 ? code[0] : string.Empty });
                if (name != "__AllParameterSets") page.SetNames.Add(name);
            }
            if (syntaxBlocks.Count == 0) error(1, "SYNTAX has no syntax block.");
            if (defaults > 1) error(1, "At most one parameter set may be marked '(Default)' under SYNTAX (none when the cmdlet has no default set).");

            foreach (var sub in Subsections(Section("EXAMPLES")))
            {
                var example = new ExampleDoc { Title = sub.Key.Value };
                var split = SplitCode(sub.Value);
                if (split.Key == null) error(sub.Key.Key, "Example '" + example.Title + "' has no code block.");
                example.Code = split.Key ?? string.Empty;
                example.Remarks = Paragraphs(split.Value);
                page.Examples.Add(example);
            }
            if (page.Examples.Count < 2) error(1, "The page needs at least two examples.");
            foreach (var example in page.Examples.Where(e => e.Remarks.Count == 0)) error(1, "Example '" + example.Title + "' does not say what it does and what it shows.");

            foreach (var sub in Subsections(Section("PARAMETERS")))
            {
                if (sub.Key.Value == "CommonParameters") continue;
                if (!sub.Key.Value.StartsWith("-", StringComparison.Ordinal)) { error(sub.Key.Key, "A parameter heading must be '### -Name'."); continue; }
                var name = sub.Key.Value.Substring(1);
                if (page.Parameters.Any(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
                {
                    error(sub.Key.Key, "Parameter -" + name + " is documented twice.");
                    continue;
                }
                var blocks = CodeBlocks(sub.Value);
                var description = Paragraphs(sub.Value);
                if (description.Count == 0) error(sub.Key.Key, "Parameter -" + name + " has no description.");
                if (blocks.Count == 0) { error(sub.Key.Key, "Parameter -" + name + " has no yaml block."); continue; }
                // One yaml block per group of parameter sets that share required and position (platyPS layout).
                foreach (var block in blocks)
                {
                    var parameter = new ParameterDoc { Name = name, Description = description };
                    var yaml = block.Split('\n')
                        .Select(l => l.Split(new[] { ':' }, 2)).Where(kv => kv.Length == 2)
                        .ToDictionary(kv => kv[0].Trim(), kv => kv[1].Trim(), StringComparer.OrdinalIgnoreCase);
                    if (!yaml.TryGetValue("Type", out parameter.Type) || parameter.Type.Length == 0)
                    {
                        error(sub.Key.Key, "Parameter -" + name + " has no 'Type:' in its yaml block.");
                        continue;
                    }
                    foreach (var key in new[] { "Parameter Sets", "Required", "Position", "Accept pipeline input", "Accept wildcard characters" })
                    {
                        if (!yaml.ContainsKey(key)) error(sub.Key.Key, "Parameter -" + name + " has no '" + key + ":' in its yaml block.");
                    }
                    parameter.Sets = Get(yaml, "Parameter Sets", "(All)").Split(',').Select(s => s.Trim()).ToList();
                    parameter.Aliases = Get(yaml, "Aliases", string.Empty);
                    parameter.AcceptedValues = Get(yaml, "Accepted values", string.Empty).Split(',').Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
                    parameter.Required = Get(yaml, "Required", "False").Equals("True", StringComparison.OrdinalIgnoreCase);
                    parameter.Position = Get(yaml, "Position", "Named").ToLowerInvariant();
                    parameter.DefaultValue = Get(yaml, "Default value", "None");
                    parameter.PipelineInput = Get(yaml, "Accept pipeline input", "False");
                    parameter.Globbing = Get(yaml, "Accept wildcard characters", "False").Equals("True", StringComparison.OrdinalIgnoreCase);
                    foreach (var set in parameter.Sets.Where(set => set != "(All)" && !page.SetNames.Contains(set)))
                    {
                        error(sub.Key.Key, "Parameter -" + name + " names the parameter set '" + set + "', which has no block under SYNTAX.");
                    }
                    page.Parameters.Add(parameter);
                }
            }

            CheckSyntax(page, syntaxBlocks, error);

            page.Inputs = TypeSections(Section("INPUTS"));
            page.Outputs = TypeSections(Section("OUTPUTS"));
            foreach (var entry in Section("RELATED LINKS"))
            {
                foreach (Match m in Regex.Matches(entry.Value, @"\[([^\]]+)\]\(([^)]*)\)"))
                {
                    page.Links.Add(new KeyValuePair<string, string>(m.Groups[1].Value, m.Groups[2].Value));
                }
            }
            return page;
        }

        /// <summary>Each syntax line starts with the command and names only documented parameters (and
        /// -WhatIf/-Confirm), and names every documented parameter of its set: a page cannot drift silently.</summary>
        private static void CheckSyntax(CommandPage page, List<SyntaxBlock> blocks, Action<int, string> error)
        {
            foreach (var block in blocks)
            {
                var text = Regex.Replace(block.Code, @"\s+", " ").Trim();
                if (!text.StartsWith(page.Name + " ", StringComparison.OrdinalIgnoreCase) && !text.Equals(page.Name, StringComparison.OrdinalIgnoreCase))
                {
                    error(block.Line, "The syntax of the set '" + block.Set + "' does not start with " + page.Name + ".");
                    continue;
                }
                if (!text.EndsWith("[<CommonParameters>]", StringComparison.Ordinal)) error(block.Line, "The syntax of the set '" + block.Set + "' does not end with [<CommonParameters>].");
                var named = Regex.Matches(text, @"(?<=[\s\[])-(\w+)").Cast<Match>().Select(m => m.Groups[1].Value).ToList();
                foreach (var name in named.Where(n => n != "WhatIf" && n != "Confirm"))
                {
                    if (!page.Parameters.Any(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
                        error(block.Line, "The syntax of the set '" + block.Set + "' names -" + name + ", which the page does not document.");
                }
                foreach (var parameter in page.Parameters.Where(p => block.Set == "__AllParameterSets" || p.Sets.Contains("(All)") || p.Sets.Contains(block.Set)))
                {
                    if (!named.Contains(parameter.Name, StringComparer.OrdinalIgnoreCase))
                        error(block.Line, "The syntax of the set '" + block.Set + "' leaves out -" + parameter.Name + ", which the page puts in that set.");
                }
            }
        }

        /// <summary>The text of every fenced code block among the lines.</summary>
        private static List<string> CodeBlocks(List<KeyValuePair<int, string>> lines)
        {
            var result = new List<string>();
            List<string> buffer = null;
            foreach (var line in lines)
            {
                if (line.Value.TrimStart().StartsWith("```", StringComparison.Ordinal))
                {
                    if (buffer == null) buffer = new List<string>();
                    else { result.Add(string.Join("\n", buffer)); buffer = null; }
                    continue;
                }
                buffer?.Add(line.Value);
            }
            return result;
        }

        private sealed class SyntaxBlock
        {
            public string Set;
            public int Line;
            public string Code;
        }

        private static string Get(Dictionary<string, string> yaml, string key, string fallback) =>
            yaml.TryGetValue(key, out var value) && value.Length > 0 ? value : fallback;

        private static List<KeyValuePair<string, List<string>>> TypeSections(List<KeyValuePair<int, string>> lines) =>
            Subsections(lines).Select(s => new KeyValuePair<string, List<string>>(s.Key.Value, Paragraphs(s.Value))).ToList();

        /// <summary>"### Heading" blocks: (line number, heading) and their lines.</summary>
        private static List<KeyValuePair<KeyValuePair<int, string>, List<KeyValuePair<int, string>>>> Subsections(List<KeyValuePair<int, string>> lines)
        {
            var result = new List<KeyValuePair<KeyValuePair<int, string>, List<KeyValuePair<int, string>>>>();
            var inCode = false;
            foreach (var line in lines)
            {
                if (line.Value.TrimStart().StartsWith("```", StringComparison.Ordinal)) inCode = !inCode;
                if (!inCode && line.Value.StartsWith("### ", StringComparison.Ordinal))
                {
                    result.Add(new KeyValuePair<KeyValuePair<int, string>, List<KeyValuePair<int, string>>>(
                        new KeyValuePair<int, string>(line.Key, line.Value.Substring(4).Trim()), new List<KeyValuePair<int, string>>()));
                }
                else if (result.Count > 0) result[result.Count - 1].Value.Add(line);
            }
            return result;
        }

        /// <summary>The first fenced code block's text, and the lines outside it.</summary>
        private static KeyValuePair<string, List<KeyValuePair<int, string>>> SplitCode(List<KeyValuePair<int, string>> lines)
        {
            string code = null;
            var rest = new List<KeyValuePair<int, string>>();
            var inCode = false;
            var buffer = new List<string>();
            foreach (var line in lines)
            {
                if (line.Value.TrimStart().StartsWith("```", StringComparison.Ordinal))
                {
                    if (inCode && code == null) code = string.Join("\n", buffer);
                    inCode = !inCode;
                    buffer.Clear();
                    continue;
                }
                if (inCode) buffer.Add(line.Value);
                else rest.Add(line);
            }
            return new KeyValuePair<string, List<KeyValuePair<int, string>>>(code, rest);
        }

        /// <summary>Markdown paragraphs (blank-line separated, soft line breaks joined), code blocks left out.</summary>
        private static List<string> Paragraphs(List<KeyValuePair<int, string>> lines)
        {
            var result = new List<string>();
            var current = new StringBuilder();
            var inCode = false;
            foreach (var line in lines)
            {
                var text = line.Value.Trim();
                if (text.StartsWith("```", StringComparison.Ordinal)) { inCode = !inCode; continue; }
                if (inCode) continue;
                if (text.Length == 0)
                {
                    if (current.Length > 0) result.Add(current.ToString());
                    current.Clear();
                    continue;
                }
                if (current.Length > 0) current.Append(' ');
                current.Append(text);
            }
            if (current.Length > 0) result.Add(current.ToString());
            return result;
        }
    }
}
