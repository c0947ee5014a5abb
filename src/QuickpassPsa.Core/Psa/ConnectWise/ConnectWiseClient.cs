using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using QuickpassPsa.Core.Psa.Http;

namespace QuickpassPsa.Core.Psa.ConnectWise
{
    /// <summary>
    /// ConnectWise Manage through its REST API (psa-api.md A): codebase discovery, Basic auth with clientId,
    /// forward-only paging of 1000, conditions that cannot be injected, and creates that never duplicate.
    /// Every call goes through the connection's one <see cref="PsaHttpClient"/>.
    /// </summary>
    internal sealed partial class ConnectWiseClient : IPsaClient
    {
        private const string Contacts = "company/contacts";
        private const string Companies = "company/companies";

        private readonly CwConnection _connection;

        public Uri? Endpoint => _connection.KnownApiBase;

        public ConnectWiseClient(ConnectWiseConnectionInfo info, PsaHttpOptions httpOptions)
        {
            _connection = new CwConnection(info, httpOptions);
        }

        public PsaKind Kind => PsaKind.ConnectWise;

        /// <summary>The connection's redactor: the keys and the auth token once the first request is built.</summary>
        public Redactor Redactor => _connection.Redactor;

        /// <summary>
        /// Company info, then GET system/info. Each wrong value gives a <see cref="PsaApiException"/> whose Hint names it:
        /// unknown company id (company info answers null or 404), keys (401), clientId (401 naming it, or none given),
        /// server (no answer, or an answer that is not ConnectWise).
        /// </summary>
        public async Task ValidateAsync(CancellationToken cancellationToken)
        {
            PsaResponse response;
            try
            {
                response = await _connection.SendAsync(HttpMethod.Get, "system/info", null, RequestKind.Read, null, cancellationToken).ConfigureAwait(false);
            }
            catch (PsaApiException ex) when (ex.StatusCode == 404)
            {
                // "On cloud a 404 may really be bad authentication" (psa-api.md A6).
                throw CwConnection.Rehint(ex, "Check the public key and private key (ConnectWise cloud can answer 404 to refused credentials), and the server address.");
            }
            var info = CwJson.Parse(response.Body);
            var version = CwJson.String(info, "version");
            if (version != null) _connection.Verbose("ConnectWise connected: company '" + _connection.CompanyId + "', server version " + version + ".");
        }

        public async Task<IReadOnlyList<PsaCompany>> GetCompaniesAsync(string? name, CancellationToken cancellationToken)
        {
            var conditions = new CwConditions();
            if (name != null) conditions.Equal("name", name);
            var rows = await _connection.GetAllAsync(Companies, Query(("conditions", conditions.ToString())), null, cancellationToken).ConfigureAwait(false);
            return rows.Select(CwMapper.Company).ToList();
        }

        /// <summary>The company, or null when none has that id (404, or an id that is not a number).</summary>
        public Task<PsaCompany?> GetCompanyAsync(string id, CancellationToken cancellationToken) => GetByIdAsync(Companies, id, CwMapper.Company, cancellationToken);

        public async Task<PsaContact?> GetContactAsync(string id, CancellationToken cancellationToken)
        {
            var record = await GetByIdAsync(Contacts, id, r => r, cancellationToken).ConfigureAwait(false);
            return record == null ? null : (await ContactsAsync(new[] { record }, cancellationToken).ConfigureAwait(false))[0];
        }

        /// <summary>
        /// Contact records as PsaContacts, their items read by <see cref="CwItemKinds"/>: when an item may be under a type with the flags
        /// of two kinds (an Email item that holds no address, a Phone or Fax item that holds one), the setup table is read (once, then
        /// kept with the client) to know which types are mixed, and such items are read by their value (round 69: a number under a mixed
        /// 'Mobile' came back among the Emails). A table the API member may not read (403) or a server without it (404) leaves the items
        /// as the server types them, with a verbose line.
        /// </summary>
        private async Task<IReadOnlyList<PsaContact>> ContactsAsync(IReadOnlyList<JObject> records, CancellationToken cancellationToken)
        {
            var mixed = await MixedTypesAsync(records, cancellationToken).ConfigureAwait(false);
            return records.Select(r => CwMapper.Contact(r, mixed)).ToList();
        }

