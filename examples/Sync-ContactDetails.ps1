#Requires -Version 5.1

<#
.SYNOPSIS
    Keeps the email address and mobile number of every linked PSA contact in step with the directory.

.DESCRIPTION
    For an RMM job or a scheduled task, in Windows PowerShell 5.1 or PowerShell 7. For every customer in the
    account exports whose PSA company is certain (a Suggested company link), it matches the accounts, takes
    the rows linked by a stored decision (Matched: confirmed by a person, by Save-PsaContactMatch or made by
    New-PsaContact) and pushes a changed email address or mobile number to the contact (Update-PsaContact).
    Suggested rows that nobody confirmed are not touched. An empty value in the directory never blanks the
    contact's. Each change is logged with the contact, the field and the values before and after, and each
    customer gets one summary line.

    Run it with -WhatIf to log the changes without sending them.

    Exit codes for the RMM: 0 when every customer was handled; 1 when the connection or the input failed, a
    customer was skipped, or a contact could not be updated (the log says which and why).

.PARAMETER AccountPath
    The account export files (CSV or JSON; Quickpass, Active Directory or Graph), each row naming its
    customer; wildcards allowed.

.PARAMETER Psa
    ConnectWise (default) or Autotask.

.PARAMETER Server
    ConnectWise: the site, for example na.myconnectwise.net.

.PARAMETER CompanyId
    ConnectWise: the company id you sign in with.

.PARAMETER ClientId
    ConnectWise: the clientId of your integration (developer.connectwise.com).

.PARAMETER PublicKey
    ConnectWise: the API member's public key, as a SecureString. Leave out with -VaultName.

.PARAMETER PrivateKey
    ConnectWise: the API member's private key, as a SecureString. Leave out with -VaultName.

.PARAMETER Credential
    Autotask: the API user and its secret. Leave out with -VaultName.

.PARAMETER IntegrationCode
    Autotask: the API tracking identifier, as a SecureString. Leave out with -VaultName.

.PARAMETER ZoneUrl
    Autotask: the zone's API URL; found from the user name when left out.

.PARAMETER VaultName
    The Microsoft.PowerShell.SecretManagement vault that holds the keys (see Connect-Psa -VaultName).
    With it, the job needs no key on its command line.

.PARAMETER SecretName
    The secret in -VaultName: for ConnectWise a PSCredential (user name = public key, password = private
    key) or a hashtable with PublicKey and PrivateKey; for Autotask a hashtable with UserName, Secret and
    IntegrationCode.

.PARAMETER DecisionPath
    The decision store that holds the links; by default the connection's store under the QuickpassPsa data
    folder ($env:QUICKPASSPSA_DATA moves it).

.PARAMETER LogPath
    A log file to append the lines to (UTF-8). The same lines go to the information stream, which RMM
    consoles show.

.EXAMPLE
    .\Sync-ContactDetails.ps1 -AccountPath 'D:\Exports\*.csv' -Server na.myconnectwise.net -CompanyId acme -ClientId $clientId -VaultName MspVault -SecretName CwAcme -LogPath 'D:\Logs\sync.log'

    Pushes the changes to ConnectWise and appends what changed to the log.

.EXAMPLE
    .\Sync-ContactDetails.ps1 -Psa Autotask -AccountPath .\exports\*.json -VaultName MspVault -SecretName AtAcme -WhatIf

    Logs the changes Autotask would get, and sends none.
