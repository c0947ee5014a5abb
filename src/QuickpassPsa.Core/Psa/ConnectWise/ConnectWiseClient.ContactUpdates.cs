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
            if (Writes.ContactFieldLimits.ConnectWise.FirstInvalid(null, null, update.Email, update.MobilePhone) is { } tooLong) throw tooLong.ToUpdateException("PATCH", path);

            // The items as stored now, not as the piped contact saw them: ids and values may have moved since.
            var record = await ReadContactAsync(path, cancellationToken).ConfigureAwait(false);
            var items = (record["communicationItems"] as JArray)?.OfType<JObject>().ToList() ?? new List<JObject>();
            // The setup table (kept with the client): which types have the flags of two kinds, for the items' reading (CwItemKinds: an
            // address never replaces a number stored under one, round 69) and for the item the update changes, which moves off such a
            // type (round 70b); and the types of new items. All of it is chosen before the first write: a table without a usable type
            // fails the whole update, never half of it (round 67a).
            var (types, unreadable) = await TypesForUpdateAsync(false, cancellationToken).ConfigureAwait(false);
            var mixed = types == null ? null : CwItemKinds.MixedTypes(types);
            var plan = CwUpdatePlan.For(items.Select(i => CwItemRef.From(i, mixed)).ToList(), update, types);
            if (types == null && (plan.NewEmail || plan.NewMobile)) throw unreadable!;
            if (plan.Problem != null) throw new InvalidOperationException(plan.Problem);
            var anyEmail = items.Any(i => CwItemKinds.Of(i, mixed) == CwItemKind.Email);
            var anyPhone = items.Any(i => CwItemKinds.Of(i, mixed) == CwItemKind.Phone);

            if (update.Email != null)
            {
                // Into the item holding the address replaced, else the default one; or a new item (beside personal addresses: not the default).
                await SetItemAsync(path, Item(items, plan.EmailItem), update.Email.Trim(), "Email", plan.EmailType, !anyEmail, cancellationToken).ConfigureAwait(false);
            }
            if (update.MobilePhone != null)
            {
                await SetItemAsync(path, Item(items, plan.MobileItem), update.MobilePhone.Trim(), "Phone", plan.MobileType, !anyPhone, cancellationToken).ConfigureAwait(false);
            }

            _connection.Verbose("ConnectWise contact " + id.ToString(CultureInfo.InvariantCulture) + " updated: " +
                string.Join(", ", new[] { update.Email != null ? "email" : null, update.MobilePhone != null ? "mobile" : null }.Where(x => x != null)) + "." +
                Moved(plan.MovesEmail ? plan.EmailItem : null, plan.EmailType, "address") + Moved(plan.MovesMobile ? plan.MobileItem : null, plan.MobileType, "mobile"));
            return (await ContactsAsync(new[] { await ReadContactAsync(path, cancellationToken).ConfigureAwait(false) }, cancellationToken).ConfigureAwait(false))[0];
        }

        private static JObject? Item(List<JObject> items, CwItemRef? target) =>
            target?.Id is long wanted ? items.FirstOrDefault(i => CwJson.Long(i, "id") == wanted) : null;

        private static string Moved(CwItemRef? item, CwCommunicationType? to, string what) =>
            item == null || to == null ? string.Empty : " The " + what + " item " + item.Id + " moved from the type '" + item.TypeName + "' (flags of two kinds) to '" + to.Description + "'.";

        /// <summary>
        /// PATCH the value of <paramref name="existing"/>, keeping its type, or moving it to <paramref name="type"/> (an item under a type with
        /// the flags of two kinds: round 70b) in the same PATCH, its default flag kept; or, without an existing item, POST a new item of
        /// <paramref name="type"/> (the picker's, chosen before the first write), the default of its kind when it is the contact's first
        /// (<paramref name="firstOfKind"/>). A phone number's extension goes into the item's extension field (<see cref="CwPhone"/>).
        /// </summary>
        private async Task SetItemAsync(string contactPath, JObject? existing, string value, string communicationType,
            CwCommunicationType? type, bool firstOfKind, CancellationToken cancellationToken)
        {
            if (existing != null && CwJson.Long(existing, "id") is long itemId)
            {
                var itemPath = contactPath + "/communications/" + itemId.ToString(CultureInfo.InvariantCulture);
                var patch = new JArray();
                if (type != null)
                {
                    // The whole reference, as ConnectWise replaces an object (psa-api.md A5); communicationType as the type's flags make it.
                    patch.Add(new JObject { ["op"] = "replace", ["path"] = "type", ["value"] = new JObject { ["id"] = type.Id, ["name"] = type.Description } });
                    patch.Add(new JObject { ["op"] = "replace", ["path"] = "communicationType", ["value"] = communicationType });
                }
                var hadExtension = !string.IsNullOrWhiteSpace(CwJson.String(existing, "extension"));
                if (communicationType == "Phone")
                {
                    // The number into value and its extension into the extension field; an extension the item had is cleared when
                    // the new number has none (it was the old number's).
                    var (number, extension) = CwPhone.Split(value);
                    patch.Add(new JObject { ["op"] = "replace", ["path"] = "value", ["value"] = number });
                    if (extension != null || hadExtension)
                    {
                        patch.Add(new JObject { ["op"] = "replace", ["path"] = "extension", ["value"] = extension == null ? JValue.CreateNull() : (JToken)extension });
                    }
                }
                else
                {
                    patch.Add(new JObject { ["op"] = "replace", ["path"] = "value", ["value"] = value });
                    // An address has no extension: one left on an item moved off a type of two kinds (a number's) goes with the move.
                    if (type != null && hadExtension) patch.Add(new JObject { ["op"] = "replace", ["path"] = "extension", ["value"] = JValue.CreateNull() });
                }
                await _connection.SendAsync(PatchMethod, itemPath, null, RequestKind.Update, patch, cancellationToken).ConfigureAwait(false);
                return;
            }

            var newType = type ?? throw new InvalidOperationException(
                "The ConnectWise communication types setup table has no " + (communicationType == "Email" ? "email" : "mobile phone") +
                " type, so the contact's new value cannot be stored. Add or repair one (Repair-CwCommunicationType).");
            var item = Item(newType, value, communicationType);
            item["defaultFlag"] = firstOfKind;
            await _connection.SendAsync(HttpMethod.Post, contactPath + "/communications", null, RequestKind.Create, item, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// The setup table for an update, kept with the client (<paramref name="fresh"/>: read again, once a run); null, with the failure,
        /// when the API member may not read it (403) or the server has none (404): the items are then read as ConnectWise types them and
        /// changed in place, and an update that needs a new item fails with that failure.
        /// </summary>
        private async Task<(IReadOnlyList<CwCommunicationType>? Types, PsaApiException? Unreadable)> TypesForUpdateAsync(bool fresh, CancellationToken cancellationToken)
        {
            try
            {
                return (fresh
                    ? await GetCommunicationTypesAsync(cancellationToken).ConfigureAwait(false)
                    : await CommunicationTypesCachedAsync(cancellationToken).ConfigureAwait(false), null);
            }
            catch (PsaApiException ex) when (ex.StatusCode == 403 || ex.StatusCode == 404)
            {
                _connection.Verbose("The communication types setup table could not be read (HTTP " + ex.StatusCode + "), so the contact's items are changed in place, " +
                    "under the types they have, and items under a type with the email and the phone or fax flag are read as ConnectWise files them (as emails).");
                return (null, ex);
            }
        }

        /// <summary>
        /// What <see cref="UpdateContactAsync"/> would do, judged on the contact as read (<paramref name="contact"/>: its items, which
        /// the ConnectWise read keeps with it), before anything is sent: the item each change writes into and its type, a new item's
        /// type, a move off a type with the flags of two kinds (Test-CwCommunicationType's MixedFlags), or why the update is refused
        /// (no type a new or moved item can go under). Update-PsaContact asks it before -WhatIf, so the preview says and refuses what
        /// the real run does. <paramref name="fresh"/> reads the table again (once a run); Read says whether the table was read.
        /// </summary>
        public async Task<(CwUpdatePlan Plan, bool Read)> UpdatePlanAsync(PsaContact contact, ContactUpdate update, bool fresh, CancellationToken cancellationToken)
        {
            if (contact == null) throw new ArgumentNullException(nameof(contact));
            if (update == null) throw new ArgumentNullException(nameof(update));
            if (update.IsEmpty) return (CwUpdatePlan.For(contact.CwItems, update, null), false);
            var (types, unreadable) = await TypesForUpdateAsync(fresh, cancellationToken).ConfigureAwait(false);
            var plan = CwUpdatePlan.For(contact.CwItems, update, types);
            if (types == null && (plan.NewEmail || plan.NewMobile)) throw unreadable!;
            return (plan, types != null);
        }

        private async Task<JObject> ReadContactAsync(string path, CancellationToken cancellationToken)
        {
            var response = await _connection.SendAsync(HttpMethod.Get, path, null, RequestKind.Read, null, cancellationToken).ConfigureAwait(false);
            return CwJson.Parse(response.Body) as JObject
                ?? throw new PsaApiException(CwConnection.Psa, "GET", path, response.Status, null, new[] { "The answer is not a contact." });
        }
    }
}
