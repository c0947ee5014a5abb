namespace QuickpassPsa.Simulator.ConnectWise.Conditions;

/// <summary>
/// Recursive-descent parser for the conditions grammar (psa-api.md A4):
/// <code>
/// expr       := and ( OR and )*
/// and        := unary ( AND unary )*
/// unary      := NOT unary | '(' expr ')' | comparison
/// comparison := path ( '=' | '!=' | '&lt;' | '&lt;=' | '&gt;' | '&gt;=' ) value
///             | path [NOT] ( CONTAINS | LIKE ) value
///             | path [NOT] IN '(' value ( ',' value )* ')'
/// value      := "string" | 'string' | number | true | false | null | [datetime]
/// </code>
/// Keywords ignore case (the vendor's own examples mix cases). A prefix NOT before a bracketed group is
/// accepted too, as a convenience (GUESS: only "x not contains y" is documented).
/// </summary>
internal sealed class ConditionParser
{
    private readonly List<Token> _tokens;
    private int _next;

    private ConditionParser(List<Token> tokens) => _tokens = tokens;

    /// <summary>Null for an empty or blank string (no filter).</summary>
    public static ConditionSyntax? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parser = new ConditionParser(ConditionLexer.Tokenize(text));
        var result = parser.ParseOr();
        var rest = parser.Peek;
        if (rest.Kind != TokenKind.End)
        {
            throw CwErrors.FindCondition(rest.Kind == TokenKind.RightParen
                ? "Unexpected ')' at position " + rest.Position + " of the condition."
                : "Expected AND or OR at position " + rest.Position + " of the condition, found '" + rest.Text + "'.");
        }
        return result;
    }

    private Token Peek => _tokens[_next];

    private Token Take() => _tokens[_next++];

    private ConditionSyntax ParseOr()
    {
        var left = ParseAnd();
        while (Peek.IsWord("or"))
        {
            Take();
            left = new OrSyntax(left, ParseAnd());
        }
        return left;
    }

    private ConditionSyntax ParseAnd()
    {
        var left = ParseUnary();
        while (Peek.IsWord("and"))
        {
            Take();
            left = new AndSyntax(left, ParseUnary());
        }
        return left;
    }

    private ConditionSyntax ParseUnary()
    {
        var token = Peek;
        if (token.IsWord("not"))
        {
            Take();
            return new NotSyntax(ParseUnary());
        }
        if (token.Kind == TokenKind.LeftParen)
        {
            Take();
            var inner = ParseOr();
            if (Peek.Kind != TokenKind.RightParen) throw CwErrors.FindCondition("Missing ')' at position " + Peek.Position + " of the condition.");
            Take();
            return inner;
        }
        return ParseComparison();
    }

    private ConditionSyntax ParseComparison()
    {
        var field = Take();
        if (field.Kind != TokenKind.Word || IsKeyword(field.Text))
        {
            throw CwErrors.FindCondition(field.Kind == TokenKind.End
                ? "The condition ends where a field name was expected."
                : "Expected a field name at position " + field.Position + " of the condition, found '" + field.Text + "'.");
        }

        var negated = false;
        if (Peek.IsWord("not"))
        {
            Take();
            negated = true;
        }

        var op = Take();
        ConditionOperator kind;
        if (op.Kind == TokenKind.Operator && !negated)
        {
            kind = op.Text switch
            {
                "=" => ConditionOperator.Equal,
                "!=" => ConditionOperator.NotEqual,
                "<" => ConditionOperator.Less,
                "<=" => ConditionOperator.LessOrEqual,
                ">" => ConditionOperator.Greater,
                _ => ConditionOperator.GreaterOrEqual,
            };
        }
        else if (op.IsWord("contains")) kind = ConditionOperator.Contains;
        else if (op.IsWord("like")) kind = ConditionOperator.Like;
        else if (op.IsWord("in")) kind = ConditionOperator.In;
        else
        {
            throw CwErrors.FindCondition("Expected an operator (=, !=, <, <=, >, >=, contains, like, in, not) after '" + field.Text +
                "' at position " + op.Position + " of the condition" + (op.Kind == TokenKind.End ? "." : ", found '" + op.Text + "'."));
        }

        var values = new List<Literal>();
        if (kind == ConditionOperator.In)
        {
            if (Take().Kind != TokenKind.LeftParen) throw CwErrors.FindCondition("Expected '(' after IN for '" + field.Text + "'.");
            values.Add(ParseLiteral());
            while (Peek.Kind == TokenKind.Comma)
            {
                Take();
                values.Add(ParseLiteral());
            }
            if (Take().Kind != TokenKind.RightParen) throw CwErrors.FindCondition("Expected ')' to close the IN list for '" + field.Text + "'.");
        }
        else
        {
            values.Add(ParseLiteral());
        }
        return new ComparisonSyntax(field.Text, kind, negated, values, field.Position);
    }

    private Literal ParseLiteral()
    {
        var token = Take();
        return token.Kind switch
        {
            TokenKind.String => new Literal(LiteralKind.String, token.Text, token.Position),
            TokenKind.Number => new Literal(LiteralKind.Number, token.Text, token.Position),
            TokenKind.DateTime => new Literal(LiteralKind.DateTime, token.Text, token.Position),
            TokenKind.Word when token.IsWord("true") || token.IsWord("false") => new Literal(LiteralKind.Bool, token.Text.ToLowerInvariant(), token.Position),
            TokenKind.Word when token.IsWord("null") => new Literal(LiteralKind.Null, "null", token.Position),
            // A bare word where a value belongs: the real server answers with its literal-syntax message (A4).
            _ => throw CwErrors.FindCondition(ConditionLexer.LiteralSyntaxMessage),
        };
    }

    private static bool IsKeyword(string word) =>
        word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("or", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("not", StringComparison.OrdinalIgnoreCase) || word.Equals("contains", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("like", StringComparison.OrdinalIgnoreCase) || word.Equals("in", StringComparison.OrdinalIgnoreCase);
}
