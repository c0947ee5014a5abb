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
    private readonly Predicate? _custom;
    private readonly string[] _collections;
    private readonly JsonObject?[] _elements;
    private readonly JsonObject?[] _customField = new JsonObject?[1];

    /// <summary>
    /// The company id a top-level "company/id = N" conjunct of the conditions requires, if any: rows of other
    /// companies can never match, so the store may scan that company's rows only (a speed-up, never a change
    /// of result: the whole condition is still tested on every row scanned).
    /// </summary>
    public int? RequiredCompanyId { get; private init; }

    private ConditionFilter(Predicate? conditions, Predicate? children, Predicate? custom, string[] collections)
    {
        _conditions = conditions;
        _children = children;
        _custom = custom;
        _collections = collections;
        _elements = new JsonObject?[collections.Length];
    }

    /// <summary>The array customFieldConditions looks into (Contact.customFields, Company.customFields).</summary>
    public const string CustomFields = "customFields";

    /// <summary>
    /// Null when none of the strings filters anything. <paramref name="customFieldConditions"/> (A4: caption="TomNumber"
    /// AND value != null) names the fields of one custom field (<see cref="CwModels.CustomFieldValue"/>): a record
    /// matches when ONE element of its customFields satisfies the whole expression, as with childConditions. A record
    /// without custom fields (and every record of a model that has none) never matches a custom field condition.
    /// </summary>
    public static ConditionFilter? Create(CwModel model, string? conditions, string? childConditions, string? customFieldConditions = null)
    {
        var main = ConditionParser.Parse(conditions);
        var child = ConditionParser.Parse(childConditions);
        var custom = ConditionParser.Parse(customFieldConditions);
        if (main == null && child == null && custom == null) return null;

        var collections = new List<string>();
        var mainPredicate = main == null ? null : Bind(main, written => FieldPath.Resolve(model, written, false), collections);
        var childPredicate = child == null ? null : Bind(child, written => FieldPath.Resolve(model, written, true), collections);
        var customPredicate = custom == null ? null : Bind(custom, written => FieldPath.ResolveElement(CwModels.CustomFieldValue, CustomFields, written), null);
        return new ConditionFilter(mainPredicate, childPredicate, customPredicate, collections.ToArray()) { RequiredCompanyId = main == null ? null : CompanyIdOf(main) };
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
        if (_custom != null && !AnyCustomField(record)) return false;
        return _children == null || AnyElements(record, 0);
    }

    private bool AnyCustomField(JsonObject record)
    {
        if (record[CustomFields] is not JsonArray fields) return false;
        foreach (var field in fields)
        {
            _customField[0] = field as JsonObject;
            if (_customField[0] != null && _custom!.Test(record, _customField)) return true;
        }
        return false;
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

    /// <summary><paramref name="collections"/>: where child paths get their slots; null for custom field paths (slot 0 of their own).</summary>
    private static Predicate Bind(ConditionSyntax syntax, Func<string, FieldPath> resolve, List<string>? collections) => syntax switch
    {
        AndSyntax a => new AndPredicate(Bind(a.Left, resolve, collections), Bind(a.Right, resolve, collections)),
        OrSyntax o => new OrPredicate(Bind(o.Left, resolve, collections), Bind(o.Right, resolve, collections)),
        NotSyntax n => new NotPredicate(Bind(n.Operand, resolve, collections)),
        ComparisonSyntax c => BindComparison(c, resolve, collections),
        _ => throw new InvalidOperationException("Unknown condition node."),
    };

    private static Predicate BindComparison(ComparisonSyntax syntax, Func<string, FieldPath> resolve, List<string>? collections)
    {
        var path = resolve(syntax.Path);
        if (path.Collection != null && collections != null)
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
            case CwFieldKind.Variant:
                // A custom field's value: the literal keeps its own kind (GUESS: the real server's typing is not described).
                return literal.Kind switch
                {
                    LiteralKind.Number when decimal.TryParse(literal.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) => n,
                    LiteralKind.Bool => literal.Text == "true",
                    LiteralKind.DateTime when FieldPath.TryParseDate(literal.Text, out var d) => d,
                    _ => literal.Text,
                };
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
