using System;

namespace QuickpassPsa.Cmdlets.Companies
{
    /// <summary>
    /// A name or pattern that no known value equals and that cannot be read as a wildcard pattern ('Contoso [UK', 'Contoso`'), from
    /// <see cref="CompanyNameLookup.Filter"/>. The cmdlet that gave the text turns it into QuickpassPsa.InvalidNamePattern
    /// (<see cref="Errors.LookupErrors.InvalidNamePattern"/>), naming its own parameter.
    /// </summary>
    internal sealed class InvalidNamePatternException : ArgumentException
    {
        public InvalidNamePatternException(string text, string problem)
            : base("'" + text + "' cannot be read as a wildcard pattern: " + problem + ".")
        {
            Text = text;
            Problem = problem;
        }

        /// <summary>The text as given, trimmed.</summary>
        public string Text { get; }

        /// <summary>Why it is no pattern, as a clause: "its [ has no closing ]".</summary>
        public string Problem { get; }
    }
}
