using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using QuickpassPsa.Cmdlets.Decisions;
using QuickpassPsa.Cmdlets.Matching;
using QuickpassPsa.Cmdlets.Parameters;
using QuickpassPsa.Cmdlets.Errors;
using QuickpassPsa.Cmdlets.Psa;
using QuickpassPsa.Cmdlets.Writes;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Http;
using QuickpassPsa.Core.Psa.Writes;

namespace QuickpassPsa.Cmdlets.Commands
{
    /// <summary>
    /// Update-PsaContact: pushes an account's email and mobile number to the contact it is linked to, where they
    /// differ (emails compared normalised, phones by digits), never blanking a PSA value because the account's is
    /// empty. Emits one ContactChange per field changed, or that would change under -WhatIf.
    /// </summary>
    [Cmdlet(VerbsData.Update, "PsaContact", SupportsShouldProcess = true)]
    [OutputType(typeof(ContactChange))]
    public sealed class UpdatePsaContactCommand : PsaCmdletBase
    {
        /// <summary>A linked pair: a Matched row (Suggested too with -IncludeSuggested).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, HelpMessage = "A row from Find-PsaContactMatch (Matched or Suggested); pipe the rows in.")]
        [ValidateNotNull]
        [Alias("Match")]
        [RowArgument]
        public ContactMatch? InputObject { get; set; }

        /// <summary>Also update the contacts of Suggested rows (strong evidence, not yet confirmed by a person).</summary>
        [Parameter]
        public SwitchParameter IncludeSuggested { get; set; }

        /// <summary>
        /// Autotask: when a contact's three email slots all hold personal addresses, put the work address in emailAddress3 in
        /// place of the one there (the change's Before shows it). Without it such a row is refused (ContactEmailSlotsFull).
        /// </summary>
        [Parameter]
        public SwitchParameter ReplacePersonalEmail { get; set; }

        /// <summary>The decision store the rows' links are checked against; by default the connection's (see Save-PsaContactMatch).</summary>
        [Parameter]
        [ValidateNotBlank]
        public string? DecisionPath { get; set; }

        private readonly System.Collections.Generic.SortedDictionary<MatchStatus, int> _skipped = new System.Collections.Generic.SortedDictionary<MatchStatus, int>();

        /// <summary>One warning for the rows passed over: without it a run over unlinked rows ends without a word.</summary>
        protected override void EndProcessing()
        {
            if (_skipped.Count == 0) return;
            var total = 0;
            foreach (var pair in _skipped) total += pair.Value;
            var parts = new System.Collections.Generic.List<string>();
            foreach (var pair in _skipped) parts.Add(pair.Value + " " + pair.Key);
            WriteWarning(total + (total == 1 ? " row was not updated because it is not a linked pair (" : " rows were not updated because they are not linked pairs (") + string.Join(", ", parts) + "). " +
                "Update-PsaContact updates Matched rows" + (_skipped.ContainsKey(MatchStatus.Suggested) && !IncludeSuggested.IsPresent ? ", and Suggested ones with -IncludeSuggested" : string.Empty) +
                "; confirm the others first (Save-PsaContactMatch, Set-PsaContactMatch).");
            if (_passedOver.Count > 0) WriteWarning(ShortIdText.Warning(_passedOver));
        }

