using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Writes;

namespace QuickpassPsa.Cmdlets.Errors
{
    /// <summary>
    /// Errors of New-PsaContact and Update-PsaContact. What concerns one piped item (no email, a name that cannot
    /// be split, a row that already has a candidate) is non-terminating and the others go on; what concerns the
    /// whole run (no company, a setup-table type that does not exist) is terminating.
    /// </summary>
    internal static class WriteErrors
    {
        public static ErrorRecord CompanyRequired(int given) => Record(new ArgumentException(given == 0
                ? "New-PsaContact needs the company the contacts are created in: a ContactMatch or an account does not say which PSA company it belongs to."
                : "Name the company one way only: -Company, -CompanyId or -CompanyName."),
            ErrorIds.CompanyRequired, ErrorCategory.InvalidArgument, null,
            "Pass -Company (a PsaCompany from Get-PsaCompany), -CompanyId or -CompanyName (the exact name).");

        /// <summary>No company named for the run, and this row or account does not say its own (per item: the others go on).</summary>
        public static ErrorRecord ItemCompanyUnknown(object target, string account, string? customer) => Record(new ArgumentException(
                "New-PsaContact does not know which company to create the contact of " + account + " in: no -Company, -CompanyId or -CompanyName was given, " +
                (customer == null
                    ? "and the input carries no company (a ContactMatch from Find-PsaContactMatch does; an account does through its Customer's stored link)."
                    : "and its customer '" + customer + "' has no stored link to a PSA company.") + " Nothing was created for it."),
            ErrorIds.CompanyRequired, ErrorCategory.InvalidArgument, target,
            customer == null
                ? "Pipe the rows of Find-PsaContactMatch, or pass -CompanyName for the whole run."
                : "Link the customer once with Set-PsaCompanyMatch -Customer '" + CodeGeneration.EscapeSingleQuotedStringContent(customer) + "' -CompanyId <id>, or pass -CompanyName for the whole run.");

        /// <summary>The company the contact would go to is inactive or named as a record not to use (per item, or for the run).</summary>
        public static ErrorRecord CompanyNotInUse(object? target, PsaCompany company, string why) => Record(new InvalidOperationException(
                "The company " + company + " is " + why + "; New-PsaContact creates no contact there" + (target == null ? "." : " for this item.")),
            ErrorIds.CompanyNotInUse, ErrorCategory.InvalidOperation, target ?? company,
            "Link the customer to its current company (Set-PsaCompanyMatch), or pass -Force to create the contact there all the same.");

        public static ErrorRecord NotUnmatched(ContactMatch match) => Record(new InvalidOperationException(
                "The account " + match.Account + " already has a candidate (status " + match.Status + (match.Contact == null ? string.Empty : ", contact " + match.Contact) +
                "); New-PsaContact creates contacts only for Unmatched rows, so that it never makes a second contact for one person."),
            ErrorIds.MatchNotUnmatched, ErrorCategory.InvalidOperation, match,
            "Confirm or choose the candidate instead; or, when none of them is this person, pass -Force (the account's email is still looked up first).");

        public static ErrorRecord NoEmail(object target, string account) => Record(new ArgumentException(
                "The account " + account + " has no email address. The service desk finds a person on a ticket by the email, so a contact without one is not created."),
            ErrorIds.AccountHasNoEmail, ErrorCategory.InvalidData, target,
            "Give the account an email address at the source (Active Directory, Entra ID or the export), then run again.");

        /// <summary>
        /// New-PsaContact: the account looks like no person (a service account, a scanner or room mailbox; <see cref="Core.Accounts.NonPersonAccounts"/>),
        /// so no contact is created for it without -Force (round 61a).
        /// </summary>
        public static ErrorRecord NotAPerson(object target, string address, string reason) => Record(new InvalidOperationException(
                address + " looks like " + reason + ", not a person: no contact is created for it; pass -Force to create one anyway, or exclude it."),
            ErrorIds.AccountNotAPerson, ErrorCategory.InvalidData, target,
            "If it is a person, run New-PsaContact again for this account alone with -Force; otherwise leave it out of the input (Where-Object), or disable it at the source.");

