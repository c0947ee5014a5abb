using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace QuickpassPsa.Core.Psa.ConnectWise
{
    /// <summary>ConnectWise records to the PSA-neutral models.</summary>
    internal static class CwMapper
    {
        /// <summary>
        /// Active unless deletedFlag is true or the status is named "Inactive" (status names are the MSP's own;
        /// "Credit Hold" or "Not-Approved" customers still exist, so only the plain inactive status counts).
        /// </summary>
        public static PsaCompany Company(JObject record)
        {
            var status = CwJson.String(record["status"], "name");
            var deleted = CwJson.Bool(record, "deletedFlag") ?? false;
            return new PsaCompany
            {
                Id = Id(record),
                Name = CwJson.String(record, "name") ?? string.Empty,
                Identifier = CwJson.String(record, "identifier"),
                Active = !deleted && !(status != null && status.Trim().Equals("Inactive", StringComparison.OrdinalIgnoreCase)),
                Psa = CwConnection.Psa,
                Raw = RawRecord.From(record),
            };
        }

        /// <summary>
        /// Emails: every Email item's value, the default item first, then in the server's order (duplicates
        /// ignoring case dropped). Mobile: the Phone item whose type name looks like a mobile (default item
        /// preferred), else null; the other such items are the contact's other mobiles. A phone item's extension field is read
        /// with its value, "+1 206 555 0203 x5" (<see cref="CwPhone"/>), as Autotask's mobilePhone writes it. What an item is, is
        /// <see cref="CwItemKinds"/>'s rule: an item under a type with the flags of two kinds (<paramref name="mixedTypes"/>, the ids of
        /// those types; null when not known) is read by its value, an address as an email, a number as a phone, never both (round 69).
        /// </summary>
        public static PsaContact Contact(JObject record, ICollection<int>? mixedTypes = null)
        {
            var items = (record["communicationItems"] as JArray)?.OfType<JObject>().ToList() ?? new List<JObject>();
            var emails = items.Where(i => CwItemKinds.IsEmail(i, mixedTypes))
                .OrderBy(i => CwJson.Bool(i, "defaultFlag") == true ? 0 : 1) // stable: keeps the server's order within each group
                .Select(i => CwJson.String(i, "value")?.Trim())
                .Where(v => !string.IsNullOrEmpty(v))
                .Select(v => v!)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            var mobiles = items.Where(i => CwItemKinds.IsMobile(i, mixedTypes))
                .OrderBy(i => CwJson.Bool(i, "defaultFlag") == true ? 0 : 1)
                .Select(CwPhone.Read) // with the item's extension field: "+1 206 555 0203 x5"
                .Where(v => !string.IsNullOrEmpty(v))
                .Select(v => v!)
                .ToList();
            var mobile = mobiles.FirstOrDefault();

            return new PsaContact
            {
                Id = Id(record),
                Psa = CwConnection.Psa,
                CompanyId = CwJson.Long(record["company"], "id")?.ToString(CultureInfo.InvariantCulture),
                CompanyName = CwJson.String(record["company"], "name"),
                FirstName = CwJson.String(record, "firstName"),
                LastName = CwJson.String(record, "lastName"),
                Title = CwJson.String(record, "title"),
                Emails = emails,
                PrimaryEmail = emails.FirstOrDefault(),
                MobilePhone = mobile,
                OtherMobilePhones = mobiles.Skip(1).ToList(),
                CwItems = items.Select(i => CwItemRef.From(i, mixedTypes)).ToList(),
                Active = !(CwJson.Bool(record, "inactiveFlag") ?? false),
                Raw = RawRecord.From(record),
            };
        }

        private static string Id(JObject record) => CwJson.Long(record, "id")?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
