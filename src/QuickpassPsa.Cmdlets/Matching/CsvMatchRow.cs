using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Matching
{
    /// <summary>
    /// A row of Find-PsaContactMatch written with Export-Csv and read back with Import-Csv: every cell is text, the account and
    /// the contact are "Name &lt;address&gt;" and "Name &lt;address&gt; [id]", the candidates "2129 (90: NameExact); 2130 (60: Typo)", and
    /// AccountId, ContactId and CompanyId are columns of their own. It met PowerShell's bare "The input object cannot be bound"
    /// error in every cmdlet (round 59). It is rebuilt into a row that carries what the text holds (the account's id and address,
    /// the contact's id, name and company, the candidates' ids) and is marked as a copy: Save-PsaContactMatch and Set-PsaContactMatch
    /// act on it, since a decision needs no more; New-PsaContact, Update-PsaContact and Export-PsaMatchReport need the account's
    /// names, mobile and state, or the evidence, which the text does not keep, and refuse it with QuickpassPsa.MatchRowFromCsv.
    /// </summary>
    internal static class CsvMatchRow
    {
        private static readonly ConditionalWeakTable<ContactMatch, object> Copies = new ConditionalWeakTable<ContactMatch, object>();
        private static readonly object Marker = new object();

        /// <summary>A text-only row with the columns of a match row (Account as text, Status a status's name, and AccountId, ContactId or CompanyId).</summary>
        public static bool Is(PSObject? input)
        {
            if (input == null || !(input.BaseObject is PSCustomObject)) return false;
            if (!(Value(input, nameof(ContactMatch.Account)) is string) || !(Value(input, nameof(ContactMatch.Status)) is string status)) return false;
            // One of the five statuses by name, so a user file that merely has Account and Status columns is not taken for a match row.
            if (!Enum.TryParse<MatchStatus>(status.Trim(), ignoreCase: true, out var parsed) || !Enum.IsDefined(typeof(MatchStatus), parsed) ||
                status.Trim().Length == 0 || char.IsDigit(status.Trim()[0])) return false;
            return input.Properties[nameof(ContactMatch.AccountId)] != null || input.Properties[nameof(ContactMatch.ContactId)] != null ||
                   input.Properties[nameof(ContactMatch.CompanyId)] != null;
        }

        /// <summary>Whether this row was rebuilt from a CSV copy (so it lacks what the text does not keep).</summary>
        public static bool IsCopy(ContactMatch? match) => match != null && Copies.TryGetValue(match, out _);

        public static ContactMatch Rebuild(PSObject input)
        {
            var (accountName, address) = NameAndAddress(Text(input, nameof(ContactMatch.Account)));
            var accountId = Text(input, nameof(ContactMatch.AccountId));
            var account = new Account
            {
                Id = accountId ?? address,
                DisplayName = accountName,
                Email = address,
            };
            var companyId = Text(input, nameof(ContactMatch.CompanyId));
            var contact = Contact(Text(input, nameof(ContactMatch.ContactId)), Text(input, nameof(ContactMatch.Contact)), companyId);
            var match = new ContactMatch(account)
            {
                Status = PipelineArgument.EnumOf(Text(input, nameof(ContactMatch.Status)), MatchStatus.Unmatched),
                Stars = int.TryParse(Text(input, nameof(ContactMatch.Stars)), NumberStyles.Integer, CultureInfo.InvariantCulture, out var stars) ? stars : 0,
                Reasons = Reasons(Text(input, nameof(ContactMatch.Reasons))),
                Contact = contact,
                CompanyId = companyId,
                CompanyName = Text(input, nameof(ContactMatch.CompanyName)),
                Candidates = Candidates(Text(input, nameof(ContactMatch.Candidates)), contact, companyId),
                ComputedAt = DeserializedMatch.Time(Value(input, nameof(ContactMatch.ComputedAt))), // to the second, as Export-Csv writes it
            };
            Copies.Add(match, Marker);
            return match;
        }

        /// <summary>What to say to a cmdlet that cannot act on a CSV copy: what it lacks and what works instead.</summary>
        public static ErrorRecord NotUsable(ContactMatch row, string command, string lacks)
        {
            var message = "This row is a CSV copy of a Find-PsaContactMatch row (Export-Csv, then Import-Csv): it keeps the account and the contact as text only, " +
                "without " + lacks + ", so " + command + " cannot use it. Nothing was done for " + row.Account + ".";
            return new ErrorRecord(new ArgumentException(message), Errors.ErrorIds.MatchRowFromCsv, ErrorCategory.InvalidData, row)
            {
                ErrorDetails = new ErrorDetails(message)
                {
                    RecommendedAction = "Keep rows for later with Export-Clixml and read them back with Import-Clixml (they bind to every cmdlet), or match the accounts " +
                        "again (Get-QpAccount ... | Find-PsaContactMatch ...). A CSV copy works with Save-PsaContactMatch and Set-PsaContactMatch (its AccountId, ContactId " +
                        "and CompanyId columns), and Get-PsaContactMatchDecision's CSV with Remove-PsaContactMatch.",
                },
            };
        }

        private static object? Value(PSObject input, string name)
        {
            var value = input.Properties[name]?.Value;
            return value is PSObject wrapped ? wrapped.BaseObject : value;
        }

        private static string? Text(PSObject input, string name)
        {
            var text = Value(input, name)?.ToString()?.Trim();
            return string.IsNullOrEmpty(text) ? null : text;
        }

        /// <summary>"Ann Lee &lt;ann@contoso.com&gt;" as the name and the address; a bare address or a bare name as itself.</summary>
        private static (string? Name, string? Address) NameAndAddress(string? text)
        {
            if (text == null) return (null, null);
            var open = text.LastIndexOf(" <", StringComparison.Ordinal);
            if (text.EndsWith(">", StringComparison.Ordinal) && open >= 0)
            {
                var address = text.Substring(open + 2, text.Length - open - 3).Trim();
                var name = text.Substring(0, open).Trim();
                return (name.Length == 0 ? null : name, address.Length == 0 ? null : address);
            }
            return text.IndexOf('@') > 0 && text.IndexOf(' ') < 0 ? (null, text) : (text, null);
        }

        /// <summary>The row's contact from its id and its "Name &lt;address&gt; [id]" cell, in the row's company; null without an id.</summary>
        private static PsaContact? Contact(string? id, string? text, string? companyId)
        {
            if (text != null && text.EndsWith("]", StringComparison.Ordinal))
            {
                var open = text.LastIndexOf(" [", StringComparison.Ordinal);
                if (open >= 0)
                {
                    id ??= text.Substring(open + 2, text.Length - open - 3).Trim();
                    text = text.Substring(0, open);
                }
            }
            if (string.IsNullOrEmpty(id)) return null;
            var (name, address) = NameAndAddress(text);
            // The cell holds the display name whole; it is kept as the first name, so DisplayName (and a decision's ContactName) reads it as written.
            return new PsaContact { Id = id!, CompanyId = companyId, FirstName = name, Emails = address == null ? Array.Empty<string>() : new[] { address } };
        }

        private static readonly Regex CandidateText = new Regex(@"(?:^|;\s*)(?<id>[^\s;()]+)\s*\((?<score>-?\d+)(?::\s*(?<reasons>[^)]*))?\)", RegexOptions.CultureInvariant);

        /// <summary>"2129 (90: NameExact); 2130 (60: Typo)": the candidates' ids, scores and reasons, the row's contact in full.</summary>
        private static IReadOnlyList<MatchCandidate> Candidates(string? text, PsaContact? contact, string? companyId)
        {
            var candidates = new List<MatchCandidate>();
            if (text == null) return candidates;
            foreach (Match m in CandidateText.Matches(text))
            {
                var id = m.Groups["id"].Value;
                var known = contact != null && string.Equals(contact.Id, id, StringComparison.OrdinalIgnoreCase) ? contact : new PsaContact { Id = id, CompanyId = companyId };
                var score = int.Parse(m.Groups["score"].Value, NumberStyles.Integer, CultureInfo.InvariantCulture);
                candidates.Add(new MatchCandidate(known, score, Reasons(m.Groups["reasons"].Value.Replace(',', ';'))));
            }
            return candidates;
        }

        private static IReadOnlyList<MatchReason> Reasons(string? text) => PipelineArgument.EnumList(MatchReason.None, text);
    }
}
