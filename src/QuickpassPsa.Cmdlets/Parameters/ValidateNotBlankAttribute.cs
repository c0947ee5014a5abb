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
        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            var value = arguments is PSObject wrapped ? wrapped.BaseObject : arguments;
            if (value is string || value is not IEnumerable items)
            {
                Check(value);
                return;
            }
            var any = false;
            foreach (var item in items)
            {
                Check(item is PSObject w ? w.BaseObject : item);
                any = true;
            }
            if (!any) throw new ValidationMetadataException("The argument is an empty collection. Give at least one value, or leave the parameter out.");
        }

        private static void Check(object? value)
        {
            if (value == null || string.IsNullOrWhiteSpace(value.ToString()))
            {
                throw new ValidationMetadataException("The argument is empty or only white space. Give a value, or leave the parameter out.");
            }
        }
    }
}
