using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Errors
{
    /// <summary>
    /// Errors for a value that cannot be looked up as given: a name that matches several companies, a company
    /// of the other PSA, a value the PSA's query language cannot express. Each is InvalidArgument about one
    /// pipeline item, so non-terminating, with the value (or object) as target.
    /// </summary>
    internal static class LookupErrors
    {
        /// <summary>
        /// Several companies answer to one name or pattern where exactly one is needed: the message counts them all and lists ten.
        /// <paramref name="more"/> is further advice (a Get-PsaCompany command that lists names like it), or null.
        /// </summary>
        public static ErrorRecord CompanyAmbiguous(string what, IReadOnlyList<PsaCompany> found, object target, string? more = null)
        {
            const int shown = 10;
            var list = string.Join(", ", found.Take(shown).Select(Quoted)) + (found.Count > shown ? " and " + (found.Count - shown) + " more" : string.Empty);
            var message = found.Count + " companies " + what + ": " + list + ". Exactly one is needed.";
            return new ErrorRecord(new AmbiguousCompanyException(message), ErrorIds.CompanyAmbiguous, ErrorCategory.InvalidArgument, target)
            {
                ErrorDetails = new ErrorDetails(message) { RecommendedAction = "Pass -CompanyId, a PsaCompany from Get-PsaCompany, or a name that only one company has." + (more == null ? string.Empty : " " + more) },
            };
        }

        /// <summary>
        /// A name or pattern parameter given a text that nothing known has as its exact name and that cannot be read as a wildcard
        /// pattern ('Contoso [UK': a [ without its ]; 'Contoso`': a backtick that escapes nothing; see CompanyNameLookup.PatternProblem).
        /// Round 69: such a text selected nothing, silently, and an admin read "no decisions" and was wrong. The message quotes the
        /// text and says why; the advice writes the text escaped (the exact name, as the parameter reads it back), the literal
        /// parameter where the cmdlet has one, and how to mend the pattern. InvalidArgument, with the text as target.
        /// </summary>
        /// <param name="parameter">The parameter the text was given to, "-Customer".</param>
        /// <param name="none">The sentence that says no value has the text as its exact name: "No stored customer is named exactly 'Contoso [UK' either."</param>
        /// <param name="literalParameter">The cmdlet's parameter that takes a name exactly as written ("-LiteralCompanyName"), or null.</param>
        /// <param name="list">A further sentence of advice (a Get-PsaCompany command that lists the names like it), or null.</param>
        public static ErrorRecord InvalidNamePattern(string parameter, string text, string problem, string none, string? literalParameter, string? list, object target)
        {
            var message = parameter + " '" + text + "' cannot be read as a wildcard pattern: " + problem + ". " + none;
            var action = "To name it exactly as written, escape its wildcard characters with a backtick: " +
                Companies.CompanyNameLookup.Command(parameter, WildcardPattern.Escape(text)) +
                (literalParameter == null ? string.Empty : ", or pass " + Companies.CompanyNameLookup.Command(literalParameter, text)) +
                ". To use it as a pattern, " + Companies.CompanyNameLookup.PatternFix(problem) + " (Get-Help about_Wildcards)." +
                (list == null ? string.Empty : " " + list);
            return new ErrorRecord(new ArgumentException(message), ErrorIds.InvalidNamePattern, ErrorCategory.InvalidArgument, target)
            {
                ErrorDetails = new ErrorDetails(message) { RecommendedAction = action },
            };
        }

        /// <summary>
        /// <see cref="InvalidNamePattern"/> for a company name read by the shared rule (<see cref="Companies.CompanyNameLookup.Find"/>) that
        /// no company has and that is no valid pattern (<see cref="Companies.CompanyNameResult.InvalidPattern"/>), with the Get-PsaCompany
        /// command that lists the names like it.
        /// </summary>
        public static ErrorRecord InvalidCompanyPattern(Companies.CompanyNameResult result, string parameter, string? literalParameter, PsaConnection connection, object target) =>
            InvalidNamePattern(parameter, result.Text, result.InvalidPattern ?? string.Empty,
                "No company in " + connection + " is named exactly '" + result.Text + "' either, so none was read.", literalParameter, result.Hint, target);

        /// <summary>CompanyAmbiguous with a message of its own (an ambiguous near-name fold with fewer than two names to list).</summary>
        public static ErrorRecord CompanyAmbiguousSaying(string message, object target, string more) =>
            new ErrorRecord(new AmbiguousCompanyException(message), ErrorIds.CompanyAmbiguous, ErrorCategory.InvalidArgument, target)
            {
                ErrorDetails = new ErrorDetails(message) { RecommendedAction = "Pass -CompanyId, a PsaCompany from Get-PsaCompany, or a name that only one company has. " + more },
            };

        /// <summary>A company as the lists of these errors name it: 'Contoso Ltd' (id 19297).</summary>
        internal static string Quoted(PsaCompany company) => "'" + company.Name + "' (id " + company.Id + ")";

        /// <summary>
        /// Contacts given with -Contact that belong to several PSA companies: matched together, an account of one customer
        /// could be linked to a namesake at another. Terminating: the whole input is one company's match.
        /// </summary>
        public static ErrorRecord ContactsOfSeveralCompanies(IReadOnlyList<string> companyIds)
        {
            const int shown = 5;
            var list = string.Join(", ", companyIds.Take(shown)) + (companyIds.Count > shown ? " and " + (companyIds.Count - shown) + " more" : string.Empty);
            var message = "The contacts given with -Contact belong to " + companyIds.Count + " PSA companies (ids " + list + "). Accounts are matched against " +
                "one company's contacts: matched across companies, an account of one customer could be linked to a namesake at another. Nothing was matched.";
            return new ErrorRecord(new ArgumentException(message), ErrorIds.ContactsOfSeveralCompanies, ErrorCategory.InvalidArgument, companyIds.ToArray())
            {
                ErrorDetails = new ErrorDetails(message)
                {
                    RecommendedAction = "Pass one company's contacts (Get-PsaContact -CompanyName 'Name'), or leave -Contact out to match every customer in its linked company.",
                },
            };
        }

        /// <summary>
        /// A piped object that names no company (an account, a connection, a row without a company id; round 63a): refused instead
        /// of reading its own Id as a company id, which named an unrelated company. InvalidArgument, about this pipeline item only.
        /// </summary>
        public static ErrorRecord NotACompany(string message, string action, object target) =>
            new ErrorRecord(new ArgumentException(message), ErrorIds.NotACompany, ErrorCategory.InvalidArgument, target)
            {
                ErrorDetails = new ErrorDetails(message) { RecommendedAction = action },
            };

        /// <summary>A company (or its id) of the other PSA than the connection's: its id would mean another company here.</summary>
        public static ErrorRecord PsaMismatch(string? psa, PsaConnection connection, object target)
        {
            var message = "The company " + Describe(target) + " is from " + psa + ", but the connection " + connection + " is " + connection.Psa +
                ". Its id would name another company there.";
            return new ErrorRecord(new ArgumentException(message), ErrorIds.PsaMismatch, ErrorCategory.InvalidArgument, target)
            {
                ErrorDetails = new ErrorDetails(message) { RecommendedAction = "Pass the connection the company came from with -Connection, or look the company up by name in this PSA." },
            };
        }

        /// <summary>
        /// Null when the connection's PSA can search for <paramref name="value"/>; else the error. ConnectWise conditions
        /// have no escape for quotes, so a value holding both ' and " cannot be sent (the rule is CwConditions.Quote's).
        /// Only email addresses meet it: a company name ConnectWise cannot search for is compared against the company list
        /// instead (CompanyNameLookup), so its advice is what to do about the address.
        /// </summary>
        public static ErrorRecord? Unsearchable(PsaConnection connection, string value, string parameter)
        {
            if (connection.Psa != PsaKind.ConnectWise) return null;
            try
            {
                Core.Psa.ConnectWise.CwConditions.Quote(value);
                return null;
            }
            catch (ArgumentException)
            {
                var message = "ConnectWise cannot search for the " + parameter + " " + value + ": it holds both a single quote (') and a double quote (\"), " +
                    "and ConnectWise conditions have no way to escape them.";
                return new ErrorRecord(new ArgumentException(message), ErrorIds.ValueNotSearchable, ErrorCategory.InvalidArgument, value)
                {
                    ErrorDetails = new ErrorDetails(message)
                    {
                        RecommendedAction = "Leave -Email out and pick the contact from the company's contacts, for example Get-PsaContact -CompanyId <id> | Where-Object Emails -Contains " +
                            "'" + System.Management.Automation.Language.CodeGeneration.EscapeSingleQuotedStringContent(value) + "'; an account with such an address gets no contact from New-PsaContact: create it in ConnectWise by hand.",
                    },
                };
            }
        }

        private static string Describe(object target) => target is PsaCompany company ? company.ToString() : "with the id " + target;

        private sealed class AmbiguousCompanyException : Exception
        {
            public AmbiguousCompanyException(string message) : base(message) { }
        }
    }
}
