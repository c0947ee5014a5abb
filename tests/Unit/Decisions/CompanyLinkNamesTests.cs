using QuickpassPsa.Core.Decisions;

namespace QuickpassPsa.Tests.Decisions;

/// <summary>Round 60b: when a stored company link's id names another company now, and when it is the same company renamed.</summary>
public class CompanyLinkNamesTests
{
    [Theory]
    [InlineData("Autotask Lab Ltd", "Zeta Holdings")]          // the same id on the other PSA
    [InlineData("Contoso Ltd", "Fabrikam Inc")]                // a record reused for another customer
    [InlineData("Acme Services", "Zeta Services")]             // a generic word in common says nothing
    [InlineData("Northwind Traders", "Southridge Video")]
    public void Names_with_no_distinctive_word_in_common_are_another_company(string stored, string now) =>
        Assert.True(CompanyLinkNames.NamesAnother(stored, now));

    [Theory]
    [InlineData("Contoso", "Contoso Ltd")]                     // the brief's example: a rename that keeps the words
    [InlineData("Contoso Ltd", "CONTOSO LIMITED")]
    [InlineData("Northwind Traders", "Northwind Trading Group")]
    [InlineData("Contosso Ltd", "Contoso Ltd")]                // a typo put right
    [InlineData("Ken Ward Electrical", "Kenward Electrical")]  // the same letters, spaced otherwise
    [InlineData("Graphic Design Institute", "GDI Ltd")]        // renamed to its initials
    [InlineData("GDI", "Graphic Design Institute")]
    [InlineData("Smith & Sons", "Smith and Sons Inc")]
    public void A_rename_that_keeps_the_names_words_is_the_same_company(string stored, string now) =>
        Assert.False(CompanyLinkNames.NamesAnother(stored, now));

    [Theory]
    [InlineData(null, "Contoso Ltd")]                          // a link stored by id alone (before round 60b): nothing to tell by
    [InlineData("", "Contoso Ltd")]
    [InlineData("Contoso Ltd", null)]
    public void Without_both_names_nothing_is_told(string? stored, string? now) =>
        Assert.False(CompanyLinkNames.NamesAnother(stored, now));
}
