using System.Collections.Generic;
using System.Globalization;
using Newtonsoft.Json.Linq;

namespace QuickpassPsa.Core.Psa.Autotask
{
    /// <summary>Autotask records (wire JSON) to the PSA-neutral model.</summary>
    internal static class AutotaskMapper
    {
        /// <summary>What a contact query asks for: exactly what <see cref="Contact"/> reads.</summary>
        public static readonly string[] ContactFields =
        {
            "id", "companyID", "firstName", "lastName", "emailAddress", "emailAddress2", "emailAddress3", "mobilePhone", "isActive", "title",
        };

        /// <summary>What a company query asks for: exactly what <see cref="Company"/> reads.</summary>
        public static readonly string[] CompanyFields = { "id", "companyName", "companyNumber", "isActive" };

        public static PsaContact Contact(JObject item)
        {
            var emails = new List<string>(3);
            foreach (var slot in new[] { "emailAddress", "emailAddress2", "emailAddress3" })
            {
                var email = AutotaskJson.String(item, slot)?.Trim();
                if (!string.IsNullOrEmpty(email)) emails.Add(email!);
            }
            var companyId = AutotaskJson.Long(item, "companyID");
            var mobile = AutotaskJson.String(item, "mobilePhone");
            return new PsaContact
            {
                Id = Id(item),
                Psa = AutotaskClient.PsaName,
                CompanyId = companyId?.ToString(CultureInfo.InvariantCulture),
                FirstName = AutotaskJson.String(item, "firstName"),
                LastName = AutotaskJson.String(item, "lastName"),
                Title = AutotaskJson.String(item, "title"),
                Emails = emails,
                PrimaryEmail = AutotaskJson.String(item, "emailAddress")?.Trim() is { Length: > 0 } primary ? primary : null,
                MobilePhone = string.IsNullOrWhiteSpace(mobile) ? null : mobile,
                // isActive is an integer on contacts: 1 active, 0 inactive.
                Active = AutotaskJson.Flag(item, "isActive") ?? true,
                Raw = RawRecord.From(item),
            };
        }

        public static PsaCompany Company(JObject item)
        {
            var number = AutotaskJson.String(item, "companyNumber");
            return new PsaCompany
            {
                Id = Id(item),
                Name = AutotaskJson.String(item, "companyName") ?? string.Empty,
                Identifier = string.IsNullOrWhiteSpace(number) ? null : number,
                // isActive is a boolean on companies.
                Active = AutotaskJson.Flag(item, "isActive") ?? true,
                Psa = AutotaskClient.PsaName,
                Raw = RawRecord.From(item),
            };
        }

        private static string Id(JObject item) =>
            AutotaskJson.Long(item, "id")?.ToString(CultureInfo.InvariantCulture) ?? AutotaskJson.String(item, "id") ?? string.Empty;
    }
}
