using System;
using System.Collections.Generic;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Core.Psa.Writes.Creates
{
    /// <summary>
    /// Addresses (normalised) whose create got no answer in this run: not sent again until a later run. The same address again
    /// in the run, after its create got no answer: the PSA may still be storing that one, and the lookup would not see it yet
    /// (round 43: a second row made the twin the first create was kept from making).
    /// </summary>
    internal sealed class UnansweredCreates
    {
        private readonly Dictionary<string, string> _sent = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>The create for this address got no answer.</summary>
        public void Add(string email) => _sent[Key(email)] = email;

        /// <summary>The address as the unanswered create sent it, when one was sent for this address (any case, a mailto: aside); else null.</summary>
        public string? SentAs(string email) => _sent.TryGetValue(Key(email), out var sent) ? sent : null;

        private static string Key(string email) => EmailNormalizer.Normalize(email) ?? email;
    }
}
