using System.IO;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Matching;

public class NicknameTableTests
{
    [Theory]
    [InlineData("Robert", "Bob")]
    [InlineData("bob", "ROBBIE")]
    [InlineData("William", "Bill")]
    [InlineData("William", "Liam")]
    [InlineData("Elizabeth", "Liz")]
    [InlineData("Elizabeth", "Betty")]
    [InlineData("Margaret", "Peggy")]
    [InlineData("Alexander", "Sasha")]
    [InlineData("Katherine", "Kate")]
    [InlineData("José", "Joseph")]
    [InlineData("Oluwaseun", "Seun")]       // round 47: Yoruba and Igbo short forms found no candidate, and New-PsaContact made twins
    [InlineData("Chukwuemeka", "Emeka")]
    [InlineData("Babatunde", "Tunde")]
    [InlineData("Folasade", "Sade")]
    [InlineData("Venkatesh", "Venky")]
    [InlineData("Maria", "Ma")]             // the Filipino "Ma." (Ma. Cristina)
    [InlineData("Jan", "Honza")]            // round 71b: Czech, Slovak, Polish, Russian and Hungarian short forms made twins
    [InlineData("Jiří", "Jirka")]
    [InlineData("Ján", "Jano")]
    [InlineData("Jozef", "Jožo")]
    [InlineData("Jadwiga", "Jadzia")]
    [InlineData("Krystyna", "Krysia")]
    [InlineData("Evgenia", "Zhenya")]
    [InlineData("Yevgeniya", "Zhenya")]
    [InlineData("Evgeny", "Zhenya")]
    [InlineData("Yevgeny", "Zhenya")]
    [InlineData("Vladimir", "Vova")]
    [InlineData("Aleksey", "Lyosha")]
    [InlineData("Alexey", "Lyosha")]
    [InlineData("István", "Pisti")]
    [InlineData("László", "Laci")]
    [InlineData("Przemysław", "Przemek")]   // and the display names' short forms that made exact fields ConflictingName
    [InlineData("Ferenc", "Feri")]
    [InlineData("Zuzana", "Zuzka")]
    [InlineData("Zdeněk", "Zdenda")]
    [InlineData("Katarína", "Katka")]
    [InlineData("Kateřina", "Katka")]
    [InlineData("György", "Gyuri")]
    [InlineData("Lukáš", "Luky")]
    [InlineData("Jarosław", "Jarek")]
    [InlineData("Jaroslav", "Jarek")]
    [InlineData("Mirosław", "Mirek")]
    [InlineData("Miroslav", "Mirek")]
    [InlineData("Vojtěch", "Vojta")]
    [InlineData("Dariusz", "Darek")]
    [InlineData("Václav", "Vašek")]
    [InlineData("Ľubomír", "Ľubo")]
    [InlineData("Roberta", "Bobby")]        // round 71a
    [InlineData("Roberta", "Bobbie")]
    public void Knows_the_common_equivalences(string a, string b)
    {
        Assert.True(NicknameTable.Default.AreEquivalent(a, b));
        Assert.True(NicknameTable.Default.AreEquivalent(b, a));
    }

    [Theory]
    [InlineData("Maria", "Mario")]
    [InlineData("Alexander", "Alexandra")]
    [InlineData("Robert", "Robert")]
    [InlineData("Robert", "William")]
    [InlineData("Unknownname", "Bob")]
    [InlineData("Adebola", "Bolanle")]      // two given names that share a short form are not one name
    [InlineData("Temitope", "Oluwatope")]
    [InlineData("Bobby", "Bobbi")]          // a man's and a woman's form one letter apart, though Roberta goes by both
    [InlineData("Bobby", "Bobbie")]
    [InlineData("Evgeny", "Evgenia")]       // Zhenya is both; Evgeny and Evgenia are two people
    [InlineData("Yevgeny", "Yevgeniya")]
    [InlineData("Jano", "Jana")]
    [InlineData("Katka", "Kasia")]
    public void Keeps_different_names_apart(string a, string b)
    {
        Assert.False(NicknameTable.Default.AreEquivalent(a, b));
    }

    [Fact]
    public void Is_many_to_many_and_large()
    {
        // "al" belongs to several formal names.
        Assert.True(NicknameTable.Default.AreEquivalent("al", "albert"));
        Assert.True(NicknameTable.Default.AreEquivalent("al", "alan"));
        Assert.False(NicknameTable.Default.AreEquivalent("albert", "alan"));
        Assert.True(NicknameTable.Default.GroupCount >= 300);
        Assert.True(NicknameTable.Default.NameCount >= 1000);
    }

    [Fact]
    public void A_user_file_extends_the_table_and_a_bad_line_names_itself()
    {
        using var temp = new TempFolder();
        var path = temp.Write("mine.txt", "# our own\nbartholomew bart tolly\n");
        var extended = NicknameTable.Default.ExtendWith(path);

        Assert.True(extended.AreEquivalent("Bartholomew", "Tolly"));
        Assert.True(extended.AreEquivalent("Robert", "Bob"));
        Assert.False(NicknameTable.Default.AreEquivalent("Bartholomew", "Tolly"));

        var bad = temp.Write("bad.txt", "solo\n");
        var ex = Assert.Throws<System.FormatException>(() => NicknameTable.Default.ExtendWith(bad));
        Assert.Contains("bad.txt line 1", ex.Message);
    }
}