        /// <summary>The ids of the setup table's mixed-flag types when <paramref name="records"/> hold an item that may be under one; else null, with no request.</summary>
        private async Task<ICollection<int>?> MixedTypesAsync(IEnumerable<JObject> records, CancellationToken cancellationToken)
        {
            if (!records.Any(CwItemKinds.MayHoldMixed)) return null;
            try
            {
                return CwItemKinds.MixedTypes(await CommunicationTypesCachedAsync(cancellationToken).ConfigureAwait(false));
            }
            catch (PsaApiException ex) when (ex.StatusCode == 403 || ex.StatusCode == 404)
            {
                _connection.Verbose("The communication types setup table could not be read (HTTP " + ex.StatusCode + "), so items under a type with the email and the phone or fax " +
                    "flag are read as ConnectWise files them (as emails).");
                return null;
            }
        }

        /// <summary>GET {endpoint}/{id}, mapped; null for an id that is not a number or that the server does not have (404).</summary>
        private async Task<T?> GetByIdAsync<T>(string endpoint, string id, Func<JObject, T> map, CancellationToken cancellationToken)
            where T : class
        {
            if (!long.TryParse((id ?? string.Empty).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return null;
            try
            {
                var response = await _connection.SendAsync(HttpMethod.Get, endpoint + "/" + number.ToString(CultureInfo.InvariantCulture), null, RequestKind.Read, null, cancellationToken).ConfigureAwait(false);
                return CwJson.Parse(response.Body) is JObject record ? map(record) : null;
            }
            catch (PsaApiException ex) when (ex.StatusCode == 404)
            {
                return null;
            }
        }

        public async Task<IReadOnlyList<PsaContact>> GetContactsAsync(ContactQuery query, IProgress<int>? progress, CancellationToken cancellationToken)
        {
            if (query == null) throw new ArgumentNullException(nameof(query));
            var companyId = CompanyNumber(query.CompanyId, nameof(query));
            var conditions = new CwConditions().Equal("company/id", companyId);
            if (!query.IncludeInactive) conditions.Equal("inactiveFlag", false);
            string? childConditions = null;
            var email = string.IsNullOrWhiteSpace(query.Email) ? null : query.Email!.Trim();
            if (email != null)
            {
                // "contains", then the exact address kept below: a value stored with spaces around it is the address too.
                // A '[' would open a LIKE character class on the server (psa-api.md A4), so such an address is asked for exactly.
                var items = new CwConditions();
                if (email.IndexOf('[') < 0) items.Contains("communicationItems/value", email);
                else items.Equal("communicationItems/value", email);
                childConditions = items.Equal("communicationItems/communicationType", "Email").ToString();
            }
            else if (!string.IsNullOrWhiteSpace(query.EmailContains) && query.EmailContains!.IndexOf('[') < 0)
            {
                childConditions = new CwConditions().Contains("communicationItems/value", query.EmailContains.Trim())
                    .Equal("communicationItems/communicationType", "Email").ToString();
            }
            var rows = await _connection.GetAllAsync(Contacts, Query(("conditions", conditions.ToString()), ("childConditions", childConditions)), progress, cancellationToken).ConfigureAwait(false);
            var contacts = await ContactsAsync(rows, cancellationToken).ConfigureAwait(false);
            return (email == null ? contacts : contacts.Where(c => ContactQuery.HoldsEmail(c, email))).ToList();
        }

        /// <summary>
        /// Contacts of every company with one of these addresses on an Email item: the addresses joined with OR in one
        /// childConditions, <c>(communicationItems/value="a" OR communicationItems/value="b") AND communicationItems/communicationType="Email"</c>
        /// (one item must be an Email item holding one of them), as many to a request as keep its encoded length within
        /// <see cref="PsaLimits.ConnectWiseChildConditionsLength"/>; every page. Equality, which the server compares ignoring case
        /// and can answer from its index across the whole PSA (a "contains" would read every item). An address holding both quote
        /// characters cannot be asked for (<see cref="CwConditions.Quote"/>) and is left out.
        /// </summary>
        public async Task<IReadOnlyList<PsaContact>> FindContactsByEmailAsync(IReadOnlyCollection<string> emails, CancellationToken cancellationToken)
        {
            if (emails == null) throw new ArgumentNullException(nameof(emails));
            const string type = " AND communicationItems/communicationType=\"Email\"";
            var clauses = new List<(string Email, string Clause)>();
            foreach (var email in emails.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim()).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                try
                {
                    clauses.Add((email, new CwConditions().Equal("communicationItems/value", email).ToString()));
                }
                catch (ArgumentException)
                {
                    // Both quote characters: ConnectWise has no way to ask for it.
                }
            }
            var found = new Dictionary<string, PsaContact>(StringComparer.OrdinalIgnoreCase);
            var batch = new List<string>();
            var empty = CwQuery.Encode("()" + type).Length;
            var or = CwQuery.Encode(" OR ").Length;
            var length = empty;
            async Task AskAsync()
            {
                if (batch.Count == 0) return;
                var child = "(" + string.Join(" OR ", batch) + ")" + type;
                var rows = await _connection.GetAllAsync(Contacts, Query(("childConditions", child)), null, cancellationToken).ConfigureAwait(false);
                foreach (var contact in await ContactsAsync(rows, cancellationToken).ConfigureAwait(false)) found[contact.Id] = contact;
                batch.Clear();
                length = empty;
            }
            foreach (var (_, clause) in clauses)
            {
                var encoded = CwQuery.Encode(clause).Length;
                if (batch.Count > 0 && length + or + encoded > PsaLimits.ConnectWiseChildConditionsLength) await AskAsync().ConfigureAwait(false);
                length += (batch.Count > 0 ? or : 0) + encoded;
                batch.Add(clause);
            }
            await AskAsync().ConfigureAwait(false);
            return found.Values.Where(c => clauses.Any(e => ContactQuery.HoldsEmail(c, e.Email))).ToList();
        }

        /// <summary>
        /// POST company/contacts with an Email item and a Mobile item (types picked from the setup table). When the
        /// answer is lost after sending (<see cref="PsaAmbiguousWriteException"/>), the contact is looked up by email
        /// in the company (active or not) and returned when one with the same first and last name exists; else the
        /// POST is sent once more. Without an email nothing identifies the record, so the ambiguous failure is
        /// rethrown for the caller to check by hand. Throws <see cref="InvalidOperationException"/> when the setup
        /// table has no email (or, when a mobile is given, no mobile) type: Repair-CwCommunicationType fixes that.
        /// </summary>
        public async Task<PsaContact> CreateContactAsync(NewPsaContact contact, CancellationToken cancellationToken)
        {
            if (contact == null) throw new ArgumentNullException(nameof(contact));
            var companyId = CompanyNumber(contact.CompanyId, nameof(contact));
            if (string.IsNullOrWhiteSpace(contact.FirstName)) throw new ArgumentException("A ConnectWise contact needs a first name.", nameof(contact));
            var email = string.IsNullOrWhiteSpace(contact.Email) ? null : contact.Email!.Trim();
            var mobile = string.IsNullOrWhiteSpace(contact.MobilePhone) ? null : contact.MobilePhone!.Trim();
            CheckNew(contact);
            var firstName = contact.FirstName.Trim();
            var lastName = (contact.LastName ?? string.Empty).Trim();

            var items = new JArray();
            if (email != null || mobile != null)
            {
                var types = await CommunicationTypesCachedAsync(cancellationToken).ConfigureAwait(false);
                if (email != null)
                {
                    var type = Chosen(types, contact.EmailTypeId, t => t.EmailFlag) ?? CwCommunicationTypePicker.Email(types) ?? throw new InvalidOperationException(CwCommunicationTypePicker.EmailProblem(types) ??
                        "The ConnectWise communication types setup table has no type with the email flag, so the contact's email cannot be stored. Add or repair one (Repair-CwCommunicationType).");
                    items.Add(Item(type, email, "Email"));
                }
                if (mobile != null)
                {
                    var type = Chosen(types, contact.MobileTypeId, t => t.PhoneFlag) ?? CwCommunicationTypePicker.Mobile(types) ?? throw new InvalidOperationException(CwCommunicationTypePicker.MobileProblem(types) ??
                        "The ConnectWise communication types setup table has no phone type named Mobile or Cell, so the contact's mobile number cannot be stored. Add or repair one (Repair-CwCommunicationType), or leave the mobile out.");
                    items.Add(Item(type, mobile, "Phone"));
                }
            }

            var body = new JObject
            {
                ["firstName"] = firstName,
                ["lastName"] = lastName,
                ["company"] = new JObject { ["id"] = companyId },
            };
            if (items.Count > 0) body["communicationItems"] = items;

            return await DuplicateSafeCreate.RunAsync(
                async () =>
                {
                    var response = await _connection.SendAsync(HttpMethod.Post, Contacts, null, RequestKind.Create, body, cancellationToken).ConfigureAwait(false);
                    if (CwJson.Parse(response.Body) is JObject created) return (await ContactsAsync(new[] { created }, cancellationToken).ConfigureAwait(false))[0];
                    throw new PsaApiException(CwConnection.Psa, "POST", Contacts, response.Status, null, new[] { "The answer to the create is not a contact." });
                },
                email == null ? null : () => FindCreatedAsync(companyId, email, body, cancellationToken),
                _connection.Verbose,
                "ConnectWise contact " + body["firstName"] + " " + body["lastName"]).ConfigureAwait(false);
        }

        /// <inheritdoc/>
        public Task CheckNewContactAsync(NewPsaContact contact, CancellationToken cancellationToken)
        {
            if (contact == null) throw new ArgumentNullException(nameof(contact));
            try
            {
                CheckNew(contact);
                return Task.CompletedTask;
            }
            catch (PsaInvalidValueException ex)
            {
                return Task.FromException(ex);
            }
        }

        /// <inheritdoc/>
        public Task<Writes.ContactFieldLimits> GetContactFieldLimitsAsync(CancellationToken cancellationToken) => Task.FromResult(Writes.ContactFieldLimits.ConnectWise);

        /// <summary>A value longer than its field fails before anything is sent, and is never cut (<see cref="Writes.ContactFieldLimits"/>).</summary>
        private static void CheckNew(NewPsaContact contact)
        {
            if (Writes.ContactFieldLimits.ConnectWise.FirstInvalid(contact) is { } tooLong) throw tooLong.ToException("POST", Contacts);
        }

        private async Task<PsaContact?> FindCreatedAsync(long companyId, string email, JObject body, CancellationToken cancellationToken)
        {
            var found = await GetContactsAsync(new ContactQuery { CompanyId = companyId.ToString(CultureInfo.InvariantCulture), Email = email, IncludeInactive = true }, null, cancellationToken).ConfigureAwait(false);
            var first = (string?)body["firstName"];
            var last = (string?)body["lastName"];
            return found
                .Where(c => DuplicateSafeCreate.SameName(c.FirstName, first) && DuplicateSafeCreate.SameName(c.LastName, last))
                .OrderByDescending(c => long.TryParse(c.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
                .FirstOrDefault();
        }

        /// <summary>The type the caller named by id (it must carry the flag: the server derives the item's kind from it), or null to let the picker choose.</summary>
        private static CwCommunicationType? Chosen(IReadOnlyList<CwCommunicationType> types, int? id, Func<CwCommunicationType, bool> flag)
        {
            if (id == null) return null;
            return types.FirstOrDefault(t => t.Id == id.Value && flag(t)) ?? throw new ArgumentException(
                "The ConnectWise communication type " + id.Value.ToString(CultureInfo.InvariantCulture) + " does not exist or lacks the flag for this item.", nameof(id));
        }

        /// <summary>
        /// A new communication item. A phone number's extension goes into the item's extension field, the number alone into value
        /// (<see cref="CwPhone.Split"/>): New-PsaContact's create and Update-PsaContact's new item both build their items here.
        /// </summary>
        private static JObject Item(CwCommunicationType type, string value, string communicationType)
        {
            var (text, extension) = communicationType == "Phone" ? CwPhone.Split(value) : (value, null);
            var item = new JObject
            {
                ["type"] = new JObject { ["id"] = type.Id, ["name"] = type.Description },
                ["value"] = text,
            };
            if (extension != null) item["extension"] = extension;
            item["defaultFlag"] = true;
            item["communicationType"] = communicationType;
            return item;
        }

        private static long CompanyNumber(string? id, string parameter)
        {
            if (!long.TryParse((id ?? string.Empty).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number <= 0)
            {
                throw new ArgumentException("'" + id + "' is not a ConnectWise company id (a positive number).", parameter);
            }
            return number;
        }

        private static string Query(params (string Key, string? Value)[] pairs) =>
            CwQuery.Build(pairs.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)));

        public void Dispose() => _connection.Dispose();
    }
}
