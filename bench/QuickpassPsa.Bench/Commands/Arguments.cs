using System.Globalization;

namespace QuickpassPsa.Bench.Commands;

/// <summary>"--name value" and "--flag" arguments.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.OrdinalIgnoreCase);

    public Arguments(IEnumerable<string> args)
    {
        string? pending = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (pending != null) _values[pending] = null;
                pending = arg.Substring(2);
            }
            else if (pending != null)
            {
                _values[pending] = arg;
                pending = null;
            }
            else
            {
                throw new ArgumentException("Unexpected argument '" + arg + "'.");
            }
        }
        if (pending != null) _values[pending] = null;
    }

    public bool Flag(string name) => _values.ContainsKey(name);

    public string Required(string name) =>
        _values.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) ? value : throw new ArgumentException("--" + name + " is required.");

    public string? Optional(string name) => _values.TryGetValue(name, out var value) ? value : null;

    public int Int(string name, int fallback) =>
        _values.TryGetValue(name, out var value) && value != null ? int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture) : fallback;
}
