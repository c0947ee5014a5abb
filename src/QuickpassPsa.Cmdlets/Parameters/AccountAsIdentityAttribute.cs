using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Cmdlets.Parameters
{
    /// <summary>
    /// Lets a parameter that names accounts by user principal name, email or id also take the Account objects themselves (and
    /// Find-PsaContactMatch rows), as Set-PsaContactMatch -Account does: each becomes its UPN, else its email, else its id. Without
    /// it PowerShell turned an Account into its display text ("Ann Lee &lt;ann.lee@contoso.com&gt;"), which names no stored decision
    /// (round 81a: Remove-PsaContactMatch -Account $account said no decision matched).
    /// </summary>
    public sealed class AccountAsIdentityAttribute : ArgumentTransformationAttribute
    {
        public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            if (value is string) return inputData;
            if (Identity(inputData) is { } one) return new[] { one };
            if (value is IEnumerable items)
            {
                var texts = new List<object>();
                foreach (var item in items) texts.Add(Identity(item) ?? item);
                return texts.ToArray();
            }
            return inputData;
        }

        private static string? Identity(object? item)
        {
            var value = item is PSObject p ? p.BaseObject : item;
            var account = value as Account ?? (value as ContactMatch)?.Account;
            if (account != null) return NotBlank(account.UserPrincipalName) ?? NotBlank(account.Email) ?? NotBlank(account.Id);
            // Read back with Import-Clixml: a property bag named Deserialized.QuickpassPsa...Account, or a row holding one (round 82a).
            if (item is PSObject bag && !(value is string))
            {
                if (IsDeserialized(bag, "Account")) return Text(bag, "UserPrincipalName") ?? Text(bag, "Email") ?? Text(bag, "Id");
                if (IsDeserialized(bag, "ContactMatch") && bag.Properties["Account"]?.Value is PSObject inner && IsDeserialized(inner, "Account"))
                {
                    return Text(inner, "UserPrincipalName") ?? Text(inner, "Email") ?? Text(inner, "Id");
                }
            }
            return null;
        }

        private static bool IsDeserialized(PSObject bag, string type)
        {
            foreach (var name in bag.TypeNames)
            {
                if (name.StartsWith("Deserialized.QuickpassPsa.", System.StringComparison.Ordinal) && name.EndsWith("." + type, System.StringComparison.Ordinal)) return true;
            }
            return false;
        }

        private static string? Text(PSObject bag, string property) => NotBlank(bag.Properties[property]?.Value?.ToString());

        private static string? NotBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text!.Trim();
    }
}