        /// <summary>
        /// New-PsaContact: no one person's first and last name in the account (<see cref="ContactNames.From"/>). A name of two people (a
        /// couple's or a family's shared mailbox) is no name to fix: its advice is a contact made by hand and linked, or the account left
        /// out (round 73a: "set the given name and surname" led straight to making the couple one person's contact). A family's name
        /// ("The Lowe Family", <paramref name="family"/>) gets the same advice in its own words (round 75b).
        /// </summary>
        public static ErrorRecord NameUnsplittable(object target, string problem, PsaKind psa, bool twoPeople = false, bool family = false) => Record(new ArgumentException(
                twoPeople
                    ? problem + ". No contact is created for it, and renaming the account after one of " + (family ? "them" : "the two") + " would not help: the service desk would then verify a shared mailbox as that person."
                    : problem + ". " + ContactNames.Requirement(psa == PsaKind.Autotask) + ", and guessing one (such as '.') would put a wrong name on every ticket."),
            ErrorIds.ContactNameUnsplittable, ErrorCategory.InvalidData, target,
            twoPeople
                ? (family ? "This mailbox is a family's." : "This mailbox names two people.") + " If the service desk needs a contact for it, create the contact of the person who uses it by hand in the PSA and link the account to it " +
                  "(Set-PsaContactMatch -ContactId <id> -CompanyId <id>); otherwise leave the account out of the run (Where-Object)."
                : "Fix the name at the source, as Quickpass documents: set the given name and surname (or a 'First Last' display name) in Active Directory, Entra ID or the export, then run again.");

        public static ErrorRecord EmailAmbiguous(object target, string email, int count, string company) => Record(new InvalidOperationException(
                count + " contacts in " + company + " already have the address " + email + "; nothing was created, and none was linked."),
            ErrorIds.ContactEmailAmbiguous, ErrorCategory.InvalidOperation, target,
            "Merge or deactivate the duplicates in the PSA, or link the account to the right one by hand (Set-PsaContactMatch).");

        /// <summary>New-PsaContact: the account's address is on an inactive contact of the company (and no decision excludes it).</summary>
        public static ErrorRecord ContactInactive(object target, Account account, string email, PsaContact inactive, PsaCompany company) => Record(new InvalidOperationException(
                "The inactive contact " + inactive + " in " + company + " already has the address " + email + "; nothing was created, so the person keeps one contact and one history. " +
                "If it is this person (back from a leave, or rehired), reactivate the contact in the PSA: the next run links it. If it is someone else, record that, " +
                "and the next run creates a new contact: " + SetMatchCommand(target, account, inactive.Id, company.Id, exclude: true) + "."),
            ErrorIds.ContactInactive, ErrorCategory.ResourceExists, target,
            "Reactivate the contact in the PSA if it is this person (the next run links it); if not, exclude it for this account (Set-PsaContactMatch -ContactId " +
            inactive.Id + " -CompanyId " + company.Id + " -Exclude) and run again.");

        /// <summary>New-PsaContact's warning: a stored decision links the account to a contact that is inactive in the PSA.</summary>
        public static string LinkedToInactive(string account, PsaContact contact, PsaCompany company) =>
            "A stored decision links the account " + account + " to the contact " + contact + " in " + company + ", which is inactive in the PSA: it is returned, and nothing " +
            "is created, but the service desk does not see an inactive contact. Reactivate it in the PSA (or, if it is not this person, remove the link with Remove-PsaContactMatch).";

