using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Tests.Matching;

public class DisplayNameParserTests
{
    [Theory]
    [InlineData("Ann Lee", "Ann", null, "Lee", NameForm.FirstLast)]
    [InlineData("  Ann   Lee  ", "Ann", null, "Lee", NameForm.FirstLast)]
    [InlineData("John Q. Public", "John", "Q", "Public", NameForm.FirstLast)]
    [InlineData("Mary Ellen Smith", "Mary", "Ellen", "Smith", NameForm.FirstLast)]
    [InlineData("MARTIN Paul", "Paul", null, "MARTIN", NameForm.CapitalSurnameFirst)]
    [InlineData("DE LA CRUZ Maria Elena", "Maria", "Elena", "DE LA CRUZ", NameForm.CapitalSurnameFirst)]
    [InlineData("LI Wei", "Wei", null, "LI", NameForm.CapitalSurnameFirst)]
    [InlineData("NG Anna", "Anna", null, "NG", NameForm.CapitalSurnameFirst)]
    [InlineData("AJ Smith", "AJ", null, "Smith", NameForm.FirstLast)]          // a given name's initials, not a surname
    [InlineData("JP Morgan", "JP", null, "Morgan", NameForm.FirstLast)]
    [InlineData("JOHN SMITH", "JOHN", null, "SMITH", NameForm.FirstLast)]     // all in capitals: no order marked
    [InlineData("Mary-Kate OLSEN", "Mary-Kate", null, "OLSEN", NameForm.FirstLast)]
    [InlineData("Lee, Ann", "Ann", null, "Lee", NameForm.LastCommaFirst)]
    [InlineData("Public, John Q.", "John", "Q", "Public", NameForm.LastCommaFirst)]
    [InlineData("van der Berg, Anna", "Anna", null, "van der Berg", NameForm.LastCommaFirst)]
    [InlineData("ann.lee", "ann", null, "lee", NameForm.Separated)]
    [InlineData("Ann.Lee", "Ann", null, "Lee", NameForm.Separated)]
    [InlineData("ann_lee", "ann", null, "lee", NameForm.Separated)]
    [InlineData("john.q.public@contoso.com", "john", "q", "public", NameForm.Separated)]
    [InlineData("ann.lee2@contoso.onmicrosoft.com", "ann", null, "lee", NameForm.Separated)]
    [InlineData("Dr. Ann Lee", "Ann", null, "Lee", NameForm.FirstLast)]
    [InlineData("Mrs Ann Lee", "Ann", null, "Lee", NameForm.FirstLast)]
    [InlineData("Prof. Ann Lee", "Ann", null, "Lee", NameForm.FirstLast)]
    [InlineData("Ludwig van Beethoven", "Ludwig", null, "van Beethoven", NameForm.FirstLast)]
    [InlineData("Anna van der Berg", "Anna", null, "van der Berg", NameForm.FirstLast)]
    [InlineData("Otto von Bismarck", "Otto", null, "von Bismarck", NameForm.FirstLast)]
    [InlineData("Maria de la Cruz", "Maria", null, "de la Cruz", NameForm.FirstLast)]
    [InlineData("Juan Dela Cruz", "Juan", null, "Dela Cruz", NameForm.FirstLast)]                     // round 80a: "Juan Dela" | Cruz
    [InlineData("Maria Clara delos Santos", "Maria", "Clara", "delos Santos", NameForm.FirstLast)]
    [InlineData("Jose de los Reyes", "Jose", null, "de los Reyes", NameForm.FirstLast)]
    [InlineData("Tadhg Ó Briain", "Tadhg", null, "Ó Briain", NameForm.FirstLast)]            // Irish particles (round 42)
    [InlineData("Máire Ní Bhriain", "Máire", null, "Ní Bhriain", NameForm.FirstLast)]
    [InlineData("Nóra Nic Dhonnchadha", "Nóra", null, "Nic Dhonnchadha", NameForm.FirstLast)]
    [InlineData("Luis da Silva", "Luis", null, "da Silva", NameForm.FirstLast)]
    [InlineData("Lorenzo del Toro", "Lorenzo", null, "del Toro", NameForm.FirstLast)]
    [InlineData("Carlo di Maria", "Carlo", null, "di Maria", NameForm.FirstLast)]
    [InlineData("Marine le Pen", "Marine", null, "le Pen", NameForm.FirstLast)]
    [InlineData("Ana la Rosa", "Ana", null, "la Rosa", NameForm.FirstLast)]
    [InlineData("Jill St. John", "Jill", null, "St. John", NameForm.FirstLast)]
    [InlineData("Ronan Mc Donald", "Ronan", null, "Mc Donald", NameForm.FirstLast)]
    [InlineData("Ronan McDonald", "Ronan", null, "McDonald", NameForm.FirstLast)]
    [InlineData("Fiona MacLeod", "Fiona", null, "MacLeod", NameForm.FirstLast)]
    [InlineData("Mary-Jane Smith-Jones", "Mary-Jane", null, "Smith-Jones", NameForm.FirstLast)]
    [InlineData("Siobhán O'Brien", "Siobhán", null, "O'Brien", NameForm.FirstLast)]
    public void Splits_the_usual_forms(string input, string first, string? middle, string last, NameForm form)
    {
        var parsed = DisplayNameParser.Parse(input);

        Assert.True(parsed.Success, parsed.FailureReason);
        Assert.Equal(first, parsed.First);
        Assert.Equal(middle, parsed.Middle);
        Assert.Equal(last, parsed.Last);
        Assert.Equal(form, parsed.Form);
    }

