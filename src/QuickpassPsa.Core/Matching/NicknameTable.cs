using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// Given-name equivalences (Robert = Bob = Rob = Bobby), many-to-many: a name may sit in several
    /// groups ("al" is Albert, Alan, Alfred and Alexander). The built-in table is Matching/Data/nicknames.txt;
    /// users extend it with a file of the same format: one group per line, names separated by spaces,
    /// '#' comments.
    /// </summary>
    public sealed class NicknameTable
    {
        private static readonly Lazy<NicknameTable> BuiltIn = new Lazy<NicknameTable>(LoadBuiltIn);
        private readonly Dictionary<string, int[]> _groupsByName;
        private readonly Dictionary<string, string[]> _equivalents;

        private NicknameTable(Dictionary<string, int[]> groupsByName, int groupCount, Dictionary<string, string[]> equivalents)
        {
            _groupsByName = groupsByName;
            GroupCount = groupCount;
            _equivalents = equivalents;
        }

        /// <summary>The table shipped with the module.</summary>
        public static NicknameTable Default => BuiltIn.Value;

        public int GroupCount { get; }
        public int NameCount => _groupsByName.Count;

        /// <summary>True when two different names share a group (compared in <see cref="NameNormalizer.Compact"/> form).</summary>
        public bool AreEquivalent(string first, string second)
        {
            var a = NameNormalizer.Compact(first);
            var b = NameNormalizer.Compact(second);
            if (a.Length == 0 || b.Length == 0 || a == b) return false;
            if (!_groupsByName.TryGetValue(a, out var groupsA) || !_groupsByName.TryGetValue(b, out var groupsB)) return false;
            foreach (var g in groupsA)
            {
                if (Array.IndexOf(groupsB, g) >= 0) return true;
            }
            return false;
        }

        /// <summary>The table has this given name (in <see cref="NameNormalizer.Compact"/> form) in a group.</summary>
        internal bool Knows(string compactName) => _groupsByName.ContainsKey(compactName);

        /// <summary>Every name equivalent to this one (not itself), in compact folded form.</summary>
        public IReadOnlyList<string> EquivalentsOf(string name) => EquivalentsOfCompact(NameNormalizer.Compact(name));

        /// <summary>The same for a name already in <see cref="NameNormalizer.Compact"/> form: a lookup, no allocation.</summary>
        internal IReadOnlyList<string> EquivalentsOfCompact(string compactName) =>
            _equivalents.TryGetValue(compactName, out var names) ? names : Array.Empty<string>();

        /// <summary>Reads a table from text in the nicknames.txt format.</summary>
        public static NicknameTable Parse(TextReader reader, string sourceName)
        {
            var groups = new List<string[]>();
            string? line;
            var number = 0;
            while ((line = reader.ReadLine()) != null)
            {
                number++;
                var text = line.Trim();
                if (text.Length == 0 || text[0] == '#') continue;
                var names = text.Split(new[] { ' ', '\t', ',' }, StringSplitOptions.RemoveEmptyEntries)
                    .Select(NameNormalizer.Compact).Where(n => n.Length > 0).Distinct().ToArray();
                if (names.Length < 2)
                {
                    throw new FormatException(sourceName + " line " + number.ToString(CultureInfo.InvariantCulture) +
                        ": a group needs at least two names separated by spaces (got '" + text + "').");
                }
                groups.Add(names);
            }
            return Build(groups);
        }

        /// <summary>Reads a user's table file and adds its groups to this table's.</summary>
        public NicknameTable ExtendWith(string path)
        {
            using var reader = new StreamReader(path, Encoding.UTF8);
            return Merge(Parse(reader, Path.GetFileName(path)));
        }

        public NicknameTable Merge(NicknameTable other)
        {
            var groups = Groups().Concat(other.Groups()).ToList();
            return Build(groups);
        }

        private IEnumerable<string[]> Groups() =>
            _groupsByName.SelectMany(p => p.Value.Select(g => (Group: g, Name: p.Key)))
                .GroupBy(x => x.Group).Select(g => g.Select(x => x.Name).ToArray());

        private static NicknameTable Build(List<string[]> groups)
        {
            var byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var g = 0; g < groups.Count; g++)
            {
                foreach (var name in groups[g])
                {
                    if (!byName.TryGetValue(name, out var list)) byName[name] = list = new List<int>();
                    list.Add(g);
                }
            }
            // Equivalents are computed once, so matching asks "which names is Robert also known by?" as a lookup.
            var equivalents = byName.ToDictionary(
                p => p.Key,
                p => p.Value.SelectMany(g => groups[g]).Where(n => n != p.Key).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToArray(),
                StringComparer.Ordinal);
            return new NicknameTable(byName.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal), groups.Count, equivalents);
        }

        private static NicknameTable LoadBuiltIn()
        {
            using var stream = typeof(NicknameTable).Assembly.GetManifestResourceStream("QuickpassPsa.Core.Matching.nicknames.txt")
                ?? throw new InvalidOperationException("The built-in nickname table is missing from QuickpassPsa.Core.");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return Parse(reader, "nicknames.txt");
        }
    }
}
