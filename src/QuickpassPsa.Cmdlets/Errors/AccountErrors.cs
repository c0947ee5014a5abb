using System;
using System.Management.Automation;
using QuickpassPsa.Core.Accounts;

namespace QuickpassPsa.Cmdlets.Errors
{
    /// <summary>Builds the error records for account input: one id and category per kind of failure.</summary>
    internal static class AccountErrors
    {
        public static ErrorRecord ForFile(AccountFileException ex, string path)
        {
            string id;
            ErrorCategory category;
            string action;
            switch (ex.Kind)
            {
                case AccountFileErrorKind.NotFound:
                    (id, category, action) = (ErrorIds.AccountFileNotFound, ErrorCategory.ObjectNotFound, "Check the path of the account file.");
                    break;
                case AccountFileErrorKind.Unreadable:
                    (id, category, action) = (ErrorIds.AccountFileUnreadable, ErrorCategory.ReadError, "Check that the file exists, is a file and can be read.");
                    break;
                case AccountFileErrorKind.InvalidEncoding:
                    (id, category, action) = (ErrorIds.AccountFileEncoding, ErrorCategory.InvalidData, "Save the file as UTF-8 and read it again.");
                    break;
                case AccountFileErrorKind.UnknownColumns:
                    (id, category, action) = (ErrorIds.AccountFileUnknownColumns, ErrorCategory.InvalidData, "Rename the columns (Email, DisplayName, FirstName, LastName, UserPrincipalName, ...) or pass -Delimiter.");
                    break;
                case AccountFileErrorKind.UnsupportedShape:
                    (id, category, action) = (ErrorIds.AccountFileShape, ErrorCategory.InvalidData, "Export the accounts as an array of objects, JSON Lines or a Graph page {\"value\": [...]}, or pass -Format Csv for a CSV file.");
                    break;
                case AccountFileErrorKind.UnsupportedFormat:
                    (id, category, action) = (ErrorIds.AccountFileFormat, ErrorCategory.InvalidData, "Export the accounts as CSV (csvde -u, or Get-ADUser | Select-Object ... | Export-Csv) or JSON, and read that file.");
                    break;
                default:
                    (id, category, action) = (ErrorIds.AccountFileFormat, ErrorCategory.InvalidData, "Fix the file at the line named, or pass -Format.");
                    break;
            }
            return WithAction(new ErrorRecord(UserText.Plain(ex), id, category, path), action);
        }

        public static ErrorRecord ForRecord(AccountRecordError error, object target)
        {
            var id = error.Kind == AccountRecordErrorKind.NoRecognisedFields ? ErrorIds.UnrecognisedAccountObject : ErrorIds.InvalidAccountRecord;
            var action = error.Kind == AccountRecordErrorKind.NoRecognisedFields
                ? "Pass objects with account properties (Mail, UserPrincipalName, DisplayName, GivenName, Surname, ...)."
                : "Give the record an email address or a name; the other records were read.";
            return WithAction(new ErrorRecord(new AccountRecordException(error), id, ErrorCategory.InvalidData, target), action);
        }

        /// <summary>A pipeline value that cannot be an account at all ($null, a number, a string that is not an address).</summary>
        public static ErrorRecord UnrecognisedObject(string message, object? target) =>
            WithAction(new ErrorRecord(
                new ArgumentException(message + " ConvertTo-QpAccount reads objects with account properties (Mail, UserPrincipalName, DisplayName, GivenName, Surname, ...) and email address strings."),
                ErrorIds.UnrecognisedAccountObject, ErrorCategory.InvalidData, target),
                "Pass objects with account properties, or email addresses; filter out other values (Where-Object { $_ }) before ConvertTo-QpAccount.");

        public static ErrorRecord NotFileSystem(string path, string providerName) =>
            WithAction(new ErrorRecord(
                new ArgumentException("'" + path + "' is a " + providerName + " path; account files must be on the file system."),
                ErrorIds.NotAFileSystemPath, ErrorCategory.InvalidArgument, path), "Give the path of a file.");

        public static ErrorRecord NotFound(string path, Exception? inner) =>
            WithAction(new ErrorRecord(
                new AccountFileException(AccountFileErrorKind.NotFound, path, "No account file matches '" + path + "'. Check the path.", inner),
                ErrorIds.AccountFileNotFound, ErrorCategory.ObjectNotFound, path), "Check the path of the account file.");

        private static ErrorRecord WithAction(ErrorRecord record, string action)
        {
            record.ErrorDetails = new ErrorDetails(record.Exception.Message) { RecommendedAction = action };
            return record;
        }
    }
}
