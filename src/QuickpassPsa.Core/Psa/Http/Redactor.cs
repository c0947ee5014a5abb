using System;
using System.Collections.Generic;
using System.Linq;

namespace QuickpassPsa.Core.Psa.Http
{
    /// <summary>
    /// Keeps secrets out of every log line: headers that carry credentials are masked by name, and the
    /// connection's own secret values are masked wherever they appear in text.
    /// </summary>
    internal sealed class Redactor
    {
        private static readonly HashSet<string> SecretHeaders = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Authorization", "Secret", "ApiIntegrationCode", "Proxy-Authorization", "Cookie", "Set-Cookie",
        };

        private readonly List<string> _secrets = new List<string>();

        /// <summary>A value that must never appear in any message (keys, secrets, integration codes).</summary>
        public void AddSecret(string? value)
        {
            if (string.IsNullOrEmpty(value) || value!.Length < 3) return;
            lock (_secrets)
            {
                if (!_secrets.Contains(value)) _secrets.Add(value);
            }
        }

        public string Redact(string? text)
        {
            if (string.IsNullOrEmpty(text)) return text ?? string.Empty;
            string[] secrets;
            lock (_secrets) secrets = _secrets.ToArray();
            foreach (var secret in secrets.OrderByDescending(s => s.Length))
            {
                text = text!.Replace(secret, "***");
            }
            return text!;
        }

        public static bool IsSecretHeader(string name) => SecretHeaders.Contains(name);

        /// <summary>"Name: value" lines with secret headers masked.</summary>
        public string DescribeHeaders(IEnumerable<KeyValuePair<string, string>> headers) =>
            string.Join("; ", headers.Select(h => h.Key + ": " + (IsSecretHeader(h.Key) ? "***" : Redact(h.Value))));
    }
}
