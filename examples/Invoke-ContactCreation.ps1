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

    An account whose contact New-PsaContact will not create from its data alone is left for a person, and logged
    as such with the error id and the reason, one line each ("LEFT FOR A PERSON [QuickpassPsa.<What>] <account>:
    <why> What to do: <advice>"): a name that names two people (a couple's or a family's shared mailbox) or that
    cannot be split (QuickpassPsa.ContactNameUnsplittable), a value the PSA cannot take (QuickpassPsa.ContactValueInvalid),
    an account that looks like no person (QuickpassPsa.AccountNotAPerson). That is an answer that lasts until a person
    acts (a contact made by hand and linked, the account left out, the source fixed), not a failure of the run. Under
    -WhatIf the log counts what New-PsaContact would really do: the contacts it would create, without the ones it
    refuses or finds already there, nor an account whose address (a plus tag aside) is one an earlier account of the
    same run would get a contact for (jsmith@ and jsmith+son@): the real run refuses it (QuickpassPsa.ContactDecidedOtherwise,
    an ERROR line), and -WhatIf logs the same error, so both count the same contacts.

    Exit codes for the RMM: 0 when every customer was handled, accounts left for a person included; 1 when the
    connection or the input failed, a customer was skipped, or a link or a contact could not be saved or created for
    any other reason (a PSA error, the network; the log says which and why). A bad export file or row is logged and
    the other files and customers go on; the run then exits 1.

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
    Every error is a line of its own, with its id (QuickpassPsa.<What>), what it was about (the account,
    the contact, the file or the customer) and its message; every warning the module gave is a line too.

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

# New-PsaContact's refusals of an account's own data (a name of two people or one that cannot be split, a value the PSA cannot
# take, an account that is no person): a person answers them, by hand; until then every run gives the same answer.
$leftForAPersonIds = 'QuickpassPsa.ContactNameUnsplittable', 'QuickpassPsa.ContactValueInvalid', 'QuickpassPsa.AccountNotAPerson'

function Get-JobErrorId([System.Management.Automation.ErrorRecord] $Record) { ($Record.FullyQualifiedErrorId -split ',')[0] }

function Get-JobRowKey($Item) {
    # One account of the run, however it comes back: a row of Find-PsaContactMatch, New-PsaContact's answer, or an account.
    $account = if ($null -ne $Item -and $Item.PSObject.Properties['Account']) { $Item.Account } else { $Item }
    if ($null -eq $account) { return '' }
    "$($account.Customer)|$($account.Id)|$($account.Email)"
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
    # export does not stop the other customers. The run still exits 1.
    $accounts = @(Get-QpAccount -Path $AccountPath -ErrorAction SilentlyContinue -ErrorVariable readErrors -WarningAction SilentlyContinue -WarningVariable readWarnings)
    Write-JobLog "Read $($accounts.Count) accounts."
    Write-JobWarning $readWarnings
    if ($readErrors) { $failed = $true; Write-JobError $readErrors }
    $decisions = @{}
    if ($DecisionPath) { $decisions.DecisionPath = $DecisionPath }

    $rows = [System.Collections.Generic.List[object]]::new()
    # Customers to companies for this run only: a stored (Matched) or Suggested link counts, nothing else.
    $links = @($accounts | Find-PsaCompanyMatch @decisions -WarningAction SilentlyContinue -WarningVariable linkWarnings)
    Write-JobWarning $linkWarnings
    foreach ($link in $links | Where-Object Status -notin 'Suggested', 'Matched') {
        $failed = $true
        Write-JobLog "$($link.Customer) : skipped, its PSA company is $($link.Status) ($($link.Reason)); link it by hand or rename the customer."
    }
    # Every linked customer in one run (each company's contacts read once, in parallel within the PSA's limits).
    $all = @($accounts | Find-PsaContactMatch -CompanyMatch $links -IncludeInactive @decisions -SummaryVariable summary -ErrorAction SilentlyContinue -ErrorVariable findErrors -WarningAction SilentlyContinue -WarningVariable findWarnings)
    $rows.AddRange([object[]]$all)
    Write-JobWarning $findWarnings
    foreach ($customer in @($summary | Where-Object State -notin 'Done', 'NotLinked')) {
        $failed = $true
        $why = @($findErrors | Where-Object { "$($_.TargetObject)" -eq $customer.Customer } | Select-Object -First 1)
        $id = if ($why) { " [$(($why[0].FullyQualifiedErrorId -split ',')[0])]" } else { '' }
        Write-JobLog "$($customer.Customer) : FAILED$id : $($customer.Error)"
    }
    $rowErrors = @($findErrors | Where-Object { $_.FullyQualifiedErrorId -notlike 'QuickpassPsa.CustomerNotLinked*' -and "$($_.TargetObject)" -notin @($summary | ForEach-Object { $_.Customer }) })
    if ($rowErrors) { $failed = $true; Write-JobError $rowErrors }
    foreach ($group in @($all | Group-Object { $_.Account.Customer })) {
        $customer = $group.Name
        $matched = @($group.Group)
        try {
            # The gate: strong evidence is saved, a missing person is created (in the row's company), nothing else is touched.
            $suggested = @($matched | Where-Object Status -eq 'Suggested')
            # Disabled accounts (leavers, blocked sign-ins) get no contact: New-PsaContact passes them over too.
            $creatable = @($matched | Where-Object { $_.Status -eq 'Unmatched' -and $_.Account.Email -and $_.Account.Enabled })
            $left = @($matched | Where-Object { $_.Status -in 'Review', 'Ambiguous' -or ($_.Status -eq 'Unmatched' -and -not $_.Account.Email) })

            $saved = @($suggested | Save-PsaContactMatch @decisions -PassThru -ErrorAction SilentlyContinue -ErrorVariable saveErrors -WarningAction SilentlyContinue -WarningVariable saveWarnings)
            $answered = @($creatable | New-PsaContact @decisions -ErrorAction SilentlyContinue -ErrorVariable createErrors -WarningAction SilentlyContinue -WarningVariable createWarnings)
            # What New-PsaContact did with each row: a contact it created, one it found at the account's address (returned, and
            # linked), a refusal a person must answer, or an error. Under -WhatIf it creates nothing and returns nothing for a row
            # it would create, so those are the rows it neither answered nor refused.
            $created = @($answered | Where-Object { @($_.Reasons) -contains 'ContactCreated' })
            $found = @($answered | Where-Object { @($_.Reasons) -notcontains 'ContactCreated' })
            $createErrors = @($createErrors | Where-Object { $null -ne $_ })
            $forAPerson = @($createErrors | Where-Object { (Get-JobErrorId $_) -in $leftForAPersonIds })
            $createFailures = @($createErrors | Where-Object { (Get-JobErrorId $_) -notin $leftForAPersonIds })
            $made = if ($WhatIfPreference) {
                $done = [System.Collections.Generic.HashSet[string]]::new([string[]]@(@($answered | ForEach-Object { Get-JobRowKey $_ }) + @($createErrors | ForEach-Object { Get-JobRowKey $_.TargetObject })))
                "would create $(@($creatable | Where-Object { -not $done.Contains((Get-JobRowKey $_)) }).Count)"
            }
            else { "created $($created.Count)" }
            $leftText = ($left | Group-Object Status | Sort-Object Name | ForEach-Object { "$($_.Name) $($_.Count)" }) -join ', '
            if (-not $leftText) { $leftText = 'none' }
            $verb = if ($WhatIfPreference) { 'would save' } else { 'saved' }
            $foundText = if ($found) { ", $(if ($WhatIfPreference) { 'would link' } else { 'linked' }) $($found.Count) found at their address" } else { '' }
            $personText = if ($forAPerson) { ", $($forAPerson.Count) left for a person (not created, see below)" } else { '' }
            Write-JobLog "$customer : $verb $(if ($WhatIfPreference) { $suggested.Count } else { $saved.Count }) Suggested links, $made contacts$foundText$personText, left for review: $leftText."
            Write-JobWarning (@($saveWarnings) + @($createWarnings)) "$customer : WARNING"
            # A refusal of the account's own data is the lasting answer for it (a couple's shared mailbox stays one every night): logged
            # with its reason and what to do, and the run still exits 0. Everything else is a failure of the run.
            foreach ($record in $forAPerson) {
                $advice = if ($record.ErrorDetails -and $record.ErrorDetails.RecommendedAction) { " What to do: $($record.ErrorDetails.RecommendedAction)" } else { '' }
                Write-JobLog "$customer : LEFT FOR A PERSON [$(Get-JobErrorId $record)] $(Get-JobTarget $record.TargetObject): $record$advice"
            }
            $errors = @($saveErrors) + @($createFailures) | Where-Object { $null -ne $_ }
            if ($errors) { $failed = $true; Write-JobError $errors "$customer : ERROR" }
        }
        catch {
            $failed = $true
            Write-JobError $_ "$customer : FAILED"
        }
    }

    # The report is written under -WhatIf too: it is what a person reviews before the real run.
    $report = $rows | Export-PsaMatchReport -Path $ReportPath -PassThru -WhatIf:$false -Confirm:$false -WarningAction SilentlyContinue -WarningVariable reportWarnings
    Write-JobWarning $reportWarnings
    Write-JobLog "Report: $($report.FullName) ($($rows.Count) rows)."
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
