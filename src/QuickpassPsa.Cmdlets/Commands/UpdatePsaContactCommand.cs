using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using QuickpassPsa.Cmdlets.Matching;
using QuickpassPsa.Cmdlets.Errors;
using QuickpassPsa.Cmdlets.Psa;
using QuickpassPsa.Cmdlets.Writes;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;
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
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [ValidateNotNull]
        [Alias("Match")]
        [MatchArgument]
        public ContactMatch? InputObject { get; set; }

        /// <summary>Also update the contacts of Suggested rows (strong evidence, not yet confirmed by a person).</summary>
        [Parameter]
        public SwitchParameter IncludeSuggested { get; set; }

        protected override void ProcessRecord()
        {
            var match = InputObject!;
            var linked = match.Status == MatchStatus.Matched || (IncludeSuggested.IsPresent && match.Status == MatchStatus.Suggested);
            if (!linked || match.Contact == null)
            {
                WriteVerbose("Skipped " + match.Account + ": status " + match.Status + (match.Status == MatchStatus.Suggested ? " (pass -IncludeSuggested to update it)" : string.Empty) +
                    " is not a linked pair.");
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
                current = Run((_, token) => connection.Client.GetContactAsync(match.Contact.Id, token));
            }
            catch (PsaApiException ex)
            {
                PsaErrors.Report(this, ex, match);
                return;
            }
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

            var (update, changes) = ContactDiff.Between(match, current, connection.Psa.ToString());
            if (update.IsEmpty)
            {
                WriteVerbose("The contact " + current + " already has the email and mobile of " + match.Account + ".");
                return;
            }

            var what = current.DisplayName + " [" + current.Id + "]";
            var action = "Update " + connection.Psa + " contact: " + string.Join("; ", changes.Select(c => c.Field + " '" + c.Before + "' -> '" + c.After + "'"));
            if (ShouldProcess(what, action))
            {
                try
                {
                    Run((_, token) => connection.Client.UpdateContactAsync(current, update, token));
                }
                catch (PsaApiException ex)
                {
                    PsaErrors.Report(this, ex, match);
                    return;
                }
                catch (Exception ex) when (ex is InvalidOperationException || ex is ArgumentException)
                {
                    WriteError(WriteErrors.WriteFailed(ex, match));
                    return;
                }
                foreach (var change in changes) change.Applied = true;
            }
            WriteObject(changes, enumerateCollection: true);
        }
    }
}
