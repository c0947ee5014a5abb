using System;
using System.Collections.Generic;

namespace QuickpassPsa.Core.Psa.Autotask
{
    /// <summary>Which Connect-Psa value Autotask refused.</summary>
    public enum AutotaskCredential
    {
        /// <summary>The zone lookup or the API does not know the user name (Autotask answers 500).</summary>
        UserName,

        /// <summary>The user is known but the secret is wrong (401).</summary>
        Secret,

        /// <summary>User and secret were accepted but the API integration code (tracking identifier) was not (500).</summary>
        IntegrationCode,

        /// <summary>A 500 on the login check that names neither; with a given ZoneUrl the user name was never confirmed.</summary>
        UserNameOrIntegrationCode,
    }

    /// <summary>
    /// Autotask refused a credential. Its answers are odd (psa-api.md B2): a wrong user name and a wrong
    /// integration code are both HTTP 500, only a wrong secret is 401, so <see cref="PsaApiException.IsAuthenticationFailure"/>
    /// is not enough: <see cref="Credential"/> says which value to check. The message never holds the secret
    /// or the integration code.
    /// </summary>
    public sealed class AutotaskCredentialException : PsaApiException
    {
        public AutotaskCredentialException(AutotaskCredential credential, string method, string path, int? status, string? errorCode,
            IReadOnlyList<string> messages, string hint, Exception? inner)
            : base(AutotaskClient.PsaName, method, path, status, errorCode, messages, hint, inner)
        {
            Credential = credential;
        }

        public AutotaskCredential Credential { get; }

        /// <summary>Always: whatever the status (Autotask answers a wrong user name or integration code with 500), a credential was refused.</summary>
        public override bool IsAuthenticationFailure => true;

        internal static AutotaskCredentialException From(PsaApiException ex, AutotaskCredential credential, string hint) =>
            new AutotaskCredentialException(credential, ex.Method, ex.Path, ex.StatusCode, ex.ErrorCode, ex.Messages, hint, ex);
    }
}
