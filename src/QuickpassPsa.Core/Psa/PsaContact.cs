using System;
using System.Collections;
using System.Collections.Generic;

namespace QuickpassPsa.Core.Psa
{
    /// <summary>
    /// A PSA contact in PSA-neutral form: what matching and the cmdlets need from a ConnectWise contact
    /// (email communication items, the mobile item) or an Autotask contact (emailAddress, emailAddress2,
    /// emailAddress3, mobilePhone).
    /// </summary>
    public sealed class PsaContact
    {
        public string Id { get; set; } = string.Empty;

        /// <summary>"ConnectWise", "Autotask", or "File" for contacts read from a file.</summary>
        public string Psa { get; set; } = "File";

        public string? CompanyId { get; set; }
        public string? CompanyName { get; set; }
        public string? FirstName { get; set; }
        public string? LastName { get; set; }

        /// <summary>Every email address of the contact, the default/primary one first (as text: joined by "; ").</summary>
        public IReadOnlyList<string> Emails
        {
            get => _emails;
            set => _emails = ValueList<string>.From(value);
        }

        private ValueList<string> _emails = ValueList<string>.Empty;

        public string? MobilePhone { get; set; }

        /// <summary>The job title (ConnectWise and Autotask "title"). Some MSPs mark a leaver there ("Former employee", "LEFT COMPANY").</summary>
        public string? Title { get; set; }

        public bool Active { get; set; } = true;

        /// <summary>
        /// The PSA's own record, for power users, as plain data (see <see cref="RawRecord"/>): the PSA's field
        /// names as keys. Not a .NET property, so that Format-List *, Export-Csv and ConvertTo-Json leave the several
        /// kilobytes out: PowerShell reads it as the hidden property Raw (QuickpassPsa.Types.ps1xml), so $x.Raw and
        /// Select-Object Raw still work.
        /// </summary>
        internal Hashtable? Raw { get; set; }

        /// <summary>The PSA's own record (<see cref="Raw"/>): what the hidden PowerShell property Raw reads.</summary>
        public Hashtable? GetRaw() => Raw;

        public string DisplayName => ((FirstName ?? string.Empty) + " " + (LastName ?? string.Empty)).Trim();

        /// <summary>
        /// A copy without the PSA's raw record. Matches carry these: every field matching and the writes use is
        /// kept, and a ContactMatch stays small and fits ConvertTo-Json -Depth 5 (Get-PsaContact keeps Raw).
        /// </summary>
        /// <summary>
        /// The address in the slot an update replaces (Autotask: emailAddress, which may be empty while
        /// emailAddress2 or 3 hold one; ConnectWise: the default email item, else the first). Set by the PSA
        /// mappers; not part of the public surface (a deserialized contact lacks it).
        /// </summary>
        internal string? PrimaryEmail { get; set; }

        /// <summary>
        /// The contact's other mobile numbers (ConnectWise: a second Cell item beside the default one, an old and a new
        /// handset), compared by the matcher like <see cref="MobilePhone"/>: a number the contact carries is never another
        /// person's. Set by the PSA mappers; not part of the public surface.
        /// </summary>
        internal IReadOnlyList<string> OtherMobilePhones { get; set; } = ValueList<string>.Empty;

        /// <summary>
        /// ConnectWise: the contact's communication items as the read took them (id, type, value, what each is), so that
        /// Update-PsaContact's preview names the item a change writes into and its type, by the write's own rule
        /// (ConnectWise.CwUpdatePlan). Set by the ConnectWise mapper; empty otherwise; not part of the public surface.
        /// </summary>
        internal IReadOnlyList<ConnectWise.CwItemRef> CwItems { get; set; } = Array.Empty<ConnectWise.CwItemRef>();

        /// <summary>A copy with other names (the matcher reads a placeholder field as blank); everything else shared.</summary>
        internal PsaContact WithNames(string? firstName, string? lastName)
        {
            var copy = (PsaContact)MemberwiseClone();
            copy.FirstName = firstName;
            copy.LastName = lastName;
            return copy;
        }

        internal PsaContact WithoutRaw()
        {
            if (Raw == null) return this;
            var copy = (PsaContact)MemberwiseClone();
            copy.Raw = null;
            return copy;
        }

        /// <summary>"Ann Lee &lt;ann.lee@contoso.com&gt; [123]", with what would not show as itself written as its code point (<see cref="Accounts.AccountText.Shown"/>).</summary>
        public override string ToString()
        {
            var email = Emails.Count > 0 ? " <" + Emails[0] + ">" : string.Empty;
            return Accounts.AccountText.Shown(DisplayName + email + " [" + Id + "]");
        }
    }
}
