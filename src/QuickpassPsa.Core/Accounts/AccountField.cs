namespace QuickpassPsa.Core.Accounts
{
    /// <summary>The account fields a column or property can feed.</summary>
    public enum AccountField
    {
        Id,
        Customer,
        DisplayName,
        FirstName,
        LastName,
        Email,
        UserPrincipalName,
        ProxyAddresses,
        MobilePhone,
        Enabled,

        /// <summary>
        /// Sign-in blocked: the opposite of <see cref="Enabled"/>, read only when no Enabled column has a value
        /// (the Microsoft 365 admin center's user export has "Block credential" instead of an enabled flag).
        /// </summary>
        SignInBlocked,

        /// <summary>
        /// Active Directory's userAccountControl flags (csvde, ldifde, DirectorySearcher): bit 0x2 (ACCOUNTDISABLE) set means
        /// disabled. Read only when neither <see cref="Enabled"/> nor <see cref="SignInBlocked"/> has a value.
        /// </summary>
        UserAccountControl,
    }
}
