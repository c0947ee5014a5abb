using QuickpassPsa.Bench.Commands;

// QuickpassPsa benchmarks and accuracy evaluation. Commands: generate, eval, match (see each command's summary).
if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine("usage: QuickpassPsa.Bench generate --accounts N --out DIR [--mix tuning|heldout|traps] [--seed S]");
    Console.WriteLine("       QuickpassPsa.Bench eval --accounts A.csv --contacts C.csv --truth T.csv [--cases cases.csv] [--strategy Default|QuickpassCompatible] [--out matches.csv] [--detail detail.txt] [--json]");
    Console.WriteLine("       QuickpassPsa.Bench match --accounts N --contacts M [--fuzzy] [--runs R] [--naive] [--dump FILE] [--alloc-types]");
    Console.WriteLine("       QuickpassPsa.Bench index --contacts M [--runs R] [--no-digest]");
    Console.WriteLine("       QuickpassPsa.Bench calibrate --accounts A.csv --contacts C.csv --truth T.csv [--pairs 400000]");
    Console.WriteLine("       QuickpassPsa.Bench fetch [--contacts 25000] [--accounts 1000]");
    return args.Length == 0 ? 2 : 0;
}

try
{
    var rest = new Arguments(args.Skip(1));
    return args[0] switch
    {
        "generate" => GenerateCommand.Run(rest),
        "eval" => EvalCommand.Run(rest),
        "match" => MatchCommand.Run(rest),
        "index" => IndexCommand.Run(rest),
        "calibrate" => CalibrateCommand.Run(rest),
        "fetch" => FetchCommand.Run(rest),
        _ => throw new ArgumentException("Unknown command '" + args[0] + "'."),
    };
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}
