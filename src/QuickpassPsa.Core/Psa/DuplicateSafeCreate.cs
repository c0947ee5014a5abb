using System;
using System.Threading.Tasks;

namespace QuickpassPsa.Core.Psa
{
    /// <summary>
    /// The one rule for creates, shared by both clients: when the answer to a create is lost after the request
    /// was sent (<see cref="PsaAmbiguousWriteException"/>), look for what it would have stored; return that if it
    /// exists. Otherwise the failure is reported, never repeated: a server that timed out may still be storing
    /// the first create (round 41: a create answered after the client's time limit was sent twice and stored
    /// twice), and only a later look can tell. Running the command again later is safe, because New-PsaContact
    /// and Repair-CwCommunicationType look before they create.
    /// </summary>
    internal static class DuplicateSafeCreate
    {
        /// <param name="create">Sends the create and returns the stored record.</param>
        /// <param name="findStored">Finds the record the lost create stored, or null; null when there is no safe way to look.</param>
        /// <param name="verbose">Where the steps are announced.</param>
        /// <param name="what">The record, for messages ("ConnectWise contact Ann Lee").</param>
        public static async Task<T> RunAsync<T>(Func<Task<T>> create, Func<Task<T?>>? findStored, Action<string> verbose, string what)
            where T : class
        {
            try
            {
                return await create().ConfigureAwait(false);
            }
            catch (PsaAmbiguousWriteException) when (findStored == null)
            {
                verbose("The create of " + what + " may or may not have been stored, and without an email it cannot be looked up safely; not retried.");
                throw;
            }
            catch (PsaAmbiguousWriteException ex)
            {
                verbose("The answer to the create of " + what + " was lost after sending; looking for it before anything else.");
                var stored = await findStored!().ConfigureAwait(false);
                if (stored != null)
                {
                    verbose("The lost create of " + what + " was stored; returning it instead of creating another.");
                    return stored;
                }
                verbose(what + " was not found; the create is not sent again (the PSA may still be storing it).");
                throw ex.NotFoundAfter(what);
            }
        }

        /// <summary>Names compared as a person would (trimmed, any case): the found record must be the one we created.</summary>
        public static bool SameName(string? a, string? b) =>
            string.Equals((a ?? string.Empty).Trim(), (b ?? string.Empty).Trim(), StringComparison.OrdinalIgnoreCase);
    }
}
