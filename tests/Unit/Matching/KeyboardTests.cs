using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Tests.Matching;

public class KeyboardTests
{
    [Theory]
    [InlineData("smith", "smtih", true)]    // two neighbours swapped
    [InlineData("wilson", "wilsom", true)]  // n and m side by side
    [InlineData("garcia", "garcua", true)]  // i and u side by side
    [InlineData("hansen", "hamsen", true)]
    [InlineData("muller", "mullwr", true)]  // e and w
    [InlineData("meyer", "meier", false)]   // y and i are a key apart on QWERTY
    [InlineData("schmidt", "schmitt", false)] // d and t: a spelling, not a neighbour
    [InlineData("connor", "conner", false)] // one vowel for another
    [InlineData("lambert", "lambart", false)]
    [InlineData("bernard", "bernhard", false)] // a letter more: never a keyboard slip here
    [InlineData("smith", "smith", false)]   // no slip at all
    [InlineData("smith", "snuth", false)]   // two letters changed
    public void Only_what_a_keyboard_does_is_a_slip(string a, string b, bool slip)
    {
        Assert.Equal(slip, Keyboard.IsSlip(a, b));
        Assert.Equal(slip, Keyboard.IsSlip(b, a));
    }

    [Theory]
    [InlineData('z', 'u', true)]  // German QWERTZ: z where QWERTY has y
    [InlineData('y', 'x', true)]  // and y beside x
    [InlineData('a', 'z', true)]  // French AZERTY
    [InlineData('q', 's', true)]
    [InlineData('a', 'p', false)]
    [InlineData('1', 'q', false)] // letters only
    public void Neighbours_come_from_the_three_common_layouts(char a, char b, bool neighbours)
    {
        Assert.Equal(neighbours, Keyboard.AreNeighbours(a, b));
        Assert.Equal(neighbours, Keyboard.AreNeighbours(b, a));
    }
}
