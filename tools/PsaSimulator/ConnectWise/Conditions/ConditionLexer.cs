using System.Globalization;

namespace QuickpassPsa.Simulator.ConnectWise.Conditions;

internal enum TokenKind
{
    /// <summary>A field path (company/name) or a keyword (and, or, not, contains, like, in, true, false, null).</summary>
    Word,
    String,
    Number,
    DateTime,
    LeftParen,
    RightParen,
    Comma,

    /// <summary>=, !=, &lt;, &lt;=, &gt;, &gt;=.</summary>
    Operator,
    End,
}

internal readonly record struct Token(TokenKind Kind, string Text, int Position)
{
    public bool IsWord(string keyword) => Kind == TokenKind.Word && Text.Equals(keyword, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// Splits a conditions string into tokens. Strings take double or single quotes and end at the first
/// matching quote: the real escape for a quote inside a literal is undocumented (psa-api.md A4/F), so none
/// is invented; a ' inside "..." and a " inside '...' are fine. Datetimes are [ISO text].
/// </summary>
internal static class ConditionLexer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            var start = i;
            switch (c)
            {
                case '(':
                    tokens.Add(new Token(TokenKind.LeftParen, "(", i++));
                    continue;
                case ')':
                    tokens.Add(new Token(TokenKind.RightParen, ")", i++));
                    continue;
                case ',':
                    tokens.Add(new Token(TokenKind.Comma, ",", i++));
                    continue;
                case '"' or '\'':
                {
                    var end = text.IndexOf(c, i + 1);
                    if (end < 0) throw CwErrors.FindCondition("Unterminated string starting at position " + start + " of the condition.");
                    tokens.Add(new Token(TokenKind.String, text.Substring(i + 1, end - i - 1), start));
                    i = end + 1;
                    continue;
                }
                case '[':
                {
                    var end = text.IndexOf(']', i + 1);
                    if (end < 0) throw CwErrors.FindCondition("Unterminated datetime starting at position " + start + " of the condition; DateTime values should be enclosed in square brackets.");
                    tokens.Add(new Token(TokenKind.DateTime, text.Substring(i + 1, end - i - 1).Trim(), start));
                    i = end + 1;
                    continue;
                }
                case '=':
                    tokens.Add(new Token(TokenKind.Operator, "=", i++));
                    continue;
                case '!':
                    if (i + 1 < text.Length && text[i + 1] == '=')
                    {
                        tokens.Add(new Token(TokenKind.Operator, "!=", i));
                        i += 2;
                        continue;
                    }
                    throw CwErrors.FindCondition("Unexpected character '!' at position " + i + " of the condition.");
                case '<' or '>':
                    if (i + 1 < text.Length && text[i + 1] == '=')
                    {
                        tokens.Add(new Token(TokenKind.Operator, c + "=", i));
                        i += 2;
                    }
                    else
                    {
                        tokens.Add(new Token(TokenKind.Operator, c.ToString(), i++));
                    }
                    continue;
            }

            if (char.IsDigit(c) || (c is '-' or '.' && i + 1 < text.Length && (char.IsDigit(text[i + 1]) || text[i + 1] == '.')))
            {
                i++;
                while (i < text.Length && (char.IsDigit(text[i]) || text[i] == '.')) i++;
                var number = text.Substring(start, i - start);
                if (!decimal.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
                {
                    throw CwErrors.FindCondition(LiteralSyntaxMessage);
                }
                tokens.Add(new Token(TokenKind.Number, number, start));
                continue;
            }

            if (char.IsLetter(c) || c == '_')
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '/' or '.')) i++;
                tokens.Add(new Token(TokenKind.Word, text.Substring(start, i - start), start));
                continue;
            }

            throw CwErrors.FindCondition("Unexpected character '" + c + "' at position " + i + " of the condition.");
        }
        tokens.Add(new Token(TokenKind.End, string.Empty, text.Length));
        return tokens;
    }

    /// <summary>The real server's parser message for a value it cannot read (quoted in psa-api.md A4).</summary>
    public const string LiteralSyntaxMessage =
        "String values should be enclosed with double or single quotes; DateTime values should be enclosed in square brackets; " +
        "numbers should consist of only digits, and optionally a decimal point and a negation sign; boolean values should be " +
        "indicated with the keywords true or false; null values should be indicated by the keyword null.";
}
