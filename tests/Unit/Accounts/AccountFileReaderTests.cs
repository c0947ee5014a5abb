using System.IO;
using System.Linq;
using System.Text;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Accounts;

public class AccountFileReaderTests
{
    [Fact]
    public void A_utf8_bom_is_not_part_of_the_first_column_and_accents_survive()
    {
        using var temp = new TempFolder();
        var path = temp.Write("users.csv", "Email,DisplayName\nzoe@contoso.com,Zoë Nguyễn\n", bom: true);

        var account = Assert.Single(AccountFileReader.Read(path)).Account!;
        Assert.Equal("zoe@contoso.com", account.Email);
        Assert.Equal("Zoë Nguyễn", account.DisplayName);
    }

    [Fact]
    public void Utf16_with_a_bom_is_read()
    {
        using var temp = new TempFolder();
        var path = temp.WriteBytes("users.csv", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Email,DisplayName\nl@contoso.com,Łukasz\n")).ToArray());

        Assert.Equal("Łukasz", Assert.Single(AccountFileReader.Read(path)).Account!.DisplayName);
    }

    /// <summary>
    /// Round 61b: UTF-16 without a byte-order mark was reported as "a byte that is not UTF-8" (a letter beyond ASCII) or as
    /// unknown columns ('I d ', ' E m a i l '). It is named as UTF-16, in either byte order, and as ReadAll reports it.
    /// </summary>
    [Theory]
    [InlineData("utf-16", "little-endian")]
    [InlineData("utf-16BE", "big-endian")]
    public void Utf16_without_a_bom_is_named_as_utf16(string encoding, string order)
    {
        using var temp = new TempFolder();
        foreach (var text in new[] { "Email,DisplayName\nzoe@contoso.com,Zoe Nguyen\n", "Email,DisplayName\nzoe@contoso.com,Zoë Nguyễn\nl@contoso.com,Łukasz\n" })
        {
            var path = temp.WriteBytes("users.csv", Encoding.GetEncoding(encoding).GetBytes(text));

            var ex = Assert.Throws<AccountFileException>(() => AccountFileReader.ReadAll(path));

            Assert.Equal(AccountFileErrorKind.InvalidEncoding, ex.Kind);
            Assert.Contains("looks like UTF-16 (" + order + ") text without a byte-order mark", ex.Message);
            Assert.Contains("Save it as UTF-8", ex.Message);
            Assert.DoesNotContain("not UTF-8 text", ex.Message);
        }
    }

    [Theory]
    [InlineData("Email,DisplayName\nzoe@contoso.com,Zoë Nguyễn\n")]
    [InlineData("Email\na@b.c\n")]
    public void Utf8_text_is_never_taken_for_utf16(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        Assert.Null(AccountFileReader.Utf16WithoutBom(bytes, bytes.Length));
        var withBom = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();
        Assert.Null(AccountFileReader.Utf16WithoutBom(withBom, withBom.Length)); // with its mark, UTF-16 is read (above)
    }

    [Fact]
    public void A_legacy_code_page_file_is_refused_instead_of_garbled()
    {
        using var temp = new TempFolder();
        // "Zoë" in Windows-1252: 0xEB is not valid UTF-8 on its own.
        var path = temp.WriteBytes("users.csv", Encoding.ASCII.GetBytes("Email,DisplayName\nzoe@contoso.com,Zo").Concat(new byte[] { 0xEB, (byte)'\n' }).ToArray());

        var ex = Assert.Throws<AccountFileException>(() => AccountFileReader.Read(path).ToList());
        Assert.Equal(AccountFileErrorKind.InvalidEncoding, ex.Kind);
        Assert.Contains("UTF-8", ex.Message);
        Assert.Contains("line 2 has a byte that is not UTF-8 ('ë' in Windows-1252", ex.Message);
    }

    [Fact]
    public void The_first_bad_byte_is_named_by_its_line_even_far_into_the_file()
    {
        // Round 42: "the error follows record 0" for a bad letter on line 901 (the reader decodes 64 KB ahead).
        using var temp = new TempFolder();
        var rows = string.Concat(Enumerable.Range(1, 899).Select(i => "u" + i + "@contoso.com,User " + i + "\n"));
        var path = temp.WriteBytes("users.csv", Encoding.ASCII.GetBytes("Email,DisplayName\n" + rows + "zoe@contoso.com,Zo").Concat(new byte[] { 0xEB, (byte)'\n' }).ToArray());

        var ex = Assert.Throws<AccountFileException>(() => AccountFileReader.ReadAll(path));

        Assert.Contains("line 901 has a byte that is not UTF-8", ex.Message);
    }

    [Fact]
    public void An_Excel_workbook_renamed_csv_is_named_as_one()
    {
        using var temp = new TempFolder();
        var path = temp.WriteBytes("users.csv", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0xFF, 0xFE, 0x80, 0x81 });

        var ex = Assert.Throws<AccountFileException>(() => AccountFileReader.ReadAll(path));

        Assert.Equal(AccountFileErrorKind.InvalidEncoding, ex.Kind);
        Assert.Contains("is an Excel workbook (.xlsx)", ex.Message);
        Assert.Contains("CSV UTF-8", ex.Message);
    }

