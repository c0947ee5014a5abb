#Requires -Version 7.2

<#
.SYNOPSIS
    The whole QuickpassPsa workflow against the PSA simulator and the sample tenant: match, create, sync.

.DESCRIPTION
    Starts tools/PsaSimulator on a free 127.0.0.1 port with samples/sample-tenant.json, imports the built
    module (out/QuickpassPsa), reads the sample accounts of every customer (samples/accounts/*.csv),
    links each customer to its PSA company (Find-PsaCompanyMatch | Save-PsaCompanyMatch), matches every
    customer's accounts to its company's contacts in one run, shows the matches, a summary per customer and a
    count per status, checks and repairs the ConnectWise communication-type table, creates the missing contacts,
    matches again to show them Matched, changes one account's
    mobile number and pushes it to its contact, and writes the first run's matches and the table's findings as an
    HTML report (Export-PsaMatchReport), printing its path. The simulator is stopped on every exit path, Ctrl+C
    included. Decisions go to a temporary store, so the demo leaves nothing behind.

    Run it through the build, which builds first: dotnet tool restore; dotnet pwsh ./build.ps1 Demo

.PARAMETER Psa
    Which PSA of the simulator to use: ConnectWise (default) or Autotask.

.PARAMETER ReportPath
    Where the HTML match report goes; by default out/QuickpassPsa-demo-report.html in the repository (git-ignored).

.PARAMETER Simulator
    The simulator's PsaSimulator.dll; by default the newest build under tools/PsaSimulator/bin.

.EXAMPLE
    dotnet pwsh ./samples/Invoke-Demo.ps1 -Psa Autotask
#>
[CmdletBinding()]
param(
    [ValidateSet('ConnectWise', 'Autotask')]
    [string] $Psa = 'ConnectWise',

    [string] $Simulator,

    [string] $ReportPath
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$root = Split-Path -Parent $PSScriptRoot
$manifest = Join-Path $root 'out/QuickpassPsa/QuickpassPsa.psd1'
if (-not (Test-Path -LiteralPath $manifest)) { throw "The module is not built; run 'dotnet pwsh ./build.ps1 Demo' (it builds first)." }
if (-not $Simulator) {
    $Simulator = Get-ChildItem -Path (Join-Path $root 'tools/PsaSimulator/bin') -Filter PsaSimulator.dll -Recurse -ErrorAction SilentlyContinue |
        Where-Object { $_.Directory.Name -eq 'net10.0' } | Sort-Object LastWriteTimeUtc -Descending | Select-Object -First 1 -ExpandProperty FullName
}
if (-not $ReportPath) { $ReportPath = Join-Path $root 'out/QuickpassPsa-demo-report.html' }
if (-not $Simulator -or -not (Test-Path -LiteralPath $Simulator)) { throw 'The simulator is not built (tools/PsaSimulator); run dotnet build QuickpassPsa.sln.' }

function Write-Step([string] $Text) { Write-Host ''; Write-Host "== $Text" -ForegroundColor Cyan }

$process = $null
$findings = @()
$store = Join-Path ([System.IO.Path]::GetTempPath()) ("qpsa-demo-" + [guid]::NewGuid().ToString('N') + '.json')
try {
    Write-Step "Starting the PSA simulator with the sample tenant"
    $info = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
    foreach ($a in @($Simulator, '--port', '0', '--seed', (Join-Path $root 'samples/sample-tenant.json'))) { $info.ArgumentList.Add($a) }
    $info.RedirectStandardOutput = $true
    $info.UseShellExecute = $false
    $process = [System.Diagnostics.Process]::Start($info)
    $banner = ''
    while ($null -ne ($line = $process.StandardOutput.ReadLine())) {
        $banner += $line + "`n"
        if ($line.StartsWith('Control:')) { break }
    }
    if ($banner -notmatch 'server \(Connect-Psa -Server\):\s*(\S+)') { throw "The simulator did not start: $banner" }
    $server = $Matches[1]
    $zone = if ($banner -match 'zone URL:\s*(\S+)') { $Matches[1] } else { $null }
    Write-Host "Simulator at $server"

    Import-Module $manifest -Force
    $secure = { param($t) [System.Net.NetworkCredential]::new('', $t).SecurePassword }
    if ($Psa -eq 'ConnectWise') {
        $connection = Connect-Psa -ConnectWise -Server $server -CompanyId qpsa -ClientId qpsa-demo -PublicKey 'qpsa-public' -PrivateKey (& $secure 'qpsa-private')
    }
    else {
        $connection = Connect-Psa -Autotask -ZoneUrl $zone -Credential ([pscredential]::new('api@qpsa.test', (& $secure 'qpsa-secret'))) -IntegrationCode (& $secure 'QPSA-TRACKING')
    }
    $connection | Format-Table -AutoSize | Out-String -Width 220 | Out-Host

    Write-Step "Reading the sample accounts"
    $accounts = Get-ChildItem -Path (Join-Path $root 'samples/accounts') -Filter *.csv | Where-Object Name -ne 'truth.csv' | Get-QpAccount
    $customers = $accounts | Group-Object Customer | Sort-Object Name
    $customers | Select-Object @{ n = 'Customer'; e = { $_.Name } }, @{ n = 'Accounts'; e = { $_.Count } } | Format-Table -AutoSize | Out-String -Width 220 | Out-Host

    Write-Step "Linking each customer to its PSA company (the exact names are Suggested with three stars)"
    $companyMatches = $accounts | Find-PsaCompanyMatch -DecisionPath $store
    $companyMatches | Format-Table -AutoSize | Out-String -Width 220 | Out-Host
    $companyMatches | Where-Object Status -eq 'Suggested' | Save-PsaCompanyMatch -DecisionPath $store

    function Find-Every {
        # Every customer in one run, each in its linked company; the summary per customer goes to $script:summary.
        # Inactive contacts too: a former employee's contact is offered for Review instead of being recreated.
        $accounts | Find-PsaContactMatch -IncludeInactive -DecisionPath $store -SummaryVariable script:summary
    }

    Write-Step "Matching every customer's accounts to its PSA contacts, in one run"
    $matches1 = @(Find-Every)
    $summary1 = $script:summary
    $summary1 | Format-Table -AutoSize | Out-String -Width 220 | Out-Host
    $sample = @($matches1 | Where-Object Status -eq 'Suggested' | Select-Object -First 8) + @($matches1 | Where-Object Status -in 'Review', 'Ambiguous', 'Unmatched')
    $sample | Format-Table -AutoSize | Out-String -Width 220 | Out-Host
    Write-Host "(8 of the Suggested rows and every other row; $($matches1.Count) rows in all)"
    $matches1 | Group-Object Status | Sort-Object Name | Select-Object @{ n = 'Status'; e = { $_.Name } }, Count | Format-Table -AutoSize | Out-String -Width 220 | Out-Host

    if ($Psa -eq 'ConnectWise') {
        Write-Step "Checking the ConnectWise communication-type table, then repairing it"
        $findings = @(Test-CwCommunicationType)
        $findings | Format-Table -AutoSize | Out-String -Width 220 | Out-Host
        Repair-CwCommunicationType -Confirm:$false | Format-Table -AutoSize | Out-String -Width 220 | Out-Host
        Write-Host "Findings left: $(@(Test-CwCommunicationType).Count)"
    }

    Write-Step "Creating the missing contacts (the Unmatched rows that have an email address; disabled accounts are passed over)"
    $typeWarnings = @()
    # One pipeline for every customer: each row carries the company it was matched in.
    $created = $matches1 | Where-Object { $_.Status -eq 'Unmatched' -and $_.Account.Email } |
        New-PsaContact -DecisionPath $store -WarningAction SilentlyContinue -WarningVariable +typeWarnings -ErrorAction Continue
    $typeWarnings | Select-Object -ExpandProperty Message -Unique | ForEach-Object { Write-Warning $_ }
    $created | Format-Table -AutoSize | Out-String -Width 220 | Out-Host
    Write-Host "Created $(@($created).Count) contacts."

    Write-Step "Confirming the Suggested links (the Save button) and matching again"
    $matches1 | Where-Object Status -eq 'Suggested' | Save-PsaContactMatch -DecisionPath $store
    $matches2 = @(Find-Every)
    $matches2 | Group-Object Status | Sort-Object Name | Select-Object @{ n = 'Status'; e = { $_.Name } }, Count | Format-Table -AutoSize | Out-String -Width 220 | Out-Host
    $createdIds = @($created | ForEach-Object { $_.Contact.Id })
    $matches2 | Where-Object { $_.Contact -and $_.Contact.Id -in $createdIds } | Format-Table -AutoSize | Out-String -Width 220 | Out-Host

    Write-Step "A mobile number changed in the directory: pushing it to the PSA"
    $changed = $matches2 | Where-Object { $_.Status -eq 'Matched' -and $_.Account.MobilePhone } | Select-Object -First 1
    $changed.Account.MobilePhone = '+1 206 555 0199'
    $changed | Update-PsaContact -DecisionPath $store | Format-Table -AutoSize | Out-String -Width 220 | Out-Host

    Write-Step "Writing the match report of the first run (the rows to review, the ones to create, the table's findings)"
    $report = @($matches1) + @($summary1) + @($findings) | Export-PsaMatchReport -Path $ReportPath -PassThru
    Write-Host "Report: $($report.FullName)"
}
finally {
    # Also on Ctrl+C and on errors: the simulator never outlives the demo.
    if ($process -and -not $process.HasExited) { $process.Kill($true); $process.WaitForExit() }
    Get-PsaConnection -ErrorAction SilentlyContinue | Disconnect-Psa -ErrorAction SilentlyContinue
    Remove-Item -LiteralPath $store -ErrorAction SilentlyContinue
    Write-Host ''
    Write-Host 'Simulator stopped.'
}
