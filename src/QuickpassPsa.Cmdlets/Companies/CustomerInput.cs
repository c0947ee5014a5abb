using System.Management.Automation;
using QuickpassPsa.Cmdlets.Accounts;
using QuickpassPsa.Core.Accounts;

namespace QuickpassPsa.Cmdlets.Companies
{
    /// <summary>What one pipeline item of Find-PsaCompanyMatch says about customers.</summary>
    internal enum CustomerInputKind
    {
        /// <summary>A Quickpass account (live or deserialized): its Customer, counted per customer.</summary>
        Account,

        /// <summary>A customer name: a string, or an object with a Customer, CustomerName, Company or Name property.</summary>
        Name,

        /// <summary>Nothing to read a customer name from.</summary>
        Unrecognised,
    }

    /// <summary>
    /// Reads the customer name from a Find-PsaCompanyMatch pipeline item: an Account's Customer, a string, or the
    /// first of Customer, CustomerName, Company, Name on any other object (a Quickpass customers export read with
    /// Import-Csv names its column one of these).
    /// </summary>
    internal static class CustomerInput
    {
        // Company before Name: a row of a user export has both, Name being the person's.
        private static readonly string[] NameProperties = { "Customer", "CustomerName", "Company", "Name" };

        public static CustomerInputKind Read(object? item, out string? customer)
        {
            customer = null;
            var value = item is PSObject wrapped ? wrapped.BaseObject : item;
            switch (value)
            {
                case null:
                    return CustomerInputKind.Unrecognised;
                case Account account:
                    customer = Clean(account.Customer);
                    return CustomerInputKind.Account;
                case string text:
                    customer = Clean(text);
                    return customer == null ? CustomerInputKind.Unrecognised : CustomerInputKind.Name;
            }

            var bag = item as PSObject ?? PSObject.AsPSObject(item);
            if (DeserializedAccount.Is(bag))
            {
                customer = Clean(bag.Properties[nameof(Account.Customer)]?.Value?.ToString());
                return CustomerInputKind.Account;
            }
            foreach (var name in NameProperties)
            {
                var property = bag.Properties[name];
                if (property == null) continue;
                // A property holding an object (a PsaCompany in a Company column) is not a name; look further.
                var text = property.Value is PSObject inner ? inner.BaseObject as string : property.Value as string;
                customer = Clean(text);
                if (customer != null) return CustomerInputKind.Name;
            }
            return CustomerInputKind.Unrecognised;
        }

        private static string? Clean(string? name)
        {
            var trimmed = name?.Trim();
            return string.IsNullOrEmpty(trimmed) ? null : trimmed;
        }
    }
}
