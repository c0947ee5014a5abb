using System;
using System.Collections.Generic;
using System.Reflection;

namespace QuickpassPsa.Cmdlets.Isolation
{
    /// <summary>
    /// Windows PowerShell 5.1: .NET Framework has one load context, but it binds strong-named assemblies
    /// by full version, so our versions can load beside others with Assembly.LoadFrom. The handler answers
    /// only requests made by assemblies from this module's folder.
    /// </summary>
    internal static class DesktopIsolation
    {
        private static readonly Dictionary<string, Assembly> Loaded = new Dictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase);
        private static ModuleLayout? _layout;

        public static void Register(ModuleLayout layout)
        {
            _layout = layout;
            AppDomain.CurrentDomain.AssemblyResolve += OnAssemblyResolve;
        }

        public static void Unregister() => AppDomain.CurrentDomain.AssemblyResolve -= OnAssemblyResolve;

        private static Assembly? OnAssemblyResolve(object? sender, ResolveEventArgs args)
        {
            var layout = _layout;
            if (layout == null || !layout.IsFromModule(args.RequestingAssembly)) return null;

            var name = new AssemblyName(args.Name);
            lock (Loaded)
            {
                if (Loaded.TryGetValue(name.FullName, out var known)) return known;
                var path = layout.FindShippedAssembly(name.Name);
                if (path == null) return null;
                var assembly = Assembly.LoadFrom(path);
                Loaded[name.FullName] = assembly;
                return assembly;
            }
        }
    }
}