        /// <summary>
        /// The Set-PsaContactMatch command that links (or excludes) one account and one contact, written for the item as it was piped
        /// in: an account (filtered by its address) or a row of Find-PsaContactMatch (filtered by its account's address).
        /// </summary>
        internal static string SetMatchCommand(object target, Account account, string contactId, string companyId, bool exclude)
        {
            var address = CodeGeneration.EscapeSingleQuotedStringContent((account.Email ?? account.UserPrincipalName ?? string.Empty).Trim());
            var filter = target is ContactMatch
                ? "<your Find-PsaContactMatch rows> | Where-Object { $_.Account.Email -eq '" + address + "' }"
                : "<your accounts> | Where-Object Email -eq '" + address + "'";
            return filter + " | Set-PsaContactMatch -ContactId " + contactId.Trim() + " -CompanyId " + companyId.Trim() + (exclude ? " -Exclude" : string.Empty);
        }

        /// <summary>The contact found by the account's address is one a stored decision keeps from this account.</summary>
        /// <param name="wouldCreate">Under -WhatIf: the contact is the one the run would create for an earlier item (round 75b).</param>
        public static ErrorRecord ContactDecidedOtherwise(object target, string account, PsaContact found, ContactMatchDecision decision, bool thisRun = false, bool wouldCreate = false) => Record(new InvalidOperationException(
                wouldCreate
                    ? "The account " + account + "'s address finds the contact " + found.DisplayName + " <" + found.Emails.FirstOrDefault() + ">, which this run would create and link to " +
                      "another account (" + decision.AccountName + ", " + decision.AccountKey + "). The real run would create or link nothing for this account: one contact is " +
                      "linked to one account."
                    : thisRun
                    ? "The account " + account + "'s address finds the contact " + found + ", which this run has just linked to another account (" + decision.AccountName + ", " +
                      decision.AccountKey + "). Nothing was created or linked: one contact is linked to one account."
                    : decision.DecisionKind == MatchDecisionKind.Excluded
                    ? "The account " + account + "'s address finds the contact " + found + ", which a stored decision excludes for this account (" + decision.DecidedBy + ", " +
                      decision.DecidedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "). Nothing was created or linked: a second contact with the same address would be a duplicate."
                    : "The account " + account + "'s address finds the contact " + found + ", which a stored decision links to another account (" + decision.AccountName + ", " +
                      decision.AccountKey + "). Nothing was created or linked, and that link is kept."),
            ErrorIds.ContactDecidedOtherwise, ErrorCategory.ResourceExists, target,
            decision.DecisionKind == MatchDecisionKind.Excluded
                ? "If the exclusion was a mistake, remove it (Remove-PsaContactMatch -Exclude) and link the pair (Set-PsaContactMatch); otherwise correct the address on the account or on the contact."
                : "Decide which account the contact belongs to (Set-PsaContactMatch replaces the link), or correct the address on the account or on the contact.");

        /// <summary>New-PsaContact: the account's address is on a contact the matcher does not take for the account's person.</summary>
        public static ErrorRecord AddressOnAnotherPerson(object target, string account, string email, PsaContact contact) => Record(new InvalidOperationException(
                "The address " + email + " of the account " + account + " is on the contact " + contact + ", whose name the matcher does not take for the account's person's " +
                "(another name, or one in a script it does not compare), so it was not linked, and nothing was created (a second contact with that address would be a " +
                "duplicate). If it is the person, link it with Set-PsaContactMatch."),
            ErrorIds.ContactAddressOnAnotherPerson, ErrorCategory.ResourceExists, target,
            "If the contact is this person (a changed name), link it with Set-PsaContactMatch; if the address is wrong on the contact or the account, correct it at its source and run again.");

