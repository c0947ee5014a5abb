using QuickpassPsa.Cmdlets.Decisions;
using QuickpassPsa.Cmdlets.Errors;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Writes;
using QuickpassPsa.Core.Psa.Writes.Creates;

namespace QuickpassPsa.Cmdlets.Commands
{
    /// <summary>
    /// New-PsaContact's answers as the user meets them: a refusal (<see cref="CreateRefusal"/>) as the item's ErrorRecord, the
    /// existing-person verdict (<see cref="PersonVerdict"/>) as a linked row, a warning or an error.
    /// </summary>
    public sealed partial class NewPsaContactCommand
    {
        /// <summary>
        /// The refusal as the item's error; a disabled account as a verbose line, counted for the run's one warning.
        /// <paramref name="company"/> and <paramref name="email"/> are known once the item has its company and address.
        /// </summary>
        private void Refuse(PsaConnection connection, CreateRefusal refusal, object target, Account account, PsaCompany? company = null, string? email = null)
        {
            switch (refusal.Kind)
            {
                case CreateRefusalKind.Disabled:
                    _disabledPassedOver++;
                    WriteVerbose("The account " + account + " is disabled: no contact is created for it (-IncludeDisabled creates one).");
                    return;
                case CreateRefusalKind.NotUnmatched:
                    WriteError(WriteErrors.NotUnmatched(Match!));
                    return;
                case CreateRefusalKind.NoEmail:
                    WriteError(WriteErrors.NoEmail(target, account.ToString()));
                    return;
                case CreateRefusalKind.CompanyChanged:
                    WriteError(WriteErrors.CompanyChanged(target, account.ToString(), refusal.CompanyId!, refusal.NamedThen!, company!, Match == null ? account.Customer?.Trim() : null));
                    return;
                case CreateRefusalKind.RowOfAnotherCompany:
                    WriteError(WriteErrors.RowOfAnotherCompany(target, account.ToString(), refusal.CompanyId!, Match?.CompanyName, company!,
                        Company != null ? "-Company" : CompanyId != null ? "-CompanyId" : "-CompanyName"));
                    return;
                case CreateRefusalKind.CompanyNotInUse:
                    WriteError(WriteErrors.CompanyNotInUse(target, company!, refusal.Reason!));
                    return;
                case CreateRefusalKind.CustomerOfAnotherCompany:
                    WriteError(WriteErrors.CustomerOfAnotherCompany(target, account.ToString(), company!, refusal.Reason!));
                    return;
                case CreateRefusalKind.NotAPerson:
                    WriteError(WriteErrors.NotAPerson(target, refusal.Address!, refusal.Reason!));
                    return;
                case CreateRefusalKind.NameUnsplittable:
                    WriteError(WriteErrors.NameUnsplittable(target, refusal.Reason!, connection.Psa, refusal.TwoPeople, refusal.Family));
                    return;
                case CreateRefusalKind.InOtherCompany:
                    WriteError(WriteErrors.ContactInOtherCompany(target, account.ToString(), email!, company!, refusal.Holders));
                    return;
                case CreateRefusalKind.FieldTooLong:
                    // A value refused before sending concerns its record only (PsaErrors.StopsEverything).
                    WriteError(PsaErrors.From(refusal.Invalid!, target));
                    return;
            }
        }

