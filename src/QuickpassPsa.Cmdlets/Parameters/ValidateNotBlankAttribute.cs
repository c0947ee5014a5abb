using System;
using System.Collections;
using System.Management.Automation;

namespace QuickpassPsa.Cmdlets.Parameters
{
    /// <summary>
    /// Refuses null, empty and whitespace-only values (each element of an array too). ValidateNotNullOrEmpty
    /// lets '   ' through, and a blank filter would then mean "everything" (Get-PsaContact -Email '   '
    /// returned every contact): a blank value is a mistake in the script, so it is a parameter error.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class ValidateNotBlankAttribute : ValidateArgumentsAttribute
    {
        /// <summary>
        /// The parameter is mandatory: the message then asks for a value, not to leave the parameter out (an empty answer
        /// at PowerShell's prompt for it lands here, round 56c).
        /// </summary>
        public bool Required { get; set; }

        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            var value = arguments is PSObject wrapped ? wrapped.BaseObject : arguments;
            if (value is string || value is not IEnumerable items)
            {
                Check(value, Required);
                return;
            }
            var any = false;
            foreach (var item in items)
            {
                Check(item is PSObject w ? w.BaseObject : item, Required);
                any = true;
            }
            if (!any) throw new ValidationMetadataException(Required
                ? "The argument is an empty collection, and this parameter needs a value: give at least one (at a prompt, !? shows what to type)."
                : "The argument is an empty collection. Give at least one value, or leave the parameter out.");
        }

        private static void Check(object? value, bool required)
        {
            if (value == null || string.IsNullOrWhiteSpace(value.ToString()))
            {
                throw new ValidationMetadataException(required
                    ? "The value is empty or only white space, and this parameter needs one: type a value (at a prompt, !? shows what to type)."
                    : "The argument is empty or only white space. Give a value, or leave the parameter out.");
            }
        }
    }
}
