using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using QuickpassPsa.Core.Psa.Http;
using QuickpassPsa.Core.Psa.Writes;

namespace QuickpassPsa.Core.Psa.ConnectWise
{
    /// <summary>
    /// Contact updates through the communications sub-resource (psa-api.md A2, A5): one item changes and every
    /// other item, and the item's own type, stays as it was. A PATCH of the whole communicationItems array would
    /// have to resend every item and could drop one the server added meanwhile.
    /// </summary>
    internal sealed partial class ConnectWiseClient
    {
        private static readonly HttpMethod PatchMethod = new HttpMethod("PATCH");

        public async Task<PsaContact> UpdateContactAsync(PsaContact contact, ContactUpdate update, CancellationToken cancellationToken)
        {
            if (contact == null) throw new ArgumentNullException(nameof(contact));
            if (update == null) throw new ArgumentNullException(nameof(update));
            if (update.IsEmpty) throw new ArgumentException("There is nothing to change.", nameof(update));
            if (!long.TryParse((contact.Id ?? string.Empty).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
            {
                throw new ArgumentException("'" + contact.Id + "' is not a ConnectWise contact id.", nameof(contact));
            }
            var path = Contacts + "/" + id.ToString(CultureInfo.InvariantCulture);
            // Checked before the first request: a value ConnectWise cannot store fails whole, never half written.
            if (Writes.ContactFieldLimits.ConnectWise.FirstTooLong(null, null, update.Email, update.MobilePhone) is { } tooLong) throw tooLong.ToUpdateException("PATCH", path);

            // The items as stored now, not as the piped contact saw them: ids and values may have moved since.
            var record = await ReadContactAsync(path, cancellationToken).ConfigureAwait(false);
            var items = (record["communicationItems"] as JArray)?.OfType<JObject>().ToList() ?? new List<JObject>();
            // Read as a contact is read (CwItemKinds): an item under a type with the flags of two kinds is what its value is, so an address
            // never replaces a number stored there, and the mobile read from one is the item a new mobile changes (round 69).
            var mixed = await MixedTypesAsync(new[] { record }, cancellationToken).ConfigureAwait(false);
            bool IsEmail(JObject item) => CwItemKinds.IsEmail(item, mixed);
            bool IsMobile(JObject item) => CwItemKinds.IsMobile(item, mixed);

            // The types of the items to add, chosen before the first write: a table without a usable type (none, or only one of two
            // kinds: round 67a) fails the whole update, never half of it.
            var newEmail = update.Email != null && (update.AddsEmail || !items.Any(i => IsEmail(i) && CwJson.Long(i, "id") != null));
            var newMobile = update.MobilePhone != null && !items.Any(i => IsMobile(i) && CwJson.Long(i, "id") != null);
            CwCommunicationType? emailType = null, mobileType = null;
            if (newEmail || newMobile)
            {
                var types = await CommunicationTypesCachedAsync(cancellationToken).ConfigureAwait(false);
                if (NewItemProblem(types, newEmail, newMobile) is { } problem) throw new InvalidOperationException(problem);
                emailType = newEmail ? CwCommunicationTypePicker.Email(types) : null;
                mobileType = newMobile ? CwCommunicationTypePicker.Mobile(types) : null;
            }

            if (update.Email != null && update.AddsEmail)
            {
                // Beside the personal addresses, not over one: a new item, not the default (ofKind empty, anyOfKind true).
                await SetItemAsync(path, new List<JObject>(), update.Email.Trim(), "Email", emailType, cancellationToken,
                    anyOfKind: items.Any(IsEmail)).ConfigureAwait(false);
            }
            else if (update.Email != null)
            {
                // The item holding the address replaced (ReplacedEmail) first, then the default one.
                var emails = items.Where(IsEmail).OrderBy(i => ReplacedEmail.Same(CwJson.String(i, "value"), update.ReplacesEmail) ? 0 : 1).ToList();
                await SetItemAsync(path, emails, update.Email.Trim(), "Email", emailType, cancellationToken,
                    first: emails.Count > 0 && ReplacedEmail.Same(CwJson.String(emails[0], "value"), update.ReplacesEmail)).ConfigureAwait(false);
            }
            if (update.MobilePhone != null)
            {
                await SetItemAsync(path, items.Where(IsMobile).ToList(), update.MobilePhone.Trim(), "Phone", mobileType, cancellationToken,
                    anyOfKind: items.Any(i => CwItemKinds.Of(i, mixed) == CwItemKind.Phone)).ConfigureAwait(false);
            }

            _connection.Verbose("ConnectWise contact " + id.ToString(CultureInfo.InvariantCulture) + " updated: " +
                string.Join(", ", new[] { update.Email != null ? "email" : null, update.MobilePhone != null ? "mobile" : null }.Where(x => x != null)) + ".");
            return (await ContactsAsync(new[] { await ReadContactAsync(path, cancellationToken).ConfigureAwait(false) }, cancellationToken).ConfigureAwait(false))[0];
        }

        /// <summary>
        /// PATCH the value of the item of this kind (the first one when <paramref name="first"/>, else the default
        /// one first), keeping its type; or POST a new item of <paramref name="newItemType"/> (the picker's, chosen before the first
        /// write) when the contact has none (the default of its kind when it is the first). A phone number's extension goes into the item's extension field
        /// (<see cref="CwPhone"/>).
        /// </summary>
        private async Task SetItemAsync(string contactPath, List<JObject> ofKind, string value, string communicationType,
            CwCommunicationType? newItemType, CancellationToken cancellationToken, bool? anyOfKind = null, bool first = false)
        {
            var existing = first ? ofKind.FirstOrDefault() : ofKind.OrderBy(i => CwJson.Bool(i, "defaultFlag") == true ? 0 : 1).FirstOrDefault();
            if (existing != null && CwJson.Long(existing, "id") is long itemId)
            {
                var itemPath = contactPath + "/communications/" + itemId.ToString(CultureInfo.InvariantCulture);
                var patch = new JArray();
                if (communicationType == "Phone")
                {
                    // The number into value and its extension into the extension field; an extension the item had is cleared when
                    // the new number has none (it was the old number's).
                    var (number, extension) = CwPhone.Split(value);
                    patch.Add(new JObject { ["op"] = "replace", ["path"] = "value", ["value"] = number });
                    if (extension != null || !string.IsNullOrWhiteSpace(CwJson.String(existing, "extension")))
                    {
                        patch.Add(new JObject { ["op"] = "replace", ["path"] = "extension", ["value"] = extension == null ? JValue.CreateNull() : (JToken)extension });
                    }
                }
                else
                {
                    patch.Add(new JObject { ["op"] = "replace", ["path"] = "value", ["value"] = value });
                }
                await _connection.SendAsync(PatchMethod, itemPath, null, RequestKind.Update, patch, cancellationToken).ConfigureAwait(false);
                return;
            }

            var type = newItemType ?? throw new InvalidOperationException(
                "The ConnectWise communication types setup table has no " + (communicationType == "Email" ? "email" : "mobile phone") +
                " type, so the contact's new value cannot be stored. Add or repair one (Repair-CwCommunicationType).");
            var item = Item(type, value, communicationType);
            item["defaultFlag"] = !(anyOfKind ?? ofKind.Count > 0);
            await _connection.SendAsync(HttpMethod.Post, contactPath + "/communications", null, RequestKind.Create, item, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// Why <see cref="UpdateContactAsync"/> would refuse this update before sending anything, judged on the contact as read
        /// (<paramref name="contact"/>), or null: a new email or mobile item is needed (the contact has none of that kind, or the
        /// address is added beside personal ones) and the setup table has no type it can go under (CwCommunicationTypePicker:
        /// none, or only one with the flags of two kinds, Test-CwCommunicationType's MixedFlags). Update-PsaContact asks it before
        /// -WhatIf, so the preview refuses what the real run refuses. <paramref name="fresh"/> reads the table again (once a run);
        /// Read says whether the table was read (only when a new item is needed).
        /// </summary>
        public async Task<(string? Problem, bool Read)> UpdateProblemAsync(PsaContact contact, ContactUpdate update, bool fresh, CancellationToken cancellationToken)
        {
            if (contact == null) throw new ArgumentNullException(nameof(contact));
            if (update == null) throw new ArgumentNullException(nameof(update));
            var newEmail = update.Email != null && (update.AddsEmail || contact.Emails.Count == 0);
            var newMobile = update.MobilePhone != null && contact.MobilePhone == null && contact.OtherMobilePhones.Count == 0;
            if (!newEmail && !newMobile) return (null, false);
            var types = fresh
                ? await GetCommunicationTypesAsync(cancellationToken).ConfigureAwait(false)
                : await CommunicationTypesCachedAsync(cancellationToken).ConfigureAwait(false);
            return (NewItemProblem(types, newEmail, newMobile), true);
        }

        /// <summary>Why a new email (mobile) item has no type to go under, or null.</summary>
        private static string? NewItemProblem(IReadOnlyList<CwCommunicationType> types, bool email, bool mobile)
        {
            if (email && CwCommunicationTypePicker.Email(types) == null)
            {
                return CwCommunicationTypePicker.EmailProblem(types) ??
                    "The ConnectWise communication types setup table has no email type, so the contact's new address cannot be stored. Add or repair one (Repair-CwCommunicationType).";
            }
            if (mobile && CwCommunicationTypePicker.Mobile(types) == null)
            {
                return CwCommunicationTypePicker.MobileProblem(types) ??
                    "The ConnectWise communication types setup table has no mobile phone type (described Mobile or Cell, or named like a mobile, with the phone flag), so the contact's " +
                    "new mobile number cannot be stored. Add or repair one (Repair-CwCommunicationType).";
            }
            return null;
        }

        private async Task<JObject> ReadContactAsync(string path, CancellationToken cancellationToken)
        {
            var response = await _connection.SendAsync(HttpMethod.Get, path, null, RequestKind.Read, null, cancellationToken).ConfigureAwait(false);
            return CwJson.Parse(response.Body) as JObject
                ?? throw new PsaApiException(CwConnection.Psa, "GET", path, response.Status, null, new[] { "The answer is not a contact." });
        }
    }
}
