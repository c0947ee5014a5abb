using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace QuickpassPsa.Simulator.ConnectWise.Conditions;

/// <summary>
/// A condition's <c>like</c> pattern read as SQL Server LIKE, which is what the real server runs
/// (psa-api.md A4: <c>%</c> works as a wildcard, and the Dev Guide's escape for a literal bracket,
/// <c>[string] → [[]string]</c>, is SQL LIKE's own):
/// <list type="bullet">
/// <item><c>%</c> and <c>*</c> (the Dev Guide's wildcard) match any run of characters, none included;</item>
/// <item><c>_</c> matches exactly one character;</item>
/// <item><c>[abc]</c>, <c>[a-c]</c> match one character of the class, <c>[^a]</c> one character outside it;
/// inside a class every character is literal, so <c>[[]</c>, <c>[%]</c>, <c>[_]</c>, <c>[*]</c> are the
/// characters themselves, and a <c>-</c> first or last is a literal dash;</item>
/// <item>GUESS: a <c>[</c> with no closing <c>]</c> is a literal <c>[</c> (SQL Server's answer there is not
/// captured; taking it literally keeps a name with a stray bracket findable);</item>
/// <item>no wildcard at all: an exact match (A4).</item>
/// </list>
/// Case is ignored, as everywhere in string conditions (GUESS: SQL Server's default collation), ranges included.
/// </summary>
internal static class LikePattern
{
    public static Regex ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '%' or '*':
                    regex.Append(".*");
                    break;
                case '_':
                    regex.Append('.');
                    break;
                case '[':
                    var close = pattern.IndexOf(']', i + 2); // the first character after '[' belongs to the class, even a ']'
                    if (close < 0)
                    {
                        regex.Append(@"\[");
                        break;
                    }
                    regex.Append(Class(pattern.Substring(i + 1, close - i - 1)));
                    i = close;
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
        regex.Append('$');
        return new Regex(regex.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline);
    }

    /// <summary>The text between '[' and ']' as a regex class; every character written as \uXXXX so none is special to .NET.</summary>
    private static string Class(string body)
    {
        var negated = body.Length > 1 && body[0] == '^';
        if (negated) body = body.Substring(1);
        var set = new StringBuilder();
        for (var i = 0; i < body.Length; i++)
        {
            if (i + 2 < body.Length && body[i + 1] == '-')
            {
                // A reversed range ([c-a]) holds nothing, as in SQL Server; .NET would refuse it.
                if (body[i] <= body[i + 2]) set.Append(Unicode(body[i])).Append('-').Append(Unicode(body[i + 2]));
                i += 2;
                continue;
            }
            set.Append(Unicode(body[i]));
        }
        if (set.Length == 0) return negated ? "." : "(?!)";
        return (negated ? "[^" : "[") + set + "]";
    }

    private static string Unicode(char c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
}
