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
            Tags         = @('Quickpass', 'CyberQP', 'ConnectWise', 'Autotask', 'PSA', 'MSP', 'Contacts', 'Matching', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            ProjectUri   = 'https://github.com/quickpasspsa/QuickpassPsa'
            LicenseUri   = 'https://github.com/quickpasspsa/QuickpassPsa/blob/main/LICENSE'
            ReleaseNotes = '0.1.0: accounts in (Get-QpAccount, ConvertTo-QpAccount); PSA connections (Connect-Psa, Disconnect-Psa, Get-PsaConnection) and reads (Get-PsaCompany, Get-PsaContact) for ConnectWise Manage and Autotask; matching (Find-PsaContactMatch) with stored decisions (Save-, Set-, Remove-PsaContactMatch, Get-PsaContactMatchDecision); customers to companies (Find-PsaCompanyMatch) with stored links (Save-, Set-, Remove-PsaCompanyMatch, Get-PsaCompanyMatchDecision); contact creation and sync (New-PsaContact, Update-PsaContact); the ConnectWise communication-type table (Get-, Test-, Repair-CwCommunicationType); a self-contained HTML match report (Export-PsaMatchReport).'
        }
    }
}