    [Fact]
    public void A_missing_file_names_the_path()
    {
        var path = Path.Combine(Path.GetTempPath(), "qpsa-no-such-folder", "users.csv");
        var ex = Assert.Throws<AccountFileException>(() => AccountFileReader.Read(path).ToList());
        Assert.Equal(AccountFileErrorKind.NotFound, ex.Kind);
        Assert.Contains(path, ex.Message);
    }

    [Theory]
    [InlineData("users.json", "[{\"mail\":\"a@contoso.com\"}]")]
    [InlineData("users.export", "  [{\"mail\":\"a@contoso.com\"}]")]
    [InlineData("users.export", "Mail\na@contoso.com\n")]
    [InlineData("users.txt", "Mail\na@contoso.com\n")]
    public void The_format_follows_the_extension_then_the_content(string name, string content)
    {
        using var temp = new TempFolder();
        Assert.Equal("a@contoso.com", Assert.Single(AccountFileReader.Read(temp.Write(name, content))).Account!.Email);
    }

    [Fact]
    public void Progress_is_reported_for_long_files()
    {
        using var temp = new TempFolder();
        var text = new StringBuilder("Email\n");
        for (var i = 0; i < 2000; i++) text.Append("user").Append(i).Append("@contoso.com\n");
        var path = temp.Write("users.csv", text.ToString());

        var fractions = new System.Collections.Generic.List<double>();
        Assert.Equal(2000, AccountFileReader.Read(path, null, fractions.Add).Count());
        Assert.Equal(4, fractions.Count);
        Assert.All(fractions, f => Assert.InRange(f, 0.0, 1.0));
    }

    [Fact]
    public void ReadAll_discards_a_file_that_fails_part_way_and_says_how_much_was_discarded()
    {
        using var temp = new TempFolder();
        var path = temp.Write("users.json", "{\"mail\":\"a@contoso.com\"}\n{\"mail\":\"b@contoso.com\"}\n{\"mail\": oops\n");

        var ex = Assert.Throws<AccountFileException>(() => AccountFileReader.ReadAll(path));

        Assert.Equal(AccountFileErrorKind.InvalidFormat, ex.Kind);
        Assert.Contains("line 3", ex.Message);
        Assert.Contains("The 2 record(s) read before this point were discarded", ex.Message);
    }

    [Fact]
    public void ReadAll_returns_a_whole_file()
    {
        using var temp = new TempFolder();
        var path = temp.Write("users.jsonl", "{\"mail\":\"a@contoso.com\"}\n{\"mail\":\"b@contoso.com\"}\n", bom: true);

        Assert.Equal(new[] { "a@contoso.com", "b@contoso.com" }, AccountFileReader.ReadAll(path).Select(r => r.Account!.Email));
    }
}
