using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Decisions
{
    /// <summary>
    /// What a stale link (<see cref="StaleLinks"/>, <see cref="StaleWhy.ContactNamesAnother"/>) is, in the words every command that
    /// passes one over uses: Find-PsaContactMatch (matched on evidence) and New-PsaContact (handled as any other account).
    /// </summary>
    internal static class StaleLinkText
    {
        public static string NamesAnother(Account account, ContactMatchDecision link, PsaContact now) =>
            "The confirmed link of " + account + " points to contact [" + now.Id + "]" +
            (string.IsNullOrWhiteSpace(link.ContactName)
                ? ", stored without the contact's name (a link made by id alone), and"
                : ", which was " + link.ContactName + " when the link was made and") +
            " is now " + now + ", with no address or name of the account: a decision store copied from another PSA site or tenant, " +
            "or a contact record reused for someone else.";
    }
}
