using System;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Core.Psa.Writes.Creates
{
    /// <summary>
    /// The address New-PsaContact looks an account's contact up by, and creates it with: the account's email, trimmed; without
    /// one, its sign-in name when that is an address of a mailbox (<see cref="OnlySignIn"/>).
    /// </summary>
    internal sealed class CreateAddress
    {
        private CreateAddress(string email, bool onlySignIn)
        {
            Email = email;
            OnlySignIn = onlySignIn;
        }

        public string Email { get; }

        /// <summary>
        /// The account has no email address, and <see cref="Email"/> is its sign-in name: good for finding its contact (the
        /// matcher compares it too), never for making one.
        /// </summary>
        public bool OnlySignIn { get; }

        /// <summary>The account's address, or null when it has none to look up (no email, and no sign-in name that is an address).</summary>
        public static CreateAddress? Of(Account account)
        {
            if (account == null) throw new ArgumentNullException(nameof(account));
            var email = string.IsNullOrWhiteSpace(account.Email) ? null : account.Email!.Trim();
            // No email but a sign-in name that is an address: its contact may be found (and a stored link to it settled) by it,
            // as Find-PsaContactMatch found it; only a create needs the email (round 51: "has no email address" for an account
            // Find had linked by its UPN).
            var onlySignIn = email == null && EmailNormalizer.Normalize(account.UserPrincipalName) is { } upn && upn.IndexOf("#ext#", StringComparison.Ordinal) < 0 &&
                             !upn.EndsWith(".local", StringComparison.Ordinal);
            if (onlySignIn) email = EmailNormalizer.Normalize(account.UserPrincipalName);
            return email == null ? null : new CreateAddress(email, onlySignIn);
        }
    }
}
