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
            if (Identity(value) is { } one) return new[] { one };
            if (value is IEnumerable items)
            {
                var texts = new List<object>();
                foreach (var item in items) texts.Add(Identity(item is PSObject p ? p.BaseObject : item) ?? item);
                return texts.ToArray();
            }
            return inputData;
        }

        private static string? Identity(object? value)
        {
            var account = value as Account ?? (value as ContactMatch)?.Account;
            if (account == null) return null;
            return NotBlank(account.UserPrincipalName) ?? NotBlank(account.Email) ?? NotBlank(account.Id);
        }

        private static string? NotBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text!.Trim();
    }
}
