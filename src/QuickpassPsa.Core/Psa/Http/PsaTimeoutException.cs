using System;
using System.Collections.Generic;

namespace QuickpassPsa.Core.Psa.Http
{
    /// <summary>Which time limit ended the work.</summary>
    internal enum PsaTimeLimit
    {
        /// <summary>No answer to one request within <see cref="PsaHttpOptions.AttemptTimeout"/>, on every attempt.</summary>
        Attempt,

        /// <summary>The command's PSA work ran past <see cref="PsaHttpOptions.CommandTimeout"/>.</summary>
        Command,
    }

    /// <summary>
    /// A PSA call ran out of time. The message says which limit was hit and its value; the hint says how to
    /// raise it. No answer came, so <see cref="PsaApiException.StatusCode"/> is null.
    /// </summary>
    internal sealed class PsaTimeoutException : PsaApiException
    {
        public PsaTimeoutException(string psa, string method, string path, PsaTimeLimit limit, TimeSpan value, IReadOnlyList<string> messages, string hint, Exception? inner)
            : base(new ComposedMessage(psa + " " + method + " " + Shortened(path) + " ran out of time" + Detail(messages) + " " + hint), psa, method, path, null, messages, hint, inner)
        {
            Limit = limit;
            Value = value;
        }

        public PsaTimeLimit Limit { get; }

        /// <summary>The limit that was hit.</summary>
        public TimeSpan Value { get; }
    }

    /// <summary>
    /// The server's TLS certificate was refused (untrusted, expired, for another name). Never retried and never
    /// bypassed: the message names the problem so the user can fix the trust, not switch checking off.
    /// </summary>
    internal sealed class PsaCertificateException : PsaApiException
    {
        public PsaCertificateException(string psa, string method, string path, string problem, Exception? inner)
            : base(psa, method, path, null, null, new[] { "The server's certificate is not trusted: " + problem },
                "Use the server's proper name, or make its certificate trusted on this machine (install the issuing certificate authority); the check is never switched off.", inner)
        {
            Problem = problem;
        }

        /// <summary>The SSL policy errors and chain status, e.g. "RemoteCertificateChainErrors (UntrustedRoot)".</summary>
        public string Problem { get; }
    }
}
