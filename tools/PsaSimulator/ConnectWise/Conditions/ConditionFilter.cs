using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace QuickpassPsa.Simulator.ConnectWise.Conditions;

/// <summary>
/// conditions + childConditions, parsed and bound once per request, then tested against each record.
/// <para>
/// childConditions semantics (documented choice): every child path names an array (communicationItems,
/// types); a record matches when ONE element of each array it names satisfies the whole child expression
/// together. So <c>communicationItems/value like "john@x.com" AND communicationItems/communicationType="Email"</c>
/// needs a single item that is an Email AND has that value, not an email item plus some other item with
/// that value. With paths into two different arrays, some pair of elements must satisfy it.
/// </para>
/// <para>
/// Nulls follow SQL (the real store is SQL Server): <c>= null</c> / <c>!= null</c> test for null; every other
/// comparison with a null field is false, negated ones included.
/// </para>
/// </summary>
internal sealed class ConditionFilter
{
    private readonly Predicate? _conditions;
    private readonly Predicate? _children;
    private readonly string[] _collections;
    private readonly JsonObject?[] _elements;

    /// <summary>
    /// The company id a top-level "company/id = N" conjunct of the conditions requires, if any: rows of other
    /// companies can never match, so the store may scan that company's rows only (a speed-up, never a change
    /// of result: the whole condition is still tested on every row scanned).
    /// </summary>
    public int? RequiredCompanyId { get; private init; }

    private ConditionFilter(Predicate? conditions, Predicate? children, string[] collections)
    {
        _conditions = conditions;
        _children = children;
        _collections = collections;
        _elements = new JsonObject?[collections.Length];
    }

    /// <summary>Null when neither string filters anything.</summary>
    public static ConditionFilter? Create(CwModel model, string? conditions, string? childConditions)
    {
        var main = ConditionParser.Parse(conditions);
        var child = ConditionParser.Parse(childConditions);
        if (main == null && child == null) return null;

        var collections = new List<string>();
        var mainPredicate = main == null ? null : Bind(main, model, false, collections);
        var childPredicate = child == null ? null : Bind(child, model, true, collections);
        return new ConditionFilter(mainPredicate, childPredicate, collections.ToArray()) { RequiredCompanyId = main == null ? null : CompanyIdOf(main) };
    }

    private static int? CompanyIdOf(ConditionSyntax syntax) => syntax switch
    {
        AndSyntax a => CompanyIdOf(a.Left) ?? CompanyIdOf(a.Right),
        ComparisonSyntax { Operator: ConditionOperator.Equal, Negated: false, Values.Count: 1 } c
            when c.Path.Equals("company/id", StringComparison.OrdinalIgnoreCase) && c.Values[0].Kind is LiteralKind.Number or LiteralKind.String &&
                 int.TryParse(c.Values[0].Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) => id,
        _ => null,
    };

    /// <summary>Not thread-safe (it reuses one element buffer): one filter per request.</summary>
    public bool Matches(JsonObject record)
    {
        if (_conditions != null && !_conditions.Test(record, _elements)) return false;
        return _children == null || AnyElements(record, 0);
    }

    private bool AnyElements(JsonObject record, int slot)
    {
        if (slot == _collections.Length) return _children!.Test(record, _elements);
        if (record[_collections[slot]] is not JsonArray array) return false;
        foreach (var element in array)
        {
            _elements[slot] = element as JsonObject;
            if (AnyElements(record, slot + 1)) return true;
        }
        return false;
    }

    private static Predicate Bind(ConditionSyntax syntax, CwModel model, bool child, List<string> collections) => syntax switch
    {
        AndSyntax a => new AndPredicate(Bind(a.Left, model, child, collections), Bind(a.Right, model, child, collections)),
        OrSyntax o => new OrPredicate(Bind(o.Left, model, child, collections), Bind(o.Right, model, child, collections)),
        NotSyntax n => new NotPredicate(Bind(n.Operand, model, child, collections)),
        ComparisonSyntax c => BindComparison(c, model, child, collections),
        _ => throw new InvalidOperationException("Unknown condition node."),
    };

