using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using QuickpassPsa.Cmdlets.Matching;
using QuickpassPsa.Core.Psa.ConnectWise.CommunicationTypes;

namespace QuickpassPsa.Cmdlets.CommunicationTypes
{
    /// <summary>
    /// A finding read back with Import-Clixml ("Deserialized.…CwCommunicationTypeFinding") is rebuilt, so a
    /// reviewed list of findings can be repaired later: enums from their names (Types.ps1xml serialises them as
    /// names), lists from lists or from their "a; b" text. Repair-CwCommunicationType re-checks every fix against
    /// the table, so an old finding can do no harm.
    /// </summary>
    internal static class DeserializedFinding
    {
        public static bool Is(PSObject? input) => PipelineArgument.IsDeserialized(input, typeof(CwCommunicationTypeFinding));

        public static CwCommunicationTypeFinding Rebuild(PSObject input) => new CwCommunicationTypeFinding
        {
            Code = EnumOf<CwTypeFindingCode>(Value(input, nameof(CwCommunicationTypeFinding.Code)), nameof(CwCommunicationTypeFinding.Code)),
            Severity = EnumOf<CwTypeSeverity>(Value(input, nameof(CwCommunicationTypeFinding.Severity)), nameof(CwCommunicationTypeFinding.Severity)),
            Action = EnumOf<CwTypeRepairAction>(Value(input, nameof(CwCommunicationTypeFinding.Action)), nameof(CwCommunicationTypeFinding.Action)),
            TypeIds = Items(Value(input, nameof(CwCommunicationTypeFinding.TypeIds))).Select(i => Convert.ToInt32(i, System.Globalization.CultureInfo.InvariantCulture)).ToList(),
            Types = Items(Value(input, nameof(CwCommunicationTypeFinding.Types))).Select(i => i.ToString()!).ToList(),
            Message = Value(input, nameof(CwCommunicationTypeFinding.Message))?.ToString() ?? string.Empty,
            Fix = Value(input, nameof(CwCommunicationTypeFinding.Fix))?.ToString() ?? string.Empty,
            TargetId = Value(input, nameof(CwCommunicationTypeFinding.TargetId)) is { } id ? Convert.ToInt32(id, System.Globalization.CultureInfo.InvariantCulture) : (int?)null,
            NewDescription = Value(input, nameof(CwCommunicationTypeFinding.NewDescription))?.ToString(),
            SetFlags = Items(Value(input, nameof(CwCommunicationTypeFinding.SetFlags))).Select(i => i.ToString()!.Trim()).ToList(),
            ClearFlags = Items(Value(input, nameof(CwCommunicationTypeFinding.ClearFlags))).Select(i => i.ToString()!.Trim()).ToList(),
        };

        private static object? Value(PSObject input, string name)
        {
            var value = input.Properties[name]?.Value;
            return value is PSObject wrapped ? wrapped.BaseObject : value;
        }

        private static IEnumerable<object> Items(object? value)
        {
            if (value == null) return Array.Empty<object>();
            if (value is string text) return text.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries).Select(s => (object)s.Trim());
            if (value is IEnumerable list) return list.Cast<object?>().Where(i => i != null).Select(i => i is PSObject p ? p.BaseObject : i!);
            return new[] { value };
        }

        private static T EnumOf<T>(object? value, string name) where T : struct
        {
            if (value is int number && Enum.IsDefined(typeof(T), number)) return (T)Enum.ToObject(typeof(T), number);
            return Enum.TryParse<T>(value?.ToString()?.Trim(), ignoreCase: true, out var parsed)
                ? parsed
                : throw new ArgumentException("The saved finding's " + name + " '" + value + "' is not one this module knows.");
        }
    }

    /// <summary>Lets a finding read back with Import-Clixml bind to Repair-CwCommunicationType -Finding.</summary>
    internal sealed class FindingArgumentAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData) =>
            PipelineArgument.Map(inputData, DeserializedFinding.Is, DeserializedFinding.Rebuild);
    }
}
