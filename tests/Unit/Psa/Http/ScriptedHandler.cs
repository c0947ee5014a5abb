using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace QuickpassPsa.Tests.Psa.Http;

/// <summary>An HttpMessageHandler that answers from a script and records what it was sent.</summary>
public sealed class ScriptedHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpRequestMessage, HttpResponseMessage>> _script = new();

    public List<(string Method, Uri Url, Dictionary<string, string> Headers, string? Body)> Sent { get; } = new();

    public ScriptedHandler Then(HttpStatusCode status, string body = "", Action<HttpResponseMessage>? configure = null)
    {
        _script.Enqueue(_ =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            configure?.Invoke(response);
            return response;
        });
        return this;
    }

    public ScriptedHandler Throw(Exception exception)
    {
        _script.Enqueue(_ => throw exception);
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content == null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Sent.Add((request.Method.Method, request.RequestUri!, request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase), body));
        if (_script.Count == 0) throw new InvalidOperationException("The script has no answer left for " + request.Method + " " + request.RequestUri);
        var response = _script.Dequeue()(request);
        response.RequestMessage = request;
        return response;
    }
}
