using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System;
using QuickpassPsa.Cmdlets.Companies;
using QuickpassPsa.Cmdlets.Errors;
using QuickpassPsa.Cmdlets.Parameters;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Psa
{
    /// <summary>
    /// Base of the cmdlets that work on one PSA company named one explicit way per parameter set, never guessed
    /// from the shape of a string (a company named "2024" is a name, not an id): a PsaCompany (-Company); an id
    /// (-CompanyId, alias Id, with -Psa so that an id of the other PSA is refused); a name (-CompanyName, read by the
    /// shared rule of <see cref="CompanyNameLookup"/>: the exact name, then its backtick escapes undone, then a pattern
    /// that must match exactly one company); or a name taken literally (-LiteralCompanyName). The parameters and their
    /// resolution live here once (Get-PsaContact, Find-PsaContactMatch).
    /// <para>
    /// The properties are virtual for one reason: whether the company comes from the pipeline. Here they are
    /// plain named parameters (Find-PsaContactMatch reads accounts from the pipeline, and an account's Id must
    /// never bind to -CompanyId); Get-PsaContact overrides them to add pipeline binding. PowerShell reads a
    /// parameter's attributes from the most derived declaration only, so an override restates them whole.
    /// </para>
    /// </summary>
    public abstract class PsaCompanyCmdletBase : PsaCmdletBase
    {
        protected const string CompanySet = "Company";
        protected const string CompanyIdSet = "CompanyId";
        protected const string CompanyNameSet = "CompanyName";
        protected const string LiteralCompanyNameSet = "LiteralCompanyName";

        /// <summary>The run's company-name lookup: all companies read once per run when a pattern needs them.</summary>
        private CompanyNameLookup? _lookup;

        /// <summary>
        /// A PsaCompany (Get-PsaCompany, live or deserialized), or a company name, found as -Company documents.
        /// Named only: a positional string is -CompanyName's, and a string would bind here too through the
        /// transformation, leaving PowerShell unable to choose the parameter set.
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = CompanySet, HelpMessage = "A company from Get-PsaCompany, or a company's exact name, such as Contoso Ltd.")]
        [ValidateNotNull]
        [CompanyOrNameArgument]
        public virtual PsaCompany? Company { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = CompanyIdSet, HelpMessage = "The company's id in the PSA, such as 19297.")]
        [Alias("Id")]
        [ValidateNotBlank(Required = true)]
        public virtual string CompanyId { get; set; } = string.Empty;

        /// <summary>The PSA the id belongs to, so that an id of the other PSA is refused.</summary>
        [Parameter(ParameterSetName = CompanyIdSet)]
        [ArgumentCompleter(typeof(PsaNameCompleter))]
        public virtual string? Psa { get; set; }

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = CompanyNameSet, HelpMessage = "The company's exact name, such as Contoso Ltd (Get-PsaCompany lists them; Tab completes).")]
        [SupportsWildcards]
        [ValidateNotBlank(Required = true)]
        [ArgumentCompleter(typeof(CompanyNameCompleter))]
        public virtual string CompanyName { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ParameterSetName = LiteralCompanyNameSet, HelpMessage = "The company's exact name, with brackets or * taken as written, such as Contoso [UK].")]
        [ValidateNotBlank(Required = true)]
        [ArgumentCompleter(typeof(CompanyNameCompleter))]
        public virtual string LiteralCompanyName { get; set; } = string.Empty;

        /// <summary>True when the parameter set names a company (a derived cmdlet may have sets that do not).</summary>
        protected bool NamesCompany =>
            ParameterSetName == CompanySet || ParameterSetName == CompanyIdSet || ParameterSetName == CompanyNameSet || ParameterSetName == LiteralCompanyNameSet;

        /// <summary>The value the user named the company with, as the target of an error about it.</summary>
        protected object CompanyTarget => ParameterSetName switch
        {
            CompanySet => Company!,
            CompanyIdSet => CompanyId,
            CompanyNameSet => CompanyName,
            _ => LiteralCompanyName,
        };

        /// <summary>
        /// The one company the parameter set names, or null with <paramref name="error"/> saying why there is none
        /// (CompanyNotFound, CompanyAmbiguous, PsaMismatch, ValueNotSearchable): the caller decides whether that
        /// stops the command (one company for the whole run) or only this pipeline item. A PSA failure throws
        /// <see cref="PsaApiException"/>.
        /// </summary>
        private protected PsaCompany? ResolveCompany(PsaConnection connection, out ErrorRecord? error) => ParameterSetName switch
        {
            CompanySet => ResolveCompany(connection, Company!, out error),
            CompanyIdSet => ResolveCompanyId(connection, CompanyId, Psa, CompanyId, out error),
            CompanyNameSet => ResolveCompanyName(connection, CompanyName, literal: false, out error),
            _ => ResolveCompanyName(connection, LiteralCompanyName, literal: true, out error),
        };

        /// <summary>A PsaCompany: itself when it is of the connection's PSA; a name-only one (-Company 'Contoso') found by name.</summary>
        private protected PsaCompany? ResolveCompany(PsaConnection connection, PsaCompany company, out ErrorRecord? error)
        {
            error = null;
            if (company.NameOnly) return ByName(connection, company.Name, out error);
            if (SamePsa(company.Psa, connection)) return company;
            error = LookupErrors.PsaMismatch(company.Psa, connection, company);
            return null;
        }

        /// <summary>The company with this id, unless <paramref name="psa"/> names the other PSA; <paramref name="target"/> is what the user gave.</summary>
        private protected PsaCompany? ResolveCompanyId(PsaConnection connection, string companyId, string? psa, object target, out ErrorRecord? error)
        {
            error = null;
            var id = companyId.Trim();
            if (!string.IsNullOrWhiteSpace(psa) && !SamePsa(psa, connection))
            {
                error = LookupErrors.PsaMismatch(psa, connection, companyId);
                return null;
            }
            var byId = Run((_, token) => connection.Client.GetCompanyAsync(id, token));
            if (byId == null) error = PsaErrors.CompanyNotFound("has the id " + id, connection, target);
            return byId;
        }

        /// <summary>
        /// The one company with this name, read by the shared rule (<see cref="CompanyNameLookup"/>): a company of exactly this name
        /// first, then the name its backtick escapes write, then, unless <paramref name="literal"/>, the companies the pattern matches.
        /// </summary>
        private protected PsaCompany? ResolveCompanyName(PsaConnection connection, string name, bool literal, out ErrorRecord? error)
        {
            var result = Lookup(connection).Find(name, literal ? CompanyNameReading.Literal : CompanyNameReading.NameOrPattern);
            return One(result, connection, name, literal ? "-LiteralCompanyName" : "-CompanyName", out error);
        }

        /// <summary>
        /// A company given by name where an object was expected (-Company 'Contoso Ltd'): read as -CompanyName reads it (the shared rule of
        /// <see cref="CompanyNameLookup"/>: the exact name, the name its backtick escapes write, a pattern that must match exactly one
        /// company). When that finds none and the text has no wildcard syntax, the one company whose name is the same once case,
        /// punctuation, "&amp;", legal suffixes and "The" are set aside ("Contoso" for "Contoso Ltd", as Find-PsaCompanyMatch gives two
        /// stars) is taken, with a warning that names it: a match run may read a name more loosely than a create, but says so (round
        /// 67b: 'Semi Colon Inc' was taken as Semi;Colon {Inc} with a verbose line only, and 'Contoso*' was folded into "10 companies are
        /// named like"). A near spelling or several equal names are an error that lists them: a run over the wrong company's contacts
        /// is worse than none.
        /// </summary>
        private PsaCompany? ByName(PsaConnection connection, string name, out ErrorRecord? error)
        {
            var lookup = Lookup(connection);
            var named = lookup.Find(name, CompanyNameReading.NameOrPattern);
            if (named.Found.Count > 0 || named.Pattern || CompanyNameLookup.HasWildcardSyntax(named.Text))
            {
                return One(named, connection, name, "-Company", out error);
            }
            var match = new Core.Matching.Companies.CompanyMatcher(lookup.All).Match(new[] { named.Text })[0];
            if (match.Status == Core.Matching.MatchStatus.Suggested && match.Company != null)
            {
                WriteWarning("No company is named '" + named.Text + "': -Company '" + named.Text + "' is taken as " + match.Company +
                    ", the one company whose name is the same once case, punctuation, legal suffixes and a leading 'The' are set aside. " +
                    "If that is not the company you mean, pass its exact name or its -CompanyId.");
                error = null;
                return match.Company;
            }
            var hint = match.Candidates.Count == 0
                ? named.Hint
                : "Did you mean " + string.Join(" or ", match.Candidates.Take(3).Select(c => "'" + c.Company.Name.Trim() + "'")) + "? Pass the exact name, or the company's -CompanyId.";
            // An ambiguous fold lists the names plausibly meant, closest first and all counted, not the matcher's ten loosest (round 69).
            error = match.Candidates.Count > 1 && match.Status == Core.Matching.MatchStatus.Ambiguous
                ? NearCompanyNames.Ambiguous(named.Text, lookup.All, match.Candidates, named.Hint, name)
                : PsaErrors.CompanyNotFound(named.One, connection, name, hint);
            return null;
        }

        /// <summary>The run's company-name lookup (its company list read at most once), on this connection.</summary>
        private CompanyNameLookup Lookup(PsaConnection connection)
        {
            if (_lookup == null || !ReferenceEquals(_lookup.Connection, connection))
            {
                _lookup = new CompanyNameLookup(connection, work => Run((_, token) => work(token)), WriteVerbose);
            }
            return _lookup;
        }

        /// <summary>
        /// The single company found, or null with a CompanyNotFound or CompanyAmbiguous error ("No company {one}", "3 companies {several}"),
        /// or InvalidNamePattern when no company has the text as its name and the text is no valid pattern ('Contoso [UK'; round 69).
        /// <paramref name="parameter"/> is the parameter the text was given to, for the advice.
        /// </summary>
        private static PsaCompany? One(CompanyNameResult result, PsaConnection connection, string target, string parameter, out ErrorRecord? error)
        {
            error = null;
            if (result.InvalidPattern != null)
            {
                error = LookupErrors.InvalidCompanyPattern(result, parameter, "-LiteralCompanyName", connection, target);
                return null;
            }
            if (result.Found.Count == 1) return result.Found[0];
            error = result.Found.Count == 0 ? PsaErrors.CompanyNotFound(result.One, connection, target, result.Hint) : LookupErrors.CompanyAmbiguous(result.Several, result.Found, target);
            return null;
        }

        /// <summary>
        /// Every contact of the company (all pages), with a progress record of the count so far; Autotask contacts
        /// carry only the company id, so the name is filled in. A PSA failure throws <see cref="PsaApiException"/>.
        /// </summary>
        private protected IReadOnlyList<PsaContact> ReadContacts(PsaConnection connection, PsaCompany company, string? email, bool includeInactive)
        {
            var activity = "Reading the contacts of " + company.Name;
            var query = new ContactQuery { CompanyId = company.Id, Email = email, IncludeInactive = includeInactive };
            var contacts = Run((output, token) => connection.Client.GetContactsAsync(query,
                new ImmediateProgress(count => output.Progress(activity, count.ToString("N0", CultureInfo.InvariantCulture) + " contacts so far", -1)),
                token));
            foreach (var contact in contacts) contact.CompanyName ??= company.Name;
            WriteVerbose(contacts.Count.ToString(CultureInfo.InvariantCulture) + " contacts of " + company + ".");
            return contacts;
        }

        private static bool SamePsa(string? psa, PsaConnection connection) =>
            string.Equals((psa ?? string.Empty).Trim(), connection.Psa.ToString(), StringComparison.OrdinalIgnoreCase);

        /// <summary>IProgress that calls back on the reporting thread (Progress&lt;T&gt; would need a synchronization context).</summary>
        internal sealed class ImmediateProgress : IProgress<int>
        {
            private readonly Action<int> _report;
            public ImmediateProgress(Action<int> report) => _report = report;
            public void Report(int value) => _report(value);
        }
    }
}