        /// <summary>
        /// New-PsaContact, an account given as such: no contact has its address, but the matcher finds a contact of the company
        /// that could be the person's (the same name and mobile, a nickname, ...), so nothing is created.
        /// </summary>
        public static ErrorRecord ContactMayExist(object target, Account account, ContactMatch seen, PsaCompany company, string? linkedElsewhere = null)
        {
            var contacts = seen.Contact != null ? new[] { seen.Contact } : seen.Candidates.Select(c => c.Contact).ToArray();
            var inactive = contacts.Length > 0 && contacts.All(c => !c.Active);
            var found = contacts.Length == 1
                ? (inactive ? "the inactive contact " : "the contact ") + contacts[0]
                : contacts.Length + (inactive ? " inactive contacts: " : " contacts: ") + string.Join(", ", contacts.Take(3).Select(c => c.ToString())) + (contacts.Length > 3 ? ", ..." : string.Empty);
            // Find-PsaContactMatch shows an inactive candidate only with -IncludeInactive (round 49: the account read Unmatched there).
            var review = "Find-PsaContactMatch" + (contacts.Any(c => !c.Active) ? " -IncludeInactive" : string.Empty);
            // What to do for THIS account, never "pass -Force": rerun on the whole file, -Force made a twin of every other account
            // refused this way (round 49: 9 twins in one day).
            string steps;
            if (linkedElsewhere != null)
            {
                // The contact is another account's by a stored link (round 51: "link it" moved Annabel Leigh's contact to her admin
                // account, and Update-PsaContact then wrote the admin address over her work address).
                steps = "A stored decision links that contact to " + linkedElsewhere + ": if this account is the same person's second account (an admin or a personal one), " +
                        "it needs no contact of its own; leave it out of New-PsaContact's input (linking it would take the contact from that account). " +
                        "If it is someone else, record that, and the next run creates the contact: " + SetMatchCommand(target, account, contacts[0].Id, company.Id, exclude: true) + ". ";
            }
            else if (contacts.Length == 1)
            {
                var id = contacts[0].Id;
                steps = "If it is this person, link it, and the next run returns it: " + SetMatchCommand(target, account, id, company.Id, exclude: false) + ". " +
                        "If it is not, record that, and the next run creates the contact: " + SetMatchCommand(target, account, id, company.Id, exclude: true) + ". ";
            }
            else
            {
                var ids = contacts.Select(c => c.Id.Trim()).ToArray();
                steps = "If one of them is this person, link it, and the next run returns it: " + SetMatchCommand(target, account, "<its id>", company.Id, exclude: false) + ". " +
                        "If none is, record that for each (" + string.Join(", ", ids) + "), and the next run creates the contact: " +
                        SetMatchCommand(target, account, "<each id>", company.Id, exclude: true) + ". ";
            }
            return Record(new InvalidOperationException(
                    "The account " + account + " may already have a contact in " + company + ": no contact there has its address, but the matcher finds " + found +
                    " (" + string.Join(", ", new[] { seen.Status.ToString() }.Concat(seen.Reasons.Select(r => r.ToString()))) + "). Nothing was created, so that the person does not get a second contact. " +
                    "Review it with " + review + ". " + steps +
                    "-Force creates a contact for every account piped in (the others refused like this one too): use it only on a run of this account alone."),
                ErrorIds.ContactMayExist, ErrorCategory.ResourceExists, target,
                "Review the account with " + review + " -CompanyId " + company.Id + ". If the contact is the person, link it (Set-PsaContactMatch -ContactId " + (contacts.Length == 1 ? contacts[0].Id.Trim() : "<id>") + " -CompanyId " + company.Id +
                "; Update-PsaContact then writes the account's email to it); if not, exclude it (the same with -Exclude) and run again. Use -Force only on a run of this account alone.");
        }

        /// <summary>New-PsaContact: the account's customer is another company's than the one the contact would be created in.</summary>
        public static ErrorRecord CustomerOfAnotherCompany(object target, string account, PsaCompany company, string why) => Record(new InvalidOperationException(
                "The account " + account + " was not created in " + company + ": " + why + ". A contact there would put the person in the wrong company" +
                " (and may be their second)."),
            ErrorIds.CustomerOfAnotherCompany, ErrorCategory.InvalidData, target,
            "Create it in its own company (pipe the accounts without a company: each customer's contacts go to its linked company), fix the account's Customer, or add -Force to create it here all the same.");

