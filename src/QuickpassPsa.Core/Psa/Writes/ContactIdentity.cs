using System.Linq;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Core.Psa.Writes
{
    /// <summary>
    /// Whether the contact the PSA holds under an id now is still the person a row linked: a write goes by id, and
    /// the same id on another site or tenant of the PSA (a row saved with Export-Clixml and piped after connecting
    /// elsewhere), or a record reused for someone else, is another person.
    /// </summary>
    internal static class ContactIdentity
    {
        /// <summary>
        /// The same person when an address is shared (names get corrected and change at marriage) or the names are
        /// equal once folded, either way round (addresses get replaced: the update is about to do just that).
        /// </summary>
        public static bool SamePerson(PsaContact linked, PsaContact current)
        {
            var addresses = linked.Emails.Select(EmailNormalizer.Normalize).Where(e => e != null).ToList();
            if (current.Emails.Select(EmailNormalizer.Normalize).Any(e => e != null && addresses.Contains(e))) return true;
            string first = NameNormalizer.Compact(linked.FirstName), last = NameNormalizer.Compact(linked.LastName);
            string nowFirst = NameNormalizer.Compact(current.FirstName), nowLast = NameNormalizer.Compact(current.LastName);
            if (first.Length + last.Length == 0) return false;
            return (first == nowFirst && last == nowLast) || (first == nowLast && last == nowFirst);
        }
    }
}
