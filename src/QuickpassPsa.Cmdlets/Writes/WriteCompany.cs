using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using QuickpassPsa.Cmdlets.Companies;
using QuickpassPsa.Cmdlets.Errors;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Writes
{
    /// <summary>
    /// The one company New-PsaContact creates in, named once for the whole run by -Company, -CompanyId or
    /// -CompanyName (a name as every cmdlet reads it, never a pattern; -Company 'name' the same). Every failure here concerns every item, so it is returned
    /// as a terminating error.
    /// Seam: the findmatch part builds a shared company-parameter base; once merged, New-PsaContact can take its
    /// parameters from there and this class goes.
    /// </summary>
    internal static class WriteCompany
    {
        /// <param name="run">Runs PSA work on the cmdlet's pump (PsaAsyncCmdlet.Run).</param>
        /// <param name="lookup">The shared company-name lookup (<see cref="CompanyNameLookup"/>) on the cmdlet's pump.</param>
        public static (PsaCompany? Company, ErrorRecord? Error) Resolve(PsaConnection connection, PsaCompany? company, string? companyId, string? companyName,
            Func<Func<CancellationToken, Task<object?>>, object?> run, CompanyNameLookup lookup)
        {
            var given = (company != null ? 1 : 0) + (companyId != null ? 1 : 0) + (companyName != null ? 1 : 0);
            if (given != 1) return (null, WriteErrors.CompanyRequired(given));
            var parameter = "-CompanyName";
            if (company != null && company.NameOnly)
            {
                parameter = "-Company";
                // -Company 'Contoso Ltd': a name, read exactly as -CompanyName reads it (round 67b: it was read literally, so a
                // stored name with spaces around it or a name written with Tab's backtick escapes found no company).
                companyName = company.Name;
                company = null;
            }

            if (company != null)
            {
                return string.Equals((company.Psa ?? string.Empty).Trim(), connection.Psa.ToString(), StringComparison.OrdinalIgnoreCase)
                    ? (company, null)
                    : (null, LookupErrors.PsaMismatch(company.Psa, connection, company));
            }
            if (companyId != null)
            {
                var id = companyId.Trim();
                var byId = (PsaCompany?)run(async token => await connection.Client.GetCompanyAsync(id, token).ConfigureAwait(false));
                return byId != null ? (byId, null) : (null, PsaErrors.CompanyNotFound("has the id " + id, connection, companyId));
            }

            // -CompanyName and -Company 'name' are read as every cmdlet reads a name (CompanyNameLookup), except that a pattern is
            // never expanded and a name is never folded: a create must not land in a company a pattern or a near spelling happened to match.
            var result = lookup.Find(companyName!, CompanyNameReading.NameOnly);
            if (result.InvalidPattern != null) return (null, LookupErrors.InvalidCompanyPattern(result, parameter, null, connection, companyName!));
            if (result.Found.Count == 1) return (result.Found[0], null);
            if (result.Found.Count > 1) return (null, LookupErrors.CompanyAmbiguous(result.Several, result.Found, companyName!));
            return (null, PsaErrors.CompanyNotFound(result.One, connection, companyName!, result.Hint));
        }
    }
}
