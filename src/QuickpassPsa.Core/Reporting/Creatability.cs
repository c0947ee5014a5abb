using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Psa.Writes;

namespace QuickpassPsa.Core.Reporting
{
    /// <summary>Whether New-PsaContact can create a contact for an Unmatched account, and if not, why: the same rules it applies.</summary>
    public sealed class Creatability
    {
        private Creatability(bool canCreate, string? reason)
        {
            CanCreate = canCreate;
            Reason = reason;
        }

        public bool CanCreate { get; }

        /// <summary>What stops the create (no email, a name the PSA cannot split); null when it can be created.</summary>
        public string? Reason { get; }

        /// <summary>
        /// New-PsaContact refuses an account without an email, and (for Autotask, which needs a last name) one whose
        /// name cannot be split into first and last.
        /// </summary>
        public static Creatability Of(Account account, bool lastNameRequired)
        {
            if (string.IsNullOrWhiteSpace(account.Email)) return new Creatability(false, "No email address");
            var names = ContactNames.From(account, lastNameRequired);
            return names.Success ? new Creatability(true, null) : new Creatability(false, names.Problem + (lastNameRequired ? " (Autotask needs a last name)" : string.Empty));
        }
    }
}
