using System.Collections.Generic;

namespace QuickpassPsa.Core.Psa.ConnectWise.CommunicationTypes
{
    /// <summary>
    /// One problem of the communication types setup table and the fix it proposes (Test-CwCommunicationType). Flat
    /// data only (numbers, strings, lists of them), so a finding survives Export-Clixml and binds back to
    /// Repair-CwCommunicationType, which re-checks the fix against the table as it is then.
    /// </summary>
    public sealed class CwCommunicationTypeFinding
    {
        public CwTypeFindingCode Code { get; set; }
        public CwTypeSeverity Severity { get; set; }

        /// <summary>The ids of the types concerned (none when a type is missing and nothing can become it).</summary>
        public IReadOnlyList<int> TypeIds
        {
            get => _typeIds;
            set => _typeIds = ValueList<int>.From(value);
        }

        private ValueList<int> _typeIds = ValueList<int>.Empty;

        /// <summary>Their descriptions, quoted so that a stray space shows: 'Email '.</summary>
        public IReadOnlyList<string> Types
        {
            get => _types;
            set => _types = ValueList<string>.From(value);
        }

        private ValueList<string> _types = ValueList<string>.Empty;

        /// <summary>What is wrong, in plain words.</summary>
        public string Message { get; set; } = string.Empty;

        /// <summary>The fix, in plain words.</summary>
        public string Fix { get; set; } = string.Empty;

        public CwTypeRepairAction Action { get; set; }

        /// <summary>The type the fix changes (Rename, SetFlags, ClearFlags); null for Create and Manual.</summary>
        public int? TargetId { get; set; }

        /// <summary>The description the fix gives (Rename) or creates (Create).</summary>
        public string? NewDescription { get; set; }

        /// <summary>The flags the fix sets to true: emailFlag, phoneFlag, defaultFlag (SetFlags, and the flags of a Create).</summary>
        public IReadOnlyList<string> SetFlags
        {
            get => _setFlags;
            set => _setFlags = ValueList<string>.From(value);
        }

        private ValueList<string> _setFlags = ValueList<string>.Empty;

        /// <summary>The flags the fix sets to false (ClearFlags): defaultFlag of a second default email type.</summary>
        public IReadOnlyList<string> ClearFlags
        {
            get => _clearFlags;
            set => _clearFlags = ValueList<string>.From(value);
        }

        private ValueList<string> _clearFlags = ValueList<string>.Empty;

        public override string ToString() => Code + ": " + Message;
    }
}
