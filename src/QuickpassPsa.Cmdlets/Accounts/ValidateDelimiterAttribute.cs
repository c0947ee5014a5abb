using System.Management.Automation;
using QuickpassPsa.Core.Accounts;

namespace QuickpassPsa.Cmdlets.Accounts
{
    /// <summary>
    /// Refuses a -Delimiter the CSV reader cannot split on (empty, several characters, whitespace other
    /// than tab, a line break, the quote, a non-ASCII character) at parameter binding, with a message that
    /// says what to give, instead of the CSV library's exception once the file is open.
    /// </summary>
    internal sealed class ValidateDelimiterAttribute : ValidateArgumentsAttribute
    {
        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            var text = arguments is PSObject wrapped ? wrapped.BaseObject?.ToString() : arguments?.ToString();
            // Core decides which delimiters work, so the cmdlet and the reader agree.
            var problem = CsvDelimiter.Problem(text);
            if (problem != null) throw new ValidationMetadataException(problem);
        }
    }
}
