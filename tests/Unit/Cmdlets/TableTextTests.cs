using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Cmdlets;

/// <summary>
/// The table views' own wrap (round 73a): PowerShell cuts a table value inside a word in most languages ("Harbour Denta|l Group",
/// "Rachel Gree|n" at 80 columns), so every text column of QuickpassPsa.Format.ps1xml breaks its value between words itself.
/// </summary>
public class TableTextTests : System.IDisposable
{
    // The views reach the helper as PowerShell does, by its type name in the module's loaded cmdlet assembly.
    private readonly PowerShellHost _ps = PowerShellHost.WithModule();

    public void Dispose() => _ps.Dispose();

    private string Wrap(object? value, int width)
    {
        var result = _ps.Run("[QuickpassPsa.Cmdlets.Formatting.TableText]::Wrap($args[0], $args[1])", value, width);
        Assert.Empty(result.Errors);
        return (string)Assert.Single(result.Output).BaseObject;
    }

    [Theory]
    [InlineData("Harbour Dental Group [5001]", 12, "Harbour\nDental Group\n[5001]")]
    [InlineData("Rachel Green", 10, "Rachel\nGreen")]
    [InlineData("Rachel Green", 12, "Rachel Green")]
    [InlineData("Contoso Ltd", 11, "Contoso Ltd")]
    [InlineData("", 5, "")]
    [InlineData(null, 5, "")]
    // A word longer than its column breaks after the @ or a dot of an address, a hyphen, a slash, a backslash: never in the middle of a part.
    [InlineData("rachel.green@harbourdental.co.uk", 13, "rachel.green@\nharbourdental\n.co.uk")]
    [InlineData("peter.vance@harbourdental.co.uk", 14, "peter.vance@\nharbourdental.\nco.uk")]
    [InlineData("coles@harbourdental.co.uk", 24, "coles@\nharbourdental.co.uk")]      // the domain on a line of its own, not "co." over "uk"
    [InlineData("oliver.abbott@harbourdental.co.uk", 13, "oliver.\nabbott@\nharbourdental\n.co.uk")] // never "@harbourdenta|l"
    [InlineData("maria.garcia-fernandez@contoso.com", 22, "maria.garcia-\nfernandez@contoso.com")]
    [InlineData("https://webservices15.autotask.net/atservicesrest/", 23, "https://webservices15.\nautotask.net/\natservicesrest/")]
    [InlineData("CONTOSO\\svc-rmm-agent", 9, "CONTOSO\\\nsvc-rmm-\nagent")]
    // With no place to break, at the width, with a hyphen that says the word goes on (round 75b: "Christophe" over "r" with no sign).
    [InlineData("Abcdefghijklmnop", 6, "Abcde-\nfghij-\nklmnop")]
    [InlineData("Featherstonehaugh", 12, "Featherston-\nehaugh")]
    [InlineData("Christopher Papadopoulos", 11, "Christopher\nPapadopoul-\nos")]
    // Spaces inside a line are kept (a stray doubled space shows); a line breaks at one space and the next keeps any other.
    [InlineData("'After  Hours  Emergency'", 23, "'After  Hours\n Emergency'")]
    [InlineData("'Direct '", 23, "'Direct '")]
    public void Breaks_a_value_between_words_and_a_long_word_at_a_natural_break(string? value, int width, string expected)
    {
        Assert.Equal(expected, Wrap(value, width));
    }

