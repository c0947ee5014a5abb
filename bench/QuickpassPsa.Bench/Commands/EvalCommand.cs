using System.Text.Json;
using QuickpassPsa.Bench.Corpus;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Bench.Commands;

/// <summary>
/// eval --accounts A.csv --contacts C.csv --truth T.csv [--cases cases.csv] [--strategy Default|QuickpassCompatible] [--out matches.csv] [--detail detail.txt] [--json] [--show-wrong]
/// With --cases, the figures per generated case follow the totals.
/// </summary>
internal static class EvalCommand
{
    public static int Run(Arguments args)
    {
        var accounts = CsvFiles.ReadAccounts(args.Required("accounts"));
        var contacts = CsvFiles.ReadContacts(args.Required("contacts"));
        var truth = CsvFiles.ReadTruth(args.Required("truth"));
        var strategy = Enum.Parse<MatchStrategy>(args.Optional("strategy") ?? nameof(MatchStrategy.Default), ignoreCase: true);

        var matches = new ContactMatcher(contacts, null, new MatchOptions { Strategy = strategy }).Match(accounts);
        var metrics = EvalMetrics.Compute(matches, truth);

        if (args.Optional("out") is { } outPath)
        {
            LabelledCorpus.WriteCsv(outPath, new[] { "AccountId", "Status", "ContactId", "Stars", "Reason", "Candidates" },
                matches.Select(m => new[]
                {
                    m.AccountId ?? "", m.Status.ToString(), m.ContactId ?? "", m.Stars.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    string.Join("+", m.Reasons), string.Join(";", m.Candidates.Select(c => c.Contact.Id)),
                }));
        }

        if (args.Optional("detail") is { } detailPath) File.WriteAllLines(detailPath, ResultDetail.Lines(matches));

        if (args.Flag("json"))
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                strategy = strategy.ToString(),
                accounts = metrics.Accounts,
                accountsWithContact = metrics.WithContact,
                counts = metrics.Counts,
                autoPrecision = Math.Round(metrics.AutoPrecision, 4),
                autoRecall = Math.Round(metrics.AutoRecall, 4),
                reviewRecall = Math.Round(metrics.ReviewRecall, 4),
                wrongUnmatched = Math.Round(metrics.WrongUnmatchedRate, 4),
                wrongUnmatchedCount = metrics.WrongUnmatched,
            }));
        }
        else
        {
            Console.WriteLine($"strategy {strategy}: {metrics.Accounts} accounts, {metrics.WithContact} with a contact, {contacts.Count} contacts");
            foreach (var (status, count) in metrics.Counts) Console.WriteLine($"  {status,-10} {count,7}");
            Console.WriteLine($"autoPrecision  {LabelledCorpus.Format(metrics.AutoPrecision)}  ({metrics.CorrectSuggested}/{metrics.Suggested})");
            Console.WriteLine($"autoRecall     {LabelledCorpus.Format(metrics.AutoRecall)}  ({metrics.CorrectSuggested}/{metrics.WithContact})");
            Console.WriteLine($"reviewRecall   {LabelledCorpus.Format(metrics.ReviewRecall)}  ({metrics.FoundForReview}/{metrics.WithContact})");
            Console.WriteLine($"wrongUnmatched {LabelledCorpus.Format(metrics.WrongUnmatchedRate)}  ({metrics.WrongUnmatched}/{metrics.WithContact})");
        }
        if (args.Optional("cases") is { } casesPath)
        {
            var cases = CsvFiles.ReadCases(casesPath);
            Console.WriteLine($"{"case",-26} {"n",6} {"auto",7} {"review",7} {"unmatched",9} {"wrong",6}");
            foreach (var group in matches.GroupBy(m => cases.GetValueOrDefault(m.AccountId ?? "", "?")).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var m = EvalMetrics.Compute(group.ToList(), truth);
                // For cases with no true contact: auto = share left without an automatic link; review and unmatched as counted.
                var withContact = m.WithContact > 0;
                var auto = withContact ? m.AutoRecall : 1 - (double)m.Suggested / m.Accounts;
                var review = withContact ? m.ReviewRecall : double.NaN;
                var unmatched = (double)m.Counts["Unmatched"] / m.Accounts;
                Console.WriteLine($"{group.Key,-26} {m.Accounts,6} {auto,7:0.000} {review,7:0.000} {unmatched,9:0.000} {m.WrongSuggestions.Count,6}");
            }
        }
        if (args.Flag("show-wrong")) foreach (var wrong in metrics.WrongSuggestions.Take(50)) Console.Error.WriteLine("wrong: " + wrong);
        return 0;
    }
}
