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

        public static AccountRecord From(PSObject input, int number, out AccountSource source)
        {
            var record = new AccountRecord("input object " + number.ToString(CultureInfo.InvariantCulture), number);
            var names = new List<string>();

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
                    names.Add(property.Name);
                    record.Add(property.Name, Plain(value));
                }
            }

            source = DetectSource(input, names);
            return record;
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
