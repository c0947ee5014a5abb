using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa.ConnectWise.CommunicationTypes;

namespace QuickpassPsa.Core.Reporting
{
    /// <summary>
    /// Writes a <see cref="MatchReport"/> as one self-contained HTML file: inline style, inline SVG charts, one inline
    /// script, no external resource of any kind. Every value from the data goes through <see cref="Html.Encode"/>;
    /// only the writer's own markup is written raw.
    /// </summary>
    public static class MatchReportWriter
    {
        internal static readonly MatchStatus[] StatusOrder = { MatchStatus.Matched, MatchStatus.Suggested, MatchStatus.Review, MatchStatus.Ambiguous, MatchStatus.Unmatched };

        private const string NoCustomer = "(no customer)";

        public static void Write(MatchReport report, TextWriter output)
        {
            if (report == null) throw new ArgumentNullException(nameof(report));
            if (output == null) throw new ArgumentNullException(nameof(output));
            var w = new Writer(output);
            w.Raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n");
            w.Raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src " + ReportAssets.ScriptHash + "; img-src data:; base-uri 'none'; form-action 'none'\">\n");
            w.Raw("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><meta name=\"referrer\" content=\"no-referrer\">\n");
            w.Raw("<title>Contact match report</title>\n<style>" + ReportAssets.Style + "</style></head>\n<body>\n");
            Header(w, report);
            Summary(w, report);
            NotMatched(w, report);
            Review(w, report);
            Unmatched(w, report);
            Findings(w, report);
            w.Raw("<script>" + ReportAssets.Script + "</script>\n</body></html>\n");
        }

