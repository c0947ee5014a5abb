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
    // With no place to break, at the width.
    [InlineData("Abcdefghijklmnop", 6, "Abcdef\nghijkl\nmnop")]
    // Spaces inside a line are kept (a stray doubled space shows); a line breaks at one space and the next keeps any other.
    [InlineData("'After  Hours  Emergency'", 23, "'After  Hours\n Emergency'")]
    [InlineData("'Direct '", 23, "'Direct '")]
    public void Breaks_a_value_between_words_and_a_long_word_at_a_natural_break(string? value, int width, string expected)
    {
        Assert.Equal(expected, Wrap(value, width));
    }

    [Fact]
    public void A_collection_is_its_items_and_a_wide_character_takes_two_cells()
    {
        Assert.Equal("a, b", Wrap(new[] { "a", "b" }, 10));
        Assert.Equal("王小明\n王小明", Wrap("王小明 王小明", 7));
        Assert.Equal("True", Wrap(true, 5));
    }
}
