using System.Management.Automation;
using System.Runtime.InteropServices;

namespace QuickpassPsa.Cmdlets.Isolation
{
    /// <summary>
    /// Runs when PowerShell imports the module, before any cmdlet, and sets up private loading of the
    /// module's third-party assemblies so they never clash with other versions loaded by other modules
    /// (Az, Microsoft.Graph, PnP) or by PowerShell itself:
    /// PowerShell 7 (.NET): our Core assembly and its dependencies live in a private AssemblyLoadContext;
    /// Windows PowerShell 5.1 (.NET Framework): an AssemblyResolve handler loads them from Dependencies/
    /// for requests made by the module's own assemblies only.
    /// </summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        private static readonly object Gate = new object();
        private static bool _registered;

        public void OnImport()
        {
            lock (Gate)
            {
                if (_registered) return;
                var layout = ModuleLayout.ForThisModule();
                // Each path sits in its own class: the JIT only compiles (and binds the types of) the one used,
                // so .NET Framework never sees AssemblyLoadContext.
                if (IsNetFramework) DesktopIsolation.Register(layout);
                else CoreClrIsolation.Register(layout);
                _registered = true;
            }
        }

        public void OnRemove(PSModuleInfo psModuleInfo)
        {
            // The assemblies stay loaded after Remove-Module (.NET cannot unload them), and so would the connection.
            Psa.ConnectionStore.CloseSessionDefault();
            lock (Gate)
            {
                if (!_registered) return;
                if (IsNetFramework) DesktopIsolation.Unregister();
                else CoreClrIsolation.Unregister();
                _registered = false;
            }
        }

        internal static bool IsNetFramework =>
            RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", System.StringComparison.OrdinalIgnoreCase);
    }
}
