using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;

namespace QuickpassPsa.Core.Psa.Http
{
    /// <summary>
    /// What the ConnectWise and Autotask transports share on top of the one <see cref="PsaHttpClient"/>: the API
    /// base found once per connection on first use (codebase or zone discovery, which differs), the redacting
    /// output, and the paging loop with its progress, its loop guard and the one rule for next-page links
    /// (same origin as the API base, or a clear refusal: the links are sent our credentials).
    /// </summary>
    internal abstract class PsaTransport : IDisposable
    {
        private readonly SemaphoreSlim _discovery = new SemaphoreSlim(1, 1);
        private Uri? _apiBase;

        protected PsaTransport(string psa, PsaHttpOptions options)
        {
            PsaName = psa;
            Options = options ?? throw new ArgumentNullException(nameof(options));
            Http = new PsaHttpClient(psa, options, new Redactor());
        }

        /// <summary>"ConnectWise" or "Autotask", for messages.</summary>
        public string PsaName { get; }

        protected PsaHttpOptions Options { get; }

        protected PsaHttpClient Http { get; }

        /// <summary>Every secret this connection has revealed: nothing it writes shows them.</summary>
        public Redactor Redactor => Http.Redactor;

        /// <summary>The API base once known, without asking for it.</summary>
        public Uri? KnownApiBase => Volatile.Read(ref _apiBase);

        /// <summary>The API base, discovered on the first call (one discovery even when calls start together).</summary>
        public async Task<Uri> ApiBaseAsync(CancellationToken cancellationToken)
        {
            var known = Volatile.Read(ref _apiBase);
            if (known != null) return known;
            await _discovery.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (_apiBase != null) return _apiBase;
                var found = await DiscoverApiBaseAsync(cancellationToken).ConfigureAwait(false);
                Volatile.Write(ref _apiBase, found);
                return found;
            }
            finally
            {
                _discovery.Release();
            }
        }

        /// <summary>Finds the API base: ConnectWise asks company info for the codebase, Autotask the zone lookup.</summary>
        protected abstract Task<Uri> DiscoverApiBaseAsync(CancellationToken cancellationToken);

        public void Verbose(string message) => Options.Output.Verbose(Redactor.Redact(message));

        /// <summary>
        /// Reads every page: <paramref name="readPage"/> fetches one URL and names the next page (absolute or relative,
        /// null on the last); the next URL must stay on the API base's origin and must not repeat. <paramref name="progress"/>
        /// gets the running count after each page.
        /// </summary>
        /// <summary>Empty pages that each link to another, in a row, before the read stops with an error.</summary>
        internal const int MaxEmptyPagesInARow = 3;

        protected async Task<List<JObject>> ReadPagesAsync(string what, string method, Uri first, Func<Uri, CancellationToken, Task<PsaPage>> readPage,
            IProgress<int>? progress, CancellationToken cancellationToken)
        {
            var apiBase = await ApiBaseAsync(cancellationToken).ConfigureAwait(false);
            var items = new List<JObject>();
            var visited = new HashSet<string>(StringComparer.Ordinal) { first.AbsoluteUri };
            var seen = new HashSet<long>();
            var emptyInARow = 0;
            var url = first;
            for (var page = 1; ; page++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var result = await readPage(url, cancellationToken).ConfigureAwait(false);
                var repeated = 0;
                foreach (var item in result.Items)
                {
                    // A record is listed once, whatever the server sends: twice, it would be Ambiguous with itself.
                    if (item["id"] is JValue { Type: JTokenType.Integer } id && !seen.Add(id.Value<long>()))
                    {
                        repeated++;
                        continue;
                    }
                    items.Add(item);
                }
                if (repeated > 0 && repeated == result.Items.Count)
                {
                    // A page of records all sent before: the server's paging went wrong (a page sent again, a cursor that
                    // stood still), and following on would loop until the time limit.
                    throw new PsaApiException(PsaName, method, url.PathAndQuery, 200, null,
                        new[] { "The server sent page " + page + " with only records it had sent before; paging stopped after " + Counted.Of(items.Count, "record") + ", and the list was not read to the end." },
                        "Try again; if it happens again, the PSA's paging is at fault: report it to the PSA's support.");
                }
                if (repeated > 0) Verbose(PsaName + " " + what + " page " + page + ": " + repeated + " records sent before were left out.");
                progress?.Report(items.Count);
                Verbose(PsaName + " " + what + " page " + page + ": " + result.Items.Count + " records, " + items.Count + " so far" + (result.Next == null ? "; last page." : "."));
                if (result.Next == null) return items;
                // An empty page that links to another is followed (stopping there would lose the rest without a word), a
                // few times: a server that keeps sending empty pages with new links would otherwise page for ever.
                emptyInARow = result.Items.Count == 0 ? emptyInARow + 1 : 0;
                if (emptyInARow >= MaxEmptyPagesInARow)
                {
                    throw new PsaApiException(PsaName, method, url.PathAndQuery, 200, null,
                        new[] { "The server sent " + emptyInARow + " empty pages in a row, each with a link to another; paging stopped after " + Counted.Of(items.Count, "record") + ", and the list may not have been read to the end." });
                }

                var next = NextPage(result.Next, url, apiBase, method);
                if (!visited.Add(next.AbsoluteUri))
                {
                    throw new PsaApiException(PsaName, method, url.PathAndQuery, 200, null,
                        new[] { "The server sent a next-page link it had sent before; paging stopped to avoid a loop after " + Counted.Of(items.Count, "record") + "." });
                }
                url = next;
            }
        }

        /// <summary>
        /// The one next-link rule of both PSAs: a relative link resolves against the current page; an absolute one
        /// must name the API base's origin (scheme, host and port), because the next request carries our
        /// credentials. Anything else is refused with an error, never followed and never silently rewritten.
        /// </summary>
        internal Uri NextPage(string link, Uri current, Uri apiBase, string method)
        {
            if (!Uri.TryCreate(current, link, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                throw new PsaApiException(PsaName, method, current.PathAndQuery, 200, null, new[] { "The server sent a next-page link that is not an HTTP address; paging stopped." });
            }
            if (!PsaUrls.SameOrigin(url, apiBase))
            {
                throw new PsaApiException(PsaName, method, current.PathAndQuery, 200, null,
                    new[] { "The next-page link points at " + PsaUrls.Origin(url) + ", another origin than the API's " + PsaUrls.Origin(apiBase) +
                            "; it was not followed, so no credentials left " + PsaUrls.Origin(apiBase) + ", and the list was not read to the end." },
                    "Check the server or zone URL given to Connect-Psa: it should be the address the PSA itself uses in its links.");
            }
            return url;
        }

        public virtual void Dispose()
        {
            Http.Dispose();
            _discovery.Dispose();
        }
    }

    /// <summary>One page of a list: its records and the link to the next page (null on the last).</summary>
    internal sealed class PsaPage
    {
        public PsaPage(IReadOnlyList<JObject> items, string? next)
        {
            Items = items;
            Next = next;
        }

        public IReadOnlyList<JObject> Items { get; }
        public string? Next { get; }
    }
}