    private static Predicate BindComparison(ComparisonSyntax syntax, CwModel model, bool child, List<string> collections)
    {
        var path = FieldPath.Resolve(model, syntax.Path, child);
        if (path.Collection != null)
        {
            var slot = collections.IndexOf(path.Collection);
            if (slot < 0)
            {
                collections.Add(path.Collection);
                slot = collections.Count - 1;
            }
            path.Slot = slot;
        }

        var textual = syntax.Operator is ConditionOperator.Contains or ConditionOperator.Like;
        var values = syntax.Values.Select(v => textual ? (v.Kind == LiteralKind.Null ? null : v.Text) : Typed(path, v)).ToArray();
        Regex? like = null;
        if (syntax.Operator == ConditionOperator.Like && values[0] is string pattern)
        {
            // SQL Server LIKE plus the Dev Guide's "*" (A4): see LikePattern.
            like = LikePattern.ToRegex(pattern);
        }
        return new ComparisonPredicate(path, syntax.Operator, syntax.Negated, values, like);
    }

    /// <summary>Types a literal for the field it meets; the failures mimic the real server's answers.</summary>
    private static object? Typed(FieldPath path, Literal literal)
    {
        if (literal.Kind == LiteralKind.Null) return null;
        switch (path.Leaf.Kind)
        {
            case CwFieldKind.Int or CwFieldKind.Decimal:
                if (literal.Kind is LiteralKind.Number or LiteralKind.String &&
                    decimal.TryParse(literal.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    return number;
                }
                // GUESS: wording of a non-number compared with a number field.
                throw CwErrors.FindCondition("'" + literal.Text + "' is not a valid number for " + path.Written + ".");
            case CwFieldKind.Bool:
                if (literal.Kind is LiteralKind.Bool or LiteralKind.String && bool.TryParse(literal.Text, out var flag)) return flag;
                // Real: an invalid boolean literal gave 500 ConnectWiseApi with .NET's message (A4, christaylorcodes#1).
                throw new CwApiException(500, CwErrors.Body("ConnectWiseApi", "String was not recognized as a valid Boolean.", null));
            case CwFieldKind.DateTime:
                if (literal.Kind is LiteralKind.DateTime or LiteralKind.String && FieldPath.TryParseDate(literal.Text, out var date)) return date;
                throw CwErrors.FindCondition(ConditionLexer.LiteralSyntaxMessage);
            case CwFieldKind.Enum:
                // Real: "Enum value supplied was invalid" (A4).
                return path.Leaf.EnumValues!.FirstOrDefault(e => e.Equals(literal.Text, StringComparison.OrdinalIgnoreCase))
                    ?? throw CwErrors.FindCondition("Enum value supplied was invalid");
            default:
                return literal.Text;
        }
    }

    private abstract class Predicate
    {
        public abstract bool Test(JsonObject record, JsonObject?[] elements);
    }

    private sealed class AndPredicate(Predicate left, Predicate right) : Predicate
    {
        public override bool Test(JsonObject record, JsonObject?[] elements) => left.Test(record, elements) && right.Test(record, elements);
    }

    private sealed class OrPredicate(Predicate left, Predicate right) : Predicate
    {
        public override bool Test(JsonObject record, JsonObject?[] elements) => left.Test(record, elements) || right.Test(record, elements);
    }

    private sealed class NotPredicate(Predicate operand) : Predicate
    {
        public override bool Test(JsonObject record, JsonObject?[] elements) => !operand.Test(record, elements);
    }

    private sealed class ComparisonPredicate(FieldPath path, ConditionOperator op, bool negated, object?[] values, Regex? like) : Predicate
    {
        public override bool Test(JsonObject record, JsonObject?[] elements)
        {
            var node = path.Read(record, elements);
            var isNull = FieldPath.IsNull(node);
            switch (op)
            {
                case ConditionOperator.Equal when values[0] == null:
                    return isNull;
                case ConditionOperator.NotEqual when values[0] == null:
                    return !isNull;
                case ConditionOperator.In when isNull:
                    return !negated && values.Any(v => v == null);
            }
            if (isNull) return false;

            var result = op switch
            {
                ConditionOperator.Contains => values[0] is string part && FieldPath.Text(node!).Contains(part, StringComparison.OrdinalIgnoreCase),
                ConditionOperator.Like => like != null && like.IsMatch(FieldPath.Text(node!)),
                ConditionOperator.In => values.Any(v => v != null && FieldPath.Compare(path.Leaf.Kind, node!, v) == 0),
                _ => Ordered(FieldPath.Compare(path.Leaf.Kind, node!, values[0]!)),
            };
            return negated ? !result : result;
        }

        private bool Ordered(int? order) => order is { } o && op switch
        {
            ConditionOperator.Equal => o == 0,
            ConditionOperator.NotEqual => o != 0,
            ConditionOperator.Less => o < 0,
            ConditionOperator.LessOrEqual => o <= 0,
            ConditionOperator.Greater => o > 0,
            _ => o >= 0,
        };
    }
}
