using System;
using System.Collections.Generic;
using QuickpassPsa.Cmdlets.Companies;
using QuickpassPsa.Cmdlets.Decisions;
using QuickpassPsa.Cmdlets.Errors;
using QuickpassPsa.Cmdlets.Writes;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching.Companies;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Writes.Creates;

namespace QuickpassPsa.Cmdlets.Commands
{
    /// <summary>
    /// New-PsaContact's companies: the one named for the run (-Company, -CompanyId, -CompanyName), or each item's own
    /// (<see cref="ItemCompany"/>), each read once per run; and the stored customer-company links they are told by.
    /// </summary>
    public sealed partial class NewPsaContactCommand
    {
        private PsaCompany? _company;

        /// <summary>Companies of the rows, by id, resolved once per run (null: the id names no company).</summary>
        private readonly Dictionary<string, PsaCompany?> _rowCompanies = new Dictionary<string, PsaCompany?>(StringComparer.OrdinalIgnoreCase);

        /// <summary>The stored customer-company decisions, read once when an account without a company needs its customer's link.</summary>
        private IReadOnlyList<CompanyMatchDecision>? _customerLinks;

        private OtherCustomerCompany? _otherCustomers;

        /// <summary>
        /// The company of this item: the one named for the run; else the row's company (Find-PsaContactMatch sets it);
        /// else, for an account, its Customer's stored link. Null, with an error written, when none says.
        /// </summary>
        private PsaCompany? CompanyOf(PsaConnection connection, object target, Core.Accounts.Account account)
        {
            if (Company != null || CompanyId != null || CompanyName != null)
            {
                var runCompany = RequireCompany(connection);
                // A row matched in another company than the one named for the run: its Unmatched says nothing of this company's
                // contacts (round 65c: a row of Contoso U gave Contoso [UK] a second Ian Wright). -Force does not create it either.
                if (CreateRefusals.OfRow(Match?.CompanyId, runCompany) is { } otherCompany)
                {
                    Refuse(connection, otherCompany, target, account, runCompany);
                    return null;
                }
                return runCompany;
            }
            var named = ItemCompany.Of(Match, account, () => _customerLinks ??= ReadCustomerLinks(connection));
            if (named == null)
            {
                WriteError(WriteErrors.ItemCompanyUnknown(target, account.ToString(), Match == null ? account.Customer?.Trim() : null));
                return null;
            }
            var id = named.Id;
            if (!_rowCompanies.TryGetValue(id, out var company))
            {
                company = Run((_, token) => connection.Client.GetCompanyAsync(id, token));
                _rowCompanies[id] = company;
                if (company != null) WriteVerbose("New contacts of " + (Match?.CompanyName ?? account.Customer) + " go to " + company + ".");
            }
            if (company == null)
            {
                WriteError(PsaErrors.CompanyNotFound("has the id " + id, connection, target));
                return null;
            }
            if (named.Refusal(company, Force.IsPresent) is { } refused)
            {
                Refuse(connection, refused, target, account, company);
                return null;
            }
            return company;
        }

        /// <summary>A company by id (a contact's, for a message): read once per run, shared with the rows' companies.</summary>
        private PsaCompany? CompanyById(PsaConnection connection, string id)
        {
            if (!_rowCompanies.TryGetValue(id, out var known)) _rowCompanies[id] = known = Run((_, token) => connection.Client.GetCompanyAsync(id, token));
            return known;
        }

        private OtherCustomerCompany OtherCustomers(PsaConnection connection) =>
            _otherCustomers ??= new OtherCustomerCompany(() => _customerLinks ??= ReadCustomerLinks(connection),
                () => Run((_, token) => connection.Client.GetCompaniesAsync(null, token)));

        private IReadOnlyList<CompanyMatchDecision> ReadCustomerLinks(PsaConnection connection)
        {
            var store = DecisionStoreLocator.Open(this, DecisionPath, DecisionPath == null ? connection : null);
            try
            {
                return store.ReadCompanyDecisions();
            }
            catch (DecisionStoreException ex)
            {
                ThrowTerminatingError(DecisionErrors.Store(ex));
                throw;
            }
        }

        private PsaCompany RequireCompany(PsaConnection connection)
        {
            if (_company != null) return _company;
            var lookup = new CompanyNameLookup(connection, work => Run((_, token) => work(token)), WriteVerbose);
            var (company, error) = WriteCompany.Resolve(connection, Company, CompanyId, CompanyName, work => Run((_, token) => work(token)), lookup);
            if (error != null) ThrowTerminatingError(error);
            if (!Force.IsPresent && CompanyInUse.WhyNot(company!) is { } why) ThrowTerminatingError(WriteErrors.CompanyNotInUse(null, company!, why));
            WriteVerbose("New contacts go to " + company + ".");
            return _company = company!;
        }
    }
}