        /// <summary>New-PsaContact: the create got no answer and the contact was not found right after; nothing was resent.</summary>
        public static ErrorRecord CreateUnconfirmed(PsaAmbiguousWriteException ex, object target) => ErrorTargets.Named(Record(ex,
            ErrorIds.ContactCreateUnconfirmed, ErrorCategory.OperationTimeout, target,
            "Run the same New-PsaContact again in a few minutes: it returns the contact if the PSA stored it, and creates it if not. Raise -TimeoutSec on Connect-Psa if the PSA is often this slow."));

        /// <summary>New-PsaContact: an earlier create of this run for the same address got no answer; nothing is sent for this one.</summary>
        public static ErrorRecord CreateStillUnconfirmed(object target, string account, string email) => Record(new InvalidOperationException(
                "The account " + account + " was not created: a create for " + email + " earlier in this run got no answer, and the PSA may still be storing it. Nothing was sent."),
            ErrorIds.ContactCreateUnconfirmed, ErrorCategory.OperationTimeout, target,
            "Run the same New-PsaContact again in a few minutes: it returns the contact if the PSA stored it, and creates it if not.");

        /// <summary>Update-PsaContact: the row's contact id names no contact in the connected PSA.</summary>
        public static ErrorRecord LinkedContactMissing(ContactMatch match, PsaConnection connection) => Record(new ItemNotFoundException(
                "The contact " + match.Contact + " linked to " + match.Account + " does not exist in " + connection + ": it was deleted, or the row comes from another site or tenant. Nothing was written."),
            ErrorIds.LinkedContactMissing, ErrorCategory.ObjectNotFound, match,
            "Match the account again against this PSA (Find-PsaContactMatch) and update from the new row.");

        /// <summary>Update-PsaContact: the row's contact id is someone else in the connected PSA.</summary>
        public static ErrorRecord LinkedContactIsSomeoneElse(ContactMatch match, PsaContact current, PsaConnection connection) => Record(new InvalidOperationException(
                "The row links " + match.Account + " to the contact " + match.Contact + ", but in " + connection + " that id is " + current +
                ", with another name and no address in common: the row comes from another site or tenant, or the record now holds someone else. Nothing was written."),
            ErrorIds.LinkedContactChanged, ErrorCategory.InvalidData, match,
            "Connect to the PSA the row was matched in (-Connection), or match the account again against this PSA (Find-PsaContactMatch) and update from the new row.");

        /// <summary>Update-PsaContact: the contact holds none of the account's addresses and names now (a record reused for someone else).</summary>
        public static ErrorRecord LinkedContactNotTheAccountsPerson(ContactMatch match, PsaContact current) => Record(new InvalidOperationException(
                Core.Psa.Writes.ContactIdentity.NamesInScriptsNotCompared(match.Account, current)
                    // round 46: "reused for someone else" said of a contact that merely writes the name in Hebrew or Chinese
                    ? "The row links " + match.Account + " to the contact " + current + ", whose name is written in another script than the account's, which the module " +
                      "cannot compare, and which has none of the account's addresses: whether the record still holds this person cannot be told. Nothing was written."
                    : "The row links " + match.Account + " to the contact [" + current.Id + "], which is now " + current + ": it has none of the account's addresses and " +
                      "neither its given name nor its surname, so the record was reused for someone else. Nothing was written."),
            ErrorIds.LinkedContactChanged, ErrorCategory.InvalidData, match,
            Core.Psa.Writes.ContactIdentity.NamesInScriptsNotCompared(match.Account, current)
                ? "If it is this person, put one of the account's addresses on the contact in the PSA (the update then goes through), or update the contact there by hand."
                : "Find the account's contact again (Find-PsaContactMatch) and link it (Set-PsaContactMatch); Remove-PsaContactMatch drops the old link.");

