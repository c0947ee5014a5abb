using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using QuickpassPsa.Core.Accounts;

namespace QuickpassPsa.Cmdlets.Accounts
{
    /// <summary>
    /// Reads a pipeline object (Get-ADUser, Get-MgUser, Import-Csv, a hashtable) into an
    /// <see cref="AccountRecord"/>, unwrapping PowerShell's wrappers so Core sees plain values.
    /// </summary>
    internal static class PipelineObjectRecord
    {
        private static readonly string[] ActiveDirectoryMarkers = { "ObjectGUID", "DistinguishedName", "SamAccountName", "SID" };
        private static readonly string[] EntraIdMarkers = { "AccountEnabled", "OnPremisesSyncEnabled", "OnPremisesImmutableId" };

        /// <summary>
        /// Why a value cannot be an account at all ("$null", "the number 42 (Int32)"), or null when it may be:
        /// an object with properties, or a string that is an email address. Scalars would otherwise be read
        /// through their .NET properties (a string's Length) and vanish without a word.
        /// </summary>
        public static string? DescribeUnreadable(object? value)
        {
            switch (value)
            {
                case null:
                    return "$null";
                case string text:
                    return IsAddress(text) ? null
                        : "the string '" + AccountText.Shown(Shorten(text)) + "', which is not an email address (" + (OtherAddressType(text) is { } type
                            ? "it begins with '" + type + "': an address of another type than SMTP (SIP:, X500:, X400:, EUM:), or a second type after SMTP:, is no email address; "
                            : string.Empty) + "a string is read as one address, such as 'ann@contoso.com')";
                case bool flag:
                    return "the Boolean " + (flag ? "$true" : "$false") + ", which has no account properties";
                case char _:
                case System.Enum _:
                case DateTime _:
                case DateTimeOffset _:
                case TimeSpan _:
                case Guid _:
                    return "the " + value.GetType().Name + " '" + Convert.ToString(value, CultureInfo.InvariantCulture) + "', which has no account properties";
                default:
                    if (value.GetType().IsPrimitive || value is decimal || value is System.Numerics.BigInteger)
                    {
                        return "the number " + Convert.ToString(value, CultureInfo.InvariantCulture) + " (" + value.GetType().Name + "), which has no account properties";
                    }
                    return null;
            }
        }

        public static AccountRecord From(PSObject input, int number, out AccountSource source)
        {
            var record = new AccountRecord("input object " + number.ToString(CultureInfo.InvariantCulture), number);
            var names = new List<string>();

            if (input.BaseObject is string address)
            {
                // An address on its own ('ann@contoso.com' | ConvertTo-QpAccount): DescribeUnreadable let it through.
                record.Add("Email", address.Trim());
                source = AccountSource.PipelineObject;
                return record;
            }

            if (input.BaseObject is IDictionary dictionary)
            {
                foreach (DictionaryEntry entry in dictionary)
                {
                    var name = Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty;
                    names.Add(name);
                    record.Add(name, Plain(entry.Value));
                }
            }
            else
            {
                IDictionary? attributes = null;
                foreach (var property in input.Properties)
                {
                    if (!property.IsGettable) continue;
                    object? value;
                    try
                    {
                        value = property.Value;
                    }
                    catch (GetValueException)
                    {
                        continue; // some adapted properties throw on read; they are not account fields
                    }
                    if (string.Equals(property.Name, "Properties", StringComparison.OrdinalIgnoreCase) && (value is PSObject bag ? bag.BaseObject : value) is IDictionary attributeBag)
                    {
                        attributes = attributeBag;
                    }
                    names.Add(property.Name);
                    record.Add(property.Name, Plain(value));
                }
                // A DirectorySearcher SearchResult (Path and Properties): its attributes (mail, givenname, useraccountcontrol, each a
                // collection) are in Properties, by their LDAP names. Read them when no property of its own is an account field
                // (round 74b: "has no property an account can be read from (it has: Path, Properties)").
                if (attributes != null && !names.Any(n => AccountFieldMap.TryResolve(n, out _, out _)))
                {
                    record = new AccountRecord("input object " + number.ToString(CultureInfo.InvariantCulture) + " (its Properties)", number);
                    names.Clear();
                    foreach (DictionaryEntry entry in attributes)
                    {
                        var name = Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty;
                        names.Add(name);
                        record.Add(name, Plain(entry.Value));
                    }
                }
            }

            source = DetectSource(input, names);
            return record;
        }

        /// <summary>
        /// One address, as an Email value is read (<see cref="AccountText.Address"/>): "smtp:" or "mailto:" before it, quotes or
        /// angle brackets around it, "Name &lt;address&gt;", invisible characters in it are no part of it. Several addresses, or
        /// a name alone, are not one.
        /// </summary>
        private static bool IsAddress(string text) => AccountText.Address(text) != null;

        private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 60) + "...";

        /// <summary>
        /// The address types a string begins with when they make it no email address: one other than SMTP's ("SIP:", "X500:",
        /// "EUM:"), or two ("SMTP:smtp:"); null otherwise.
        /// </summary>
        private static string? OtherAddressType(string text)
        {
            var rest = text.Trim();
            var prefix = string.Empty;
            while (prefix.Length < text.Length)
            {
                var colon = rest.IndexOf(':');
                var at = rest.IndexOf('@');
                if (colon <= 0 || (at >= 0 && at < colon)) break;
                var type = rest.Substring(0, colon);
                if (!type.All(char.IsLetterOrDigit)) break;
                prefix += type + ":";
                rest = rest.Substring(colon + 1);
            }
            if (prefix.Length == 0) return null;
            var single = prefix.IndexOf(':') == prefix.Length - 1;
            return single && (prefix.Equals("smtp:", StringComparison.OrdinalIgnoreCase) || prefix.Equals("mailto:", StringComparison.OrdinalIgnoreCase)) ? null : prefix;
        }

        private static AccountSource DetectSource(PSObject input, List<string> names)
        {
            bool Has(string[] markers) => names.Any(n => markers.Contains(n, StringComparer.OrdinalIgnoreCase));
            if (Has(ActiveDirectoryMarkers)) return AccountSource.ActiveDirectory;
            var typeName = input.BaseObject?.GetType().FullName ?? string.Empty;
            if (Has(EntraIdMarkers) || typeName.StartsWith("Microsoft.Graph", StringComparison.Ordinal)) return AccountSource.EntraId;
            return AccountSource.PipelineObject;
        }

        /// <summary>Strips PSObject wrappers, recursively through collections (AD's multi-valued attributes).</summary>
        private static object? Plain(object? value)
        {
            if (value is PSObject wrapped) value = wrapped.BaseObject;
            switch (value)
            {
                case null:
                case string _:
                    return value;
                case IDictionary _:
                    return null; // a nested object carries no account field
                case IEnumerable items:
                    var list = new List<object?>();
                    foreach (var item in items) list.Add(Plain(item));
                    return list;
                default:
                    return value;
            }
        }
    }
}
