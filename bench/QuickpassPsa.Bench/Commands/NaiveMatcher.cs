using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Bench.Commands;

/// <summary>
/// The baseline a script would write: for every account, look at every contact (email, then name).
/// Folded values are computed once up front, so the comparison measures the nested loop, not the folding.
/// </summary>
internal static class NaiveMatcher
{
    public static int Match(IReadOnlyList<Account> accounts, IReadOnlyList<PsaContact> contacts)
    {
        var contactEmails = contacts.Select(c => c.Emails.Select(EmailNormalizer.Normalize).Where(e => e != null).ToArray()).ToArray();
        var contactNames = contacts.Select(c => NameNormalizer.Compact(c.FirstName) + "|" + NameNormalizer.Compact(c.LastName)).ToArray();
        var linked = 0;
        foreach (var account in accounts)
        {
            var addresses = new[] { account.Email, account.UserPrincipalName }.Concat(account.ProxyAddresses.Select(p => p.Address))
                .Select(EmailNormalizer.Normalize).Where(e => e != null).ToArray();
            var name = NameNormalizer.Compact(account.FirstName) + "|" + NameNormalizer.Compact(account.LastName);
            var found = -1;
            for (var c = 0; c < contacts.Count && found < 0; c++)
            {
                foreach (var email in contactEmails[c])
                {
                    if (Array.IndexOf(addresses, email) >= 0) { found = c; break; }
                }
            }
            for (var c = 0; c < contacts.Count && found < 0; c++)
            {
                if (contactNames[c] == name) found = c;
            }
            if (found >= 0) linked++;
        }
        return linked;
    }
}
