using System;
using System.Linq;
using System.Net.Http;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace QuickpassPsa.Core.Psa.Http
{
    /// <summary>
    /// The platform's own certificate check, made legible: the callback accepts exactly what the default check
    /// accepts (no policy errors) and, when it refuses, notes on the request why ("RemoteCertificateChainErrors
    /// (UntrustedRoot)") so the error can say it instead of a bare "the SSL connection could not be established".
    /// </summary>
    internal static class CertificateCheck
    {
        private const string ProblemKey = "QuickpassPsa.CertificateProblem";

        /// <summary>Installs the callback; where the platform lacks it (old .NET Framework) the default check stays and errors are described from the exception.</summary>
        public static void Install(HttpClientHandler handler)
        {
            try
            {
                handler.ServerCertificateCustomValidationCallback = Validate;
            }
            catch (PlatformNotSupportedException)
            {
                // .NET Framework before 4.7.1: the default validation applies unchanged.
            }
            catch (NotImplementedException)
            {
                // Some .NET Framework and Mono handlers declare the callback but do not implement it: the
                // platform's own validation still applies, only the named reason in the error is lost.
            }
        }

        private static bool Validate(HttpRequestMessage request, X509Certificate2 certificate, X509Chain chain, SslPolicyErrors errors)
        {
            if (errors == SslPolicyErrors.None) return true;
            request.Properties[ProblemKey] = Describe(errors, chain, certificate);
            return false;
        }

        /// <summary>Why the certificate of this request's server was refused, or null when it was not.</summary>
        public static string? Problem(HttpRequestMessage request, Exception ex)
        {
            if (request.Properties.TryGetValue(ProblemKey, out var noted) && noted is string text) return text;
            for (var e = ex; e != null; e = e.InnerException)
            {
                if (e is AuthenticationException) return e.Message;
            }
            return null;
        }

        private static string Describe(SslPolicyErrors errors, X509Chain? chain, X509Certificate2? certificate)
        {
            var statuses = chain?.ChainStatus.Select(s => s.Status).Where(s => s != X509ChainStatusFlags.NoError).Distinct().Select(s => s.ToString()).ToList();
            var detail = statuses != null && statuses.Count > 0 ? " (" + string.Join(", ", statuses) + ")" : string.Empty;
            var subject = certificate == null ? string.Empty : "; certificate " + certificate.Subject + ", issued by " + certificate.Issuer;
            return errors + detail + subject + ".";
        }
    }
}
