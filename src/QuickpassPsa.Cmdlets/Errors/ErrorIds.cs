namespace QuickpassPsa.Cmdlets.Errors
{
    /// <summary>
    /// Stable error ids (the first part of FullyQualifiedErrorId). Scripts match on these, so an id
    /// never changes meaning; add new ones instead.
    /// </summary>
    public static class ErrorIds
    {
        public const string AccountFileNotFound = "QuickpassPsa.AccountFileNotFound";
        public const string AccountFileUnreadable = "QuickpassPsa.AccountFileUnreadable";
        public const string AccountFileEncoding = "QuickpassPsa.AccountFileEncoding";
        public const string AccountFileFormat = "QuickpassPsa.AccountFileFormat";
        public const string AccountFileUnknownColumns = "QuickpassPsa.AccountFileUnknownColumns";
        public const string NotAFileSystemPath = "QuickpassPsa.NotAFileSystemPath";
        public const string InvalidAccountRecord = "QuickpassPsa.InvalidAccountRecord";
        public const string UnrecognisedAccountObject = "QuickpassPsa.UnrecognisedAccountObject";
    }
}
