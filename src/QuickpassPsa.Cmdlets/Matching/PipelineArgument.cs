using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;

namespace QuickpassPsa.Cmdlets.Matching
{
    /// <summary>
    /// The shared part of the argument transformations that let a deserialized object (Import-Clixml, remoting)
    /// bind to a parameter of our own type: each item that is such a property bag is rebuilt, anything else is
    /// left as it is for PowerShell's own conversion (and its own error when it cannot convert).
    /// </summary>
    internal static class PipelineArgument
    {
        /// <summary>Whether <paramref name="input"/> is a <paramref name="type"/> that went through serialization (Import-Clixml, remoting).</summary>
        public static bool IsDeserialized(PSObject? input, Type type)
        {
            if (input == null || !(input.BaseObject is PSCustomObject)) return false;
            // Select-Object -First/-Last/-Skip puts "Selected.System.Management.Automation.PSCustomObject" in front of
            // the type names of the rows it passes on (round 41: a trimmed file of saved rows was refused row by row); saved
            // and read back again, that name comes back as "Deserialized.Selected...", once per trim and save (round 54).
            foreach (var name in input.TypeNames)
            {
                if (name.StartsWith("Selected.", StringComparison.Ordinal) || name.StartsWith("Deserialized.Selected.", StringComparison.Ordinal)) continue;
                return string.Equals(name, "Deserialized." + type.FullName, StringComparison.Ordinal);
            }
            return false;
        }

        /// <summary>A property of a deserialized bag, unwrapped unless it is itself a bag (a nested object).</summary>
        public static object? Value(PSObject input, string name)
        {
            var value = input.Properties[name]?.Value;
            return value is PSObject wrapped && !(wrapped.BaseObject is PSCustomObject) ? wrapped.BaseObject : value;
        }

        /// <summary>A property of a deserialized bag as text (an enum or a number as its text), or null.</summary>
        public static string? Text(PSObject input, string name) => input.Properties[name]?.Value?.ToString();

        /// <summary>The items of a list property: a list as it is, or its "a; b" text (a value flattened by Export-Csv).</summary>
        public static IEnumerable Items(object? value)
        {
            if (value is PSObject wrapped) value = wrapped.BaseObject;
            if (value is string text) return text.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries);
            return value as IEnumerable ?? Array.Empty<object>();
        }

        /// <summary>An enum from its name (Types.ps1xml serialises ours as names) or from its number (an older file).</summary>
        public static T EnumOf<T>(object? value, T fallback) where T : struct
        {
            if (value is PSObject wrapped) value = wrapped.BaseObject;
            if (value is int number && Enum.IsDefined(typeof(T), number)) return (T)Enum.ToObject(typeof(T), number);
            return Enum.TryParse<T>(value?.ToString()?.Trim(), ignoreCase: true, out var parsed) ? parsed : fallback;
        }

        /// <summary>A list of enum values (reasons), leaving out the ones that read as <paramref name="none"/>.</summary>
        public static IReadOnlyList<T> EnumList<T>(T none, object? value) where T : struct
        {
            var list = new List<T>();
            foreach (var item in Items(value))
            {
                var parsed = EnumOf(item, none);
                if (!EqualityComparer<T>.Default.Equals(parsed, none)) list.Add(parsed);
            }
            return list;
        }

        public static object? Map(object? input, Func<PSObject, bool> isDeserialized, Func<PSObject, object> rebuild)
        {
            object? One(object? item) => item is PSObject bag && isDeserialized(bag) ? rebuild(bag) : item;

            if (input is PSObject wrapped && isDeserialized(wrapped)) return rebuild(wrapped);
            var value = input is PSObject ps ? ps.BaseObject : input;
            if (value is IList items && !(value is string))
            {
                var output = new object?[items.Count];
                for (var i = 0; i < items.Count; i++) output[i] = One(items[i]);
                return output;
            }
            return input;
        }
    }
}
