using System;
using System.Collections.Generic;

namespace QuickpassPsa.Core.Accounts
{
    public enum AccountFileFormat
    {
        /// <summary>Decide from the file extension, else from the first character (JSON starts with '[' or '{').</summary>
        Auto,
        Csv,
        Json,
    }

    public sealed class AccountReadOptions
    {
        /// <summary>
        /// The customer the accounts belong to. Records without a customer get this one; records that name
        /// another customer are left out, so the result is exactly this customer's accounts.
        /// </summary>
        public string? Customer { get; set; }

        /// <summary>CSV field delimiter; null detects ',', ';' or tab from the header line.</summary>
        public char? Delimiter { get; set; }

        public AccountFileFormat Format { get; set; } = AccountFileFormat.Auto;

        /// <summary>
        /// True (files): a record whose values are all empty is skipped quietly, as spreadsheets leave such
        /// rows behind. False (pipeline objects): it is an error, because an object given on purpose that
        /// yields nothing must say so.
        /// </summary>
        public bool SkipBlankRecords { get; set; } = true;

        /// <summary>
        /// With <see cref="Customer"/>: how many records were left out for naming another customer, by that name
        /// as written, so the reader can say so (a customer spelled "Contoso Ltd." is not "Contoso Ltd").
        /// </summary>
        public Dictionary<string, int> LeftOutCustomers { get; } = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
    }
}
