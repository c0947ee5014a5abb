using System;
using System.Collections.Generic;
using System.Linq;

namespace QuickpassPsa.Core.Psa
{
    /// <summary>
    /// A PSA call failed: the HTTP status (null when no answer came), the PSA's own error code and messages,
    /// the method and path. Never carries a secret: requests are described without headers.
    /// </summary>
    public class PsaApiException : Exception
    {
        public PsaApiException(string psa, string method, string path, int? status, string? errorCode, IReadOnlyList<string> messages, string? hint = null, Exception? inner = null)
            : base(Compose(psa, method, path, status, errorCode, messages, hint), inner)
        {
            Psa = psa;
            Method = method;
            Path = path;
            StatusCode = status;
            _errorCode = errorCode;
            Messages = messages;
            Hint = hint;
        }

        /// <summary>A failure whose message says itself what happened (a value refused before sending, a time limit), not "failed with no answer".</summary>
        protected PsaApiException(ComposedMessage message, string psa, string method, string path, int? status, IReadOnlyList<string> messages, string? hint, Exception? inner)
            : base(message.Text, inner)
        {
            Psa = psa;
            Method = method;
            Path = path;
            StatusCode = status;
            Messages = messages;
            Hint = hint;
        }

        /// <summary>
        /// The same failure under <paramref name="message"/> (its own message with who it was about before it), this one inside:
        /// Update-PsaContact's errors name the row in $_.Exception.Message too, not only in the message PowerShell shows (round 65b).
        /// </summary>
        internal PsaApiException WithMessage(string message)
        {
            var copy = new PsaApiException(new ComposedMessage(message), Psa, Method, Path, StatusCode, Messages, Hint, this);
            copy._errorCode = ErrorCode;
            return copy;
        }

        private string? _errorCode;

        /// <summary>A whole message, composed by a subclass.</summary>
        protected sealed class ComposedMessage
        {
            public ComposedMessage(string text) => Text = text;

            public string Text { get; }
        }

        public string Psa { get; }
        public string Method { get; }

        /// <summary>The request path and query (never the host's credentials).</summary>
        public string Path { get; }

        public int? StatusCode { get; }
        public string? ErrorCode => _errorCode;
        public IReadOnlyList<string> Messages { get; }

        /// <summary>What the user should check or do, when we can tell.</summary>
        public string? Hint { get; }

        /// <summary>The PSA refused the credentials (401/403; Autotask's credential 500s override this).</summary>
        public virtual bool IsAuthenticationFailure => StatusCode == 401 || StatusCode == 403;

        private static string Compose(string psa, string method, string path, int? status, string? code, IReadOnlyList<string> messages, string? hint)
        {
            if (status is >= 200 and < 400 && messages.Count > 0)
            {
                // The request did not fail: an answer came and was not what it should be (an unknown company's null, a page sent
                // again, a next link elsewhere, a redirect not followed). Said so, not "failed with HTTP 200" (round 63c).
                return psa + " " + method + " " + Shortened(path) + " answered HTTP " + status.Value + ", but " + Lowered(Detail(messages).Substring(2)) +
                       (hint == null ? string.Empty : " " + hint);
            }
            var what = status.HasValue ? "HTTP " + status.Value : "no answer";
            var detail = Detail(hint == null ? messages : WithoutAdvice(messages));
            var codeText = string.IsNullOrEmpty(code) ? string.Empty : " (" + code + ")";
            return psa + " " + method + " " + Shortened(path) + " failed with " + what + codeText + detail + (hint == null ? string.Empty : " " + hint);
        }

        /// <summary>The text with its first word in lower case when it is a plain capitalised word ("The answer", not "ConnectWise").</summary>
        private static string Lowered(string text)
        {
            var end = text.IndexOf(' ');
            var word = end < 0 ? text : text.Substring(0, end);
            if (word.Length < 2 || !char.IsUpper(word[0])) return text;
            for (var i = 1; i < word.Length; i++)
            {
                if (!char.IsLower(word[i])) return text;
            }
            return char.ToLowerInvariant(text[0]) + text.Substring(1);
        }

