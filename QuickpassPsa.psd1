# Module manifest for QuickpassPsa: the source of truth for the module's version and exports.
# The build copies this file into out/QuickpassPsa/; Directory.Build.props reads ModuleVersion from it.
@{
    RootModule           = 'QuickpassPsa.Cmdlets.dll'
    ModuleVersion        = '0.1.0'
    CompatiblePSEditions = @('Desktop', 'Core')
    GUID                 = '3098840e-297f-4d7a-8215-426e592ef841'
    Author               = 'QuickpassPsa contributors'
    CompanyName          = 'QuickpassPsa contributors'
    Copyright            = '(c) QuickpassPsa contributors. MIT licence.'
    Description          = 'Links Quickpass (CyberQP) end-user accounts to ConnectWise Manage and Datto Autotask contacts: read accounts, match them safely to PSA contacts, create and update contacts, repair the ConnectWise communication-type table.'
    PowerShellVersion    = '5.1'
    DotNetFrameworkVersion = '4.7.2'

    FormatsToProcess     = @('QuickpassPsa.Format.ps1xml')
    TypesToProcess       = @('QuickpassPsa.Types.ps1xml')

    # Every export is listed by name: no wildcards, so discovery is fast and the surface is explicit.
    CmdletsToExport      = @(
        'Connect-Psa'
        'ConvertTo-QpAccount'
        'Disconnect-Psa'
        'Find-PsaCompanyMatch'
        'Find-PsaContactMatch'
        'Get-PsaCompany'
        'Get-PsaConnection'
        'Get-PsaContact'
        'Get-QpAccount'
        'New-PsaContact'
        'Update-PsaContact'
        'Get-PsaContactMatchDecision'
        'Remove-PsaContactMatch'
        'Save-PsaContactMatch'
        'Set-PsaContactMatch'
        'Get-PsaCompanyMatchDecision'
        'Remove-PsaCompanyMatch'
        'Save-PsaCompanyMatch'
        'Set-PsaCompanyMatch'
        'Get-CwCommunicationType'
        'Test-CwCommunicationType'
        'Repair-CwCommunicationType'
        'Export-PsaMatchReport'
    )
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()

    PrivateData          = @{
        PSData = @{
            Tags         = @('Quickpass', 'CyberQP', 'ConnectWise', 'Autotask', 'PSA', 'MSP', 'RMM', 'Contacts', 'Matching', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            # Placeholders in a neutral form (example.com): replace them with the real project's addresses before
            # publishing to the PowerShell Gallery.
            ProjectUri   = 'https://example.com/quickpasspsa'
            LicenseUri   = 'https://example.com/quickpasspsa/LICENSE'
            ReleaseNotes = '0.1.0: the first release. Accounts in from Quickpass, AD and Entra ID exports (Get-QpAccount, ConvertTo-QpAccount); connections to ConnectWise Manage and Autotask with keys from SecretManagement (Connect-Psa, Disconnect-Psa, Get-PsaConnection); companies and contacts (Get-PsaCompany, Get-PsaContact); customers matched to companies (Find-PsaCompanyMatch) and accounts to contacts with stars and reasons (Find-PsaContactMatch); every customer matched in one run, each in its linked company, with a summary per customer; stored decisions for contacts (Save-, Set-, Remove-PsaContactMatch, Get-PsaContactMatchDecision) and for customer-company links (Save-, Set-, Remove-PsaCompanyMatch, Get-PsaCompanyMatchDecision); contact creation and email/mobile sync (New-PsaContact, Update-PsaContact); the ConnectWise communication-type table (Get-, Test-, Repair-CwCommunicationType); an HTML match report (Export-PsaMatchReport). Help for every cmdlet, about_QuickpassPsa, and RMM example scripts.'
        }
    }
}
