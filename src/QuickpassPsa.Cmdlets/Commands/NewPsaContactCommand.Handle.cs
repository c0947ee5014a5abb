using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using QuickpassPsa.Cmdlets.Decisions;
using QuickpassPsa.Cmdlets.Errors;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.ConnectWise;
using QuickpassPsa.Core.Psa.Writes;
using QuickpassPsa.Core.Psa.Writes.Creates;

namespace QuickpassPsa.Cmdlets.Commands
{
    /// <summary>
    /// New-PsaContact's one item, from its lookup by address to its create: the existing-person check (<see cref="ExistingPerson"/>),
    /// the refusals before a create (<see cref="CreateRefusals"/>), -WhatIf, and the create under the company's lock
    /// (<see cref="CompanyCreateLock"/>).
    /// </summary>
    public sealed partial class NewPsaContactCommand
    {
        /// <summary>Addresses whose create got no answer in this run: not sent again until a later run.</summary>
        private readonly UnansweredCreates _unanswered = new UnansweredCreates();

        private readonly CompanyCreateLock _createLock = new CompanyCreateLock();

        private CwContactTypes? _cwTypes;

        /// <summary>
        /// One item, from its lookup by address to its create. <paramref name="check"/> is the company's read and the
        /// accounts' joint match (accounts piped in directly, without -Force), or null: rows and -Force ask the PSA.
        /// </summary>
        private void Handle(PsaConnection connection, Pending item, ExistingPersonCheck? check)
        {
            var account = item.Account;
            var target = item.Target;
            var email = item.Email;
            // Split now, refused only when a contact is to be made: an account whose address is already on a contact gets that
            // contact whatever its name (round 44: a one-word "Reception" was refused on Autotask before the lookup).
            var names = ContactNames.From(account, lastNameRequired: connection.Psa == PsaKind.Autotask);

            // The same address again in this run, after its create got no answer: the PSA may still be storing that one, and
            // the lookup would not see it yet (round 43: a second row made the twin the first create was kept from making).
            if (_unanswered.SentAs(email) is { } sent)
            {
                WriteError(WriteErrors.CreateStillUnconfirmed(target, account.ToString(), sent));
                return;
            }

            var creating = false;
            try
            {
                var verdict = ExistingPerson.Judge(account, email, item.Company.Id, Match != null, check, PersonReads(connection));
                if (Answered(item, verdict)) return;
                Create(connection, item, check, names, ref creating);
            }
            catch (PsaAmbiguousWriteException ex) when (creating)
            {
                // No answer to the create, and the contact not found right after: this account's error only. It was not
                // sent again (a slow PSA may still store the first), and the next run finds or creates it. The company's read
                // may now lack a contact the PSA holds: the next accounts' lookups ask the PSA.
                _unanswered.Add(email);
                check?.Unsure();
                WriteError(WriteErrors.CreateUnconfirmed(ex, target));
            }
            catch (PsaApiException ex) when (creating && (ex.StatusCode == 502 || ex.StatusCode == 503 || ex.StatusCode == 504))
            {
                // The create itself is never resent (a resend could make a second contact), so one gateway error on it
                // concerns this account: the next account's lookup is retried, and stops the run if the PSA is down.
                check?.Unsure();
                WriteError(PsaErrors.From(ex, target));
            }
            catch (PsaApiException ex)
            {
                if (creating) check?.Unsure();
                PsaErrors.Report(this, ex, target);
            }
            catch (Exception ex) when (ex is InvalidOperationException || ex is ArgumentException)
            {
                WriteError(WriteErrors.WriteFailed(ex, target));
            }
        }

        /// <summary>
        /// A refusal of the account's own value by the gate's rule (ContactValueInvalid), made by the cmdlet before the step that
        /// would reach the gate: the PSA's limits name its field, and the message its create, as the PSA's own check does.
        /// </summary>
        private CreateRefusal ValueRefusal(PsaConnection connection, Func<ContactFieldLimits, InvalidValue> refused, string? companyId)
        {
            var invalid = refused(Run((_, token) => connection.Client.GetContactFieldLimitsAsync(token)));
            var path = connection.Psa == PsaKind.ConnectWise ? "company/contacts" : string.IsNullOrEmpty(companyId) ? "Contacts" : "Companies/" + companyId + "/Contacts";
            return new CreateRefusal(CreateRefusalKind.FieldTooLong) { Invalid = invalid.ToException("POST", path) };
        }

        /// <summary>
        /// What the existing-person check reads: the PSA (each through the cmdlet's pump, with the contacts -WhatIf would have created so
        /// far: <see cref="Plan"/>), the decision store, this run's links.
        /// </summary>
        private ExistingPersonReads PersonReads(PsaConnection connection) => new ExistingPersonReads(
            query => WithPlanned(query, Run((_, token) => connection.Client.GetContactsAsync(query, null, token))),
            value => LookupErrors.Unsearchable(connection, value, "email address") == null,
            () => StoredDecisions(connection),
            id => Run((_, token) => connection.Client.GetContactAsync(id, token)),
            _runLinks);

