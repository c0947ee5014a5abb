using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa.ConnectWise.CommunicationTypes;

namespace QuickpassPsa.Core.Psa.ConnectWise
{
    /// <summary>
    /// What a contact's communication item is: an email, a phone, or neither. The one rule reading a contact (CwMapper.Contact:
    /// Get-PsaContact, matching) and changing one (Update-PsaContact: which item an address or a mobile goes into) both ask.
    /// <para>
    /// An item is what the server's communicationType says ("Email", "Phone", "Fax"), except under a type with the flags of two kinds
    /// (the email flag and the phone or fax flag: Test-CwCommunicationType's MixedFlags). ConnectWise files every item of such a type
    /// as an Email, whatever it holds, so a number stored there ("0412 345 678" under a 'Mobile' that got the email flag) came back
    /// among the contact's Emails and could be compared as an address (round 69). An item under such a type is read by its value:
    /// a valid email address is an email; a phone number (<see cref="PhoneNormalizer"/>: at least seven digits) is a phone, and the
    /// mobile only when the type's name says so (<see cref="CwMobileNames.LooksLikeMobile"/>, as for any phone type); anything else
    /// is neither. Never both.
    /// </para>
    /// <para>
    /// Which types are mixed is the setup table's to say (<see cref="MixedTypes"/>). The table is read only when a contact holds an
    /// item the rule could read otherwise than the server types it (<see cref="MayBeMixed"/>: an Email item whose value is no
    /// address, or a Phone or Fax item whose value is one), so a clean table costs no request.
    /// </para>
    /// </summary>
    internal enum CwItemKind
    {
        None,
        Email,
        Phone,
    }

    /// <summary>The rule of <see cref="CwItemKind"/>: what an item is, given the ids of the table's mixed-flag types.</summary>
    internal static class CwItemKinds
    {
        /// <summary>The ids of the types with the flags of two kinds (<see cref="CwCommunicationTypeRules.IsMixed"/>).</summary>
        public static HashSet<int> MixedTypes(IEnumerable<CwCommunicationType> types) =>
            new HashSet<int>(types.Where(CwCommunicationTypeRules.IsMixed).Select(t => t.Id));

        /// <summary>
        /// What the item is. <paramref name="mixedTypes"/>: the ids of the mixed-flag types, or null when not known (then every item is
        /// what the server types it).
        /// </summary>
        public static CwItemKind Of(JObject item, ICollection<int>? mixedTypes)
        {
            if (mixedTypes != null && mixedTypes.Count > 0 && CwJson.Long(item["type"], "id") is long id && id <= int.MaxValue && mixedTypes.Contains((int)id)) return ByValue(CwJson.String(item, "value"));
            var kind = CwJson.String(item, "communicationType");
            if (kind != null)
            {
                return kind.Equals("Email", StringComparison.OrdinalIgnoreCase) ? CwItemKind.Email
                    : kind.Equals("Phone", StringComparison.OrdinalIgnoreCase) ? CwItemKind.Phone
                    : CwItemKind.None;
            }
            // Without communicationType (not seen from real servers): an address in a type named like email, a type named like a mobile.
            var value = CwJson.String(item, "value");
            var typeName = CwJson.String(item["type"], "name");
            if (value != null && value.IndexOf('@') > 0 && CwMobileNames.LooksLikeEmail(typeName)) return CwItemKind.Email;
            return CwMobileNames.LooksLikeMobile(typeName) ? CwItemKind.Phone : CwItemKind.None;
        }

        /// <summary>An email item (<see cref="Of"/>).</summary>
        public static bool IsEmail(JObject item, ICollection<int>? mixedTypes) => Of(item, mixedTypes) == CwItemKind.Email;

        /// <summary>A phone item (<see cref="Of"/>) whose type's name says mobile (Mobile, Cell, Handy...: <see cref="CwMobileNames"/>).</summary>
        public static bool IsMobile(JObject item, ICollection<int>? mixedTypes) =>
            Of(item, mixedTypes) == CwItemKind.Phone && CwMobileNames.LooksLikeMobile(CwJson.String(item["type"], "name"));

        /// <summary>
        /// True when the item may be read otherwise than the server types it, if its type is a mixed one: an Email item whose value is no
        /// email address, or a Phone or Fax item whose value is one. Only then is the setup table read.
        /// </summary>
        public static bool MayBeMixed(JObject item)
        {
            var kind = CwJson.String(item, "communicationType");
            if (kind == null || CwJson.Long(item["type"], "id") == null) return false;
            var address = IsEmailAddress(CwJson.String(item, "value"));
            return kind.Equals("Email", StringComparison.OrdinalIgnoreCase) ? !address : address;
        }

        /// <summary>True when a contact record holds an item that <see cref="MayBeMixed"/>.</summary>
        public static bool MayHoldMixed(JObject record) =>
            (record["communicationItems"] as JArray)?.OfType<JObject>().Any(MayBeMixed) ?? false;

        /// <summary>An item under a mixed-flag type, by its value: an address, else a phone number, else neither.</summary>
        internal static CwItemKind ByValue(string? value)
        {
            if (IsEmailAddress(value)) return CwItemKind.Email;
            return PhoneNormalizer.Significant(value) != null ? CwItemKind.Phone : CwItemKind.None;
        }

        /// <summary>
        /// One address as a person or a mail system writes it: a local part, one @, and a domain with a dot inside it, nothing blank and
        /// no spaces, brackets or list separators ("ann@contoso.com"; not "0412 345 678", "ann@contoso", "Ann &lt;ann@contoso.com&gt;").
        /// </summary>
        internal static bool IsEmailAddress(string? value)
        {
            if (string.IsNullOrWhiteSpace(value)) return false;
            var text = value!.Trim();
            var at = text.IndexOf('@');
            if (at <= 0 || at != text.LastIndexOf('@') || at == text.Length - 1) return false;
            if (text.Any(c => char.IsWhiteSpace(c) || c == '<' || c == '>' || c == ',' || c == ';' || c == '(' || c == ')' || c == '[' || c == ']' || c == '"')) return false;
            var domain = text.Substring(at + 1);
            var dot = domain.IndexOf('.');
            return dot > 0 && domain[domain.Length - 1] != '.' && domain.IndexOf("..", StringComparison.Ordinal) < 0;
        }
    }
}