        protected override void ProcessRecord()
        {
            var match = InputObject!;
            if (CsvMatchRow.IsCopy(match))
            {
                WriteError(CsvMatchRow.NotUsable(match, "Update-PsaContact", "the account's mobile and the contact's addresses and mobile as they were read"));
                return;
            }
            var linked = match.Status == MatchStatus.Matched || (IncludeSuggested.IsPresent && match.Status == MatchStatus.Suggested);
            if (!linked || match.Contact == null)
            {
                var passedOver = PassedOverLink(match);
                WriteVerbose("Skipped " + match.Account + ": status " + match.Status + (match.Status == MatchStatus.Suggested ? " (pass -IncludeSuggested to update it)" : string.Empty) +
                    " is not a linked pair." + (passedOver == null ? string.Empty : " " + ShortIdText.Why(match.Account, passedOver)));
                _skipped[match.Status] = _skipped.TryGetValue(match.Status, out var count) ? count + 1 : 1;
                if (passedOver != null) _passedOver.Add((match.Account, passedOver));
                return;
            }
            var connection = RequireConnection();
            if (!string.Equals(match.Contact.Psa, connection.Psa.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                WriteError(WriteErrors.ContactFromOtherPsa(match, connection));
                return;
            }

            // The contact as the PSA holds it now: the row may be days old, or from another site or tenant of the same
            // PSA (a row saved with Export-Clixml), where the same id is someone else.
            PsaContact? current;
            try
            {
                current = Current(connection, match);
            }
            catch (PsaApiException ex)
            {
                Report(ex, match);
                return;
            }
            _checked++;
            if (current == null)
            {
                WriteError(WriteErrors.LinkedContactMissing(match, connection));
                return;
            }
            if (!ContactIdentity.SamePerson(match.Contact, current))
            {
                WriteError(WriteErrors.LinkedContactIsSomeoneElse(match, current, connection));
                return;
            }
            // A row's contact can be today's record and still not the account's person: a record reused for someone else.
            if (!ContactIdentity.MayBeAccountsPerson(match.Account, current))
            {
                WriteError(WriteErrors.LinkedContactNotTheAccountsPerson(match, current));
                return;
            }
            var rowCompany = (match.CompanyId ?? match.Contact.CompanyId)?.Trim();
            if (!string.IsNullOrEmpty(rowCompany) && !string.IsNullOrEmpty(current.CompanyId) && !string.Equals(rowCompany, current.CompanyId!.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                WriteError(WriteErrors.LinkedContactMoved(match, current));
                return;
            }
            if (!current.Active)
            {
                WriteError(WriteErrors.LinkedContactInactive(match, current));
                return;
            }
            if (Superseded(connection, match, current) is { } other)
            {
                WriteError(WriteErrors.LinkSuperseded(match, current, other));
                return;
            }

            var (update, changes) = ContactDiff.Between(match, current, connection.Psa.ToString(), ReplacePersonalEmail.IsPresent, LinkedOn(current), out var slotsFull, out var notOwn);
            if (slotsFull != null)
            {
                WriteError(WriteErrors.EmailSlotsFull(match, current, match.Account.Email!.Trim(), slotsFull));
                return;
            }
            if (update.IsEmpty)
            {
                WriteVerbose("The contact " + current + " already has the email and mobile of " + match.Account + ".");
                return;
            }
            // The row may be days old (saved with Export-Clixml): a field changed on the contact since it was read is a newer
            // value than the row's account one, and is not overwritten with it.
            var changedSince = ChangedSinceRow.Fields(match.Contact, current, update);
            if (changedSince.Count > 0)
            {
                WriteError(WriteErrors.ContactChangedSinceRow(match, current, changedSince));
                return;
            }

            // The new address on another contact of the company: an active one is a refusal (two contacts with one address break
            // email matching), an inactive one a warning. Checked before -WhatIf, so the preview says what the real run would do:
            // the contacts are seen as the earlier rows of the run leave them (round 67a: -WhatIf refused Ann's row for Bob's
            // address, which Bob's row before it released, while the real run wrote both).
            PsaContact? handedOnBy = null;
            if (update.Email != null)
            {
                PsaContact? holder;
                bool thisRun;
                try
                {
                    holder = Holder(connection, current, update.Email, out thisRun, out handedOnBy);
                }
                catch (PsaApiException ex)
                {
                    Report(ex, match);
                    return;
                }
                if (holder != null && holder.Active)
                {
                    WriteError(WriteErrors.AddressHeldByOtherContact(match, current, update.Email, holder, thisRun));
                    return;
                }
                if (holder != null)
                {
                    WriteWarning("For " + match.Account + ": the address " + update.Email + " is also on the inactive contact " + holder.DisplayName + " [" + holder.Id +
                        "] of the same company; it is written to " + current.DisplayName + " [" + current.Id + "] all the same (an inactive contact is a leaver's, " +
                        "whose address may be handed on). Remove it from " + holder.DisplayName + " [" + holder.Id + "] in the PSA so that one contact holds it.");
                }
            }
            // Handed on from another active person's contact within this run (round 67a: Bob's old address went to Ann without a word): said,
            // as for an inactive holder, once the rest of the row is known to be written.
            var handedOn = handedOnBy == null ? null
                : "For " + match.Account + ": the address " + update.Email + " was on the active contact " + handedOnBy.DisplayName + " [" + handedOnBy.Id +
                  "] of the same company until an earlier row of this run " + (WhatIf ? "would replace" : "replaced") + " it there; it is written to " + current.DisplayName +
                  " [" + current.Id + "] all the same (an address handed on from one person to another). Check that it was meant to be handed on: mail to it " +
                  (WhatIf ? "would reach " : "now reaches ") + current.DisplayName + ", not " + handedOnBy.DisplayName + ".";

            // A value longer than the PSA's field is refused before anything is sent, and so under -WhatIf too: the preview says
            // what the real run would do (an address or number the PSA cannot hold is never cut).
            try
            {
                if (FieldLimits(connection).FirstInvalid(null, null, update.Email, update.MobilePhone) is { } tooLong)
                {
                    Report(tooLong.ToUpdateException("PATCH", "contact " + current.Id), match);
                    return;
                }
            }
            catch (PsaApiException ex)
            {
                Report(ex, match);
                return;
            }

            // ConnectWise: the item each change writes into and its type, by the write's own rule (CwUpdatePlan). A new item (the contact
            // has no mobile, or no address, or the address is added beside personal ones) needs a type it can go under, and an item under a
            // type with the flags of two kinds (MixedFlags) moves to the type a new item would get: one of two kinds is never written to
            // (round 67a: a mixed 'Mobile' got every run's mobile, stored as an email and never read back; round 70b: a mobile under a
            // mixed 'Cell' was overwritten in place, as an email again). Checked before -WhatIf, and before anything of the row is sent.
            Core.Psa.ConnectWise.CwUpdatePlan? plan = null;
            if (connection.Client is Core.Psa.ConnectWise.ConnectWiseClient cw)
            {
                try
                {
                    var (planned, read) = Run((_, token) => cw.UpdatePlanAsync(current, update, !_typesRead, token));
                    plan = planned;
                    _typesRead |= read;
                }
                catch (PsaApiException ex)
                {
                    Report(ex, match);
                    return;
                }
                if (plan.Problem != null)
                {
                    WriteError(WriteErrors.UpdateTypeNotUsable(plan.Problem, match));
                    return;
                }
                Typed(changes, plan);
            }

            if (handedOn != null) WriteWarning(handedOn);

            // An address the write replaces that is not known to be the account's (no stored link names it, and it is none of the
            // account's own): replaced by the rule of the page, and said so, as it may be a shared or another person's address.
            if (notOwn != null)
            {
                WriteWarning("For " + match.Account + ": the new address " + update.Email + " replaces " + notOwn + " on " + current.DisplayName + " [" + current.Id +
                    "], which is not an address the account is known to have had (" + (_rowLink?.Email is { Length: > 0 } linkedOn
                        ? "the stored link was saved when the account's address was " + linkedOn + ", and " + notOwn + " is neither that nor one of the account's addresses"
                        : "no stored link names the address it was made on") +
                    "). Check that " + notOwn + " was this person's and not a shared or another person's address; if it was not, put it back in the PSA.");
            }

            PsaContact? written = null;
            var what = current.DisplayName + " [" + current.Id + "]";
            var action = "Update " + connection.Psa + " contact: " + string.Join("; ", changes.Select(c => c.Field + " '" + c.Before + "' -> '" + c.After + "'" + MoveText(c)));
            if (ShouldProcess(what, action))
            {
                // A later row of the same contact reads it again: this copy is the one before the update.
                Forget(current);
                try
                {
                    written = Run((_, token) => connection.Client.UpdateContactAsync(current, update, token));
                }
                catch (PsaTimeoutException ex)
                {
                    Report(ex, match, duringWrite: true);
                    return;
                }
                catch (PsaApiException ex) when (ex.StatusCode == null || ex.StatusCode >= 500)
                {
                    // A write that failed or lost its answer concerns this contact (it is not resent: a resent item add could
                    // hold an address twice); the next row's read is retried, and stops the run if the PSA is down.
                    WriteError(Named(PsaErrors.From(ex, match)));
                    return;
                }
                catch (PsaApiException ex)
                {
                    Report(ex, match);
                    return;
                }
                catch (Exception ex) when (ex is InvalidOperationException || ex is ArgumentException)
                {
                    WriteError(WriteErrors.WriteFailed(ex, match));
                    return;
                }
                foreach (var change in changes) change.Applied = true;
            }
            if (changes.Any(c => c.Applied) || WhatIf)
            {
                _updated++;
                // Later rows of the run see this contact's addresses as the PSA holds them now (or would, under -WhatIf): the new one
                // taken, the one it replaced released.
                var after = written ?? Expected(current, changes);
                _after[current.Id.Trim()] = after;
                if (update.Email != null && EmailNormalizer.Normalize(update.Email) is { } claimed) _claimed[claimed] = current;
                foreach (var released in current.Emails.Where(e => !after.Emails.Any(a => ReplacedEmail.Same(a, e))))
                {
                    if (EmailNormalizer.Normalize(released) is { } free) _released[free] = current;
                }
            }
            WriteObject(changes, enumerateCollection: true);
        }

        /// <summary>
        /// ConnectWise: each change's TypeBefore (the type of the item written into; none for a new item) and TypeAfter (the type the value
        /// is under after the write: the item's own, the one it moves to off a type of two kinds, or a new item's).
        /// </summary>
        private static void Typed(IEnumerable<ContactChange> changes, Core.Psa.ConnectWise.CwUpdatePlan plan)
        {
            foreach (var change in changes)
            {
                var email = change.Field == ContactField.Email;
                var item = email ? plan.EmailItem : plan.MobileItem;
                var type = email ? plan.EmailType : plan.MobileType;
                change.TypeBefore = item?.TypeName;
                change.TypeAfter = type?.Description ?? item?.TypeName;
            }
        }

        /// <summary>The move a change makes, for the -WhatIf and -Confirm text: off a type with the flags of two kinds to a clean one.</summary>
        private static string MoveText(ContactChange change) =>
            change.TypeBefore != null && change.TypeAfter != null && !string.Equals(change.TypeBefore, change.TypeAfter, StringComparison.Ordinal)
                ? " (moved from the type '" + change.TypeBefore + "', which has the flags of two kinds (MixedFlags), to '" + change.TypeAfter + "')"
                : string.Empty;

        private ContactFieldLimits? _limits;

        // ConnectWise: the communication types table was read (once a run) for the types of new items.
        private bool _typesRead;

        /// <summary>The PSA's contact field lengths, read once per run (Autotask: one request; ConnectWise: its documented sizes).</summary>
        private ContactFieldLimits FieldLimits(PsaConnection connection) => _limits ??= Run((_, token) => connection.Client.GetContactFieldLimitsAsync(token));

        // The contacts of each company the rows name, read once per run (every page, inactive ones included), by id.
        private readonly Dictionary<string, Dictionary<string, PsaContact>> _companyContacts = new Dictionary<string, Dictionary<string, PsaContact>>(StringComparer.OrdinalIgnoreCase);
        private int _checked;
        private int _updated;

        /// <summary>
        /// The row's contact as the PSA holds it now, or null when it is gone. The contacts of the row's company are read
        /// in one paged request the first time a row names the company, and later rows of the company are answered from it
        /// (round 56: one GET per row, and 250 rows under a rate limit took a quarter of an hour); a contact not among them
        /// (moved to another company, deleted, or a row without a company) is asked for by its id.
        /// </summary>
        private PsaContact? Current(PsaConnection connection, ContactMatch match)
        {
            var id = match.Contact!.Id.Trim();
            var company = (match.CompanyId ?? match.Contact.CompanyId)?.Trim();
            if (!string.IsNullOrEmpty(company) && CompanyContacts(connection, company!).TryGetValue(id, out var found)) return found;
            return Run((_, token) => connection.Client.GetContactAsync(id, token));
        }

        /// <summary>The contacts of the company, inactive ones included, by id: read once per run (empty for an id this PSA cannot read).</summary>
        private Dictionary<string, PsaContact> CompanyContacts(PsaConnection connection, string company)
        {
            if (_companyContacts.TryGetValue(company, out var byId)) return byId;
            IReadOnlyList<PsaContact>? contacts = null;
            try
            {
                contacts = Run((_, token) => connection.Client.GetContactsAsync(new ContactQuery { CompanyId = company, IncludeInactive = true }, null, token));
            }
            catch (ArgumentException)
            {
                // Not a company id this PSA reads (a row from elsewhere): its contacts are asked for one by one.
            }
            byId = new Dictionary<string, PsaContact>(StringComparer.OrdinalIgnoreCase);
            foreach (var contact in contacts ?? Array.Empty<PsaContact>())
            {
                if (!byId.ContainsKey(contact.Id.Trim())) byId[contact.Id.Trim()] = contact;
            }
            _companyContacts[company] = byId;
            if (contacts != null) WriteVerbose("Read the " + contacts.Count + " contacts of company " + company + " (inactive ones included) once, for this run's rows of it.");
            return byId;
        }

        // The addresses this run wrote (or, under -WhatIf, would write), normalised, and the contact each went to.
        private readonly Dictionary<string, PsaContact> _claimed = new Dictionary<string, PsaContact>(StringComparer.Ordinal);

        // The contacts this run wrote (or would write), by id, as the write left them (or would leave them).
        private readonly Dictionary<string, PsaContact> _after = new Dictionary<string, PsaContact>(StringComparer.OrdinalIgnoreCase);

        // The addresses a write of this run took off a contact (or would), normalised, and that contact.
        private readonly Dictionary<string, PsaContact> _released = new Dictionary<string, PsaContact>(StringComparer.Ordinal);

        /// <summary>
        /// Another contact of the contact's company that holds <paramref name="email"/> (compared as the matcher compares addresses),
        /// an active one first, seen as the earlier rows of this run left it (under -WhatIf, would leave it): a contact an earlier row
        /// wrote holds its new address and no longer the one replaced. <paramref name="thisRun"/>: an earlier row gave the address to
        /// the holder (of any company). Null when none does; <paramref name="handedOnBy"/> is then the contact an earlier row took the
        /// address off, if one did.
        /// </summary>
        private PsaContact? Holder(PsaConnection connection, PsaContact current, string email, out bool thisRun, out PsaContact? handedOnBy)
        {
            thisRun = false;
            handedOnBy = null;
            var wanted = EmailNormalizer.Normalize(email);
            if (wanted == null) return null;
            var id = current.Id.Trim();
            var company = current.CompanyId?.Trim();
            var contacts = (string.IsNullOrEmpty(company) ? Enumerable.Empty<PsaContact>() : CompanyContacts(connection, company!).Values.Where(c => !_after.ContainsKey(c.Id.Trim())))
                .Concat(_after.Values.Where(c => string.Equals(c.CompanyId?.Trim(), company, StringComparison.OrdinalIgnoreCase) ||
                                                 _claimed.TryGetValue(wanted, out var claimer) && string.Equals(claimer.Id.Trim(), c.Id.Trim(), StringComparison.OrdinalIgnoreCase)));
            var holder = contacts
                .Where(c => !string.Equals(c.Id.Trim(), id, StringComparison.OrdinalIgnoreCase) && c.Emails.Any(e => EmailNormalizer.Normalize(e) == wanted))
                .OrderBy(c => c.Active ? 0 : 1)
                .FirstOrDefault();
            if (holder != null)
            {
                thisRun = _claimed.TryGetValue(wanted, out var claimer) && string.Equals(claimer.Id.Trim(), holder.Id.Trim(), StringComparison.OrdinalIgnoreCase);
                return holder;
            }
            if (_released.TryGetValue(wanted, out var from) && !string.Equals(from.Id.Trim(), id, StringComparison.OrdinalIgnoreCase) && from.Active) handedOnBy = from;
            return null;
        }

        /// <summary>
        /// The contact as this row's write would leave it (for -WhatIf, and a PSA that answers without the contact): the address its
        /// email change replaces (Before) gives way to the new one, or the new one is added beside the others.
        /// </summary>
        private static PsaContact Expected(PsaContact current, IEnumerable<ContactChange> changes)
        {
            var emails = current.Emails.ToList();
            foreach (var change in changes.Where(c => c.Field == ContactField.Email && !string.IsNullOrWhiteSpace(c.After)))
            {
                var at = change.Before == null ? -1 : emails.FindIndex(e => string.Equals(e.Trim(), change.Before.Trim(), StringComparison.OrdinalIgnoreCase));
                if (at >= 0) emails[at] = change.After!;
                else emails.Add(change.After!);
            }
            return new PsaContact
            {
                Id = current.Id, Psa = current.Psa, CompanyId = current.CompanyId, CompanyName = current.CompanyName, FirstName = current.FirstName,
                LastName = current.LastName, Emails = emails, PrimaryEmail = emails.FirstOrDefault(), MobilePhone = current.MobilePhone, Active = current.Active,
            };
        }

        private void Forget(PsaContact contact)
        {
            foreach (var byId in _companyContacts.Values) byId.Remove(contact.Id.Trim());
        }

        /// <summary>
        /// A PSA failure, by the rule of every PSA cmdlet; the command's time limit running out also says what the run did
        /// before it stopped, so the rows after it can be run again.
        /// </summary>
        private void Report(PsaApiException ex, ContactMatch match, bool duringWrite = false)
        {
            if (!(ex is PsaTimeoutException))
            {
                var named = Named(PsaErrors.From(ex, match));
                if (PsaErrors.StopsEverything(ex)) ThrowTerminatingError(named);
                else WriteError(named);
                return;
            }
            var record = PsaErrors.From(ex, match);
            var whatIf = WhatIf;
            var done = " Before it stopped, " + Counted(_checked, "linked row") + " had been checked and " + Counted(_updated, "contact") +
                (whatIf ? " would have been updated (-WhatIf: nothing was changed)" : " updated (their ContactChange objects were written)") +
                // Cut off inside this row's write, the PSA may already hold part of it (round 58: an accepted write said "not").
                (duringWrite && !whatIf
                    ? "; this row's write to " + match.Contact!.DisplayName + " [" + match.Contact.Id + "] was cut off and may have been made in whole or in part (no ContactChange was written for it), and the rows after it were not."
                    : "; this row and the ones after it were not.") +
                " Run the rows again (with a higher Connect-Psa -CommandTimeoutSec, or fewer at a time): what a contact already holds is left as it is, and only what is still missing is written.";
            record.ErrorDetails = new ErrorDetails(ex.Message + done) { RecommendedAction = record.ErrorDetails?.RecommendedAction };
            ThrowTerminatingError(record);
        }

        /// <summary>
        /// The record with its exception's message led by "For &lt;account&gt; (contact [id]):" as its shown message is
        /// (<see cref="ErrorTargets.Named"/>), so $_.Exception.Message in a script's log names the row too, as the about page's
        /// Troubleshooting says (round 65b: "ConnectWise PATCH ... failed with HTTP 500", of whom?).
        /// </summary>
        private static ErrorRecord Named(ErrorRecord record)
        {
            var shown = record.ErrorDetails?.Message;
            if (!(record.Exception is PsaApiException ex) || shown == null || !shown.StartsWith("For ", StringComparison.Ordinal) || ex.Message.StartsWith("For ", StringComparison.Ordinal))
            {
                return record;
            }
            return new ErrorRecord(ex.WithMessage(shown), record.FullyQualifiedErrorId, record.CategoryInfo.Category, record.TargetObject) { ErrorDetails = record.ErrorDetails };
        }

        private bool WhatIf => MyInvocation.BoundParameters.TryGetValue("WhatIf", out var value) && value is SwitchParameter s && s.IsPresent;

        private static string Counted(int count, string what) => count + " " + what + (count == 1 ? string.Empty : "s");

        // The account each contact was (or would have been) updated for in this run, by contact id.
        private readonly Dictionary<string, Account> _updatedFor = new Dictionary<string, Account>(StringComparer.OrdinalIgnoreCase);
        private IReadOnlyList<ContactMatchDecision>? _stored;

        /// <summary>
        /// Why this row's link no longer holds, or null: another row of this run took the contact for another account
        /// (rows gathered over days), or the decision store links the contact to another account now (the link was moved
        /// with Set-PsaContactMatch). The store is the connection's; when it cannot be read, only this run's rows count.
        /// </summary>
        private string? Superseded(PsaConnection connection, ContactMatch match, PsaContact current)
        {
            _rowLink = null;
            if (_updatedFor.TryGetValue(current.Id, out var first) && !ReferenceEquals(first, match.Account) && !SameAccount(first, match.Account))
            {
                return "an earlier row of this run already links it to " + first;
            }
            _updatedFor[current.Id] = match.Account;
            Stored(connection);
            var company = current.CompanyId ?? match.CompanyId ?? string.Empty;
            // A person decided since the row was made: excluded this contact for the account, linked the account to another
            // contact, or removed the link the row stands on.
            if (DecisionMapping.Forbidding(_stored!, company, match.Account, current.Id) is { DecisionKind: MatchDecisionKind.Excluded } excluded)
            {
                return "the decision store excludes this contact for the account now (" + excluded.DecidedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ")";
            }
            // (The other contact must still be there: a link to a contact deleted since says nothing about this row.)
            var own = DecisionMapping.LinkOf(_stored!, company, match.Account);
            _rowLink = own != null && string.Equals(own.ContactId.Trim(), current.Id.Trim(), StringComparison.OrdinalIgnoreCase) ? own : null;
            if (own != null && !string.Equals(own.ContactId.Trim(), current.Id, StringComparison.OrdinalIgnoreCase) &&
                Run((_, token) => connection.Client.GetContactAsync(own.ContactId.Trim(), token)) != null)
            {
                return "the decision store links the account to the contact [" + own.ContactId.Trim() + "] now";
            }
            // Only a store that holds this company's links can say one was removed (rows matched with another -DecisionPath
            // come to a store that never held them).
            if (match.Status == MatchStatus.Matched && match.Reasons.Contains(MatchReason.StoredDecision) && own == null &&
                _stored!.Any(d => d.DecisionKind == MatchDecisionKind.Confirmed && string.Equals(d.CompanyId, company.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                return "the decision store no longer holds the link the row stands on (it was removed)";
            }
            var links = _stored!.Where(d => d.DecisionKind == MatchDecisionKind.Confirmed && string.Equals(d.CompanyId, company.Trim(), StringComparison.OrdinalIgnoreCase) &&
                                           string.Equals(d.ContactId.Trim(), current.Id, StringComparison.OrdinalIgnoreCase)).ToList();
            if (links.Count == 0 || links.Any(d => AccountIdentity.Strength(d, match.Account) > 0)) return null;
            var newest = links.OrderByDescending(d => d.DecidedAt).First();
            return "the decision store links it to " + (newest.AccountName ?? newest.AccountKey) + " now (" + newest.DecidedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ")";
        }

        // The stored link of the row being written, when it links the account to this contact: it knows the address the link was made on.
        private ContactMatchDecision? _rowLink;

        /// <summary>The addresses the account had when its link to <paramref name="current"/> was stored (email, then UPN), or null.</summary>
        private IReadOnlyList<string>? LinkedOn(PsaContact current) =>
            _rowLink == null || !string.Equals(_rowLink.ContactId.Trim(), current.Id.Trim(), StringComparison.OrdinalIgnoreCase)
                ? null
                : new[] { _rowLink.Email, _rowLink.UserPrincipalName }.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a!.Trim()).ToList();

        /// <summary>The stored decisions (the -DecisionPath store, else the connection's), read once per run; none when the store cannot be read.</summary>
        private IReadOnlyList<ContactMatchDecision> Stored(PsaConnection? connection)
        {
            if (_stored != null) return _stored;
            try
            {
                _stored = DecisionStoreLocator.Open(this, DecisionPath, DecisionPath == null ? connection : null).Read();
            }
            catch (DecisionStoreException ex)
            {
                WriteWarning("The decision store could not be read (" + ex.Message + "); rows are not checked against the stored links.");
                _stored = Array.Empty<ContactMatchDecision>();
            }
            return _stored;
        }

        // Rows passed over whose account has a stored link that Find-PsaContactMatch did not take (a short id, both addresses changed).
        private readonly List<(Account Account, ContactMatchDecision Link)> _passedOver = new List<(Account Account, ContactMatchDecision Link)>();

        /// <summary>
        /// The stored link of a row that is not a linked pair, when Find-PsaContactMatch passed it over only because the account's id
        /// is a short one and its email and UPN both changed (<see cref="AccountIdentity.PassedOverForShortId"/>); null otherwise, and
        /// when there is no store to read (no -DecisionPath and no connection).
        /// </summary>
        private ContactMatchDecision? PassedOverLink(ContactMatch match)
        {
            var id = match.Account.Id?.Trim();
            if (string.IsNullOrEmpty(id) || id!.IndexOf('@') >= 0) return null;
            var connection = Connection ?? ConnectionStore.Default;
            if (DecisionPath == null && connection == null) return null;
            var company = (match.CompanyId ?? match.Contact?.CompanyId)?.Trim();
            return Stored(connection)
                .Where(d => d.DecisionKind == MatchDecisionKind.Confirmed && (string.IsNullOrEmpty(company) || string.Equals(d.CompanyId.Trim(), company, StringComparison.OrdinalIgnoreCase)) &&
                            AccountIdentity.PassedOverForShortId(d, match.Account))
                .OrderByDescending(d => d.DecidedAt)
                .FirstOrDefault();
        }

        private static bool SameAccount(Account a, Account b) =>
            string.Equals(a.Id, b.Id, StringComparison.OrdinalIgnoreCase) && string.Equals(a.UserPrincipalName, b.UserPrincipalName, StringComparison.OrdinalIgnoreCase);
    }
}