        /// <summary>
        /// The create of an item no contact is, or may be, the person's: the refusals before it, the PSA's own checks, -WhatIf, and
        /// the create under the company's lock. <paramref name="creating"/> is set once the create is sent (Handle's errors tell).
        /// </summary>
        private void Create(PsaConnection connection, Pending item, ExistingPersonCheck? check, ContactNameSplit names, ref bool creating)
        {
            var account = item.Account;
            var target = item.Target;
            var company = item.Company;
            var email = item.Email;
            // A display name the contact's names would be read from that begins as a formula does ("@Home, Ann") is refused as a
            // first or last name that does is, split or not (round 74b: it was ContactNameUnsplittable, "the name has no letters").
            if (!item.Address.OnlySignIn && ContactFieldLimits.LengthsUnknown.FormulaDisplayName(account) != null)
            {
                Refuse(connection, ValueRefusal(connection, limits => limits.FormulaDisplayName(account)!, company.Id), target, account, company, email);
                return;
            }
            if (CreateRefusals.BeforeCreate(account, item.Address, names, Force.IsPresent,
                    () => _elsewhere.InOtherCompanies(email, company.Id, FindEverywhere(connection), id => CompanyById(connection, id))) is { } refused)
            {
                Refuse(connection, refused, target, account, company, email);
                return;
            }
            var contact = new NewPsaContact
            {
                CompanyId = company.Id,
                FirstName = names.First,
                LastName = names.Last,
                Email = email,
                MobilePhone = string.IsNullOrWhiteSpace(account.MobilePhone) ? null : account.MobilePhone!.Trim(),
            };
            if (connection.Client is ConnectWiseClient cw)
            {
                var types = RequireTypes(cw);
                contact.EmailTypeId = types.Email!.Id;
                contact.MobileTypeId = types.Mobile!.Id;
            }

            // The PSA's own checks before sending (a value longer than its field: ContactValueInvalid), made before asking, so that
            // -WhatIf refuses what the real run refuses (round 59: "What if: Create" for a first name ConnectWise cannot hold).
            if (CreateRefusals.FieldLimits(() => Run(async (_, token) =>
                {
                    await connection.Client.CheckNewContactAsync(contact, token).ConfigureAwait(false);
                    return true;
                })) is { } tooLong)
            {
                Refuse(connection, tooLong, target, account, company, email);
                return;
            }

            var what = (contact.FirstName + " " + contact.LastName).Trim() + " <" + email + ">" +
                (contact.MobilePhone == null ? string.Empty : ", mobile " + contact.MobilePhone) + " in " + company.Name + " (id " + company.Id + ")";
            // -Confirm in a session that cannot ask stops the command with ConfirmationUnavailable (QuickpassCmdlet): nothing
            // was sent, and no later account could be asked either. Not ContactWriteFailed: no write was tried (round 41).
            if (!ShouldProcess(what, "Create " + connection.Psa + " contact", target))
            {
                if (WhatIfOn) Plan(connection, item, check, contact);
                return;
            }

            // Two runs at once on one machine (two scheduled jobs, a job and a person) read the company before either created,
            // and both created every new person (round 61b). Creates of one company are serialised across processes by a lock
            // beside the decision store, and under it the address is asked of the PSA again (one request): a contact another
            // run has created since is returned as found, not created again.
            PsaContact created;
            using (CreateLock(connection, company))
            {
                var now = AddressHolders.ActiveInCompany(Run((_, token) => connection.Client.FindContactsByEmailAsync(new[] { email }, token)), company.Id, email);
                if (now.Count > 0)
                {
                    foreach (var other in now) check?.Added(other);
                    WriteVerbose("The address " + email + " is on " + string.Join(", ", now.Select(c => c.ToString())) + " in " + company.Name + " now (created since this run read the company, by another run).");
                    if (now.Count > 1) WriteError(WriteErrors.EmailAmbiguous(target, email, now.Count, company.ToString()));
                    else Link(item, FoundContact.Judge(account, email, company.Id, now[0], StoredDecisions(connection), _runLinks));
                    return;
                }
                creating = true;
                try
                {
                    created = Run((_, token) => connection.Client.CreateContactAsync(contact, token));
                }
                catch (PsaReadBackException ex) when (ex.Created && !string.IsNullOrEmpty(ex.RecordId))
                {
                    // The PSA took the create and gave the new id, but reading the contact back found nothing (an API user that may
                    // create but not read contacts). The contact exists: its link is stored with what was sent, so the next run does
                    // not look for it again or, reading nothing, make it a second time (last session's note: no link was stored).
                    created = AsSent(contact, ex.RecordId!, company, connection.Psa.ToString());
                    WriteWarning("For " + account + ": " + connection.Psa + " created contact " + ex.RecordId + " but could not read it back (the API user may lack " +
                                 "permission to read contacts); its link is stored with the values sent. Check the API user's security level and the contact in " + connection.Psa + ".");
                }
            }
            WriteVerbose("Created " + connection.Psa + " contact " + created + " in " + company.Name + ".");
            check?.Added(created);
            _elsewhere.Created(created);
            Emit(item.Account, created, company, created: true);
        }