        private static void Header(Writer w, MatchReport report)
        {
            w.Raw("<header><h1>Contact match report</h1>\n<p class=\"run\" id=\"run\">Run ");
            w.Text(report.GeneratedAt.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture));
            w.Raw(" against <b>");
            w.Text(report.PsaShown ?? "an unknown PSA");
            w.Raw("</b>");
            if (!string.IsNullOrWhiteSpace(report.Endpoint))
            {
                w.Raw(" at ");
                w.Text(report.Endpoint);
            }
            w.Raw(": ");
            w.Text(Count(report.Matches.Count, "account"));
            w.Raw(", ");
            if (report.Customers.Count > 0)
            {
                w.Text(Count(report.Customers.Count, "customer summary", "customer summaries"));
                w.Raw(", ");
            }
            w.Text(Count(report.Findings.Count, "communication-type finding"));
            w.Raw(".</p></header>\n");
        }

        private static void Summary(Writer w, MatchReport report)
        {
            var customers = report.Matches
                .GroupBy(m => string.IsNullOrWhiteSpace(m.Account.Customer) ? NoCustomer : m.Account.Customer!.Trim(), StringComparer.OrdinalIgnoreCase)
                .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
                .Select(g => new { Name = g.Key, Counts = Tally(g), Company = CompanyOf(report, g.Key, g) })
                .ToList();
            var total = Tally(report.Matches);

            w.Raw("<section id=\"summary\"><h2>Summary per customer</h2>\n");
            StatusChart.Overall(w, total);
            w.Raw("<p class=\"legend\">");
            foreach (var status in StatusOrder) w.Raw("<span><i class=\"" + status + "\"></i>" + status + "</span>");
            w.Raw("</p>\n");
            Filter(w, "summary-table");
            w.Raw("<table class=\"sortable\" id=\"summary-table\"><thead><tr><th>Customer</th><th>Company</th>");
            foreach (var status in StatusOrder) w.Raw("<th class=\"n\">" + status + "</th>");
            w.Raw("<th class=\"n\">Accounts</th><th>Statuses</th></tr></thead><tbody>\n");
            foreach (var customer in customers)
            {
                w.Raw("<tr><td>");
                w.Text(customer.Name);
                w.Raw("</td><td>");
                w.Named(customer.Company.Name, customer.Company.Id);
                w.Raw("</td>");
                foreach (var status in StatusOrder) w.Raw("<td class=\"n\">" + customer.Counts[(int)status] + "</td>");
                w.Raw("<td class=\"n\">" + customer.Counts.Sum() + "</td><td>");
                StatusChart.Bar(w, customer.Counts, customer.Name);
                w.Raw("</td></tr>\n");
            }
            w.Raw("</tbody></table></section>\n");
        }

        /// <summary>"Contoso Ltd" and 19297: the company the customer's accounts were matched in, from its summary or its rows.</summary>
        private static (string? Name, string? Id) CompanyOf(MatchReport report, string customer, IEnumerable<ContactMatch> matches)
        {
            var summary = report.Customers.FirstOrDefault(s => string.Equals(s.Customer?.Trim(), customer, StringComparison.OrdinalIgnoreCase));
            var id = summary?.CompanyId ?? matches.Select(m => m.CompanyId).FirstOrDefault(i => !string.IsNullOrEmpty(i));
            if (id == null) return (null, null);
            var name = summary?.CompanyName ?? matches.Select(m => m.CompanyName).FirstOrDefault(n => !string.IsNullOrEmpty(n));
            return (name, id);
        }

        /// <summary>The customers of a multi-customer run whose accounts were not matched at all: no link, a company gone, a failed read.</summary>
        private static void NotMatched(Writer w, MatchReport report)
        {
            if (report.Customers.Count == 0) return;
            var rows = report.Customers.Where(c => c.State != Matching.Customers.CustomerRunState.Done).ToList();
            w.Raw("<section id=\"customers\"><h2>Customers not matched (" + rows.Count + ")</h2>\n");
            if (rows.Count == 0)
            {
                w.Raw("<p class=\"none\">Every customer of the run was matched in its linked company.</p></section>\n");
                return;
            }
            w.Raw("<p>Their accounts are in no table below. Link a customer to its company (Set-PsaCompanyMatch, or Find-PsaCompanyMatch | Save-PsaCompanyMatch), then run the match again.</p>\n");
            Filter(w, "customers-table");
            w.Raw("<table class=\"sortable\" id=\"customers-table\"><thead><tr><th>Customer</th><th>State</th><th class=\"n\">Accounts</th><th>Company</th><th>Why</th></tr></thead><tbody>\n");
            foreach (var customer in rows)
            {
                w.Raw("<tr><td>");
                w.Text(customer.Customer);
                w.Raw("</td><td class=\"bad\">");
                w.Text(customer.State);
                w.Raw("</td><td class=\"n\">" + customer.Accounts.ToString(CultureInfo.InvariantCulture) + "</td><td>");
                w.Named(customer.CompanyName, customer.CompanyId);
                w.Raw("</td><td>");
                w.Text(customer.Error);
                w.Raw("</td></tr>\n");
            }
            w.Raw("</tbody></table></section>\n");
        }

        private static void Review(Writer w, MatchReport report)
        {
            var rows = report.Matches.Where(m => m.Status == MatchStatus.Review || m.Status == MatchStatus.Ambiguous).ToList();
            w.Raw("<section id=\"review\"><h2>Review and Ambiguous (" + rows.Count + ")</h2>\n");
            w.Raw("<p>Each row sets the account beside every candidate contact: green where a field agrees, red where it differs. A person must confirm (Save-PsaContactMatch) or choose (-ContactId).</p>\n");
            Filter(w, "review-table");
            w.Raw("<table class=\"sortable\" id=\"review-table\"><thead><tr><th>Customer</th><th>Account</th><th>Status</th><th>Why</th><th class=\"n\">Best score</th><th class=\"n\">Candidates</th><th>Evidence</th></tr></thead><tbody>\n");
            foreach (var match in rows)
            {
                var best = match.Candidates.Count == 0 ? 0 : match.Candidates.Max(c => c.Score);
                w.Raw("<tr><td>");
                w.Text(match.Account.Customer);
                w.Raw("</td><td>");
                Account(w, match.Account);
                w.Raw("</td><td>" + match.Status + "</td><td>");
                // The reasons say what the field table cannot: a name that differs in a way no field shows (ConflictingName),
                // a contact another account claims (ContactClaimed), a shared name or phone.
                w.Text(string.Join(", ", match.Reasons));
                w.Raw("</td><td class=\"n\">" + best + "</td><td class=\"n\">" + match.Candidates.Count + "</td><td>");
                Evidence(w, match);
                w.Raw("</td></tr>\n");
            }
            w.Raw("</tbody></table></section>\n");
        }

        /// <summary>Field by field: the account, then each candidate, then each candidate's score and its parts.</summary>
        private static void Evidence(Writer w, ContactMatch match)
        {
            var candidates = match.Candidates.ToList();
            if (candidates.Count == 0 && match.Contact != null) candidates.Add(new MatchCandidate(match.Contact, 0, match.Reasons));
            if (candidates.Count == 0)
            {
                w.Raw("<span class=\"none\">no candidate</span>");
                return;
            }
            var comparisons = candidates.Select(c => FieldComparison.Compare(match.Account, c.Contact)).ToList();
            w.Raw("<table class=\"ev\"><thead><tr><th>Field</th><th>Account</th>");
            foreach (var candidate in candidates)
            {
                w.Raw("<th>Contact ");
                w.Text(candidate.Contact.Id);
                w.Raw("</th>");
            }
            w.Raw("</tr></thead><tbody>");
            for (var row = 0; row < comparisons[0].Count; row++)
            {
                w.Raw("<tr><th>" + comparisons[0][row].Field + "</th><td>");
                w.Text(comparisons[0][row].AccountValue);
                w.Raw("</td>");
                foreach (var compared in comparisons)
                {
                    var field = compared[row];
                    w.Raw("<td class=\"" + (field.Agreement == FieldAgreement.Agrees ? "ok" : field.Agreement == FieldAgreement.Differs ? "bad" : "none") + "\" title=\"" + field.Agreement + "\">");
                    w.Text(field.ContactValue.Length == 0 ? "-" : field.ContactValue);
                    w.Raw("</td>");
                }
                w.Raw("</tr>");
            }
            w.Raw("<tr><th>Score</th><td></td>");
            foreach (var candidate in candidates) w.Raw("<td><b>" + candidate.Score + "</b></td>");
            w.Raw("</tr><tr><th>Parts</th><td></td>");
            foreach (var candidate in candidates)
            {
                w.Raw("<td>");
                w.Text(ScoreParts.Explain(candidate));
                w.Raw("</td>");
            }
            w.Raw("</tr></tbody></table>");
        }

        private static void Unmatched(Writer w, MatchReport report)
        {
            var rows = report.Matches.Where(m => m.Status == MatchStatus.Unmatched).ToList();
            var lastNameRequired = report.LastNameRequired;
            var limits = report.LimitsShown;
            w.Raw("<section id=\"unmatched\"><h2>Unmatched (" + rows.Count + ")</h2>\n");
            w.Raw("<p>No candidate contact, or only contacts that other accounts took by their own address and name (listed under Taken by others). New-PsaContact creates the ones marked yes; the others need their source fixed first.</p>\n");
            Filter(w, "unmatched-table");
            w.Raw("<table class=\"sortable\" id=\"unmatched-table\"><thead><tr><th>Customer</th><th>Account</th><th>Email</th><th>Can be created</th><th>Why not</th><th>Taken by others</th></tr></thead><tbody>\n");
            foreach (var match in rows)
            {
                var creatable = Creatability.Of(match.Account, lastNameRequired, limits: limits);
                w.Raw("<tr><td>");
                w.Text(match.Account.Customer);
                w.Raw("</td><td>");
                w.Text(match.Account.DisplayName ?? match.Account.ToString());
                w.Raw("</td><td>");
                w.Text(match.Account.Email);
                w.Raw(creatable.CanCreate ? "</td><td class=\"ok\">yes</td><td>" : "</td><td class=\"bad\">no</td><td>");
                w.Text(creatable.Reason);
                w.Raw("</td><td>");
                // After elimination an Unmatched row keeps the contacts other accounts took: the reviewer sees who was considered.
                for (var i = 0; i < match.Candidates.Count; i++)
                {
                    if (i > 0) w.Text("; ");
                    var contact = match.Candidates[i].Contact;
                    w.Isolated(((contact.FirstName ?? string.Empty) + " " + (contact.LastName ?? string.Empty)).Trim());
                    w.Text(" [" + contact.Id + "]");
                }
                w.Raw("</td></tr>\n");
            }
            w.Raw("</tbody></table></section>\n");
        }

        /// <summary>"Name &lt;address&gt;" with the name isolated, so a right-to-left name leaves the address where it belongs.</summary>
        private static void Account(Writer w, Core.Accounts.Account account)
        {
            if (string.IsNullOrWhiteSpace(account.DisplayName) || string.IsNullOrWhiteSpace(account.Email))
            {
                w.Isolated(account.ToString());
                return;
            }
            w.Isolated(account.DisplayName!.Trim());
            w.Text(" <" + account.Email!.Trim() + ">");
        }

        private static void Findings(Writer w, MatchReport report)
        {
            w.Raw("<section id=\"findings\"><h2>Communication-type findings (" + report.Findings.Count + ")</h2>\n");
            if (report.Findings.Count == 0)
            {
                w.Raw("<p class=\"none\">None given to this report (pipe Test-CwCommunicationType's findings in to include them).</p></section>\n");
                return;
            }
            w.Raw("<table class=\"sortable\" id=\"findings-table\"><thead><tr><th>Severity</th><th>Code</th><th>Types</th><th>Problem</th><th>Fix</th></tr></thead><tbody>\n");
            foreach (var finding in report.Findings)
            {
                w.Raw("<tr><td class=\"" + (finding.Severity == CwTypeSeverity.Error ? "bad" : "none") + "\">" + finding.Severity + "</td><td>" + finding.Code + "</td><td>");
                w.Text(string.Join(", ", finding.Types));
                w.Raw("</td><td>");
                w.Text(finding.Message);
                w.Raw("</td><td>");
                w.Text(finding.Fix);
                w.Raw("</td></tr>\n");
            }
            w.Raw("</tbody></table></section>\n");
        }

        private static void Filter(Writer w, string table) =>
            w.Raw("<p class=\"filter\"><input type=\"search\" placeholder=\"Filter rows\" aria-label=\"Filter rows\" data-filter=\"" + table + "\"></p>\n");

        internal static int[] Tally(IEnumerable<ContactMatch> matches)
        {
            var counts = new int[StatusOrder.Max(s => (int)s) + 1];
            foreach (var match in matches) counts[(int)match.Status]++;
            return counts;
        }

        private static string Count(int count, string noun) => Count(count, noun, noun + "s");

        private static string Count(int count, string one, string several) => count.ToString("N0", CultureInfo.InvariantCulture) + " " + (count == 1 ? one : several);

        /// <summary>The one place text reaches the file: <see cref="Text"/> encodes, <see cref="Raw"/> is for the writer's own markup only.</summary>
        internal sealed class Writer
        {
            private readonly TextWriter _output;

            public Writer(TextWriter output) => _output = output;

            public void Raw(string markup) => _output.Write(markup);

            public void Text(string? value) => _output.Write(Html.Encode(value));

            /// <summary>
            /// A value in its own bidirectional run (&lt;bdi&gt;): an Arabic or Hebrew name beside an id or an address would
            /// otherwise pull them to its side ("[2001] شركة الأمل" for "شركة الأمل [2001]").
            /// </summary>
            public void Isolated(string? value)
            {
                if (string.IsNullOrEmpty(value)) return;
                _output.Write("<bdi>");
                _output.Write(Html.Encode(value));
                _output.Write("</bdi>");
            }

            /// <summary>"Contoso Ltd [19297]", the name isolated; just "[19297]" without a name; nothing without an id.</summary>
            public void Named(string? name, string? id)
            {
                if (string.IsNullOrEmpty(id)) return;
                if (!string.IsNullOrWhiteSpace(name))
                {
                    Isolated(name!.Trim());
                    _output.Write(" ");
                }
                _output.Write(Html.Encode("[" + id + "]"));
            }
        }
    }
}
