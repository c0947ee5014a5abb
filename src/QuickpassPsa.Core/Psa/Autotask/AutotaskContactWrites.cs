using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using QuickpassPsa.Core.Psa.Http;

namespace QuickpassPsa.Core.Psa.Autotask
{
    /// <summary>Contact writes: always through the parent company (psa-api.md B3), checked against the field metadata first.</summary>
    internal sealed partial class AutotaskClient
    {
        private static readonly HttpMethod Patch = new HttpMethod("PATCH");

        /// <summary>
        /// POST Companies/{companyId}/Contacts with {companyID, firstName, lastName, emailAddress, mobilePhone,
        /// isActive: 1}, then GET Contacts/{itemId} to return what was stored. A name, email or mobile number
        /// longer than its field (<see cref="PsaInvalidValueException"/>: never cut), or a missing
        /// required name, fails before anything is sent.
        /// <para>
        /// A create is never retried blindly. When the connection fails after the request went out
        /// (<see cref="PsaAmbiguousWriteException"/>), the company's active contacts with that email are read: a
        /// contact with that email and the same first and last name is the one we created and is returned;
        /// if there is none, the create is sent once more (and checked the same way after a second ambiguous
        /// failure). Without an email there is nothing reliable to look the contact up by, so the ambiguous
        /// failure is rethrown for a person to check.
        /// </para>
        /// </summary>
        public async Task<PsaContact> CreateContactAsync(NewPsaContact contact, CancellationToken cancellationToken)
        {
            if (contact == null) throw new ArgumentNullException(nameof(contact));
            var companyId = RequireId(contact.CompanyId, "company id");
            var url = await _transport.UrlAsync(Companies + "/" + companyId.ToString(CultureInfo.InvariantCulture) + "/" + Contacts, cancellationToken).ConfigureAwait(false);
            var fields = await ContactFieldsAsync(cancellationToken).ConfigureAwait(false);

            CheckNew(fields, contact, url);
            var firstName = (contact.FirstName ?? string.Empty).Trim();
            var lastName = (contact.LastName ?? string.Empty).Trim();
            var email = Blank(contact.Email);
            var mobile = Blank(contact.MobilePhone);

            var body = new JObject
            {
                ["companyID"] = companyId,
                ["firstName"] = firstName,
                ["lastName"] = lastName,
            };
            if (email != null) body["emailAddress"] = email;
            if (mobile != null) body["mobilePhone"] = mobile;
            body["isActive"] = 1;
            var json = Json(body);

            var what = "Autotask contact " + firstName + " " + lastName;
            return await DuplicateSafeCreate.RunAsync(
                async () =>
                {
                    var answer = await _transport.SendObjectAsync(HttpMethod.Post, url, Contacts, RequestKind.Create, json, cancellationToken).ConfigureAwait(false);
                    var itemId = AutotaskJson.Long(answer, "itemId") ?? throw new PsaApiException(PsaName, "POST", url.PathAndQuery, 200, null,
                        new[] { "The create answer holds no itemId." }, "Check in Autotask whether the contact was created before trying again.");
                    _transport.Verbose("Autotask contact " + itemId.ToString(CultureInfo.InvariantCulture) + " created in company " + companyId.ToString(CultureInfo.InvariantCulture) + ".");
                    return await ReadBackAsync(itemId, "POST", url, cancellationToken).ConfigureAwait(false);
                },
                email == null ? null : () => FindCreatedAsync(companyId, email, firstName, lastName, cancellationToken),
                _transport.Verbose,
                what).ConfigureAwait(false);
        }

