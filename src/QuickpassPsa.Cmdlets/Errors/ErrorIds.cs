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
        public const string CompanyRequired = "QuickpassPsa.CompanyRequired";
        public const string MatchNotUnmatched = "QuickpassPsa.MatchNotUnmatched";
        public const string AccountHasNoEmail = "QuickpassPsa.AccountHasNoEmail";
        public const string AccountNotAPerson = "QuickpassPsa.AccountNotAPerson";
        public const string ContactNameUnsplittable = "QuickpassPsa.ContactNameUnsplittable";
        public const string ContactValueInvalid = "QuickpassPsa.ContactValueInvalid";
        public const string ContactInactive = "QuickpassPsa.ContactInactive";
        public const string CompanyNotInUse = "QuickpassPsa.CompanyNotInUse";
        public const string ContactsOfSeveralCompanies = "QuickpassPsa.ContactsOfSeveralCompanies";
        public const string ContactEmailAmbiguous = "QuickpassPsa.ContactEmailAmbiguous";
        public const string ContactDecidedOtherwise = "QuickpassPsa.ContactDecidedOtherwise";
        public const string LinkedContactMissing = "QuickpassPsa.LinkedContactMissing";
        public const string LinkedContactChanged = "QuickpassPsa.LinkedContactChanged";
        public const string LinkedContactInactive = "QuickpassPsa.LinkedContactInactive";
        public const string LinkSuperseded = "QuickpassPsa.LinkSuperseded";
        public const string ContactChangedSinceRow = "QuickpassPsa.ContactChangedSinceRow";
        public const string ContactEmailSlotsFull = "QuickpassPsa.ContactEmailSlotsFull";
        public const string AddressHeldByOtherContact = "QuickpassPsa.AddressHeldByOtherContact";
        public const string CustomerCompanyChanged = "QuickpassPsa.CustomerCompanyChanged";
        public const string ContactInOtherCompany = "QuickpassPsa.ContactInOtherCompany";
        public const string CommunicationTypeNotFound = "QuickpassPsa.CommunicationTypeNotFound";
        public const string ContactPsaMismatch = "QuickpassPsa.ContactPsaMismatch";
        public const string ContactWriteFailed = "QuickpassPsa.ContactWriteFailed";
        public const string ContactCreateUnconfirmed = "QuickpassPsa.ContactCreateUnconfirmed";
        public const string ConfirmationUnavailable = "QuickpassPsa.ConfirmationUnavailable";
        public const string CustomerOfAnotherCompany = "QuickpassPsa.CustomerOfAnotherCompany";
        public const string ContactAddressOnAnotherPerson = "QuickpassPsa.ContactAddressOnAnotherPerson";
        public const string ContactMayExist = "QuickpassPsa.ContactMayExist";
        public const string DecisionStoreUnreadable = "QuickpassPsa.DecisionStoreUnreadable";
        public const string DecisionStoreLocked = "QuickpassPsa.DecisionStoreLocked";
        public const string DecisionStoreUnavailable = "QuickpassPsa.DecisionStoreUnavailable";
        public const string DecisionPathInvalid = "QuickpassPsa.DecisionPathInvalid";
        public const string MatchNotDecidable = "QuickpassPsa.MatchNotDecidable";
        public const string ContactNotCandidate = "QuickpassPsa.ContactNotCandidate";
        public const string DecisionCompanyUnknown = "QuickpassPsa.DecisionCompanyUnknown";
        public const string DecisionAccountUnidentified = "QuickpassPsa.DecisionAccountUnidentified";
        public const string DecisionContactNotFound = "QuickpassPsa.DecisionContactNotFound";
        public const string DecisionNotFound = "QuickpassPsa.DecisionNotFound";
        public const string DecisionInputUnrecognised = "QuickpassPsa.DecisionInputUnrecognised";
        public const string DecisionChangedSinceRow = "QuickpassPsa.DecisionChangedSinceRow";
        public const string AccountKeyMissing = "QuickpassPsa.AccountKeyMissing";
        public const string DuplicateAccountKey = "QuickpassPsa.DuplicateAccountKey";
        public const string AccountCustomerMissing = "QuickpassPsa.AccountCustomerMissing";
        public const string CustomerNotLinked = "QuickpassPsa.CustomerNotLinked";
        public const string CustomerCompanyMissing = "QuickpassPsa.CustomerCompanyMissing";
        public const string NotSupportedForPsa = "QuickpassPsa.NotSupportedForPsa";
        public const string SetupTablePermissionDenied = "QuickpassPsa.SetupTablePermissionDenied";
        public const string CommunicationTypeNotRepaired = "QuickpassPsa.CommunicationTypeNotRepaired";
        public const string CommunicationTypeRepairFailed = "QuickpassPsa.CommunicationTypeRepairFailed";
        public const string CommunicationTypeFindingInvalid = "QuickpassPsa.CommunicationTypeFindingInvalid";
        public const string ReportInputUnrecognised = "QuickpassPsa.ReportInputUnrecognised";
        public const string ReportWriteFailed = "QuickpassPsa.ReportWriteFailed";
        public const string CustomerNameMissing = "QuickpassPsa.CustomerNameMissing";
        public const string CompanyNotCandidate = "QuickpassPsa.CompanyNotCandidate";
        public const string ContactArgumentMissing = "QuickpassPsa.ContactArgumentMissing";
        public const string MatchRowFromCsv = "QuickpassPsa.MatchRowFromCsv";
        public const string NotACompany = "QuickpassPsa.NotACompany";
        public const string InvalidNamePattern = "QuickpassPsa.InvalidNamePattern";
    }
}
