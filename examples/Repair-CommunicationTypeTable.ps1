#Requires -Version 5.1

<#
.SYNOPSIS
    Checks the ConnectWise communication-type table of one site and repairs what breaks Quickpass matching and contact creation.

.DESCRIPTION
    For an RMM job or a scheduled task, in Windows PowerShell 5.1 or PowerShell 7. The table is one per
    ConnectWise site, shared by every customer, so schedule this once per site (for example weekly), not
    once per customer.

    1. Test-CwCommunicationType lists the problems: no type described exactly Email with the email flag,
       no Mobile or Cell type with the phone flag, stray spaces, look-alike duplicates, missing flags or
       defaults. Each finding is logged.
    2. Repair-CwCommunicationType applies the fixes (rename, set a flag, create a type; never delete or
       merge) without asking, as a job must. Each change is logged.
    3. The table is tested again. Findings with no automatic fix (two look-alike types to merge by hand)
       are logged for a person.

    Run it with -WhatIf to log the plan without changing anything. With -ReportPath, the findings of the
    first test go into an HTML report.

    Exit codes for the RMM: 0 when the table is ready for Quickpass (warnings left for a person are
    logged); 1 when the connection failed, a repair failed (each logged with its id and finding), or an
    error-level finding is left.

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

.PARAMETER VaultName
    The Microsoft.PowerShell.SecretManagement vault that holds the keys (see Connect-Psa -VaultName).
    With it, the job needs no key on its command line.

.PARAMETER SecretName
    The secret in -VaultName: a PSCredential (user name = public key, password = private key) or a
    hashtable with PublicKey and PrivateKey.

.PARAMETER ReportPath
    An HTML report of the findings of the first test (Export-PsaMatchReport); none when left out.

.PARAMETER LogPath
    A log file to append the lines to (UTF-8). The same lines go to the information stream, which RMM
    consoles show.
    Every error is a line of its own, with its id (QuickpassPsa.<What>), what it was about (the account,
    the contact, the file or the customer) and its message; every warning the module gave is a line too.

.EXAMPLE
    .\Repair-CommunicationTypeTable.ps1 -Server na.myconnectwise.net -CompanyId acme -ClientId $clientId -VaultName MspVault -SecretName CwAcme -WhatIf

    Logs the findings and the changes the repair would make; changes nothing.

.EXAMPLE
    .\Repair-CommunicationTypeTable.ps1 -Server eu.myconnectwise.net -CompanyId acme -ClientId $clientId -PublicKey $pub -PrivateKey $priv -LogPath .\cw-types.log -ReportPath .\cw-types.html

    Repairs the table of the EU site with keys held as SecureStrings, logging to a file and writing the findings report.
#>
[CmdletBinding(SupportsShouldProcess, DefaultParameterSetName = 'Keys')]
param(
    [Parameter(Mandatory)][string] $Server,
    [Parameter(Mandatory)][string] $CompanyId,
    [Parameter(Mandatory)][string] $ClientId,
    [Parameter(ParameterSetName = 'Keys')][securestring] $PublicKey,
    [Parameter(ParameterSetName = 'Keys')][securestring] $PrivateKey,
    [Parameter(Mandatory, ParameterSetName = 'Vault')][string] $VaultName,
    [Parameter(Mandatory, ParameterSetName = 'Vault')][string] $SecretName,

    [string] $ReportPath,
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

$failed = $false
try {
    if (-not (Get-Module QuickpassPsa)) { Import-Module QuickpassPsa -ErrorAction Stop }
    $connect = @{ ConnectWise = $true; Server = $Server; CompanyId = $CompanyId; ClientId = $ClientId; ErrorAction = 'Stop' }
    if ($VaultName) { $connect += @{ VaultName = $VaultName; SecretName = $SecretName } }
    else { $connect += @{ PublicKey = $PublicKey; PrivateKey = $PrivateKey } }
    $connection = Connect-Psa @connect
    $mode = if ($WhatIfPreference) { ' (WhatIf: nothing is changed)' } else { '' }
    Write-JobLog "Connected to $($connection.Server)$mode."

    $findings = @(Test-CwCommunicationType -WarningAction SilentlyContinue -WarningVariable testWarnings)
    Write-JobWarning $testWarnings
    if ($ReportPath) {
        $report = $findings | Export-PsaMatchReport -Path $ReportPath -PassThru -WhatIf:$false -Confirm:$false
        Write-JobLog "Report: $($report.FullName)."
    }
    if ($findings.Count -eq 0) {
        Write-JobLog 'The communication-type table is ready: nothing to repair.'
    }
    else {
        foreach ($finding in $findings) { Write-JobLog "Finding $($finding.Code) ($($finding.Severity)): $($finding.Message)" }
        # ConfirmImpact is High: -Confirm:$false, because nobody is there to answer. -WhatIf still holds.
        $changes = @($findings | Repair-CwCommunicationType -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable repairErrors -WarningAction SilentlyContinue -WarningVariable repairWarnings)
        foreach ($change in $changes) {
            Write-JobLog "Did $($change.Action) type $($change.TypeId) ($($change.Code)): $($change.BeforeDescription) -> $($change.AfterDescription)."
        }
        Write-JobWarning $repairWarnings
        # A repair that failed (refused by the PSA, or a finding that cannot be applied) is logged with its id and finding.
        if ($repairErrors) { $failed = $true; Write-JobError $repairErrors }
        if ($WhatIfPreference) {
            # Under -WhatIf the repair sends nothing and returns nothing: the plan is each finding's proposed fix.
            foreach ($finding in $findings | Where-Object { "$($_.Action)" -ne 'Manual' }) { Write-JobLog "Would fix $($finding.Code): $($finding.Fix)" }
        }
        if (-not $WhatIfPreference) {
            $left = @(Test-CwCommunicationType -WarningAction SilentlyContinue)
            foreach ($finding in $left) { Write-JobLog "Left for a person: $($finding.Code) ($($finding.Severity)): $($finding.Message)" }
            if (@($left | Where-Object { "$($_.Severity)" -eq 'Error' }).Count -gt 0) { $failed = $true }
            Write-JobLog "Repaired: $($changes.Count) change(s); $($left.Count) finding(s) left."
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