        /// <summary>Update-PsaContact: the contact is in another company than the row's (moved, or a namesake of another site's id).</summary>
        public static ErrorRecord LinkedContactMoved(ContactMatch match, PsaContact current) => Record(new InvalidOperationException(
                "The row links " + match.Account + " to the contact " + current + " in company " + (match.CompanyName ?? match.Contact?.CompanyName ?? string.Empty) + " [" +
                (match.CompanyId ?? match.Contact?.CompanyId) + "], but the PSA holds that contact in company " + (current.CompanyName ?? string.Empty) + " [" + current.CompanyId + "] now. Nothing was written: " +
                "another customer's contact is never changed."),
            ErrorIds.LinkedContactChanged, ErrorCategory.InvalidData, match,
            "Match the account again (Find-PsaContactMatch) and update from the new row.");

        /// <summary>Update-PsaContact: the contact was deactivated since the link was made.</summary>
        public static ErrorRecord LinkedContactInactive(ContactMatch match, PsaContact current) => Record(new InvalidOperationException(
                "The contact " + current + " linked to " + match.Account + " is inactive in the PSA now; nothing was written to it."),
            ErrorIds.LinkedContactInactive, ErrorCategory.InvalidOperation, match,
            "If the person is back, reactivate the contact in the PSA and run again; otherwise remove the link (Remove-PsaContactMatch).");

        /// <summary>Update-PsaContact: two rows of one run name one contact with two accounts, or the store links the contact to another account now.</summary>
        public static ErrorRecord LinkSuperseded(ContactMatch match, PsaContact current, string other) => Record(new InvalidOperationException(
                "The row links " + match.Account + " to the contact " + current + ", but " + other + ". Nothing was written for this row: one contact takes one account's email and mobile."),
            ErrorIds.LinkSuperseded, ErrorCategory.InvalidOperation, match,
            "Update from fresh rows (Find-PsaContactMatch), or settle the link with Set-PsaContactMatch.");

        /// <summary>Update-PsaContact: a field the row would write changed on the contact since the row was made (round 54: an old address written back).</summary>
        public static ErrorRecord ContactChangedSinceRow(ContactMatch match, PsaContact current, System.Collections.Generic.IReadOnlyList<Core.Psa.Writes.ChangedField> fields) => Record(new InvalidOperationException(
                "The contact " + current + " was changed in the PSA since this row of " + match.Account + " was made: " +
                string.Join("; ", fields.Select(f => (f.Field == Core.Psa.Writes.ContactField.Email ? "its email addresses are " : "its mobile is ") + Quoted(f.Now) + " now, the row read " + Quoted(f.Then))) +
                ". The row's account values are older than that change, so nothing was written: writing them would put an old value back over a newer one."),
            ErrorIds.ContactChangedSinceRow, ErrorCategory.InvalidOperation, match,
            "Run Find-PsaContactMatch again and pipe the new rows to Update-PsaContact: they carry the account's current values.");

        private static string Quoted(string? value) => value == null ? "(none)" : "'" + value + "'";

        /// <summary>
        /// New-PsaContact: the account's exact address is on an active contact of another company of the PSA (one customer spread
        /// over two PSA companies, round 60b): a contact here would be the person's second one, and the desk could find either.
        /// </summary>
        public static ErrorRecord ContactInOtherCompany(object target, string account, string email, PsaCompany company, IReadOnlyList<(PsaContact Contact, string Company)> holders)
        {
            const int shown = 3;
            var list = string.Join("; ", holders.Take(shown).Select(h => h.Contact.DisplayName + " [" + h.Contact.Id + "] of " + h.Company)) +
                (holders.Count > shown ? " and " + (holders.Count - shown) + " more" : string.Empty);
            var first = holders[0];
            return Record(new InvalidOperationException(
                    "The address " + email + " of " + account + " is already on " + (holders.Count == 1 ? "the contact " : holders.Count + " contacts: ") + list +
                    ", not on a contact of " + company.Name + " [" + company.Id + "]. A contact created there would be the person's second one in the PSA, and the service desk " +
                    "could find either. Nothing was created."),
                ErrorIds.ContactInOtherCompany, ErrorCategory.ResourceExists, target,
                "If the person belongs to " + first.Company + ", match the customer's accounts there (Set-PsaCompanyMatch links the customer, or Find-PsaContactMatch -CompanyId " +
                first.Contact.CompanyId + "). If the person needs a contact in " + company.Name + " as well, run New-PsaContact again for this account with -Force.");
        }

