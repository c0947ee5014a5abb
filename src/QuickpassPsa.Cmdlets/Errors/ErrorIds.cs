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
        public const string PsaNotConnected = "QuickpassPsa.PsaNotConnected";
        public const string PsaConnectFailed = "QuickpassPsa.PsaConnectFailed";
        public const string PsaAuthenticationFailed = "QuickpassPsa.PsaAuthenticationFailed";
        public const string PsaNotFound = "QuickpassPsa.PsaNotFound";
        public const string PsaRateLimited = "QuickpassPsa.PsaRateLimited";
        public const string PsaUnreachable = "QuickpassPsa.PsaUnreachable";
        public const string PsaRequestFailed = "QuickpassPsa.PsaRequestFailed";
        public const string PsaTimeout = "QuickpassPsa.PsaTimeout";
        public const string PsaCertificateUntrusted = "QuickpassPsa.PsaCertificateUntrusted";
        public const string CompanyNotFound = "QuickpassPsa.CompanyNotFound";
        public const string CompanyAmbiguous = "QuickpassPsa.CompanyAmbiguous";
        public const string SecretVaultUnavailable = "QuickpassPsa.SecretVaultUnavailable";
        public const string SecretInvalid = "QuickpassPsa.SecretInvalid";
        public const string AccountFileShape = "QuickpassPsa.AccountFileShape";
        public const string PsaMismatch = "QuickpassPsa.PsaMismatch";
        public const string ValueNotSearchable = "QuickpassPsa.ValueNotSearchable";
        public const string AccountKeyMissing = "QuickpassPsa.AccountKeyMissing";
        public const string DuplicateAccountKey = "QuickpassPsa.DuplicateAccountKey";
    }
}
