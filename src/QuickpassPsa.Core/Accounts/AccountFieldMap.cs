using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace QuickpassPsa.Core.Accounts
{
    /// <summary>
    /// Maps column names (CSV headers, JSON properties, AD / Graph / Import-Csv property names) to account
    /// fields. Names are compared case-insensitively and without spaces, '_', '-' and '.', so
    /// "E-mail Address", "email_address" and "EmailAddress" are one name (so "Phone Number" and
    /// "phoneNumber" need no alias of their own). Within a field the aliases are
    /// in priority order: when a record has several (DisplayName and Name), the first non-empty one wins.
    /// </summary>
    public static class AccountFieldMap
    {
        private static readonly (AccountField Field, string[] Aliases)[] Table =
        {
            (AccountField.Id, new[] { "Id", "qpId", "QuickpassId", "ObjectId", "ObjectGUID", "UserId", "AccountId", "SamAccountName" }),
            (AccountField.Customer, new[] { "Customer", "CustomerName", "Client", "ClientName" }),
            (AccountField.DisplayName, new[] { "DisplayName", "FullName", "Name" }),
            (AccountField.FirstName, new[] { "FirstName", "GivenName", "First" }),
            (AccountField.LastName, new[] { "LastName", "Surname", "sn", "Last" }),
            (AccountField.Email, new[] { "Email", "EmailAddress", "Mail", "PrimarySmtpAddress", "WindowsEmailAddress" }),
            (AccountField.UserPrincipalName, new[] { "UserPrincipalName", "UPN" }),
            (AccountField.ProxyAddresses, new[] { "ProxyAddresses", "ProxyAddress", "EmailAddresses" }),
            (AccountField.MobilePhone, new[] { "MobilePhone", "Mobile", "PhoneNumber", "Cell", "CellPhone", "MobileNumber" }),
            (AccountField.Enabled, new[] { "Enabled", "AccountEnabled", "IsEnabled" }),
            (AccountField.SignInBlocked, new[] { "BlockCredential", "BlockSignIn", "SignInBlocked" }),
            (AccountField.UserAccountControl, new[] { "userAccountControl" }),
        };

        /// <summary>
        /// Aliases read only when the record has no column of a more preferred alias of the field at all, not
        /// even an empty one. "Phone Number" is the only phone of some exports, but where a mobile column exists
        /// beside it (the Microsoft 365 admin center's export) it is the office line or the switchboard: taken
        /// as the mobile wherever the mobile is blank, it would become the number Quickpass texts codes to.
        /// </summary>
        private static readonly HashSet<string> OnlyWithoutBetterColumn = new HashSet<string>(StringComparer.Ordinal) { Key("PhoneNumber") };

        /// <summary>True when a value under this column name is dropped because the record has a column of a more preferred alias of its field.</summary>
        internal static bool OnlyWithoutBetter(string columnName) => OnlyWithoutBetterColumn.Contains(Key(columnName));

        private static readonly Dictionary<string, (AccountField Field, int Priority)> ByKey = BuildIndex();

        /// <summary>The fields that make a record an account: it needs an address or a name.</summary>
        public static readonly IReadOnlyList<AccountField> IdentityFields = new[]
        {
            AccountField.Email, AccountField.UserPrincipalName, AccountField.ProxyAddresses,
            AccountField.DisplayName, AccountField.FirstName, AccountField.LastName,
        };

        /// <summary>Looks a column name up; false when it feeds no field.</summary>
        public static bool TryResolve(string? columnName, out AccountField field, out int priority)
        {
            if (columnName != null && ByKey.TryGetValue(Key(columnName), out var hit))
            {
                field = hit.Field;
                priority = hit.Priority;
                return true;
            }
            field = default;
            priority = 0;
            return false;
        }

        /// <summary>The accepted column names of a field, most preferred first.</summary>
        public static IReadOnlyList<string> AliasesOf(AccountField field) => Table.First(t => t.Field == field).Aliases;

        /// <summary>True when one of the names feeds an identity field: the whole-file check for CSV headers and JSON objects.</summary>
        public static bool HasIdentityColumn(IEnumerable<string> names) =>
            names.Any(n => TryResolve(n, out var field, out _) && IdentityFields.Contains(field));

        /// <summary>A readable list of the identity columns, for "expected columns" messages.</summary>
        public static string DescribeIdentityColumns() =>
            string.Join("; ", IdentityFields.Select(f => f + " (" + string.Join(", ", AliasesOf(f)) + ")"));

        internal static string Key(string name)
        {
            var builder = new StringBuilder(name.Length);
            var text = name.Trim().TrimStart('\uFEFF');
            // Google Workspace's user export marks its columns: "Email Address [Required]", "First Name [Required]",
            // "Mobile Phone [READ ONLY]" (round 45: the file was refused whole). The bracketed note is no part of the name.
            var note = text.Length > 2 && text[text.Length - 1] == ']' ? text.LastIndexOf('[') : -1;
            if (note > 0) text = text.Substring(0, note);
            foreach (var c in text)
            {
                if (c == ' ' || c == '_' || c == '-' || c == '.' || char.IsWhiteSpace(c)) continue;
                builder.Append(char.ToLowerInvariant(c));
            }
            return builder.ToString();
        }

        private static Dictionary<string, (AccountField, int)> BuildIndex()
        {
            var index = new Dictionary<string, (AccountField, int)>(StringComparer.Ordinal);
            foreach (var (field, aliases) in Table)
            {
                for (var i = 0; i < aliases.Length; i++)
                {
                    index.Add(Key(aliases[i]), (field, i));
                }
            }
            return index;
        }
    }
}