        /// <summary>
        /// New-PsaContact: the company id of the row (or of the customer's stored link) names another company now than the one the
        /// row was matched in (or the link was made to): nothing is created there (round 60b).
        /// </summary>
        public static ErrorRecord CompanyChanged(object target, string account, string id, string namedThen, PsaCompany now, string? linkedCustomer) => Record(new InvalidOperationException(
                (linkedCustomer != null ? "The stored link of the customer of " + account + " points to company [" + id + "], which was '" + namedThen + "' when the link was made"
                          : "The row of " + account + " was matched in company '" + namedThen + "' [" + id + "]") +
                ", and the PSA's company [" + id + "] is '" + now.Name + "' now: " + Companies.CompanyLinkWarnings.WhyChanged + " No contact was created."),
            ErrorIds.CustomerCompanyChanged, ErrorCategory.InvalidData, target,
            linkedCustomer != null ? Companies.CompanyLinkWarnings.ConfirmAgain(linkedCustomer, now)
                     : "Match the account again on this connection (Find-PsaContactMatch) and create from the new row, or name the company with -CompanyName.");

        /// <summary>
        /// New-PsaContact: a row of Find-PsaContactMatch matched in another company than the one named for the run (round 65c: a
        /// Contoso U row created in Contoso [UK], beside the person's own contact there). The id of CustomerCompanyChanged: the row
        /// names another company than the one the contact would be created in. Never created, -Force or not.
        /// </summary>
        public static ErrorRecord RowOfAnotherCompany(object target, string account, string rowCompanyId, string? rowCompanyName, PsaCompany named, string parameter) => Record(new InvalidOperationException(
                "The row of " + account + " was matched in company " + (string.IsNullOrEmpty(rowCompanyName) ? string.Empty : "'" + rowCompanyName + "' ") + "[" + rowCompanyId +
                "], but " + parameter + " names '" + named.Name + "' [" + named.Id + "]: the row's status says nothing of the contacts of '" + named.Name +
                "', where the person may have a contact already. No contact was created."),
            ErrorIds.CustomerCompanyChanged, ErrorCategory.InvalidData, target,
            "Match the accounts in the company you mean and create from those rows (for example $rows.Account | Find-PsaContactMatch -CompanyId " + named.Id +
            " | Where-Object Status -eq Unmatched | New-PsaContact), or leave " + parameter + " out so that each row's contact is created in the company it was matched in.");

        /// <summary>
        /// Update-PsaContact on Autotask: the three email slots hold three different personal addresses, so the work address
        /// has nowhere to go but over one of them (round 60b: emailAddress3 was overwritten and Before said nothing was there).
        /// </summary>
        public static ErrorRecord EmailSlotsFull(ContactMatch match, PsaContact current, string email, IReadOnlyList<string> held)
        {
            var slots = string.Join(", ", held.Select((address, i) => Writes.ContactDiff.AutotaskSlots[i] + " " + address));
            return Record(new InvalidOperationException(
                    "The Autotask contact " + current.DisplayName + " [" + current.Id + "] linked to " + match.Account + " has a personal address in each of its three email slots (" +
                    slots + "), so the work address " + email + " has no empty slot: writing it would replace one of the person's addresses. Nothing was written for this row."),
                ErrorIds.ContactEmailSlotsFull, ErrorCategory.LimitsExceeded, match,
                "Remove an address the person no longer uses from the contact in Autotask and run again, or run again with -ReplacePersonalEmail to put the work address in emailAddress3 in place of " +
                held[held.Count - 1] + " (the change's Before shows it).");
        }

