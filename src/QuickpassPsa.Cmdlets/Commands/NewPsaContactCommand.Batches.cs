using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using QuickpassPsa.Cmdlets.Errors;
using QuickpassPsa.Cmdlets.Psa;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Writes;
using QuickpassPsa.Core.Psa.Writes.Creates;

namespace QuickpassPsa.Cmdlets.Commands
{
    /// <summary>
    /// New-PsaContact's items in groups: rows of Find-PsaContactMatch in batches (<see cref="RowBatch{T}"/>), the accounts piped in
    /// directly matched together per company once the pipeline ends, each batch's addresses looked up in the whole PSA at once, and
    /// each company's contacts read once per run (<see cref="ExistingPersonCheck"/>).
    /// </summary>
    public sealed partial class NewPsaContactCommand
    {
        /// <summary>The accounts piped in directly (without -Force), matched together per company once the pipeline ends.</summary>
        private readonly List<Pending> _pending = new List<Pending>();

        /// <summary>
        /// Rows wait in batches (<see cref="RowBatch{T}"/>), so that their addresses are looked up in the whole PSA together (a few
        /// requests per batch, not one per row) before any of them is created; then each is handled in order.
        /// </summary>
        private readonly RowBatch<Pending> _rows = new RowBatch<Pending>();

        /// <summary>The contacts of the whole PSA holding the run's addresses, read once per address and run (round 60b).</summary>
        private readonly AddressesElsewhere _elsewhere = new AddressesElsewhere();

        /// <summary>Each company's contacts (active and inactive), by company id: read once per company and run.</summary>
        private readonly Dictionary<string, ExistingPersonCheck> _existingPeople = new Dictionary<string, ExistingPersonCheck>(StringComparer.OrdinalIgnoreCase);

        private void QueueRow(PsaConnection connection, Pending item)
        {
            if (_rows.Add(item) is { } batch) FlushRows(connection, batch);
        }

        private void FlushRows(PsaConnection connection, IReadOnlyList<Pending> rows)
        {
            AskElsewhere(connection, rows);
            foreach (var item in rows)
            {
                if (Stopping) return;
                if (RowCheck(connection, item) is { } check) Handle(connection, item, check);
            }
        }

        private Func<IReadOnlyCollection<string>, IReadOnlyList<PsaContact>> FindEverywhere(PsaConnection connection) =>
            emails => Run((_, token) => connection.Client.FindContactsByEmailAsync(emails, token));

        /// <summary>
        /// Looks the items' addresses up in the whole PSA at once, before any of them is created (nothing with -Force, which
        /// creates regardless). A failure here is each item's own when it asks again (Handle), unless it stops everything.
        /// </summary>
        private void AskElsewhere(PsaConnection connection, IReadOnlyList<Pending> items)
        {
            if (Force.IsPresent || items.Count == 0) return;
            try
            {
                _elsewhere.Ask(items.Where(i => !i.OnlySignIn).Select(i => i.Email), FindEverywhere(connection));
            }
            catch (PsaApiException ex)
            {
                if (PsaErrors.StopsEverything(ex)) ThrowTerminatingError(PsaErrors.From(ex, items[0].Target));
            }
        }

        /// <summary>
        /// The company's read for a row of Find-PsaContactMatch (read once per company and run, as for accounts): its lookups by
        /// address are answered from it, and its account is matched against the company's inactive contacts before a create
        /// (Find-PsaContactMatch without -IncludeInactive does not read them). Null, with the row's error written, when the read fails.
        /// </summary>
        private ExistingPersonCheck? RowCheck(PsaConnection connection, Pending item)
        {
            try
            {
                return ExistingPeople(connection, item.Company);
            }
            catch (PsaApiException ex)
            {
                if (PsaErrors.StopsEverything(ex)) ThrowTerminatingError(PsaErrors.From(ex, item.Target));
                WriteError(PsaErrors.From(ex, item.Target));
                return null;
            }
        }

        /// <summary>
        /// The accounts piped in directly: each company's contacts are read once (active and inactive), its accounts are
        /// matched together, and then each account is handled in input order, its lookups answered from the read.
        /// </summary>
        private void HandlePending()
        {
            if (_pending.Count == 0) return;
            var pending = _pending.ToList();
            _pending.Clear();
            var connection = RequireConnection();
            AskElsewhere(connection, pending);
            var checks = new Dictionary<string, ExistingPersonCheck?>(StringComparer.OrdinalIgnoreCase);
            foreach (var company in pending.GroupBy(p => p.Company.Id.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                try
                {
                    var check = ExistingPeople(connection, company.First().Company);
                    check.MatchTogether(company.Select(p => p.Account).ToList());
                    checks[company.Key] = check;
                }
                catch (PsaApiException ex)
                {
                    // Without the company's contacts none of its accounts can be checked: each one's error, the other companies go on.
                    if (PsaErrors.StopsEverything(ex)) ThrowTerminatingError(PsaErrors.From(ex, company.First().Target));
                    foreach (var item in company) WriteError(PsaErrors.From(ex, item.Target));
                    checks[company.Key] = null;
                }
            }
            foreach (var item in pending)
            {
                if (Stopping) return;
                if (checks[item.Company.Id.Trim()] is { } check) Handle(connection, item, check);
            }
        }

        /// <summary>
        /// The company's contacts, active and inactive (every page, as Find-PsaContactMatch -IncludeInactive reads them), with the
        /// stored decisions, read once per company and run: never one read per account.
        /// </summary>
        private ExistingPersonCheck ExistingPeople(PsaConnection connection, PsaCompany company)
        {
            var key = company.Id.Trim();
            if (_existingPeople.TryGetValue(key, out var check)) return check;
            var stored = StoredDecisions(connection);
            var activity = "Reading the contacts of " + company.Name;
            var contacts = Run((output, token) => connection.Client.GetContactsAsync(new ContactQuery { CompanyId = company.Id, IncludeInactive = true },
                new PsaCompanyCmdletBase.ImmediateProgress(count => output.Progress(activity, count.ToString("N0", CultureInfo.InvariantCulture) + " contacts so far", -1)),
                token));
            foreach (var contact in contacts) contact.CompanyName ??= company.Name;
            WriteVerbose(contacts.Count.ToString(CultureInfo.InvariantCulture) + " contacts of " + company +
                " read (inactive ones included) to look the accounts' addresses up and to check that those without a contact by address have none under another address or none.");
            return _existingPeople[key] = new ExistingPersonCheck(contacts, stored, company.Id);
        }
    }
}
