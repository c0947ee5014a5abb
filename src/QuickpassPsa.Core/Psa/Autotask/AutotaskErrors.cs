using System;
using System.Linq;

namespace QuickpassPsa.Core.Psa.Autotask
{
    /// <summary>
    /// Turns Autotask's error answers into what the user must check. What we rely on (psa-api.md B2 and the
    /// simulator's AutotaskAuth, which follows it):
    /// <list type="bullet">
    /// <item>401 on any call: the user is known and the secret is wrong.</item>
    /// <item>500 whose text names the integration code, the tracking identifier or the ApiIntegrationCode header: the integration code.</item>
    /// <item>500 whose text names the user name or an API user ("Unable to authenticate: the user name ... was not found or is not an API user"): the user name.</item>
    /// <item>Otherwise a 500 is left alone here (it is also Autotask's status for validation and business rules);
    /// only <see cref="AutotaskClient.ValidateAsync"/>, whose call cannot fail on business rules, reads an unexplained 500 as
    /// "check the integration code" (when the zone lookup already confirmed the user) or "the user name or the integration code".</item>
    /// <item>The thread-limit error (Itgenatr005, "thread threshold") is read first, whatever else its text names (it counts threads
    /// per "API tracking identifier"), gets a hint of its own, and is retried by the transport like a 429.</item>
    /// </list>
    /// </summary>
    internal static class AutotaskErrors
    {
        public const string ThreadLimitCode = "Itgenatr005";

        public static string UserNameHint(string user) =>
            "Check the user name: Autotask does not know the API user '" + user + "'. Use the user name of an API-only user (an email-like name), as shown in Autotask under Resources/Users.";

        public const string SecretHint =
            "Check the secret: Autotask knows the user name but refused its secret (HTTP 401). Copy the API user's secret again, or generate a new one.";

        public const string IntegrationCodeHint =
            "Check the integration code: the user name and secret were accepted but Autotask refused the API integration code (tracking identifier) of the API user.";

        public const string UserNameOrIntegrationCodeHint =
            "Check the user name and the integration code: Autotask refused the login with HTTP 500, which it answers for an unknown user name and for a wrong API integration code alike.";

        public const string ThreadLimitHint =
            "Autotask allows three requests at a time per endpoint and integration code; another program using the same integration code is running requests now. Try again in a moment.";

        /// <summary>The exception to throw instead of <paramref name="ex"/>, or null to keep it.</summary>
        public static PsaApiException? Explain(PsaApiException ex, string user)
        {
            if (ex is AutotaskCredentialException || ex is PsaAmbiguousWriteException) return null;
            if (ex.StatusCode == 401) return AutotaskCredentialException.From(ex, AutotaskCredential.Secret, SecretHint);
            var text = string.Join(" ", ex.Messages);
            // First: its text may name the "API tracking identifier" it counts threads by, which is no refused credential.
            if (IsThreadLimit(ex)) return new PsaApiException(ex.Psa, ex.Method, ex.Path, ex.StatusCode, ThreadLimitCode, ex.Messages, ThreadLimitHint, ex);
            if (ex.StatusCode == 500)
            {
                if (Contains(text, "integration code") || Contains(text, "tracking identifier") || Contains(text, "ApiIntegrationCode"))
                {
                    return AutotaskCredentialException.From(ex, AutotaskCredential.IntegrationCode, IntegrationCodeHint);
                }
                if (Contains(text, "user name") || Contains(text, "username") || Contains(text, "API user"))
                {
                    return AutotaskCredentialException.From(ex, AutotaskCredential.UserName, UserNameHint(user));
                }
            }
            return null;
        }

        public static bool IsThreadLimit(PsaApiException ex) => ex.Messages.Any(SaysThreadLimit);

        /// <summary>An error text (or body) of the thread limit: its code Itgenatr005, or its words "thread threshold".</summary>
        public static bool SaysThreadLimit(string text) => Contains(text, ThreadLimitCode) || Contains(text, "thread threshold");

        private static bool Contains(string text, string part) => text.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
