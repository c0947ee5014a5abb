using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace QuickpassPsa.Cmdlets.Isolation
{
    /// <summary>
    /// PowerShell 7: the cmdlet assembly stays in the default load context (PowerShell loaded it there);
    /// when it first needs QuickpassPsa.Core, the default context cannot find it (it is not on the host's
    /// probing path) and asks <see cref="OnDefaultResolving"/>, which loads Core into the module's private
    /// context. From then on every reference Core makes (CsvHelper, Newtonsoft.Json, ...) is resolved by
    /// the private context first, from Dependencies/, whatever versions the default context holds.
    /// </summary>
    internal static class CoreClrIsolation
    {
        private static ModuleLoadContext? _context;

        public static void Register(ModuleLayout layout)
        {
            _context ??= new ModuleLoadContext(layout);
            AssemblyLoadContext.Default.Resolving += OnDefaultResolving;
        }

        public static void Unregister() => AssemblyLoadContext.Default.Resolving -= OnDefaultResolving;

        private static Assembly? OnDefaultResolving(AssemblyLoadContext defaultContext, AssemblyName name)
        {
            // Only our own assemblies (QuickpassPsa.*) are handed to the private context here. Third-party
            // names are never answered: only Core asks for them, and it does so from inside the private
            // context, so a request arriving here comes from someone else and is none of our business.
            var context = _context;
            if (context == null || name.Name == null || !name.Name.StartsWith("QuickpassPsa.", StringComparison.OrdinalIgnoreCase)) return null;
            if (context.Layout.FindShippedAssembly(name.Name) == null) return null;
            return context.LoadFromAssemblyName(name);
        }
    }

    /// <summary>The module's private load context: Dependencies/ and QuickpassPsa.* first, the host for the rest.</summary>
    internal sealed class ModuleLoadContext : AssemblyLoadContext
    {
        private readonly string _frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location) ?? string.Empty;

        public ModuleLoadContext(ModuleLayout layout)
        {
            Layout = layout;
        }

        public ModuleLayout Layout { get; }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            // Framework assemblies (System.Memory, System.Buffers, ... shipped for .NET Framework) must come
            // from the runtime itself, or their types would not be the runtime's types.
            if (File.Exists(Path.Combine(_frameworkDirectory, assemblyName.Name + ".dll"))) return null;

            var path = Layout.FindShippedAssembly(assemblyName.Name);
            return path == null ? null : LoadFromAssemblyPath(path);
        }
    }
}
