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
    }
}
