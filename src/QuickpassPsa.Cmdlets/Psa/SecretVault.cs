using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Security;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Psa
{
    /// <summary>
    /// Reads connection secrets through Microsoft.PowerShell.SecretManagement's Get-Secret when it is
    /// installed: no hard dependency, the command is looked up at run time.
    /// </summary>
    internal static class SecretVault
    {
        /// <summary>The secret as Get-Secret returns it (SecureString, PSCredential, hashtable).</summary>
        public static object Read(PSCmdlet cmdlet, string vault, string name)
        {
            var command = cmdlet.InvokeCommand.GetCommand("Get-Secret", CommandTypes.Cmdlet | CommandTypes.Function | CommandTypes.Alias);
            if (command == null)
            {
                throw new InvalidOperationException("-VaultName needs the Microsoft.PowerShell.SecretManagement module (Get-Secret). Install it with Install-Module Microsoft.PowerShell.SecretManagement, or pass the keys directly.");
            }
            var result = cmdlet.InvokeCommand.InvokeScript("param($v, $n) Get-Secret -Vault $v -Name $n", true, PipelineResultTypes.None, null, vault, name);
            var value = result.FirstOrDefault()?.BaseObject;
            return value ?? throw new InvalidOperationException("The vault '" + vault + "' has no secret named '" + name + "'.");
        }

        /// <summary>A value from a hashtable secret (case-insensitive key), as a SecureString.</summary>
        public static SecureString? Get(object secret, string key)
        {
            if (secret is not IDictionary map) return null;
            foreach (DictionaryEntry entry in map)
            {
                if (!string.Equals(entry.Key?.ToString(), key, StringComparison.OrdinalIgnoreCase)) continue;
                var value = entry.Value is PSObject wrapped ? wrapped.BaseObject : entry.Value;
                return value switch
                {
                    SecureString secure => secure,
                    string text => Secrets.ToSecure(text),
                    _ => null,
                };
            }
            return null;
        }

        public static string? GetText(object secret, string key)
        {
            if (secret is not IDictionary map) return null;
            foreach (DictionaryEntry entry in map)
            {
                if (string.Equals(entry.Key?.ToString(), key, StringComparison.OrdinalIgnoreCase)) return (entry.Value is PSObject w ? w.BaseObject : entry.Value)?.ToString();
            }
            return null;
        }
    }
}
