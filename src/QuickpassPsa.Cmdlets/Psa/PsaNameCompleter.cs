using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace QuickpassPsa.Cmdlets.Psa
{
    /// <summary>Tab completion of -Psa (the PSA an id belongs to): ConnectWise and Autotask. Never throws.</summary>
    public sealed class PsaNameCompleter : IArgumentCompleter
    {
        private static readonly string[] Names = { "ConnectWise", "Autotask" };

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return Names.Where(n => n.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                .Select(n => new CompletionResult(n, n, CompletionResultType.ParameterValue, n))
                .ToList();
        }
    }
}
