using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Matching
{
    /// <summary>
    /// A PsaContact that went through Export-Clixml/Import-Clixml comes back as a property bag typed
    /// "Deserialized.QuickpassPsa.Core.Psa.PsaContact". It is rebuilt as it was (Emails a list again, Raw the
    /// hashtable it was), so contacts saved from Get-PsaContact match offline like live ones.
    /// </summary>
    internal static class DeserializedContact
    {
        public static bool Is(PSObject? input) => PipelineArgument.IsDeserialized(input, typeof(PsaContact));

        public static PsaContact Rebuild(PSObject input)
        {
            var contact = new PsaContact
            {
                Id = PipelineArgument.Text(input, nameof(PsaContact.Id)) ?? string.Empty,
                Psa = PipelineArgument.Text(input, nameof(PsaContact.Psa)) ?? "File",
                CompanyId = PipelineArgument.Text(input, nameof(PsaContact.CompanyId)),
                CompanyName = PipelineArgument.Text(input, nameof(PsaContact.CompanyName)),
                FirstName = PipelineArgument.Text(input, nameof(PsaContact.FirstName)),
                LastName = PipelineArgument.Text(input, nameof(PsaContact.LastName)),
                MobilePhone = PipelineArgument.Text(input, nameof(PsaContact.MobilePhone)),
                Title = PipelineArgument.Text(input, nameof(PsaContact.Title)),
                Emails = Strings(PipelineArgument.Value(input, nameof(PsaContact.Emails))),
                Raw = PipelineArgument.Value(input, nameof(PsaContact.Raw)) as Hashtable,
            };
            if (PipelineArgument.Value(input, nameof(PsaContact.Active)) is bool active) contact.Active = active;
            contact.OtherMobilePhones = OtherMobiles(contact);
            return contact;
        }

        /// <summary>
        /// A ConnectWise contact's other Cell items, from its raw record (the property itself is not serialized): the
        /// matcher compares the account's mobile with every number the contact carries, offline as live.
        /// </summary>
        private static List<string> OtherMobiles(PsaContact contact)
        {
            var others = new List<string>();
            if (contact.Psa != "ConnectWise" || !(Base(contact.Raw?["communicationItems"]) is IEnumerable items)) return others;
            foreach (var item in items)
            {
                if (!(Base(item) is Hashtable entry) || !string.Equals(Base(entry["communicationType"]) as string, "Phone", StringComparison.OrdinalIgnoreCase)) continue;
                var type = (Base(entry["type"]) as Hashtable)?["name"] is var name ? Base(name) as string : null;
                var value = (Base(entry["value"]) as string)?.Trim();
                if (string.IsNullOrEmpty(value) || !Core.Psa.ConnectWise.CwMobileNames.LooksLikeMobile(type)) continue;
                if (!string.Equals(value, contact.MobilePhone?.Trim(), StringComparison.Ordinal) && !others.Contains(value!)) others.Add(value!);
            }
            return others;
        }

        // Import-Clixml may wrap what it rebuilds in a PSObject.
        private static object? Base(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;

        private static List<string> Strings(object? value)
        {
            var list = new List<string>();
            if (value is string single)
            {
                // A list flattened to its text by a shallow Export-Clixml: ValueList joins with "; ".
                foreach (var part in single.Split(';'))
                {
                    if (!string.IsNullOrWhiteSpace(part)) list.Add(part.Trim());
                }
                return list;
            }
            if (!(value is IEnumerable items)) return list;
            foreach (var item in items)
            {
                var text = item?.ToString();
                if (!string.IsNullOrWhiteSpace(text)) list.Add(text!);
            }
            return list;
        }
    }
}
