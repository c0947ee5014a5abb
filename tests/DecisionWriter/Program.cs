using System;
using System.Globalization;
using System.IO;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.DecisionWriter;

/// <summary>
/// Usage: QuickpassPsa.DecisionWriter &lt;store.json&gt; &lt;prefix&gt; &lt;count&gt; &lt;start-signal file&gt; [contacts|companies]
/// Waits until the start-signal file exists (so two copies begin together), then saves &lt;count&gt; confirmed links,
/// one Save (one locked read-modify-write) each: for accounts &lt;prefix&gt;-&lt;i&gt;@writer.test in company 1 (contacts,
/// the default), or for customers &lt;prefix&gt;-&lt;i&gt; to companies &lt;prefix&gt;-company-&lt;i&gt; (companies). Prints "done".
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length != 4 && !(args.Length == 5 && (args[4] == "contacts" || args[4] == "companies")))
        {
            Console.Error.WriteLine("usage: QuickpassPsa.DecisionWriter <store.json> <prefix> <count> <start-signal> [contacts|companies]");
            return 2;
        }
        var count = int.Parse(args[2], CultureInfo.InvariantCulture);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!File.Exists(args[3]))
        {
            if (DateTime.UtcNow > deadline)
            {
                Console.Error.WriteLine("no start signal");
                return 3;
            }
            System.Threading.Thread.Sleep(5);
        }

        var store = new DecisionStore(args[0], new DecisionStoreOptions { LockTimeout = TimeSpan.FromSeconds(60) });
        var companies = args.Length == 5 && args[4] == "companies";
        for (var i = 0; i < count; i++)
        {
            if (companies)
            {
                var number = i.ToString(CultureInfo.InvariantCulture);
                store.SaveCompanyDecisions(new[] { new CompanyMatchDecision(MatchDecisionKind.Confirmed, args[1] + "-" + number, args[1] + "-company-" + number, null) });
                continue;
            }
            var upn = args[1] + "-" + i.ToString(CultureInfo.InvariantCulture) + "@writer.test";
            store.Save(new[] { new ContactMatchDecision(MatchDecisionKind.Confirmed, "1", args[1] + "-contact-" + i.ToString(CultureInfo.InvariantCulture), upn, upn, null) });
        }
        Console.WriteLine("done");
        return 0;
    }
}
