using System;
using System.IO;

namespace QuickpassPsa.Core.Accounts
{
    /// <summary>
    /// The "#TYPE Microsoft.ActiveDirectory.Management.ADUser" line that Windows PowerShell's Export-Csv
    /// writes above the header unless told -NoTypeInformation: an AD export made on a domain controller
    /// usually has it. Import-Csv skips it, and so does the account reader.
    /// </summary>
    internal static class TypeInformationLine
    {
        /// <summary>
        /// The text from its header on: <paramref name="reader"/> past a type line, or a reader that gives
        /// back the first line it had to read to look.
        /// </summary>
        public static TextReader Skip(TextReader reader, out bool skipped)
        {
            var first = reader.ReadLine();
            skipped = first != null && first.TrimStart('\uFEFF').StartsWith("#TYPE", StringComparison.Ordinal);
            if (skipped || first == null) return reader;
            return new ReplayReader(first + "\n", reader);
        }

        /// <summary>Reads the line already taken, then the rest of the text.</summary>
        private sealed class ReplayReader : TextReader
        {
            private readonly string _first;
            private readonly TextReader _rest;
            private int _position;

            public ReplayReader(string first, TextReader rest)
            {
                _first = first;
                _rest = rest;
            }

            public override int Peek() => _position < _first.Length ? _first[_position] : _rest.Peek();

            public override int Read() => _position < _first.Length ? _first[_position++] : _rest.Read();

            public override int Read(char[] buffer, int index, int count)
            {
                if (_position >= _first.Length) return _rest.Read(buffer, index, count);
                var n = Math.Min(count, _first.Length - _position);
                _first.CopyTo(_position, buffer, index, n);
                _position += n;
                return n;
            }

            protected override void Dispose(bool disposing)
            {
                if (disposing) _rest.Dispose();
                base.Dispose(disposing);
            }
        }
    }
}