        /// <summary>
        /// The server's messages without the advice sentences it adds ("Check the company id, public key and private key."), for a
        /// message that carries our own hint: the hint is the advice for this case, said once (round 63a: a wrong ConnectWise private
        /// key read "... Check the company id, public key and private key. Check the public key and private key: the company id is
        /// known ..."). What the server says happened stays; <see cref="Messages"/> keeps the answer as it came.
        /// </summary>
        private static IReadOnlyList<string> WithoutAdvice(IReadOnlyList<string> messages)
        {
            var kept = new List<string>(messages.Count);
            foreach (var message in messages)
            {
                var sentences = System.Text.RegularExpressions.Regex.Split(message.Trim(), @"(?<=[.!?])\s+")
                    .Where(sentence => sentence.Length > 0 && !sentence.StartsWith("Check ", StringComparison.Ordinal) && !sentence.StartsWith("Please check ", StringComparison.OrdinalIgnoreCase));
                var text = string.Join(" ", sentences);
                if (text.Length > 0) kept.Add(text);
            }
            return kept.Count > 0 ? kept : messages;
        }

        /// <summary>": first message. Second message." as messages read after a request is named.</summary>
        protected static string Detail(IReadOnlyList<string> messages) =>
            messages.Count > 0 ? ": " + string.Join(" ", messages.Select(m => m.Trim().TrimEnd('.') + ".")) : ".";

        /// <summary>Longest path shown in a message; Autotask's next-page links carry their whole query, many kilobytes of it.</summary>
        internal const int MaxPathInMessage = 300;

        protected static string Shortened(string path) =>
            path.Length <= MaxPathInMessage ? path : path.Substring(0, MaxPathInMessage) + "... (" + path.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " characters)";
    }

    /// <summary>
    /// A write the PSA took and answered, whose record then could not be read back (the API user may lack the right to read
    /// it). The record exists: the message says so first (round 63c: it read "POST .../Contacts failed with HTTP 200: Contact
    /// 990007 was written but cannot be read back", and the contact was there).
    /// </summary>
    public sealed class PsaReadBackException : PsaApiException
    {
        /// <param name="record">What was written, as a sentence starts: "Contact 990007".</param>
        /// <param name="created">True for a create, false for an update.</param>
        /// <param name="recordId">The PSA's id of the record written (a create's new id), when the answer gave it.</param>
        public PsaReadBackException(string psa, string method, string path, int status, string record, bool created, string hint, string? recordId = null)
            : base(new ComposedMessage(Text(psa, method, path, status, record, created) + " " + hint), psa, method, path, status,
                new[] { record + " was " + (created ? "created" : "updated") + " but could not be read back" }, hint, null)
        {
            RecordId = recordId;
            Created = created;
        }

        /// <summary>The PSA's id of the record written, when the answer gave it: a caller can still link the record it created.</summary>
        public string? RecordId { get; }

        /// <summary>True when the write was a create.</summary>
        public bool Created { get; }

        private static string Text(string psa, string method, string path, int status, string record, bool created) =>
            record + " was " + (created ? "created" : "updated") + " but could not be read back; " + (created ? "it exists in " : "the change is stored in ") + psa + ": " +
            method + " " + Shortened(path) + " answered HTTP " + status + ", and reading the record back found nothing.";
    }

    /// <summary>
    /// A create whose outcome is unknown (timeout or connection cut after the request was sent). Clients
    /// catch it and look the record up before deciding anything.
    /// </summary>
    public sealed class PsaAmbiguousWriteException : PsaApiException
    {
        public PsaAmbiguousWriteException(string psa, string method, string path, Exception inner)
            : base(psa, method, path, null, null, new[] { Cause(inner) + ", so it may or may not have been stored: " + inner.Message }, null, inner)
        {
        }

        /// <summary>A time limit is not a broken connection, and the user's remedy differs (-TimeoutSec; round 43).</summary>
        private static string Cause(Exception inner) =>
            inner is TimeoutException || inner is OperationCanceledException || inner.InnerException is TimeoutException
                ? "No answer came within the per-request time limit (Connect-Psa -TimeoutSec) after the request was sent"
                : "The connection failed after the request was sent";

        private PsaAmbiguousWriteException(PsaAmbiguousWriteException first, string what)
            : base(first.Psa, first.Method, first.Path, null, null,
                first.Messages.Concat(new[]
                {
                    what + " was not found right after, and the create was not sent again: a PSA that is slow to answer may still be storing it, and a second create would store it twice",
                }).ToList(),
                "Run the same command again in a few minutes: it finds the record if the PSA stored it, and creates it if not.", first.InnerException)
        {
            LookedUp = true;
        }

        /// <summary>The record was looked for after the failure and not found (it may still appear): nothing was resent.</summary>
        public bool LookedUp { get; }

        /// <summary>This failure, told that <paramref name="what"/> was looked for and not found, and not sent again.</summary>
        internal PsaAmbiguousWriteException NotFoundAfter(string what) => new PsaAmbiguousWriteException(this, what);
    }
}
