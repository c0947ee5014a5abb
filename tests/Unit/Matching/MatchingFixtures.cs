using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Tests.Matching;

/// <summary>Accounts and contacts in one line each, and a default-strategy match run: the matching evidence and safety tests share them.</summary>
internal static class MatchingFixtures
{
    public static Account Acc(string id, string? first, string? last, string? email = null, string? mobile = null, params string[] proxies) => new()
    {
        Id = id, FirstName = first, LastName = last, DisplayName = ((first ?? "") + " " + (last ?? "")).Trim(), Email = email, MobilePhone = mobile,
        ProxyAddresses = proxies.Select(p => ProxyAddress.Parse(p)!).ToList(),
    };

    public static PsaContact Con(string id, string? first, string? last, string? mobile = null, params string[] emails) => new()
    {
        Id = id, FirstName = first, LastName = last, Emails = emails, MobilePhone = mobile,
    };

    public static IReadOnlyList<ContactMatch> Run(IEnumerable<PsaContact> contacts, params Account[] accounts) =>
        new ContactMatcher(contacts).Match(accounts);
}
