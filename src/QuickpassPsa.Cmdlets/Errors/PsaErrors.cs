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
            // The item a failed create or update was for is named in the message (round 61b: "POST .../contacts failed with HTTP 500", of whom?).
            return ErrorTargets.Named(new ErrorRecord(ex, id, category, target)
            {
                ErrorDetails = new ErrorDetails(ex.Message) { RecommendedAction = ex.Hint ?? RecommendedFor(id) },
            });
        }

        private static string RecommendedFor(string id) => id switch
        {
            ErrorIds.PsaAuthenticationFailed => "Check the keys and the API member's permissions, then run Connect-Psa again.",
            ErrorIds.PsaNotFound => "Check the id or name.",
            ErrorIds.PsaRateLimited => "Wait a while, or raise -MaximumRetryCount and -MaximumRetryWaitSec on Connect-Psa.",
            ErrorIds.PsaUnreachable => "Check the server name and the network, then try again.",
            ErrorIds.PsaTimeout => "Raise -TimeoutSec or -CommandTimeoutSec on Connect-Psa, or check that the server answers.",
            ErrorIds.PsaCertificateUntrusted => "Check the server name; trust the server's certificate on this machine only if it is the right server.",
            _ => "Check the PSA's message; try again later if it is a server fault.",
        };

        /// <summary>Failures with an id of their own wherever they happen: a time limit ran out, or the server's certificate was refused.</summary>
        private static (string Id, ErrorCategory Category)? Special(PsaApiException ex) => ex switch
        {
            PsaTimeoutException _ => (ErrorIds.PsaTimeout, ErrorCategory.OperationTimeout),
            PsaCertificateException _ => (ErrorIds.PsaCertificateUntrusted, ErrorCategory.SecurityError),
            PsaInvalidValueException _ => (ErrorIds.ContactValueInvalid, ErrorCategory.InvalidData),
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
                ErrorIds.CompanyNotFound, ErrorCategory.ObjectNotFound, target)
            {
                ErrorDetails = new ErrorDetails("No company " + what + " in " + connection + "." + (hint == null ? string.Empty : " " + hint))
                {
                    RecommendedAction = hint ?? "Check the name or id with Get-PsaCompany, and that the connection is the right PSA instance.",
                },
            };

        /// <summary>
        /// The one rule for PSA failures in every PSA cmdlet: what stops every later call too (a rejected login,
        /// no answer, rate limit or server outage left after the retries) is terminating; what concerns one item
        /// (a 400 for its value, a 404, Autotask's 500 for a bad query) is non-terminating and the pipeline goes on.
        /// </summary>
        public static void Report(Cmdlet cmdlet, PsaApiException ex, object? target)
        {
            var record = From(ex, target);
            if (StopsEverything(ex)) cmdlet.ThrowTerminatingError(record);
            else cmdlet.WriteError(record);
        }

        internal static bool StopsEverything(PsaApiException ex) =>
            !(ex is PsaInvalidValueException) && // a value refused before sending concerns its record only
            (ex.IsAuthenticationFailure || ex is PsaTimeoutException || ex is PsaCertificateException || ex.StatusCode == null || ex.StatusCode == 401 || ex.StatusCode == 403 ||
            ex.StatusCode == 429 || ex.StatusCode == 502 || ex.StatusCode == 503 || ex.StatusCode == 504);


        public static ErrorRecord NotConnected() =>
            new ErrorRecord(new InvalidOperationException("There is no PSA connection. Run Connect-Psa first, or pass -Connection."),
                ErrorIds.PsaNotConnected, ErrorCategory.ConnectionError, null)
            {
                ErrorDetails = new ErrorDetails("There is no PSA connection. Run Connect-Psa first, or pass -Connection.") { RecommendedAction = "Connect-Psa" },
            };

        public static ErrorRecord Closed(PsaConnection connection) =>
            new ErrorRecord(new InvalidOperationException("The connection " + connection + " was closed with Disconnect-Psa. Connect again."),
                ErrorIds.PsaNotConnected, ErrorCategory.ConnectionError, connection)
            {
                ErrorDetails = new ErrorDetails("The connection " + connection + " was closed with Disconnect-Psa. Connect again.") { RecommendedAction = "Connect-Psa" },
            };
    }
}
