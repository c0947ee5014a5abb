using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using QuickpassPsa.Core.Accounts;

namespace QuickpassPsa.Cmdlets.Accounts
{
    /// <summary>
    /// An Account that went through Export-Clixml/Import-Clixml (or a remoting session) comes back as a
    /// property bag typed "Deserialized.QuickpassPsa.Core.Accounts.Account". It is rebuilt as it was,
    /// keeping its Id, Source and Origin, instead of being read like a foreign object (which would lose
    /// its proxy addresses, now property bags themselves, and call it a pipeline object).
    /// </summary>
    internal static class DeserializedAccount
    {
        public static bool Is(PSObject? input) => Matching.PipelineArgument.IsDeserialized(input, typeof(Account));

        public static Account Rebuild(PSObject input)
        {
            var account = new Account
            {
                Id = Matching.PipelineArgument.Text(input, nameof(Account.Id)),
                Customer = Matching.PipelineArgument.Text(input, nameof(Account.Customer)),
                DisplayName = Matching.PipelineArgument.Text(input, nameof(Account.DisplayName)),
                FirstName = Matching.PipelineArgument.Text(input, nameof(Account.FirstName)),
                LastName = Matching.PipelineArgument.Text(input, nameof(Account.LastName)),
                Email = Matching.PipelineArgument.Text(input, nameof(Account.Email)),
                UserPrincipalName = Matching.PipelineArgument.Text(input, nameof(Account.UserPrincipalName)),
                MobilePhone = Matching.PipelineArgument.Text(input, nameof(Account.MobilePhone)),
                Origin = Matching.PipelineArgument.Text(input, nameof(Account.Origin)),
                ProxyAddresses = Addresses(Matching.PipelineArgument.Value(input, nameof(Account.ProxyAddresses))),
            };
            if (Matching.PipelineArgument.Value(input, nameof(Account.Enabled)) is bool enabled) account.Enabled = enabled;
            // An enum arrives as its name (ToString) around the number; the name is what we can trust.
            if (Enum.TryParse(Matching.PipelineArgument.Text(input, nameof(Account.Source)), ignoreCase: true, out AccountSource source)) account.Source = source;
            return account;
        }

        private static IReadOnlyList<ProxyAddress> Addresses(object? value)
        {
            var addresses = new List<ProxyAddress>();
            if (!(value is IEnumerable items) || value is string) return addresses;
            foreach (var item in items)
            {
                // Each address is itself deserialized: Address and IsPrimary properties.
                var bag = item as PSObject ?? PSObject.AsPSObject(item);
                var address = bag.Properties["Address"]?.Value?.ToString();
                if (string.IsNullOrWhiteSpace(address)) continue;
                var primary = bag.Properties["IsPrimary"]?.Value is bool isPrimary && isPrimary;
                addresses.Add(new ProxyAddress(address!, primary));
            }
            return addresses;
        }
    }
}
