#Requires -Version 5.1

<#
.SYNOPSIS
    Nightly: matches every customer's accounts to its PSA contacts and writes one HTML report. Changes nothing.

.DESCRIPTION
    For an RMM job (NinjaOne, Datto RMM, N-able, ConnectWise Automate) or a scheduled task, in Windows
    PowerShell 5.1 or PowerShell 7.

    1. Reads the account exports (-AccountPath): Quickpass, Active Directory (Get-ADUser | Export-Csv) or
       Microsoft Graph / Entra ID (Get-MgUser | ConvertTo-Json) files, each row naming its customer.
    2. Links each customer to its PSA company (Find-PsaCompanyMatch), for this run only. Only a stored link
       or a Suggested one (an exact or normalised name) is used; a customer whose company is in doubt is
       logged and skipped, so its accounts are never matched against the wrong company's contacts.
    3. Matches every linked customer's accounts in one run (Find-PsaContactMatch -CompanyMatch: each company's
       contacts read once, several companies at a time within the PSA's limits), honouring the stored
       decisions, and logs one line per customer with the count of each status.
    4. Writes every row into one self-contained HTML report (Export-PsaMatchReport) for a person to review.

    Nothing is written to the PSA or to the decision store.

    Exit codes for the RMM: 0 when every customer was matched; 1 when the connection, the input or any
    customer failed, or a customer had no certain company (the log says which and why). A bad export file
    or row is logged and the other files and customers go on; the run then exits 1.

.PARAMETER AccountPath
    The account export files (CSV or JSON); wildcards allowed.

.PARAMETER ReportPath
    The HTML report to write (replaced each run).

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
    The decision store to honour; by default the connection's store under the QuickpassPsa data folder
    ($env:QUICKPASSPSA_DATA moves it).

.PARAMETER LogPath
    A log file to append one line per customer to (UTF-8). The same lines go to the information stream,
    which RMM consoles show.
    Every error is a line of its own, with its id (QuickpassPsa.<What>), what it was about (the account,
    the contact, the file or the customer) and its message; every warning the module gave is a line too.

.EXAMPLE
    .\Invoke-NightlyMatch.ps1 -AccountPath 'D:\Exports\*.csv' -ReportPath 'D:\Reports\matches.html' -Server na.myconnectwise.net -CompanyId acme -ClientId $clientId -VaultName MspVault -SecretName CwAcme

    ConnectWise, keys from a SecretManagement vault: the usual RMM set-up.

.EXAMPLE
    .\Invoke-NightlyMatch.ps1 -Psa Autotask -AccountPath .\entra-users.json -ReportPath .\matches.html -VaultName MspVault -SecretName AtAcme -LogPath .\nightly.log

    Autotask, with a log file beside the report.

.EXAMPLE
    Get-MgUser -All -Property Id, DisplayName, GivenName, Surname, Mail, UserPrincipalName, ProxyAddresses, MobilePhone, AccountEnabled, CompanyName |
        Select-Object *, @{ n = 'Customer'; e = { 'Contoso Ltd' } } | ConvertTo-Json -Depth 3 | Set-Content .\contoso.json -Encoding utf8
    .\Invoke-NightlyMatch.ps1 -AccountPath .\contoso.json -ReportPath .\contoso.html -Server na.myconnectwise.net -CompanyId acme -ClientId $clientId -PublicKey $pub -PrivateKey $priv

    A Graph export of one customer, matched with keys held as SecureStrings.
#>
[CmdletBinding(DefaultParameterSetName = 'Keys')]
param(
    [Parameter(Mandatory)][string[]] $AccountPath,
    [Parameter(Mandatory)][string] $ReportPath,

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
    Write-JobLog "Connected to $($connection.Psa) $($connection.Server)."

    # A bad file (cut off, not UTF-8, unknown columns) or a bad row is logged and the others are read: one customer's
    # export does not stop the other customers. The run still exits 1.
    $accounts = @(Get-QpAccount -Path $AccountPath -ErrorAction SilentlyContinue -ErrorVariable readErrors -WarningAction SilentlyContinue -WarningVariable readWarnings)
    Write-JobLog "Read $($accounts.Count) accounts from $(@(Resolve-Path -Path $AccountPath -ErrorAction SilentlyContinue).Count) file(s)."
    Write-JobWarning $readWarnings
    if ($readErrors) { $failed = $true; Write-JobError $readErrors }
    $decisions = @{}
    if ($DecisionPath) { $decisions.DecisionPath = $DecisionPath }

    # Customers to companies for this run only (nothing stored): only a Suggested or stored (Matched) link counts.
    $links = @($accounts | Find-PsaCompanyMatch @decisions -WarningAction SilentlyContinue -WarningVariable linkWarnings)
    Write-JobWarning $linkWarnings
    foreach ($link in $links | Where-Object Status -notin 'Suggested', 'Matched') {
        $failed = $true
        Write-JobLog "$($link.Customer) : skipped, its PSA company is $($link.Status) ($($link.Reason)); link it by hand or rename the customer."
    }

    # Every linked customer in one run: the companies' contacts are read in parallel within the PSA's limits.
    # A customer that fails (a company read refused) is reported and the others go on.
    $rows = @($accounts | Find-PsaContactMatch -CompanyMatch $links -IncludeInactive @decisions -SummaryVariable summary -ErrorAction SilentlyContinue -ErrorVariable runErrors -WarningAction SilentlyContinue -WarningVariable runWarnings)
    Write-JobWarning $runWarnings
    foreach ($customer in $summary) {
        if ($customer.State -eq 'NotLinked') { continue } # logged above
        if ($customer.State -ne 'Done') {
            $failed = $true
            $why = @($runErrors | Where-Object { "$($_.TargetObject)" -eq $customer.Customer } | Select-Object -First 1)
            $id = if ($why) { " [$(($why[0].FullyQualifiedErrorId -split ',')[0])]" } else { '' }
            Write-JobLog "$($customer.Customer) : FAILED$id : $($customer.Error)"
            continue
        }
        $counts = ('Matched', 'Suggested', 'Review', 'Ambiguous', 'Unmatched' | Where-Object { $customer.$_ -gt 0 } | Sort-Object | ForEach-Object { "$_ $($customer.$_)" }) -join ', '
        Write-JobLog "$($customer.Customer) : company $($customer.CompanyName) ($($customer.CompanyId)), $($customer.Accounts) accounts: $counts."
    }
    $rowErrors = @($runErrors | Where-Object { $_.FullyQualifiedErrorId -notlike 'QuickpassPsa.CustomerNotLinked*' -and "$($_.TargetObject)" -notin @($summary | ForEach-Object { $_.Customer }) })
    if ($rowErrors) { $failed = $true; Write-JobError $rowErrors }
    $rows += @($summary)

    $report = $rows | Export-PsaMatchReport -Path $ReportPath -PassThru -Confirm:$false -WarningAction SilentlyContinue -WarningVariable reportWarnings
    Write-JobWarning $reportWarnings
    Write-JobLog "Report: $($report.FullName) ($(@($rows | Where-Object { $_.PSObject.Properties['Account'] }).Count) rows, $(@($summary).Count) customers)."
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
