#Requires -Version 5.1

<#
.SYNOPSIS
    Creates the missing PSA contacts behind a review gate: saves only Suggested links, creates only Unmatched accounts, reports the rest.

.DESCRIPTION
    For an RMM job or a scheduled task, in Windows PowerShell 5.1 or PowerShell 7. For every customer in the
    account exports whose PSA company is certain (a Suggested company link):

    - Suggested rows (one contact, strong evidence) are saved as links (Save-PsaContactMatch).
    - Unmatched rows with an email address get a new contact (New-PsaContact), which is linked as it is made,
      unless the account is disabled (a leaver or a blocked sign-in): those get nothing.
    - Everything else is left for a person: Review and Ambiguous rows, and Unmatched rows without an email
      address. They are in the HTML report (-ReportPath) with their evidence, and counted in the log.

    A customer whose company is in doubt is skipped whole. Rows already Matched by a stored decision need
    nothing. Run it with -WhatIf first: it then changes nothing, logs what it would do and still writes the
    report. A second run creates nothing again: the created contacts come back Matched.

    Exit codes for the RMM: 0 when every customer was handled; 1 when the connection or the input failed, a
    customer was skipped, or a link or a contact could not be saved or created (the log says which and why).

.PARAMETER AccountPath
    The account export files (CSV or JSON; Quickpass, Active Directory or Graph), each row naming its
    customer; wildcards allowed.

.PARAMETER ReportPath
    The HTML report of every row, with the ones left for review (replaced each run, also under -WhatIf).

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
    The decision store to read and to save links to; by default the connection's store under the
    QuickpassPsa data folder ($env:QUICKPASSPSA_DATA moves it).

.PARAMETER LogPath
    A log file to append one line per customer to (UTF-8). The same lines go to the information stream,
    which RMM consoles show.

.EXAMPLE
    .\Invoke-ContactCreation.ps1 -AccountPath 'D:\Exports\*.csv' -ReportPath 'D:\Reports\created.html' -Server na.myconnectwise.net -CompanyId acme -ClientId $clientId -VaultName MspVault -SecretName CwAcme -WhatIf

    The dry run: logs how many links it would save and contacts it would create per customer, writes the
    report, and changes nothing.

.EXAMPLE
    .\Invoke-ContactCreation.ps1 -Psa Autotask -AccountPath .\exports\*.json -ReportPath .\created.html -VaultName MspVault -SecretName AtAcme -LogPath .\created.log

    The nightly run against Autotask, with a log file.
#>
[CmdletBinding(SupportsShouldProcess, DefaultParameterSetName = 'Keys')]
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

    $rows = [System.Collections.Generic.List[object]]::new()
    $jobErrors = [System.Collections.ArrayList]::new()
    $jobWarnings = [System.Collections.ArrayList]::new()
    # Customers to companies for this run only: a stored (Matched) or Suggested link counts, nothing else.
    $links = @($accounts | Find-PsaCompanyMatch @decisions)
    foreach ($link in $links | Where-Object Status -notin 'Suggested', 'Matched') {
        $failed = $true
        Write-JobLog "$($link.Customer) : skipped, its PSA company is $($link.Status) ($($link.Reason)); link it by hand or rename the customer."
    }
    # Every linked customer in one run (each company's contacts read once, in parallel within the PSA's limits).
    $all = @($accounts | Find-PsaContactMatch -CompanyMatch $links -IncludeInactive @decisions -SummaryVariable summary -ErrorAction SilentlyContinue -ErrorVariable findErrors)
    $rows.AddRange([object[]]$all)
    foreach ($customer in @($summary | Where-Object State -notin 'Done', 'NotLinked')) {
        $failed = $true
        Write-JobLog "$($customer.Customer) : FAILED: $($customer.Error)"
    }
    foreach ($group in @($all | Group-Object { $_.Account.Customer })) {
        $customer = $group.Name
        $matched = @($group.Group)
        try {
            # The gate: strong evidence is saved, a missing person is created (in the row's company), nothing else is touched.
            $suggested = @($matched | Where-Object Status -eq 'Suggested')
            # Disabled accounts (leavers, blocked sign-ins) get no contact: New-PsaContact passes them over too.
            $creatable = @($matched | Where-Object { $_.Status -eq 'Unmatched' -and $_.Account.Email -and $_.Account.Enabled })
            $left = @($matched | Where-Object { $_.Status -in 'Review', 'Ambiguous' -or ($_.Status -eq 'Unmatched' -and -not $_.Account.Email) })

            $errorsBefore = @($jobErrors).Count
            $saved = @($suggested | Save-PsaContactMatch @decisions -PassThru -ErrorAction Continue -ErrorVariable +jobErrors)
            $created = @($creatable | New-PsaContact @decisions -ErrorAction Continue -ErrorVariable +jobErrors -WarningVariable +jobWarnings -WarningAction SilentlyContinue)
            $leftText = ($left | Group-Object Status | Sort-Object Name | ForEach-Object { "$($_.Name) $($_.Count)" }) -join ', '
            if (-not $leftText) { $leftText = 'none' }
            $verb = if ($WhatIfPreference) { 'would save' } else { 'saved' }
            $made = if ($WhatIfPreference) { "would create $($creatable.Count)" } else { "created $($created.Count)" }
            Write-JobLog "$customer : $verb $(if ($WhatIfPreference) { $suggested.Count } else { $saved.Count }) Suggested links, $made contacts, left for review: $leftText."
            $newErrors = @($jobErrors).Count - $errorsBefore
            if ($newErrors -gt 0) { $failed = $true; Write-JobLog "$customer : $newErrors error(s): $(@($jobErrors)[-1].Exception.Message)" }
        }
        catch {
            $failed = $true
            Write-JobLog "$customer : FAILED: $($_.Exception.Message)"
        }
    }
    $rowErrors = @($findErrors | Where-Object { $_.FullyQualifiedErrorId -notlike 'QuickpassPsa.CustomerNotLinked*' -and $_.TargetObject -notin $summary.Customer })
    if ($rowErrors) { $failed = $true; Write-JobLog "$($rowErrors.Count) account(s) could not be matched: $($rowErrors[0].Exception.Message)" }
    # New-PsaContact warns once per run about a communication type it had to choose (ConnectWise).
    foreach ($warning in @($jobWarnings.ForEach('Message') | Select-Object -Unique)) { Write-JobLog "Warning: $warning" }

    # The report is written under -WhatIf too: it is what a person reviews before the real run.
    $report = $rows | Export-PsaMatchReport -Path $ReportPath -PassThru -WhatIf:$false -Confirm:$false
    Write-JobLog "Report: $($report.FullName) ($($rows.Count) rows)."
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
