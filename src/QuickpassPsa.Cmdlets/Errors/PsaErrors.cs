using System;
using System.Management.Automation;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Http;

namespace QuickpassPsa.Cmdlets.Errors
{
    /// <summary>Error records for PSA failures: one stable id and category per kind, the message and hint of the PSA's answer.</summary>
    internal static class PsaErrors
    {
        public static ErrorRecord From(PsaApiException ex, object? target)
        {
            string id;
            ErrorCategory category;
            if (Special(ex) is { } special)
            {
                (id, category) = special;
            }
            else if (ex.IsAuthenticationFailure)
            {
                // Autotask refuses a user name or integration code with HTTP 500 (AutotaskCredentialException).
                (id, category) = (ErrorIds.PsaAuthenticationFailed, ErrorCategory.AuthenticationError);
            }
            else switch (ex.StatusCode)
            {
                case 401:
                case 403:
                    (id, category) = (ErrorIds.PsaAuthenticationFailed, ErrorCategory.AuthenticationError);
                    break;
                case 404:
                    (id, category) = (ErrorIds.PsaNotFound, ErrorCategory.ObjectNotFound);
                    break;
                case 429:
                    (id, category) = (ErrorIds.PsaRateLimited, ErrorCategory.LimitsExceeded);
                    break;
                case null:
                    (id, category) = (ErrorIds.PsaUnreachable, ErrorCategory.ConnectionError);
                    break;
                default:
                    (id, category) = (ErrorIds.PsaRequestFailed, ErrorCategory.ProtocolError);
                    break;
            }
            var record = new ErrorRecord(ex, id, category, target);
            if (ex.Hint != null) record.ErrorDetails = new ErrorDetails(ex.Message) { RecommendedAction = ex.Hint };
            return record;
        }

        /// <summary>Failures with an id of their own wherever they happen: a time limit ran out, or the server's certificate was refused.</summary>
        private static (string Id, ErrorCategory Category)? Special(PsaApiException ex) => ex switch
        {
            PsaTimeoutException _ => (ErrorIds.PsaTimeout, ErrorCategory.OperationTimeout),
            PsaCertificateException _ => (ErrorIds.PsaCertificateUntrusted, ErrorCategory.SecurityError),
            _ => null,
        };

        /// <summary>
        /// Connect-Psa's failure: the PSA's own answer, with the hint saying which value to check. A time limit or a
        /// refused certificate keeps its own id (it is not about the credentials).
        /// </summary>
        public static ErrorRecord ConnectFailed(PsaApiException ex, object target) =>
            new ErrorRecord(ex, Special(ex)?.Id ?? ErrorIds.PsaConnectFailed,
                Special(ex)?.Category ?? (ex.StatusCode == null ? ErrorCategory.ConnectionError : ErrorCategory.AuthenticationError), target)
            {
                ErrorDetails = new ErrorDetails("Could not connect: " + ex.Message) { RecommendedAction = ex.Hint ?? "Check the server and the credentials." },
            };

        /// <summary>"No company {what} in {connection}." — non-terminating: the other companies of the pipeline go on.</summary>
        public static ErrorRecord CompanyNotFound(string what, PsaConnection connection, object target, string? hint = null) =>
            new ErrorRecord(new ItemNotFoundException("No company " + what + " in " + connection + "." + (hint == null ? string.Empty : " " + hint)),
                ErrorIds.CompanyNotFound, ErrorCategory.ObjectNotFound, target);

        public static ErrorRecord NotConnected() =>
            new ErrorRecord(new InvalidOperationException("There is no PSA connection. Run Connect-Psa first, or pass -Connection."),
                ErrorIds.PsaNotConnected, ErrorCategory.ConnectionError, null)
            {
                ErrorDetails = new ErrorDetails("There is no PSA connection. Run Connect-Psa first, or pass -Connection.") { RecommendedAction = "Connect-Psa" },
            };

        public static ErrorRecord Closed(PsaConnection connection) =>
            new ErrorRecord(new InvalidOperationException("The connection " + connection + " was closed with Disconnect-Psa. Connect again."),
                ErrorIds.PsaNotConnected, ErrorCategory.ConnectionError, connection);
    }
}
