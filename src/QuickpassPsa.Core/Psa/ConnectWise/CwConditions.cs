using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace QuickpassPsa.Core.Psa.ConnectWise
{
    /// <summary>
    /// Builds a ConnectWise <c>conditions</c> or <c>childConditions</c> value: comparisons joined by AND, field
    /// paths checked, literals quoted so a value can never end its string early and add clauses of its own.
    /// <para>
    /// Quoting (psa-api.md A4): strings go in double quotes; a value that contains <c>"</c> but no <c>'</c> goes in
    /// single quotes (the server accepts both); a value with both has no safe form, because the API documents
    /// no escape inside a string literal, so it is refused with an <see cref="ArgumentException"/>. Backslashes
    /// are sent as they are: if a server took <c>\</c> as an escape, the worst outcome is an unterminated string
    /// (a 400), never an extra clause, since the closing quote character cannot occur in the value.
    /// </para>
    /// The result is plain text; <see cref="CwQuery"/> URL-encodes it.
    /// </summary>
    internal sealed class CwConditions
    {
        private static readonly Regex FieldPattern = new Regex(@"^[A-Za-z_][A-Za-z0-9_]*(/[A-Za-z_][A-Za-z0-9_]*)*$", RegexOptions.CultureInvariant);

        private readonly List<string> _clauses = new List<string>();

        public bool IsEmpty => _clauses.Count == 0;

        /// <summary><c>field="value"</c> (or <c>'value'</c>, see the class remarks).</summary>
        public CwConditions Equal(string field, string value) => Add(Field(field) + "=" + Quote(value));

        /// <summary><c>field contains "value"</c>: the value anywhere in the field (quoted as for <see cref="Equal(string, string)"/>).</summary>
        public CwConditions Contains(string field, string value) => Add(Field(field) + " contains " + Quote(value));

        /// <summary><c>field=123</c></summary>
        public CwConditions Equal(string field, long value) => Add(Field(field) + "=" + value.ToString(CultureInfo.InvariantCulture));

        /// <summary><c>field=true</c> / <c>field=false</c></summary>
        public CwConditions Equal(string field, bool value) => Add(Field(field) + "=" + (value ? "true" : "false"));

        /// <summary>The clauses joined by " AND ", or an empty string.</summary>
        public override string ToString() => string.Join(" AND ", _clauses);

        /// <summary>A string literal for a condition; throws when the value holds both quote characters.</summary>
        public static string Quote(string value)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            var hasDouble = value.IndexOf('"') >= 0;
            if (!hasDouble) return "\"" + value + "\"";
            if (value.IndexOf('\'') < 0) return "'" + value + "'";
            throw new ArgumentException(
                "The value " + value + " contains both a double quote and a single quote; ConnectWise conditions have no escape for quotes inside a string, so it cannot be searched for safely.",
                nameof(value));
        }

        private static string Field(string field)
        {
            if (field == null || !FieldPattern.IsMatch(field)) throw new ArgumentException("'" + field + "' is not a ConnectWise field path (letters, digits, '_' and '/').", nameof(field));
            return field;
        }

        private CwConditions Add(string clause)
        {
            _clauses.Add(clause);
            return this;
        }
    }
}