        /// <summary>
        /// Writes what the existing-person check noticed and found; true when that answers the item (a contact returned, or an
        /// error), false when no contact is, or may be, the person's and one may be created.
        /// </summary>
        private bool Answered(Pending item, PersonVerdict verdict)
        {
            var account = item.Account;
            var target = item.Target;
            var company = item.Company;
            var email = item.Email;
            if (verdict.StaleLink is { } stale)
            {
                WriteWarning(StaleLinkText.NamesAnother(account, stale.Link, stale.Contact) + " The account is handled as if it had no link: a contact found or created for it is linked " +
                    "in its place. Check the decision with Get-PsaContactMatchDecision.");
            }
            if (verdict.ExcludedInactive is { } excluded)
            {
                WriteVerbose("The " + (excluded.Active ? string.Empty : "inactive ") + "contact " + excluded + " holds an address of " + account +
                             ", but a stored decision excludes it for the account, so it keeps nothing from being created.");
            }
            switch (verdict.Kind)
            {
                case PersonVerdictKind.None:
                    return false;
                case PersonVerdictKind.Linked:
                    var linkedNow = verdict.Contact!;
                    if (!linkedNow.Active) WriteWarning(WriteErrors.LinkedToInactive(account.ToString(), linkedNow, company));
                    WriteVerbose("A stored decision links the account " + account + " to " + linkedNow + " in " + company.Name + ". Nothing is created.");
                    EmitDecided(account, linkedNow, company);
                    return true;
                case PersonVerdictKind.Inactive:
                    WriteError(WriteErrors.ContactInactive(target, account, email, verdict.Contact!, company));
                    return true;
                case PersonVerdictKind.Ambiguous:
                    WriteError(WriteErrors.EmailAmbiguous(target, email, verdict.Count, company.ToString()));
                    return true;
                case PersonVerdictKind.MayExist:
                    WriteError(WriteErrors.ContactMayExist(target, account, verdict.Seen!, company, verdict.LinkedElsewhere));
                    return true;
                default:
                    Link(item, verdict);
                    return true;
            }
        }

        /// <summary>The one contact found at the address (<see cref="FoundContact"/>): linked, or the decision's or the matcher's refusal.</summary>
        private void Link(Pending item, PersonVerdict verdict)
        {
            var account = item.Account;
            switch (verdict.Kind)
            {
                case PersonVerdictKind.DecidedOtherwise:
                    WriteError(WriteErrors.ContactDecidedOtherwise(item.Target, account.ToString(), verdict.Contact!, verdict.Decision!, thisRun: verdict.ThisRun,
                        wouldCreate: _runLinks.IsPlanned(verdict.Decision!)));
                    return;
                case PersonVerdictKind.AnotherPerson:
                    WriteError(WriteErrors.AddressOnAnotherPerson(item.Target, account.ToString(), item.Email, verdict.Contact!));
                    return;
                case PersonVerdictKind.Found when IsPlanned(verdict.Contact!):
                    // The same account again after -WhatIf would have created its contact: the real run finds that contact and returns it
                    // (a row with its id); -WhatIf has no id to return, and a row with a stand-in id piped on could be stored as a link.
                    WriteVerbose("The account " + account + " would find the contact this run would create for it: " + verdict.Contact!.DisplayName + " <" + item.Email + ">. Nothing more would be created.");
                    return;
                case PersonVerdictKind.Found:
                    WriteVerbose("The account " + account + " already has a contact in " + item.Company.Name + ": " + verdict.Contact + ". Nothing is created.");
                    Emit(account, verdict.Contact!, item.Company, reason: verdict.Reason);
                    return;
            }
        }

        /// <summary>The linked contact, returned as the account's answer; the link is a person's and is already stored, so it is not stored again.</summary>
        private void EmitDecided(Account account, PsaContact contact, PsaCompany company)
        {
            contact.CompanyName ??= company.Name;
            var linked = LinkedMatch.Decided(account, contact.WithoutRaw());
            linked.CompanyId = company.Id;
            linked.CompanyName = company.Name;
            linked.Psa = company.Psa;
            WriteObject(linked);
        }

        private void Emit(Account account, PsaContact contact, PsaCompany company, bool created = false, MatchReason reason = MatchReason.EmailPrimary)
        {
            contact.CompanyName ??= company.Name; // Autotask contacts carry only the company id
            // Like Find-PsaContactMatch's rows, the row carries the contact without the PSA's raw record: JSON-friendly.
            var linked = created ? LinkedMatch.Created(account, contact.WithoutRaw()) : LinkedMatch.Create(account, contact.WithoutRaw(), reason);
            linked.CompanyId = company.Id;
            linked.CompanyName = company.Name;
            linked.Psa = company.Psa;
            // A contact made by this run (its create was allowed: never under -WhatIf) must keep its link even if the
            // pipeline stops before the links are saved (Dispose).
            RememberLink(linked, created);
            WriteObject(linked);
        }
    }
}