    [Theory]
    [InlineData("John Smith Jr.", "John", "Smith", "Jr")]
    [InlineData("John Smith III", "John", "Smith", "III")]
    [InlineData("John Smith, Jr.", "John", "Smith", "Jr")]
    [InlineData("Jane Doe, PhD", "Jane", "Doe", "PhD")]
    [InlineData("Jane Doe MD", "Jane", "Doe", "MD")]
    [InlineData("Smith, John Jr", "John", "Smith", "Jr")]
    [InlineData("John Smith II", "John", "Smith", "II")]
    [InlineData("John Smith IV", "John", "Smith", "IV")]
    [InlineData("John Smith Sr", "John", "Smith", "Sr")]
    public void Suffixes_are_set_apart(string input, string first, string last, string suffix)
    {
        var parsed = DisplayNameParser.Parse(input);

        Assert.Equal(suffix, parsed.Suffix);
        Assert.Equal(first, parsed.First);
        Assert.Equal(last, parsed.Last);
        Assert.Null(parsed.Middle);
    }

    [Fact]
    public void Titles_are_set_apart()
    {
        Assert.Equal("Dr", DisplayNameParser.Parse("Dr. Ann Lee").Title);
        Assert.Equal("Ms", DisplayNameParser.Parse("Lee, Ms Ann").Title);
    }

    [Theory]
    [InlineData("Robert \"Bob\" Smith", "Bob")]
    [InlineData("Robert “Bob” Smith", "Bob")]
    [InlineData("Robert (Bob) Smith", "Bob")]
    [InlineData("Smith, Robert (Bob)", "Bob")]
    public void A_nickname_in_quotes_or_parentheses_is_kept_apart(string input, string nickname)
    {
        var parsed = DisplayNameParser.Parse(input);

        Assert.Equal(nickname, parsed.Nickname);
        Assert.Equal("Robert", parsed.First);
        Assert.Equal("Smith", parsed.Last);
    }

    [Theory]
    [InlineData("Cher", NameForm.SingleWord)]
    [InlineData("jsmith@contoso.com", NameForm.SingleWord)]
    [InlineData("Dr.", NameForm.SingleWord)]
    [InlineData("", NameForm.None)]
    [InlineData("   ", NameForm.None)]
    [InlineData(null, NameForm.None)]
    public void Failures_say_why(string? input, NameForm form)
    {
        var parsed = DisplayNameParser.Parse(input);

        Assert.False(parsed.Success);
        Assert.Equal(form, parsed.Form);
        Assert.False(string.IsNullOrEmpty(parsed.FailureReason));
    }

    [Fact]
    public void A_single_word_keeps_the_word_as_the_first_name()
    {
        var parsed = DisplayNameParser.Parse("Cher");
        Assert.Equal("Cher", parsed.First);
        Assert.Null(parsed.Last);
        Assert.Contains("single word", parsed.FailureReason);
    }
}