        /// <summary>
        /// PATCH Companies/{companyId}/Contacts with {"id": contactId, ...changes} (only the sent fields change),
        /// then returns the stored contact. Field names are Autotask's (emailAddress, emailAddress2, mobilePhone,
        /// isActive as 0/1, ...); a text longer than its field fails before anything is sent.
        /// </summary>
        public async Task<PsaContact> UpdateContactAsync(string contactId, string companyId, IDictionary<string, object?> changes, CancellationToken cancellationToken)
        {
            if (changes == null) throw new ArgumentNullException(nameof(changes));
            var id = RequireId(contactId, "contact id");
            var company = RequireId(companyId, "company id");
            if (changes.Count == 0) throw new ArgumentException("There is nothing to change.", nameof(changes));
            var url = await _transport.UrlAsync(Companies + "/" + company.ToString(CultureInfo.InvariantCulture) + "/" + Contacts, cancellationToken).ConfigureAwait(false);
            var fields = await ContactFieldsAsync(cancellationToken).ConfigureAwait(false);

            var body = new JObject { ["id"] = id };
            foreach (var change in changes)
            {
                if (string.Equals(change.Key, "id", StringComparison.OrdinalIgnoreCase))
                {
                    throw new ArgumentException("The contact id is given by contactId, not as a change.", nameof(changes));
                }
                if (change.Value is string text)
                {
                    CheckLength(fields, change.Key, text, "PATCH", url, "Autotask cannot store this value. The contact exists and keeps what it has: shorten the account's value " +
                        "at the source (Active Directory, Entra ID or the export) and run again, or edit the contact by hand in Autotask.");
                }
                body[change.Key] = change.Value == null ? JValue.CreateNull() : JToken.FromObject(change.Value);
            }

            await _transport.SendObjectAsync(Patch, url, Contacts, RequestKind.Update, Json(body), cancellationToken).ConfigureAwait(false);
            _transport.Verbose("Autotask contact " + id.ToString(CultureInfo.InvariantCulture) + " updated: " + string.Join(", ", changes.Keys) + ".");
            return await ReadBackAsync(id, "PATCH", url, cancellationToken).ConfigureAwait(false);
        }

        private static readonly string[] EmailSlots = { "emailAddress", "emailAddress2", "emailAddress3" };

