using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using QuickpassPsa.Cmdlets.Errors;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Writes
{
    /// <summary>
    /// The one company New-PsaContact creates in, named once for the whole run by -Company, -CompanyId or
    /// -CompanyName (exact). Every failure here concerns every item, so it is returned as a terminating error.
    /// Seam: the findmatch part builds a shared company-parameter base; once merged, New-PsaContact can take its
    /// parameters from there and this class goes.
    /// </summary>
    internal static class WriteCompany
    {
        /// <param name="run">Runs PSA work on the cmdlet's pump (PsaAsyncCmdlet.Run).</param>
        public static (PsaCompany? Company, ErrorRecord? Error) Resolve(PsaConnection connection, PsaCompany? company, string? companyId, string? companyName,
            Func<Func<CancellationToken, Task<object?>>, object?> run)
        {
            var given = (company != null ? 1 : 0) + (companyId != null ? 1 : 0) + (companyName != null ? 1 : 0);
            if (given != 1) return (null, WriteErrors.CompanyRequired(given));
            if (company != null && company.NameOnly)
            {
                // -Company 'Contoso Ltd': the exact name, as -CompanyName takes it.
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

            var name = companyName!.Trim();
            if (LookupErrors.Unsearchable(connection, name, "company name") is { } unsearchable) return (null, unsearchable);
            var named = (IReadOnlyList<PsaCompany>)run(async token => await connection.Client.GetCompaniesAsync(name, token).ConfigureAwait(false))!;
            if (named.Count == 1) return (named[0], null);
            return named.Count == 0
                ? (null, PsaErrors.CompanyNotFound("is named '" + name + "'", connection, companyName, "Get-PsaCompany -Name '*" + WildcardPattern.Escape(name).Replace("'", "''") + "*' lists similar names."))
                : (null, LookupErrors.CompanyAmbiguous("are named '" + name + "'", named, companyName));
        }
    }
}