        /// <summary>
        /// Update-PsaContact: the account's new address is already on another active contact of the company (round 65b: Ann Cole's
        /// contact was given Zed Leaver's address, and two contacts held one address, which email matching cannot tell apart).
        /// </summary>
        public static ErrorRecord AddressHeldByOtherContact(ContactMatch match, PsaContact current, string email, PsaContact holder, bool thisRun)
        {
            var other = holder.DisplayName + " [" + holder.Id + "]";
            return Record(new InvalidOperationException(
                    "The address " + email + " of " + match.Account + " is already on the contact " + other + ", an active contact of the same company" +
                    (thisRun ? " (an earlier row of this run gives it to that contact)" : string.Empty) + ". Writing it to " +
                    current.DisplayName + " [" + current.Id + "] as well would give two contacts one address, and email matching could no longer tell them apart. " +
                    "Nothing was written for this row."),
                ErrorIds.AddressHeldByOtherContact, ErrorCategory.ResourceExists, match,
                "If " + other + " is this person's own contact (a duplicate), link the account to it (Set-PsaContactMatch -ContactId " + holder.Id +
                ") or merge the two contacts in the PSA. If the address was handed on to " + current.DisplayName + ", remove it from " + other +
                " (or deactivate that contact) in the PSA, then run again.");
        }

        public static ErrorRecord TypeNotFound(string problem, object? target) => Record(new ItemNotFoundException(problem),
            ErrorIds.CommunicationTypeNotFound, ErrorCategory.ObjectNotFound, target,
            "Name an existing type with -EmailType or -MobileType, or add it to the setup table (Repair-CwCommunicationType).");

        /// <summary>
        /// Update-PsaContact on ConnectWise: the row needs a new email or mobile item and the setup table has no type it can go under,
        /// none or only one with the flags of two kinds (round 67a: a mixed 'Mobile' got every run's mobile, stored as an email). Found
        /// before anything is sent, -WhatIf or not; nothing of the row is written.
        /// </summary>
        public static ErrorRecord UpdateTypeNotUsable(string problem, ContactMatch match) => ErrorTargets.Named(Record(new ItemNotFoundException(problem + " Nothing was written for this row."),
            ErrorIds.CommunicationTypeNotFound, ErrorCategory.ObjectNotFound, match,
            "Run Test-CwCommunicationType: clear by hand the flag that does not fit on a type it reports as MixedFlags, run Repair-CwCommunicationType for the rest, then run Update-PsaContact again."));

        public static ErrorRecord ContactFromOtherPsa(ContactMatch match, PsaConnection connection) => Record(new ArgumentException(
                "The contact " + match.Contact + " is from " + match.Contact!.Psa + ", but the connection " + connection + " is " + connection.Psa + "."),
            ErrorIds.ContactPsaMismatch, ErrorCategory.InvalidArgument, match,
            "Pass the connection the contact came from with -Connection, or match against this PSA's contacts first.");

        /// <summary>A client refused the write before sending (no usable type, an id it cannot use): about this contact only.</summary>
        public static ErrorRecord WriteFailed(Exception ex, object target) => ErrorTargets.Named(Record(ex, ErrorIds.ContactWriteFailed, ErrorCategory.InvalidOperation, target,
            "Read the message; fix the value or the setup table it names, then run again."));

        private static ErrorRecord Record(Exception ex, string id, ErrorCategory category, object? target, string action) =>
            new ErrorRecord(UserText.Plain(ex), id, category, target) { ErrorDetails = new ErrorDetails(UserText.Message(ex)) { RecommendedAction = action } };
    }
}
