namespace QuickpassPsa.Core.Psa
{
    /// <summary>How many addresses one PSA-wide lookup (<see cref="IPsaClient.FindContactsByEmailAsync"/>) asks for at a time.</summary>
    internal static class PsaLimits
    {
        /// <summary>
        /// Autotask: the addresses of one query's "in" conditions (one per email slot). psa-api.md B3 documents up to 500 OR
        /// conditions a query and no limit on an "in" list; 100 keeps a query's body small and well inside any such limit.
        /// </summary>
        public const int AddressesPerAutotaskQuery = 100;

        /// <summary>
        /// ConnectWise: the encoded length of one lookup's childConditions. psa-api.md A4: keep a GET URL within 2,000 characters;
        /// the rest is left to the API base (host, codebase), the paging parameters and a pageId.
        /// </summary>
        public const int ConnectWiseChildConditionsLength = 1_700;
    }
}
