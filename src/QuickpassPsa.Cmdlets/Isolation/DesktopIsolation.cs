using System;
using System.Collections.Generic;
using System.Reflection;

namespace QuickpassPsa.Cmdlets.Isolation
{
    /// <summary>
    /// Windows PowerShell 5.1: .NET Framework has one load context, but it binds strong-named assemblies
    /// by full version, so our versions can load beside others with Assembly.LoadFrom. Which requests the
    /// handler answers, and with which file, is decided by <see cref="DesktopResolvePolicy"/>; this class
    /// only wires it to the AppDomain and keeps what it loaded.
    /// </summary>
    internal static class DesktopIsolation
    {
        private static readonly Dictionary<string, Assembly> Loaded = new Dictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase);
        private static DesktopResolvePolicy? _policy;

        public static void Register(ModuleLayout layout)
        {
            _policy = DesktopResolvePolicy.ForThisProcess(layout);
            AppDomain.CurrentDomain.AssemblyResolve += OnAssemblyResolve;
        }

        public static void Unregister() => AppDomain.CurrentDomain.AssemblyResolve -= OnAssemblyResolve;

        private static Assembly? OnAssemblyResolve(object? sender, ResolveEventArgs args)
        {
            var policy = _policy;
            if (policy == null) return null;

            var requester = args.RequestingAssembly;
            // null: .NET Framework does not know who asked; empty: a known requester without a file (dynamic).
            var requestingLocation = requester == null ? null : requester.IsDynamic ? string.Empty : requester.Location ?? string.Empty;
            var name = new AssemblyName(args.Name);
            var path = policy.FileToLoad(name, requestingLocation);
            if (path == null) return null;
            lock (Loaded)
            {
                if (Loaded.TryGetValue(path, out var known)) return known;
                var assembly = Assembly.LoadFrom(path);
                Loaded[path] = assembly;
                return assembly;
            }
        }
    }
}
