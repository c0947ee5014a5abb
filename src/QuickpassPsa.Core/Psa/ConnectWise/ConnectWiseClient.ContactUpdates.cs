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

            if (update.Email != null && update.AddsEmail)
            {
                // Beside the personal addresses, not over one: a new item, not the default (ofKind empty, anyOfKind true).
                await SetItemAsync(path, new List<JObject>(), update.Email.Trim(), "Email", types => CwCommunicationTypePicker.Email(types), cancellationToken,
                    anyOfKind: items.Any(CwMapper.IsEmail)).ConfigureAwait(false);
            }
            else if (update.Email != null)
            {
                // The item holding the address replaced (ReplacedEmail) first, then the default one.
                var emails = items.Where(CwMapper.IsEmail).OrderBy(i => ReplacedEmail.Same(CwJson.String(i, "value"), update.ReplacesEmail) ? 0 : 1).ToList();
                await SetItemAsync(path, emails, update.Email.Trim(), "Email",
                    types => CwCommunicationTypePicker.Email(types), cancellationToken,
                    first: emails.Count > 0 && ReplacedEmail.Same(CwJson.String(emails[0], "value"), update.ReplacesEmail)).ConfigureAwait(false);
            }
            if (update.MobilePhone != null)
            {
                await SetItemAsync(path, items.Where(CwMapper.IsMobile).ToList(), update.MobilePhone.Trim(), "Phone",
                    types => CwCommunicationTypePicker.Mobile(types), cancellationToken, anyOfKind: items.Any(i => string.Equals(CwJson.String(i, "communicationType"), "Phone", StringComparison.OrdinalIgnoreCase))).ConfigureAwait(false);
            }

            _connection.Verbose("ConnectWise contact " + id.ToString(CultureInfo.InvariantCulture) + " updated: " +
                string.Join(", ", new[] { update.Email != null ? "email" : null, update.MobilePhone != null ? "mobile" : null }.Where(x => x != null)) + ".");
            return CwMapper.Contact(await ReadContactAsync(path, cancellationToken).ConfigureAwait(false));
        }

        /// <summary>
        /// PATCH the value of the item of this kind (the first one when <paramref name="first"/>, else the default
        /// one first), keeping its type; or POST a new item with the picker's type when the contact has none (the
        /// default of its kind when it is the first). A phone number's extension goes into the item's extension field
        /// (<see cref="CwPhone"/>).
        /// </summary>
        private async Task SetItemAsync(string contactPath, List<JObject> ofKind, string value, string communicationType,
            Func<IReadOnlyList<CwCommunicationType>, CwCommunicationType?> pick, CancellationToken cancellationToken, bool? anyOfKind = null, bool first = false)
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

            var types = await CommunicationTypesCachedAsync(cancellationToken).ConfigureAwait(false);
            var type = pick(types) ?? throw new InvalidOperationException(
                "The ConnectWise communication types setup table has no " + (communicationType == "Email" ? "email" : "mobile phone") +
                " type, so the contact's new value cannot be stored. Add or repair one (Repair-CwCommunicationType).");
            var item = Item(type, value, communicationType);
            item["defaultFlag"] = !(anyOfKind ?? ofKind.Count > 0);
            await _connection.SendAsync(HttpMethod.Post, contactPath + "/communications", null, RequestKind.Create, item, cancellationToken).ConfigureAwait(false);
        }

        private async Task<JObject> ReadContactAsync(string path, CancellationToken cancellationToken)
        {
            var response = await _connection.SendAsync(HttpMethod.Get, path, null, RequestKind.Read, null, cancellationToken).ConfigureAwait(false);
            return CwJson.Parse(response.Body) as JObject
                ?? throw new PsaApiException(CwConnection.Psa, "GET", path, response.Status, null, new[] { "The answer is not a contact." });
        }
    }
}