    /// <summary>
    /// Round 75b: an emoji (a surrogate pair) was split by the wrap and shown as two U+FFFD; a combining mark went to the next line, off its
    /// letter; a letter written with a separate mark counted as two columns. A line is measured as PowerShell measures it (one cell a
    /// UTF-16 unit, two an East Asian wide character), so PowerShell never cuts it again, and never ends inside a character.
    /// </summary>
    [Theory]
    [InlineData("abcdefghi\U0001F600xyz", 10, "abcdefghi-\n\U0001F600xyz")]           // the emoji is two cells, as PowerShell counts it
    [InlineData("abcdefghi\U0001F600xyz", 12, "abcdefghi\U0001F600-\nxyz")]
    [InlineData("Z\u0337\u0321\u0322a\u0334l\u0338g\u0336o\u0335", 11, "Z\u0337\u0321\u0322a\u0334l\u0338g\u0336-\no\u0335")] // marks stay on their letters
    [InlineData("Zoe\u0308 Zoe\u0308", 7, "Zo\u00EB Zo\u00EB")]                   // composed: one cell a letter
    [InlineData("\u0E43\u0E08\u0E14\u0E35 \u0E43\u0E08\u0E14\u0E35", 5, "\u0E43\u0E08\u0E14\u0E35\n\u0E43\u0E08\u0E14\u0E35")] // Thai: the vowel above with its letter
    [InlineData("\U0002000B\U0002000B\U0002000B\U0002000B", 5, "\U0002000B\U0002000B\n\U0002000B\U0002000B")] // ideographs beyond the first plane: no hyphen
    [InlineData("\U0001F469\u200D\U0001F4BB Dev", 6, "\U0001F469\u200D\U0001F4BB\nDev")] // an emoji sequence stays whole
    public void Never_ends_a_line_inside_a_character_and_measures_as_PowerShell_does(string value, int width, string expected)
    {
        var wrapped = Wrap(System.Text.RegularExpressions.Regex.Unescape(UnescapeLong(value)), width);

        Assert.Equal(System.Text.RegularExpressions.Regex.Unescape(UnescapeLong(expected)), wrapped);
        foreach (var line in wrapped.Split('\n'))
        {
            Assert.False(line.Length > 0 && char.IsLowSurrogate(line[0]), "a line starts with half an emoji: " + line);
            Assert.False(line.Length > 0 && char.IsHighSurrogate(line[line.Length - 1]), "a line ends with half an emoji: " + line);
            Assert.False(line.Length > 0 && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(line[0]) == System.Globalization.UnicodeCategory.NonSpacingMark,
                "a line starts with a mark off its letter: " + line);
        }
    }

    [Theory] // round 75b: Get-PsaContact's CompanyName, the same on every row, on one line
    [InlineData("Harbour Dental Group of Greater Wellington Hutt NZ", 11, "Harbour De\u2026")]
    [InlineData("Contoso Ltd", 11, "Contoso Ltd")]
    [InlineData("Fabrikam Inc Holdings", 11, "Fabrikam I\u2026")]
    [InlineData("Harbour    Dental", 11, "Harbour\u2026")]
    [InlineData("\u682A\u5F0F\u4F1A\u793E\u30A2\u30B8\u30A2", 11, "\u682A\u5F0F\u4F1A\u793E\u30A2\u2026")]
    public void Shortens_a_value_to_one_line_with_an_ellipsis(string value, int width, string expected)
    {
        var result = _ps.Run("[QuickpassPsa.Cmdlets.Formatting.TableText]::Shorten($args[0], $args[1])", System.Text.RegularExpressions.Regex.Unescape(value), width);
        Assert.Empty(result.Errors);
        Assert.Equal(System.Text.RegularExpressions.Regex.Unescape(expected), (string)Assert.Single(result.Output).BaseObject);
    }

    // Regex.Unescape knows \uXXXX only: \UXXXXXXXX (a code point beyond the first plane) is written out here.
    private static string UnescapeLong(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\\U([0-9A-Fa-f]{8})",
        m => char.ConvertFromUtf32(System.Convert.ToInt32(m.Groups[1].Value, 16)));

    [Fact]
    public void A_collection_is_its_items_and_a_wide_character_takes_two_cells()
    {
        Assert.Equal("a, b", Wrap(new[] { "a", "b" }, 10));
        Assert.Equal("王小明\n王小明", Wrap("王小明 王小明", 7));
        Assert.Equal("True", Wrap(true, 5));
    }
}
