using System;
using System.Collections.Generic;
using System.Net.Http;

namespace QuickpassPsa.Core.Psa.Http
{
    internal enum RequestKind
    {
        /// <summary>GET, count, query: safe to repeat.</summary>
        Read,

        /// <summary>PATCH/PUT/DELETE of a known record: repeating it leaves the same state.</summary>
        Update,

        /// <summary>POST that creates a record: repeated only when it certainly did not happen.</summary>
        Create,
    }

    /// <summary>One request, described so it can be sent again on a retry (an HttpRequestMessage cannot).</summary>
    internal sealed class PsaRequest
    {
        public PsaRequest(HttpMethod method, Uri url, RequestKind kind)
        {
            Method = method;
            Url = url;
            Kind = kind;
        }

        public HttpMethod Method { get; }
        public Uri Url { get; }
        public RequestKind Kind { get; }

        /// <summary>JSON body (sent as UTF-8 application/json), or null.</summary>
        public string? JsonBody { get; set; }

        /// <summary>Request headers (auth included); never logged unredacted.</summary>
        public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>Method and path with query, for messages: no host, no headers.</summary>
        public string Describe() => Method.Method + " " + Url.PathAndQuery;
    }

    /// <summary>A successful answer: status, UTF-8 body text, headers (names case-insensitive).</summary>
    internal sealed class PsaResponse
    {
        public PsaResponse(int status, string body, IReadOnlyDictionary<string, string> headers, Uri url)
        {
            Status = status;
            Body = body;
            Headers = headers;
            Url = url;
        }

        public int Status { get; }
        public string Body { get; }
        public IReadOnlyDictionary<string, string> Headers { get; }
        public Uri Url { get; }

        public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
    }
}
