using System;
using System.IO;
using System.Reflection;

namespace QuickpassPsa.Cmdlets.Isolation
{
    /// <summary>
    /// Which file, if any, answers an AssemblyResolve request on Windows PowerShell 5.1. A plain class (no
    /// AppDomain, no PowerShell) so that every decision is tested in xunit; <see cref="DesktopIsolation"/>
    /// only feeds it the event's arguments and loads what it names.
    /// <list type="bullet">
    /// <item>A framework assembly whose runtime copy satisfies the request is never ours to answer: the runtime's
    /// own copy (and its types) must win. A shipped copy newer than the runtime's is answered: System.Memory asks
    /// for System.Numerics.Vectors 4.1.4.0, and .NET Framework's own copy is 4.0.0.0 (PSResourceGet loads these
    /// few from its folder on .NET Framework for the same reason).</item>
    /// <item>A request from an assembly in the module folder gets our shipped file, whatever version it names
    /// (as a binding redirect would: our assemblies were built against exactly these files).</item>
    /// <item>A request from an assembly elsewhere is someone else's business.</item>
    /// <item>A request whose requester .NET Framework does not know (RequestingAssembly null: reflection,
    /// serializers, late binding from our own code) gets our file only if it is one we ship and it can stand in
    /// for what was asked: same name, same public key token, same major version and at least the version asked
    /// (as PSResourceGet's handler matches against its own dependency set).</item>
    /// </list>
    /// </summary>
    internal sealed class DesktopResolvePolicy
    {
        private readonly ModuleLayout _layout;
        private readonly string _frameworkDirectory;

        public DesktopResolvePolicy(ModuleLayout layout, string frameworkDirectory)
        {
            _layout = layout;
            _frameworkDirectory = frameworkDirectory;
        }

        /// <summary>The policy for this process: the framework is where mscorlib was loaded from.</summary>
        public static DesktopResolvePolicy ForThisProcess(ModuleLayout layout) =>
            new DesktopResolvePolicy(layout, Path.GetDirectoryName(typeof(object).Assembly.Location) ?? string.Empty);

        /// <param name="requested">The assembly asked for.</param>
        /// <param name="requestingLocation">
        /// The file the requesting assembly was loaded from; null when the requester is unknown
        /// (ResolveEventArgs.RequestingAssembly is null); empty when it is known but has no file (dynamic).
        /// </param>
        /// <returns>The file to load, or null to let others answer.</returns>
        public string? FileToLoad(AssemblyName requested, string? requestingLocation)
        {
            var name = requested.Name;
            if (string.IsNullOrEmpty(name) || RuntimeHasIt(name!, requested.Version)) return null;

            var path = _layout.FindShippedAssembly(name);
            if (path == null) return null;

            if (requestingLocation != null) return _layout.IsInModule(requestingLocation) ? path : null;
            return CanStandIn(path, requested) ? path : null;
        }

        /// <summary>True when the runtime's folder has the assembly in at least the version asked for.</summary>
        private bool RuntimeHasIt(string name, Version? wanted)
        {
            if (_frameworkDirectory.Length == 0 || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0) return false;
            var path = Path.Combine(_frameworkDirectory, name + ".dll");
            if (!File.Exists(path)) return false;
            if (wanted == null) return true;
            var have = ReadName(path)?.Version;
            return have == null || have >= wanted; // unreadable: the runtime's file still wins
        }

        private static AssemblyName? ReadName(string path)
        {
            try
            {
                return AssemblyName.GetAssemblyName(path);
            }
            catch (Exception ex) when (ex is BadImageFormatException || ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException)
            {
                return null;
            }
        }

        private static bool CanStandIn(string path, AssemblyName requested)
        {
            var shipped = ReadName(path);
            if (shipped == null) return false;

            var wantedToken = requested.GetPublicKeyToken();
            if (wantedToken != null && wantedToken.Length > 0 && !SameBytes(wantedToken, shipped.GetPublicKeyToken())) return false;

            var wanted = requested.Version;
            if (wanted == null) return true;
            var have = shipped.Version;
            return have != null && have.Major == wanted.Major && have >= wanted;
        }

        private static bool SameBytes(byte[] a, byte[]? b)
        {
            if (b == null || a.Length != b.Length) return false;
            for (var i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i]) return false;
            }
            return true;
        }
    }
}