        /// <summary>
        /// The PSA-neutral update: the email slot that holds <see cref="Writes.ContactUpdate.ReplacesEmail"/> (else
        /// emailAddress, the primary slot) and mobilePhone, through the contact's company.
        /// </summary>
        public async Task<PsaContact> UpdateContactAsync(PsaContact contact, Writes.ContactUpdate update, CancellationToken cancellationToken)
        {
            if (contact == null) throw new ArgumentNullException(nameof(contact));
            if (update == null) throw new ArgumentNullException(nameof(update));
            var changes = new Dictionary<string, object?>();
            if (update.Email != null) changes[await EmailSlotAsync(contact, update.ReplacesEmail, update.AddsEmail, cancellationToken).ConfigureAwait(false)] = update.Email.Trim();
            if (update.MobilePhone != null) changes["mobilePhone"] = update.MobilePhone.Trim();
            return await UpdateContactAsync(contact.Id, contact.CompanyId ?? string.Empty, changes, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// The slot that holds the address to replace, read from the record as stored now (the contact's Raw
        /// when it carries one, else a GET): a piped contact may be older than the PSA. emailAddress when none holds it.
        /// </summary>
        private async Task<string> EmailSlotAsync(PsaContact contact, string? replaces, bool adds, CancellationToken cancellationToken)
        {
            if (replaces == null && !adds) return EmailSlots[0];
            var raw = contact.GetRaw();
            if (raw == null || !raw.ContainsKey(EmailSlots[1]))
            {
                raw = TryParseId(contact.Id, out var number)
                    ? (await GetContactAsync(number.ToString(CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false))?.Raw
                    : null;
            }
            if (adds)
            {
                // The first empty slot after the primary. All three taken (filled since the contact was read): nothing is
                // overwritten here (round 60b: emailAddress3 was, and the change said nothing was replaced).
                for (var i = 1; i < EmailSlots.Length; i++)
                {
                    if (raw == null || string.IsNullOrWhiteSpace(raw[EmailSlots[i]] as string)) return EmailSlots[i];
                }
                throw new InvalidOperationException("The Autotask contact " + contact + " has an address in each of its three email slots now, so the address " +
                    "cannot be added beside them without replacing one; nothing was written. Run Find-PsaContactMatch again and update from the new row.");
            }
            foreach (var slot in EmailSlots)
            {
                if (raw != null && Writes.ReplacedEmail.Same(raw[slot] as string, replaces)) return slot;
            }
            return EmailSlots[0];
        }

        private async Task<PsaContact> ReadBackAsync(long id, string method, Uri writeUrl, CancellationToken cancellationToken)
        {
            var stored = await GetContactAsync(id.ToString(CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
            return stored ?? throw new PsaReadBackException(PsaName, method, writeUrl.PathAndQuery, 200, "Contact " + id.ToString(CultureInfo.InvariantCulture), method == "POST",
                "The API user may lack permission to read contacts: check its security level in Autotask." + (method == "POST" ? " Do not create the contact again: look for it in Autotask first." : string.Empty),
                id.ToString(CultureInfo.InvariantCulture));
        }

        /// <summary>An active contact in the company with this email in any slot and the same names (the newest if several).</summary>
        private async Task<PsaContact?> FindCreatedAsync(long companyId, string email, string firstName, string lastName, CancellationToken cancellationToken)
        {
            var query = new ContactQuery { CompanyId = companyId.ToString(CultureInfo.InvariantCulture), Email = email };
            var candidates = await GetContactsAsync(query, null, cancellationToken).ConfigureAwait(false);
            return candidates
                .Where(c => DuplicateSafeCreate.SameName(c.FirstName, firstName) && DuplicateSafeCreate.SameName(c.LastName, lastName))
                .OrderByDescending(c => TryParseId(c.Id, out var n) ? n : 0)
                .FirstOrDefault();
        }

        /// <inheritdoc/>
        public async Task CheckNewContactAsync(NewPsaContact contact, CancellationToken cancellationToken)
        {
            if (contact == null) throw new ArgumentNullException(nameof(contact));
            var companyId = RequireId(contact.CompanyId, "company id");
            var url = await _transport.UrlAsync(Companies + "/" + companyId.ToString(CultureInfo.InvariantCulture) + "/" + Contacts, cancellationToken).ConfigureAwait(false);
            CheckNew(await ContactFieldsAsync(cancellationToken).ConfigureAwait(false), contact, url);
        }

        /// <inheritdoc/>
        public async Task<Writes.ContactFieldLimits> GetContactFieldLimitsAsync(CancellationToken cancellationToken) =>
            Writes.ContactFieldLimits.Autotask(await ContactFieldsAsync(cancellationToken).ConfigureAwait(false));

        /// <summary>
        /// Both names are required; a value longer than its field is refused like any other value, never cut: a cut name
        /// ("Maximiliana-Alexandr") is a wrong name on every ticket, and only the source can fix it (<see cref="Writes.ContactFieldLimits"/>).
        /// </summary>
        private static void CheckNew(AutotaskFields fields, NewPsaContact contact, Uri url)
        {
            foreach (var (name, value) in new[] { ("firstName", contact.FirstName), ("lastName", contact.LastName) })
            {
                if (string.IsNullOrWhiteSpace(value) && (fields[name]?.IsRequired ?? true))
                {
                    throw new PsaInvalidValueException(PsaName, "POST", url.PathAndQuery, name, 0,
                        new[] { "Autotask requires " + name + " on a contact, and none was given; nothing was sent." }, "Give the account a " + (name == "firstName" ? "first" : "last") + " name.");
                }
            }
            if (Writes.ContactFieldLimits.Autotask(fields).FirstInvalid(contact) is { } tooLong) throw tooLong.ToException("POST", url.PathAndQuery);
        }

        /// <summary>The value, or a failure before sending when it is longer than its field: an address or number must never be cut.</summary>
        private static string? CheckLength(AutotaskFields fields, string name, string? value, string method, Uri url, string hint)
        {
            var length = fields[name]?.Length ?? 0;
            if (value == null || length <= 0 || value.Length <= length) return value;
            throw new PsaInvalidValueException(PsaName, method, url.PathAndQuery, name, length,
                new[] { "The " + name + " '" + value + "' has " + value.Length.ToString(CultureInfo.InvariantCulture) + " characters; Autotask's " + name + " field holds at most " +
                    length.ToString(CultureInfo.InvariantCulture) + "; nothing was sent." }, hint);
        }

        private static string? Blank(string? value)
        {
            var text = value?.Trim();
            return string.IsNullOrEmpty(text) ? null : text;
        }
    }
}
