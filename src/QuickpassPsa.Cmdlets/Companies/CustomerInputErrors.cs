using System;
using System.Management.Automation;
using QuickpassPsa.Cmdlets.Errors;

namespace QuickpassPsa.Cmdlets.Companies
{
    /// <summary>Errors for Find-PsaCompanyMatch input it cannot read a customer from: one pipeline item each, so non-terminating.</summary>
    internal static class CustomerInputErrors
    {
        public static ErrorRecord NameMissing(object? item, int number)
        {
            var what = item == null ? "null" : (item is PSObject ps ? ps.BaseObject : item).GetType().Name;
            var message = "Input " + number + " (" + what + ") gives no customer name: it is not an account, not a string, and has no non-blank " +
                "Customer, CustomerName, Company or Name property. It was left out; the other customers are matched.";
            return new ErrorRecord(new ArgumentException(message), ErrorIds.CustomerNameMissing, ErrorCategory.InvalidArgument, item)
            {
                ErrorDetails = new ErrorDetails(message)
                {
                    RecommendedAction = "Pipe accounts (Get-QpAccount), customer names, or rows with a Customer column; rename the column with " +
                        "Select-Object @{ Name = 'Customer'; Expression = { $_.YourColumn } } if it is called something else.",
                },
            };
        }
    }
}