        /// <summary>The contacts -WhatIf would have created in this run so far (<see cref="Plan"/>), by their stand-in ids.</summary>
        private readonly List<PsaContact> _planned = new List<PsaContact>();

        /// <summary>
        /// Under -WhatIf, the contact the real run would create here, as the real run then holds it: later items of the run look it up by
        /// address (in the company's read, in the PSA's answers, and in the whole PSA for another company's items) and find it linked to
        /// this account, so that -WhatIf refuses what the real run refuses (round 75b: jsmith@ and jsmith+son@, two new accounts of one
        /// run: -WhatIf said both would be created; the real run created jsmith@'s contact and refused jsmith+son@ with
        /// ContactDecidedOtherwise, since a plus tag aside the address is that contact's). Nothing of it is sent, stored or written out.
        /// </summary>
        private void Plan(PsaConnection connection, Pending item, ExistingPersonCheck? check, NewPsaContact contact)
        {
            var planned = new PsaContact
            {
                Id = "whatif-" + (_planned.Count + 1).ToString(CultureInfo.InvariantCulture),
                Psa = connection.Psa.ToString(),
                CompanyId = item.Company.Id,
                CompanyName = item.Company.Name,
                FirstName = contact.FirstName,
                LastName = contact.LastName,
                Emails = new[] { item.Email },
                MobilePhone = contact.MobilePhone,
                Active = true,
            };
            _planned.Add(planned);
            check?.Added(planned);
            _elsewhere.Created(planned);
            _runLinks.AddPlanned(LinkedMatch.Created(item.Account, planned));
        }

        /// <summary>Whether the contact is one -WhatIf would have created in this run (<see cref="Plan"/>), not one the PSA holds.</summary>
        private bool IsPlanned(PsaContact contact) => _planned.Exists(p => ReferenceEquals(p, contact) || string.Equals(p.Id, contact.Id, StringComparison.Ordinal));

        /// <summary>The PSA's answer to a lookup, with the contacts -WhatIf would have created that it would find by now.</summary>
        private IReadOnlyList<PsaContact> WithPlanned(ContactQuery query, IReadOnlyList<PsaContact> answer)
        {
            if (_planned.Count == 0) return answer;
            var more = _planned.Where(p => (string.IsNullOrWhiteSpace(query.CompanyId) || string.Equals((p.CompanyId ?? string.Empty).Trim(), query.CompanyId.Trim(), StringComparison.OrdinalIgnoreCase)) &&
                                           (!string.IsNullOrWhiteSpace(query.Email) ? ContactQuery.HoldsEmail(p, query.Email!)
                                               : !string.IsNullOrWhiteSpace(query.EmailContains) && p.Emails.Any(e => e.IndexOf(query.EmailContains!.Trim(), StringComparison.OrdinalIgnoreCase) >= 0)))
                .ToList();
            return more.Count == 0 ? answer : answer.Concat(more).ToList();
        }

        /// <summary>A contact the PSA created but could not read back, as it was sent: enough to link and show it.</summary>
        private static PsaContact AsSent(NewPsaContact sent, string id, PsaCompany company, string psa) => new PsaContact
        {
            Id = id,
            Psa = psa,
            CompanyId = company.Id,
            CompanyName = company.Name,
            FirstName = sent.FirstName,
            LastName = sent.LastName,
            Emails = string.IsNullOrEmpty(sent.Email) ? new string[0] : new[] { sent.Email! },
            MobilePhone = sent.MobilePhone,
            Active = true,
        };

        /// <summary>
        /// The lock of this company's creates across processes (<see cref="CompanyCreateLock"/>), beside the decision store. A store
        /// folder this account cannot write, or a lock held longer than its wait, stops the command before anything is sent for this account.
        /// </summary>
        private IDisposable CreateLock(PsaConnection connection, PsaCompany company)
        {
            _storePath ??= DecisionStoreLocator.Open(this, DecisionPath, DecisionPath == null ? connection : null).Path;
            try
            {
                return _createLock.Enter(_storePath, company.Id);
            }
            catch (DecisionStoreException ex)
            {
                ThrowTerminatingError(DecisionErrors.Store(ex));
                throw;
            }
        }

        /// <summary>The email and mobile types, chosen once per run; a warning when the table lacks the expected names.</summary>
        private CwContactTypes RequireTypes(ConnectWiseClient client)
        {
            if (_cwTypes != null) return _cwTypes;
            var table = Run((_, token) => client.GetCommunicationTypesAsync(token));
            var types = CwContactTypes.Choose(table, EmailType, MobileType);
            if (types.Problem != null) ThrowTerminatingError(WriteErrors.TypeNotFound(types.Problem, EmailType ?? MobileType));
            foreach (var warning in types.Warnings) WriteWarning(warning);
            WriteVerbose(string.Format(CultureInfo.InvariantCulture, "ConnectWise items: email as '{0}' (type {1}), mobile as '{2}' (type {3}).",
                types.Email!.Description.Trim(), types.Email.Id, types.Mobile!.Description.Trim(), types.Mobile.Id));
            return _cwTypes = types;
        }
    }
}