#>
[CmdletBinding(SupportsShouldProcess, DefaultParameterSetName = 'Keys')]
param(
    [Parameter(Mandatory)][string[]] $AccountPath,

    [ValidateSet('ConnectWise', 'Autotask')][string] $Psa = 'ConnectWise',
    [string] $Server,
    [string] $CompanyId,
    [string] $ClientId,
    [Parameter(ParameterSetName = 'Keys')][securestring] $PublicKey,
    [Parameter(ParameterSetName = 'Keys')][securestring] $PrivateKey,
    [Parameter(ParameterSetName = 'Keys')][pscredential] $Credential,
    [Parameter(ParameterSetName = 'Keys')][securestring] $IntegrationCode,
    [uri] $ZoneUrl,
    [Parameter(Mandatory, ParameterSetName = 'Vault')][string] $VaultName,
    [Parameter(Mandatory, ParameterSetName = 'Vault')][string] $SecretName,

    [string] $DecisionPath,
    [string] $LogPath
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

function Write-JobLog([string] $Text) {
    # One timestamped line: to the RMM console (information stream) and, when asked, to the log file.
    $line = '{0:yyyy-MM-dd HH:mm:ss}Z {1}' -f [DateTime]::UtcNow, $Text
    Write-Information $line -InformationAction Continue
    # -WhatIf:$false: a dry run still logs what it would do.
    if ($LogPath) { Add-Content -LiteralPath $LogPath -Value $line -Encoding UTF8 -WhatIf:$false }
}

function Connect-JobPsa {
    # Keys come from the vault (Connect-Psa reads it) or as SecureStrings; never as plain text.
    $connect = @{ ErrorAction = 'Stop' }
    if ($Psa -eq 'ConnectWise') {
        $connect += @{ ConnectWise = $true; Server = $Server; CompanyId = $CompanyId; ClientId = $ClientId }
        if ($VaultName) { $connect += @{ VaultName = $VaultName; SecretName = $SecretName } }
        else { $connect += @{ PublicKey = $PublicKey; PrivateKey = $PrivateKey } }
    }
    else {
        $connect += @{ Autotask = $true }
        if ($ZoneUrl) { $connect.ZoneUrl = $ZoneUrl }
        if ($VaultName) { $connect += @{ VaultName = $VaultName; SecretName = $SecretName } }
        else { $connect += @{ Credential = $Credential; IntegrationCode = $IntegrationCode } }
    }
    Connect-Psa @connect
}

$failed = $false
try {
    if (-not (Get-Module QuickpassPsa)) { Import-Module QuickpassPsa -ErrorAction Stop }
    $connection = Connect-JobPsa
    $mode = if ($WhatIfPreference) { ' (WhatIf: nothing is changed)' } else { '' }
    Write-JobLog "Connected to $($connection.Psa) $($connection.Server)$mode."

    $accounts = @(Get-QpAccount -Path $AccountPath)
    Write-JobLog "Read $($accounts.Count) accounts."
    $decisions = @{}
    if ($DecisionPath) { $decisions.DecisionPath = $DecisionPath }
    $jobErrors = [System.Collections.ArrayList]::new()

    # Customers to companies for this run only: a stored (Matched) or Suggested link counts, nothing else.
    $links = @($accounts | Find-PsaCompanyMatch @decisions)
    foreach ($link in $links | Where-Object Status -notin 'Suggested', 'Matched') {
        $failed = $true
        Write-JobLog "$($link.Customer) : skipped, its PSA company is $($link.Status) ($($link.Reason)); link it by hand or rename the customer."
    }
    # Every linked customer in one run; only the linked pairs (Matched: a stored decision) are synced.
    $all = @($accounts | Find-PsaContactMatch -CompanyMatch $links -IncludeInactive @decisions -SummaryVariable summary -ErrorAction SilentlyContinue -ErrorVariable +jobErrors)
    foreach ($customer in @($summary | Where-Object State -notin 'Done', 'NotLinked')) {
        $failed = $true
        Write-JobLog "$($customer.Customer) : FAILED: $($customer.Error)"
    }
    # .Customer, not ForEach-Object Customer: under -WhatIf, ForEach-Object asks before reading a property.
    foreach ($customer in @(@($summary | Where-Object State -eq 'Done').Customer)) {
        try {
            $errorsBefore = $jobErrors.Count
            $linked = @($all | Where-Object { $_.Account.Customer -eq $customer -and $_.Status -eq 'Matched' })
            $changes = @($linked | Update-PsaContact -ErrorAction Continue -ErrorVariable +jobErrors)
            foreach ($change in $changes) {
                $state = if ($change.Applied) { 'changed' } else { 'would change' }
                Write-JobLog "$customer : $($change.ContactName) ($($change.ContactId)) $state $($change.Field) from '$($change.Before)' to '$($change.After)'."
            }
            $byField = ($changes | Group-Object Field | Sort-Object Name | ForEach-Object { "$($_.Name) $($_.Count)" }) -join ', '
            if (-not $byField) { $byField = 'none' }
            Write-JobLog "$customer : $($linked.Count) linked contacts, changes: $byField."
            $newErrors = $jobErrors.Count - $errorsBefore
            if ($newErrors -gt 0) { $failed = $true; Write-JobLog "$customer : $newErrors error(s): $($jobErrors[$jobErrors.Count - 1].Exception.Message)" }
        }
        catch {
            $failed = $true
            Write-JobLog "$customer : FAILED: $($_.Exception.Message)"
        }
    }
}
catch {
    $failed = $true
    Write-JobLog "FAILED: $($_.Exception.Message)"
}
finally {
    Get-PsaConnection -ErrorAction SilentlyContinue | Disconnect-Psa -ErrorAction SilentlyContinue
}
if ($failed) { exit 1 }
exit 0
