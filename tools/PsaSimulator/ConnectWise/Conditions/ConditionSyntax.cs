namespace QuickpassPsa.Simulator.ConnectWise.Conditions;

internal enum ConditionOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Contains,
    Like,
    In,
}

internal enum LiteralKind
{
    String,
    Number,
    Bool,
    Null,
    DateTime,
}

/// <summary>A value as written: its kind and its text (typed later, against the field it meets).</summary>
internal sealed record Literal(LiteralKind Kind, string Text, int Position);

/// <summary>The parsed (not yet bound) form of a conditions string.</summary>
internal abstract record ConditionSyntax;

internal sealed record AndSyntax(ConditionSyntax Left, ConditionSyntax Right) : ConditionSyntax;

internal sealed record OrSyntax(ConditionSyntax Left, ConditionSyntax Right) : ConditionSyntax;

internal sealed record NotSyntax(ConditionSyntax Operand) : ConditionSyntax;

/// <summary>field op value; <see cref="Negated"/> for "not contains", "not like", "not in".</summary>
internal sealed record ComparisonSyntax(string Path, ConditionOperator Operator, bool Negated, IReadOnlyList<Literal> Values, int Position) : ConditionSyntax;
