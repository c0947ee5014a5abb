using System.Collections.Generic;

namespace QuickpassPsa.Core.Psa.ConnectWise.CommunicationTypes
{
    /// <summary>
    /// What Repair-CwCommunicationType changed in one type: the type before and
    /// after, and the finding it fixed.
    /// </summary>
    public sealed class CwCommunicationTypeChange
    {
        public int TypeId { get; set; }
        public CwTypeFindingCode Code { get; set; }
        public CwTypeRepairAction Action { get; set; }

        /// <summary>The description before, quoted so a stray space shows ('Direct '); empty for a created type.</summary>
        public string BeforeDescription { get; set; } = string.Empty;

        /// <summary>The description after, quoted.</summary>
        public string AfterDescription { get; set; } = string.Empty;

        /// <summary>The flags set to true by the change.</summary>
        public IReadOnlyList<string> FlagsSet
        {
            get => _flags;
            set => _flags = ValueList<string>.From(value);
        }

        private ValueList<string> _flags = ValueList<string>.Empty;

        /// <summary>The flags set to false by the change (a ClearFlags fix: defaultFlag).</summary>
        public IReadOnlyList<string> FlagsCleared
        {
            get => _cleared;
            set => _cleared = ValueList<string>.From(value);
        }

        private ValueList<string> _cleared = ValueList<string>.Empty;

        /// <summary>The whole type before (null for a create) and after.</summary>
        public CwCommunicationType? Before { get; set; }
        public CwCommunicationType? After { get; set; }

        public override string ToString() => "Type " + TypeId + ": " + (BeforeDescription.Length == 0 ? "created " + AfterDescription : BeforeDescription + " -> " + AfterDescription);
    }
}
