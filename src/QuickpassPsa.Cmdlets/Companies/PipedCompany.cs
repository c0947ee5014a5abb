using System;
using System.Linq;
using System.Management.Automation;
using QuickpassPsa.Cmdlets.Errors;
using QuickpassPsa.Cmdlets.Matching;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Companies
{
    /// <summary>
    /// The company a piped object names, for Get-PsaCompany and Get-PsaContact (their -InputObject). Round 63a: -Id bound by
    /// property name from any object with an Id, so a contact piped to Get-PsaCompany gave the company whose id equals the
    /// contact's own id (contact and company ids overlap in real ConnectWise tenants: Pat Quinn [250] of Contoso Ltd gave
    /// Contoso Pharmaceuticals [250], and Set-PsaCompanyMatch offered to link it), and an account's numeric qpId gave another
    /// company. Each kind of object now names its company its own way, and one that names none is refused, never read by its Id:
    /// <list type="bullet">
    /// <item>a PsaCompany: itself (live), or its Id and Psa (read back from a file or a CSV export);</item>
    /// <item>any other object of this module that carries a CompanyId (a contact, a match row, a decision, a customer summary): that
    /// company, with its Psa;</item>
    /// <item>a plain row (Import-Csv, ConvertFrom-Json, Select-Object of plain rows): its CompanyId column, else its Id column, unless
    /// the row has a person's columns (a name or an address: an account or contact export, whose Id is the person's);</item>
    /// <item>a string or a number: a company name, as -Name and -CompanyName take it (a company named 2024 is a name);</item>
    /// <item>anything else (an Account, a connection, a communication type, another module's object): QuickpassPsa.NotACompany.</item>
    /// </list>
    /// Select-Object keeps the original type's name ("Selected.QuickpassPsa.Core.Accounts.Account"), so a trimmed account is still an account.
    /// </summary>
    internal sealed class PipedCompany
    {
        /// <summary>The columns that make a plain row a person's (an account or contact export), whose Id is not a company's.</summary>
        private static readonly string[] PersonColumns =
        {
            "FirstName", "LastName", "GivenName", "Surname", "DisplayName", "Email", "Emails", "EmailAddress", "Mail", "UserPrincipalName", "MobilePhone",
        };

        private PipedCompany()
        {
        }

        /// <summary>A live company, used as it is (Get-PsaContact) or read again by its id (Get-PsaCompany).</summary>
        public PsaCompany? Company { get; private set; }

        /// <summary>The company's id in the PSA (also set for a live company).</summary>
        public string? Id { get; private set; }

        /// <summary>The PSA the object says the id belongs to, or null when it does not say.</summary>
        public string? Psa { get; private set; }

        /// <summary>A string or a number: the company's name (or pattern), as -Name and -CompanyName take it.</summary>
        public string? Name { get; private set; }

        /// <summary>How the object named the company, for -Verbose ("the company of contact Pat Quinn [250]"), or null for a company row.</summary>
        public string? Via { get; private set; }

        /// <summary>Why the object names no company (QuickpassPsa.NotACompany), or null.</summary>
        public ErrorRecord? Error { get; private set; }

        /// <summary>What <paramref name="input"/> says about a company; <paramref name="cmdlet"/>, <paramref name="idParameter"/> and <paramref name="nameParameter"/> go into the error's advice.</summary>
        public static PipedCompany Read(PSObject input, string cmdlet, string idParameter, string nameParameter)
        {
            var value = input.BaseObject;
            if (value is string || value.GetType().IsPrimitive || value is decimal)
            {
                var name = LanguagePrimitives.ConvertTo<string>(value)?.Trim();
                return string.IsNullOrEmpty(name)
                    ? Refuse(value, "The piped value is blank, so it names no company.", cmdlet, idParameter, nameParameter)
                    : new PipedCompany { Name = name };
            }
            if (value is PsaCompany live) return new PipedCompany { Company = live, Id = live.Id, Psa = live.Psa };

            var type = TypeName(input);
            var target = value is PSCustomObject ? (object)input : value;
            if (type == typeof(PsaCompany).FullName)
            {
                var id = Text(input, "Id");
                return id == null
                    ? Refuse(target, "The piped company " + Describe(input) + " has no Id, so it names no company.", cmdlet, idParameter, nameParameter)
                    : new PipedCompany { Id = id, Psa = Text(input, "Psa") };
            }
            if (type.StartsWith("QuickpassPsa.", StringComparison.Ordinal))
            {
                var companyId = Text(input, "CompanyId");
                var what = What(type, input);
                if (companyId != null) return new PipedCompany { Id = companyId, Psa = Text(input, "Psa"), Via = "the company of " + what };
                if (type == typeof(Account).FullName) return RefuseAccount(target, input, cmdlet);
                return Refuse(target, "The piped " + what + " is not a company and names none (it has no CompanyId)" +
                    (input.Properties["Id"] == null ? "." : ": its Id is its own, not a company id."), cmdlet, idParameter, nameParameter);
            }
            if (value is PSCustomObject && (type == typeof(PSCustomObject).FullName || type == typeof(object).FullName))
            {
                return PlainRow(input, cmdlet, idParameter, nameParameter);
            }
            return Refuse(target, "The piped " + type + " is not a company, a contact or a row that names one (with a CompanyId or Id column), " +
                "so its Id, if it has one, is not read as a company id.", cmdlet, idParameter, nameParameter);
        }

        /// <summary>An Import-Csv or ConvertFrom-Json row: its CompanyId column, else its Id column when the row is not a person's.</summary>
        private static PipedCompany PlainRow(PSObject row, string cmdlet, string idParameter, string nameParameter)
        {
            var companyId = Text(row, "CompanyId");
            if (companyId != null) return new PipedCompany { Id = companyId, Psa = Text(row, "Psa"), Via = "the row's CompanyId" };
            if (row.Properties["CompanyId"] != null)
            {
                return Refuse(row, "The piped row's CompanyId is blank, so it names no company.", cmdlet, idParameter, nameParameter);
            }
            if (row.Properties["Id"] == null)
            {
                return Refuse(row, "The piped row has neither a CompanyId nor an Id column, so it names no company.", cmdlet, idParameter, nameParameter);
            }
            var person = PersonColumns.Where(c => row.Properties[c] != null).ToList();
            if (person.Count > 0)
            {
                return Refuse(row, "The piped row has an Id column but also a person's columns (" + string.Join(", ", person.Take(3)) + "): it looks like an account " +
                    "or a contact, whose Id is its own, not a company id. Nothing was read for it.", cmdlet, idParameter, nameParameter);
            }
            var id = Text(row, "Id");
            return id == null
                ? Refuse(row, "The piped row's Id is blank, so it names no company.", cmdlet, idParameter, nameParameter)
                : new PipedCompany { Id = id, Psa = Text(row, "Psa") };
        }

        private static PipedCompany RefuseAccount(object target, PSObject account, string cmdlet)
        {
            var customer = Text(account, "Customer");
            var message = "The piped account " + Describe(account) + " is not a company: its Id" + (Text(account, "Id") is { } id ? " (" + id + ")" : string.Empty) +
                " is the account's own, not a company id, so " + cmdlet + " read nothing for it.";
            var action = customer == null
                ? "Find the company of the account's customer with Find-PsaCompanyMatch (... | Find-PsaCompanyMatch), then use its CompanyId."
                : "Find the company of the account's customer with Find-PsaCompanyMatch ($accounts | Find-PsaCompanyMatch), or by name: " +
                  CompanyNameLookup.Command(cmdlet + (cmdlet == "Get-PsaCompany" ? " -Name" : " -CompanyName"), customer) + ".";
            return new PipedCompany { Error = LookupErrors.NotACompany(message, action, target) };
        }

        private static PipedCompany Refuse(object target, string message, string cmdlet, string idParameter, string nameParameter) => new PipedCompany
        {
            Error = LookupErrors.NotACompany(message,
                "Pipe companies from Get-PsaCompany, contacts from Get-PsaContact, or rows with a CompanyId or Id column to " + cmdlet +
                "; or give the company's id with " + idParameter + " or its name with " + nameParameter + ".", target),
        };

        /// <summary>"contact 'Pat Quinn [250]'", "row of Find-PsaContactMatch '...'": the object's kind and its own text.</summary>
        private static string What(string type, PSObject input)
        {
            var kind = type.Substring(type.LastIndexOf('.') + 1) switch
            {
                "PsaContact" => "contact",
                "PsaConnection" => "connection",
                "ContactMatch" => "row of Find-PsaContactMatch",
                "CompanyMatch" => "row of Find-PsaCompanyMatch",
                "ContactMatchDecision" => "contact decision",
                "CompanyMatchDecision" => "company decision",
                "CustomerMatchSummary" => "customer summary",
                "CwCommunicationType" => "communication type",
                var other => other,
            };
            return kind + " " + Describe(input);
        }

        /// <summary>The object's own text (its ToString), or its Id, in brackets or quotes.</summary>
        private static string Describe(PSObject input)
        {
            var text = input.BaseObject is PSCustomObject ? Text(input, "DisplayName") ?? Text(input, "Name") ?? Text(input, "Email") : input.BaseObject.ToString();
            if (string.IsNullOrWhiteSpace(text)) return Text(input, "Id") is { } id ? "[" + id + "]" : "(no name)";
            return text!.Contains("[") ? text : "'" + text + "'";
        }

        /// <summary>The object's type as it was made: Deserialized., CSV: (an Import-Csv #TYPE line) and Selected. set aside.</summary>
        private static string TypeName(PSObject input)
        {
            if (!(input.BaseObject is PSCustomObject)) return input.BaseObject.GetType().FullName ?? string.Empty;
            var name = input.TypeNames.Count > 0 ? input.TypeNames[0] : typeof(PSCustomObject).FullName!;
            foreach (var prefix in new[] { "Deserialized.", "CSV:", "Selected.", "Deserialized.", "Selected." })
            {
                if (name.StartsWith(prefix, StringComparison.Ordinal)) name = name.Substring(prefix.Length);
            }
            return name;
        }

        /// <summary>A property's value as trimmed text, or null when it is missing or blank.</summary>
        private static string? Text(PSObject input, string name)
        {
            var text = PipelineArgument.Text(input, name)?.Trim();
            return string.IsNullOrEmpty(text) ? null : text;
        }
    }
}
