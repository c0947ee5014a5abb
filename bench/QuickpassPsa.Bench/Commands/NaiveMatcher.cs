using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Bench.Commands;

/// <summary>
/// The baseline a script would write: for every account, look at every contact (email or name) and link
/// when exactly one matches.
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
            // Every contact is looked at: a matcher must know whether a hit is unique before it may link.
            var found = 0;
            for (var c = 0; c < contacts.Count; c++)
            {
                var hit = contactNames[c] == name;
                foreach (var email in contactEmails[c])
                {
                    if (hit) break;
                    hit = Array.IndexOf(addresses, email) >= 0;
                }
                if (hit) found++;
            }
            if (found == 1) linked++;
        }
        return linked;
    }
}
