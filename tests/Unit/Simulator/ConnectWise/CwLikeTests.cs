using System.Linq;
using System.Threading.Tasks;

namespace QuickpassPsa.Tests.Simulator.ConnectWise;

/// <summary>
/// psa-api.md A4: <c>like</c> is SQL Server LIKE (the Dev Guide escapes a literal '[' as <c>[[]</c>), with the
/// Dev Guide's <c>*</c> as a second any-run wildcard. contains and = stay literal.
/// </summary>
public class CwLikeTests : IClassFixture<SimulatorFixture>
{
    private const string Seed = """
    {
      "connectWise": {
        "companies": [ { "id": 1, "identifier": "Like", "name": "Like Ltd" } ],
        "contacts": [
          { "id": 1, "firstName": "[Test] Ann", "company": { "id": 1 } },
          { "id": 2, "firstName": "Tess", "company": { "id": 1 } },
          { "id": 3, "firstName": "Sam_Lee", "company": { "id": 1 } },
          { "id": 4, "firstName": "SamXLee", "company": { "id": 1 } },
          { "id": 5, "firstName": "100% Pat", "company": { "id": 1 } },
          { "id": 6, "firstName": "Bart", "company": { "id": 1 } },
          { "id": 7, "firstName": "-Dash", "company": { "id": 1 } },
          { "id": 8, "firstName": "Star*Kid", "company": { "id": 1 } }
        ]
      }
    }
    """;

    private readonly SimulatorFixture _fixture;

    public CwLikeTests(SimulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Sim.Reset();
        fixture.Seed(Seed);
    }

    private Task<int[]> Where(string conditions) => Cw.Ids(_fixture, "company/contacts?conditions=" + Cw.Q(conditions));

    [Theory] // A4 Escaping: "[string] -> [[]string]"; unescaped [Test] is the class {T,e,s,t} (case ignored)
    [InlineData("firstName like \"[[]Test]*\"", new[] { 1 })]
    [InlineData("firstName like '[[]Test] Ann'", new[] { 1 })]
    [InlineData("firstName like \"[Test]*\"", new[] { 2, 3, 4, 8 })]
    [InlineData("firstName not like \"[[]*\"", new[] { 2, 3, 4, 5, 6, 7, 8 })]
    public async Task A4_like_brackets_are_sql_classes_and_open_bracket_escapes_itself(string conditions, int[] expected) =>
        Assert.Equal(expected, await Where(conditions));

    [Theory] // SQL LIKE: _ is exactly one character; [_] a literal underscore
    [InlineData("firstName like 'Sam_Lee'", new[] { 3, 4 })]
    [InlineData("firstName like 'Sam[_]Lee'", new[] { 3 })]
    [InlineData("firstName like 'Tes_'", new[] { 2 })]
    [InlineData("firstName like 'Te_'", new int[0])]
    [InlineData("firstName like '1__[%] Pat'", new[] { 5 })]
    public async Task A4_like_underscore_is_one_character(string conditions, int[] expected) =>
        Assert.Equal(expected, await Where(conditions));

    [Theory] // SQL LIKE: ranges, negated classes, a leading dash, reversed ranges match nothing
    [InlineData("firstName like '[a-c]*'", new[] { 6 })]
    [InlineData("firstName like '[^a-z]*'", new[] { 1, 5, 7 })]
    [InlineData("firstName like '[-]*'", new[] { 7 })]
    [InlineData("firstName like '[c-a]*'", new int[0])]
    public async Task A4_like_ranges_and_negated_classes(string conditions, int[] expected) =>
        Assert.Equal(expected, await Where(conditions));

    [Theory] // % and * are any run; inside a class they are literal
    [InlineData("firstName like '100%'", new[] { 5 })]
    [InlineData("firstName like '100[%]*'", new[] { 5 })]
    [InlineData("firstName like '%[*]%'", new[] { 8 })]
    [InlineData("firstName like 'Star*'", new[] { 8 })]
    public async Task A4_like_percent_and_star_wildcards_and_their_literal_forms(string conditions, int[] expected) =>
        Assert.Equal(expected, await Where(conditions));

    [Fact] // GUESS (README): a '[' that never closes is a literal '['
    public async Task A4_like_unclosed_bracket_is_literal() =>
        Assert.Equal(new[] { 1 }, await Where("firstName like '[Test*'"));

    [Theory] // contains, = and in keep their literal meaning: no wildcard, no class
    [InlineData("firstName contains '_'", new[] { 3 })]
    [InlineData("firstName contains '[Test]'", new[] { 1 })]
    [InlineData("firstName contains '%'", new[] { 5 })]
    [InlineData("firstName = 'Sam_Lee'", new[] { 3 })]
    [InlineData("firstName = '[Test] Ann'", new[] { 1 })]
    [InlineData("firstName in ('Sam_Lee', 'Tes_')", new[] { 3 })]
    public async Task A4_other_operators_stay_literal(string conditions, int[] expected) =>
        Assert.Equal(expected.OrderBy(i => i), await Where(conditions));
}
