using System;
using System.Linq;
using System.Management.Automation;
using QuickpassPsa.Cmdlets.Errors;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Matching.Companies;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Matching
{
    /// <summary>
    /// Which PSA a match row was made on, and the error for a row of the other PSA than the connection's. A row's company and
    /// contact ids are its PSA's: on the other PSA the same numbers name other records (round 60b: an Autotask row saved on a
    /// ConnectWise connection went into the ConnectWise store, and linked the customer to ConnectWise's company 7001, another
    /// company). Every cmdlet that takes rows checks them with this, per row, before anything is stored or written.
    /// </summary>
    internal static class RowPsa
    {
        /// <summary>"ConnectWise" or "Autotask" as the PSA is named; null for anything else ("File", empty).</summary>
        public static string? Known(string? psa)
        {
            var text = psa?.Trim();
            if (string.Equals(text, nameof(PsaKind.ConnectWise), StringComparison.OrdinalIgnoreCase)) return nameof(PsaKind.ConnectWise);
            if (string.Equals(text, nameof(PsaKind.Autotask), StringComparison.OrdinalIgnoreCase)) return nameof(PsaKind.Autotask);
            return null;
        }

        /// <summary>The row's PSA: its own (Find-PsaContactMatch sets it), else its contact's or a candidate's; null when nothing says.</summary>
        public static string? Of(ContactMatch match) =>
            Known(match.Psa) ?? Known(match.Contact?.Psa) ?? match.Candidates.Select(c => Known(c.Contact?.Psa)).FirstOrDefault(p => p != null);

        /// <summary>The company row's PSA: its company's, else a candidate's; null when nothing says.</summary>
        public static string? Of(CompanyMatch match) =>
            Known(match.Company?.Psa) ?? match.Candidates.Select(c => Known(c.Company?.Psa)).FirstOrDefault(p => p != null);

        /// <summary>Null when the row may be used on <paramref name="connection"/> (same PSA, or nothing says); else the error for it.</summary>
        public static ErrorRecord? Mismatch(ContactMatch match, PsaConnection? connection) =>
            Mismatch(Of(match), connection, match, "The row of " + match.Account + (match.Contact == null ? string.Empty : " (contact " + match.Contact + ")") +
                (match.CompanyId == null ? string.Empty : " in company " + (match.CompanyName == null ? string.Empty : "'" + match.CompanyName + "' ") + "[" + match.CompanyId + "]"));

        /// <summary>The same for a row of Find-PsaCompanyMatch.</summary>
        public static ErrorRecord? Mismatch(CompanyMatch match, PsaConnection? connection) =>
            Mismatch(Of(match), connection, match, "The company match of customer '" + match.Customer + "'" + (match.Company == null ? string.Empty : " (company " + match.Company + ")"));

        /// <summary>The same for anything else that names its PSA (a PsaCompany, a -Psa value).</summary>
        public static ErrorRecord? Mismatch(string? psa, PsaConnection? connection, object target, string what)
        {
            var known = Known(psa);
            if (known == null || connection == null || string.Equals(known, connection.Psa.ToString(), StringComparison.Ordinal)) return null;
            var message = what + " was made on " + known + ", but the connection " + connection + " is " + connection.Psa + ": its company and contact ids " +
                "name other records there, and the decisions kept for " + connection.Psa + " are not its own. Nothing was done with it.";
            return new ErrorRecord(new ArgumentException(message), ErrorIds.PsaMismatch, ErrorCategory.InvalidArgument, target)
            {
                ErrorDetails = new ErrorDetails(message)
                {
                    RecommendedAction = "Pass the connection it came from with -Connection (Connect-Psa -" + known + " ...), or match the accounts again on " + connection.Psa + ".",
                },
            };
        }
    }
}
