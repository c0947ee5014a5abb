using System;
using System.IO;

namespace QuickpassPsa.Cmdlets.Isolation
{
    /// <summary>Where the module's own and third-party assemblies sit in the module folder.</summary>
    internal sealed class ModuleLayout
    {
        public const string DependencyFolderName = "Dependencies";

        public ModuleLayout(string moduleDirectory)
        {
            ModuleDirectory = moduleDirectory;
            DependencyDirectory = Path.Combine(moduleDirectory, DependencyFolderName);
        }

        public string ModuleDirectory { get; }
        public string DependencyDirectory { get; }

        public static ModuleLayout ForThisModule() =>
            new ModuleLayout(Path.GetDirectoryName(typeof(ModuleLayout).Assembly.Location) ?? AppDomain.CurrentDomain.BaseDirectory);

        /// <summary>
        /// The file that holds an assembly we ship: a third-party one under Dependencies/, or one of our own
        /// (QuickpassPsa.*) beside the cmdlet assembly. Null for everything else, which the host resolves.
        /// </summary>
        public string? FindShippedAssembly(string? simpleName)
        {
            if (string.IsNullOrEmpty(simpleName) || simpleName!.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0) return null;

            var dependency = Path.Combine(DependencyDirectory, simpleName + ".dll");
            if (File.Exists(dependency)) return dependency;

            if (simpleName.StartsWith("QuickpassPsa.", StringComparison.OrdinalIgnoreCase))
            {
                var own = Path.Combine(ModuleDirectory, simpleName + ".dll");
                if (File.Exists(own)) return own;
            }
            return null;
        }

        /// <summary>True when the assembly was loaded from this module's folder (ours or a dependency).</summary>
        public bool IsFromModule(System.Reflection.Assembly? assembly) =>
            assembly != null && !assembly.IsDynamic && IsInModule(assembly.Location);

        /// <summary>True when the file is in this module's folder or below it.</summary>
        public bool IsInModule(string? location) =>
            !string.IsNullOrEmpty(location) &&
            location!.StartsWith(ModuleDirectory.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.OrdinalIgnoreCase);
    }
}
