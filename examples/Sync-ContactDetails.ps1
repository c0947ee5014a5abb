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
    customer was skipped, or a contact could not be updated (the log says which and why). A bad export file
    or row is logged and the other files and customers go on; the run then exits 1.

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
    Every error is a line of its own, with its id (QuickpassPsa.<What>), what it was about (the account,
    the contact, the file or the customer) and its message; every warning the module gave is a line too.

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

function Get-JobTarget($Target) {
    # What an error is about, as the log names it: a row's account, an account, a contact, a file, a customer, a finding.
    if ($null -eq $Target) { return '-' }
    if ($Target.PSObject.Properties['Account'] -and $null -ne $Target.Account) { return "$($Target.Account)" }
    if ($Target -is [System.Collections.IDictionary]) {
        # A row of an export that could not be read as an account: its filled-in cells.
        return (@($Target.Keys | Where-Object { "$($Target[$_])".Trim() } | ForEach-Object { "$_=$($Target[$_])" }) -join ', ')
    }
    if ($Target.PSObject.Properties['Code'] -and $Target.PSObject.Properties['Severity']) { return "finding $($Target.Code)" }
    "$Target"
}

function Write-JobError([object[]] $Records, [string] $Prefix = 'ERROR') {
    # Every error, one line each: its id (the start of FullyQualifiedErrorId), what it was about, and its message.
    foreach ($record in @($Records)) {
        if ($null -eq $record) { continue }
        if ($record -is [System.Management.Automation.ErrorRecord]) {
            Write-JobLog "$Prefix [$(($record.FullyQualifiedErrorId -split ',')[0])] $(Get-JobTarget $record.TargetObject): $record"
        }
        else { Write-JobLog "${Prefix}: $record" }
    }
}

$jobWarned = [System.Collections.Generic.HashSet[string]]::new()
function Write-JobWarning([object[]] $Records, [string] $Prefix = 'WARNING') {
    # Every warning the module gave (a stale link passed over, an older decision replaced, a type it had to choose), once a run:
    # a command run once per customer repeats its own.
    foreach ($record in @($Records)) {
        if ($null -ne $record -and $jobWarned.Add("$record")) { Write-JobLog "${Prefix}: $record" }
    }
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

    # A bad file (cut off, not UTF-8, unknown columns) or a bad row is logged and the others are read: one customer's
    # export does not stop the other customers, and never pushes a cut value. The run still exits 1.
    $accounts = @(Get-QpAccount -Path $AccountPath -ErrorAction SilentlyContinue -ErrorVariable readErrors -WarningAction SilentlyContinue -WarningVariable readWarnings)
    Write-JobLog "Read $($accounts.Count) accounts."
    Write-JobWarning $readWarnings
    if ($readErrors) { $failed = $true; Write-JobError $readErrors }
    $decisions = @{}
    if ($DecisionPath) { $decisions.DecisionPath = $DecisionPath }

    # Customers to companies for this run only: a stored (Matched) or Suggested link counts, nothing else.
    $links = @($accounts | Find-PsaCompanyMatch @decisions -WarningAction SilentlyContinue -WarningVariable linkWarnings)
    Write-JobWarning $linkWarnings
    foreach ($link in $links | Where-Object Status -notin 'Suggested', 'Matched') {
        $failed = $true
        Write-JobLog "$($link.Customer) : skipped, its PSA company is $($link.Status) ($($link.Reason)); link it by hand or rename the customer."
    }
    # Every linked customer in one run; only the linked pairs (Matched: a stored decision) are synced.
    $all = @($accounts | Find-PsaContactMatch -CompanyMatch $links -IncludeInactive @decisions -SummaryVariable summary -ErrorAction SilentlyContinue -ErrorVariable findErrors -WarningAction SilentlyContinue -WarningVariable findWarnings)
    Write-JobWarning $findWarnings
    foreach ($customer in @($summary | Where-Object State -notin 'Done', 'NotLinked')) {
        $failed = $true
        $why = @($findErrors | Where-Object { "$($_.TargetObject)" -eq $customer.Customer } | Select-Object -First 1)
        $id = if ($why) { " [$(($why[0].FullyQualifiedErrorId -split ',')[0])]" } else { '' }
        Write-JobLog "$($customer.Customer) : FAILED$id : $($customer.Error)"
    }
    $rowErrors = @($findErrors | Where-Object { $_.FullyQualifiedErrorId -notlike 'QuickpassPsa.CustomerNotLinked*' -and "$($_.TargetObject)" -notin @($summary | ForEach-Object { $_.Customer }) })
    if ($rowErrors) { $failed = $true; Write-JobError $rowErrors }
    # .Customer, not ForEach-Object Customer: under -WhatIf, ForEach-Object asks before reading a property.
    foreach ($customer in @(@($summary | Where-Object State -eq 'Done').Customer)) {
        try {
            $linked = @($all | Where-Object { $_.Account.Customer -eq $customer -and $_.Status -eq 'Matched' })
            $changes = @($linked | Update-PsaContact @decisions -ErrorAction SilentlyContinue -ErrorVariable updateErrors -WarningAction SilentlyContinue -WarningVariable updateWarnings)
            foreach ($change in $changes) {
                $state = if ($change.Applied) { 'changed' } else { 'would change' }
                Write-JobLog "$customer : $($change.ContactName) ($($change.ContactId)) $state $($change.Field) from '$($change.Before)' to '$($change.After)'."
            }
            $byField = ($changes | Group-Object Field | Sort-Object Name | ForEach-Object { "$($_.Name) $($_.Count)" }) -join ', '
            if (-not $byField) { $byField = 'none' }
            Write-JobLog "$customer : $($linked.Count) linked contacts, changes: $byField."
            Write-JobWarning $updateWarnings "$customer : WARNING"
            if ($updateErrors) { $failed = $true; Write-JobError $updateErrors "$customer : ERROR" }
        }
        catch {
            $failed = $true
            Write-JobError $_ "$customer : FAILED"
        }
    }
}
catch {
    $failed = $true
    Write-JobError $_ 'FAILED'
}
finally {
    # Not when the module never loaded: the failure is logged above, and a second, raw "not recognized" error would bury it.
    if (Get-Command Get-PsaConnection -ErrorAction SilentlyContinue) { Get-PsaConnection -ErrorAction SilentlyContinue | Disconnect-Psa -ErrorAction SilentlyContinue }
}
if ($failed) { exit 1 }
exit 0
