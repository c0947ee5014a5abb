<#
.SYNOPSIS
    Benchmark: every customer of an MSP in one Find-PsaContactMatch run, through the simulator as a process.
.DESCRIPTION
    Generates an MSP (default 300 customers, 30,000 accounts, 60,000 contacts; company sizes heavy-tailed, so
    a few companies need several pages), starts tools/PsaSimulator as a process with that seed, stores one
    customer-company link per customer, injects latency on every PSA request (default 100 ms), and for each PSA:
      - runs `$accounts | Find-PsaContactMatch -Summary` and reports wall time, requests (from the simulator's
        log) against the minimum (one company list page per 1,000 / 500 companies, plus per company
        ceil(contacts / 1,000) on ConnectWise or ceil(contacts / 500) on Autotask), the bound
        requests x latency / parallelism, the Autotask peak of requests in flight and thread-limit errors;
      - runs the naive approach of one email query per account (Get-PsaContact -Email), one account at a time,
        on a sample (-NaiveSample), and extrapolates it to every account.
    Run it from the repository root after a build: dotnet pwsh ./bench/AllCustomers.ps1
#>
param(
    [int] $Customers = 300,
    [int] $Accounts = 30000,
    [int] $Contacts = 60000,
    [int] $LatencyMs = 100,
    [int] $ThrottleLimit = 5,
    [int] $NaiveSample = 100,
    [int] $Runs = 3,
    [switch] $Keep,   # leave the generated seed, accounts and store in the temp folder (its path is printed)
    [ValidateSet('ConnectWise', 'Autotask')] [string[]] $Psa = @('ConnectWise', 'Autotask')
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$root = Split-Path -Parent $PSScriptRoot
Import-Module (Join-Path $root 'out/QuickpassPsa/QuickpassPsa.psd1') -Force
Import-Module (Join-Path $root 'tests/Pester/TestHelpers.psm1') -Force

# The simulator in Release: a Debug server would add its own slowness to every request measured.
if (-not $env:QUICKPASSPSA_SIMULATOR) {
    & dotnet build -c Release (Join-Path $root 'tools/PsaSimulator/PsaSimulator.csproj') -nologo -v q | Out-Null
    if ($LASTEXITCODE -ne 0) { throw 'Building the simulator in Release failed.' }
    $env:QUICKPASSPSA_SIMULATOR = Join-Path $root 'tools/PsaSimulator/bin/Release/net10.0/PsaSimulator.dll'
}

$work = Join-Path ([IO.Path]::GetTempPath()) ("qpsa-bench-msp-" + [guid]::NewGuid().ToString('N'))
New-Item -ItemType Directory -Path $work | Out-Null
$env:QUICKPASSPSA_DATA = $work

# Heavy-tailed company sizes (weights 1/rank^0.9): a few companies with thousands of contacts, most with tens.
$weights = 1..$Customers | ForEach-Object { 1 / [math]::Pow($_, 0.9) }
$total = ($weights | Measure-Object -Sum).Sum
function Split-Total([int] $sum, [int] $minimum) {
    $sizes = @($weights | ForEach-Object { [math]::Max($minimum, [int][math]::Floor($sum * $_ / $total)) })
    $sizes[0] += $sum - ($sizes | Measure-Object -Sum).Sum
    , $sizes
}
$contactSizes = Split-Total $Contacts 4
$accountSizes = Split-Total $Accounts 2

$cwCompanies = [Text.StringBuilder]::new(); $atCompanies = [Text.StringBuilder]::new()
$cwContacts = [Text.StringBuilder]::new(); $atContacts = [Text.StringBuilder]::new()
$csv = [Text.StringBuilder]::new("Id,First Name,Last Name,Email,UserPrincipalName,Customer`n")
$contactId = 100000; $accountId = 0
for ($c = 0; $c -lt $Customers; $c++) {
    $companyId = 5000 + $c
    $name = "Customer $c Ltd"
    $sep = if ($c -eq 0) { '' } else { ',' }
    [void]$cwCompanies.Append("$sep{`"id`":$companyId,`"identifier`":`"C$c`",`"name`":`"$name`"}")
    [void]$atCompanies.Append("$sep{`"id`":$companyId,`"companyName`":`"$name`",`"isActive`":true}")
    for ($n = 0; $n -lt $contactSizes[$c]; $n++) {
        $contactId++
        $email = "p$n@c$c.example"
        $sep2 = if ($contactId -eq 100001) { '' } else { ',' }
        [void]$cwContacts.Append("$sep2{`"id`":$contactId,`"firstName`":`"F$n`",`"lastName`":`"L$n`",`"company`":{`"id`":$companyId},`"communicationItems`":[{`"type`":{`"id`":1},`"value`":`"$email`",`"defaultFlag`":true}]}")
        [void]$atContacts.Append("$sep2{`"id`":$contactId,`"companyID`":$companyId,`"firstName`":`"F$n`",`"lastName`":`"L$n`",`"emailAddress`":`"$email`",`"isActive`":1}")
    }
    for ($n = 0; $n -lt $accountSizes[$c]; $n++) {
        $accountId++
        # Four in five accounts are contacts already (same address); the rest are new people.
        $email = if ($n % 5 -eq 4) { "new$n@c$c.example" } else { "p$n@c$c.example" }
        [void]$csv.Append("a$accountId,F$n,L$n,$email,$email,$name`n")
    }
}
$seedPath = Join-Path $work 'seed.json'
$types = '[{"id":1,"description":"Email","emailFlag":true,"phoneFlag":false,"faxFlag":false,"defaultFlag":true},{"id":2,"description":"Mobile","emailFlag":false,"phoneFlag":true,"faxFlag":false,"defaultFlag":false}]'
Set-Content -LiteralPath $seedPath -Encoding utf8 -Value ('{"connectWise":{"communicationTypes":' + $types + ',"companies":[' + $cwCompanies + '],"contacts":[' + $cwContacts + ']},"autotask":{"companies":[' + $atCompanies + '],"contacts":[' + $atContacts + ']}}')
$accountsPath = Join-Path $work 'accounts.csv'
Set-Content -LiteralPath $accountsPath -Encoding utf8 -Value $csv.ToString()
$store = Join-Path $work 'decisions.json'

$accountList = @(Get-QpAccount -Path $accountsPath)
$biggest = ($contactSizes | Measure-Object -Maximum).Maximum
"MSP: $Customers customers, $($accountList.Count) accounts, $Contacts contacts (largest company $biggest, smallest $(($contactSizes | Measure-Object -Minimum).Minimum)); latency $LatencyMs ms per request"

$sim = Start-QpSimulator -Seed $seedPath
try {
    $control = $sim.BaseUrl + '_sim/'
    function Get-Log { Invoke-RestMethod ($control + 'requests') }
    foreach ($p in $Psa) {
        Connect-QpSimulator -Simulator $sim -Psa $p | Out-Null
        if (-not (Test-Path -LiteralPath $store)) {
            # Every customer's name is its company's: link them the way an admin would, once.
            $accountList | Find-PsaCompanyMatch -DecisionPath $store | Where-Object Status -eq Suggested | Save-PsaCompanyMatch -DecisionPath $store
            "Linked $(@(Get-PsaCompanyMatchDecision -DecisionPath $store).Count) customers to their companies (Find-PsaCompanyMatch | Save-PsaCompanyMatch)."
        }
        Invoke-RestMethod -Method Post ($control + 'faults') -ContentType 'application/json' -Body (@{ latencyMs = $LatencyMs } | ConvertTo-Json) | Out-Null
        $times = @(); $networkTimes = @()
        for ($run = 1; $run -le $Runs; $run++) {
            $before = @((Get-Log).requests).Count
            $clock = [Diagnostics.Stopwatch]::StartNew()
            $summaries = @($accountList | Find-PsaContactMatch -DecisionPath $store -Summary -ThrottleLimit $ThrottleLimit)
            $clock.Stop()
            $log = Get-Log
            $entries = @($log.requests | Select-Object -Skip $before)
            # The PSA phase, from the simulator's log: the first request's start to the last answer's end.
            $starts = @($entries | ForEach-Object { [DateTimeOffset]$_.time })
            $ends = @($entries | ForEach-Object { ([DateTimeOffset]$_.time).AddMilliseconds($_.durationMs) })
            $networkTimes += (($ends | Measure-Object -Maximum).Maximum - ($starts | Measure-Object -Minimum).Minimum).TotalSeconds
            $times += $clock.Elapsed.TotalSeconds
        }
        $sorted = @($times | Sort-Object); $median = $sorted[[int][math]::Floor(($sorted.Count - 1) / 2)]
        $sortedNet = @($networkTimes | Sort-Object); $medianNet = $sortedNet[[int][math]::Floor(($sortedNet.Count - 1) / 2)]
        $pageSize = if ($p -eq 'ConnectWise') { 1000 } else { 500 }
        $parallel = if ($p -eq 'ConnectWise') { $ThrottleLimit } else { [math]::Min($ThrottleLimit, 3) }
        $minimum = [math]::Ceiling($Customers / $pageSize) + (($contactSizes | ForEach-Object { [math]::Max(1, [math]::Ceiling($_ / $pageSize)) }) | Measure-Object -Sum).Sum
        $contactReads = @($entries | Where-Object { $_.path -match 'contacts' }).Count
        $companyReads = @($entries | Where-Object { $_.path -match 'compan' -and $_.path -notmatch 'contacts' }).Count
        $threadErrors = @($entries | Where-Object { $_.fault -eq 'ThreadLimit' }).Count
        $bound = $entries.Count * $LatencyMs / $parallel / 1000
        $matched = ($summaries | Measure-Object Suggested -Sum).Sum
        $peak = if ($p -eq 'Autotask') { $log.peakConcurrency.Contacts } else { 'n/a (counted for Autotask only)' }
        $r = { param($x) [math]::Round($x, 2) }
        "${p}: $($summaries.Count) customers ($matched Suggested); $($entries.Count) requests per run ($companyReads company list + $contactReads contact pages), minimum $minimum; Autotask peak in flight: $peak; thread-limit errors: $threadErrors"
        "${p}: whole command median $(& $r $median) s (min $(& $r $sorted[0]), max $(& $r $sorted[-1]), $Runs runs); PSA phase median $(& $r $medianNet) s (min $(& $r $sortedNet[0]), max $(& $r $sortedNet[-1])); bound requests x latency / parallelism = $(& $r $bound) s (parallelism $parallel): PSA phase $(& $r ($medianNet / $bound))x, whole command $(& $r ($median / $bound))x"

        # The naive baseline: one email query per account, one account at a time.
        $sample = @($accountList | Select-Object -First $NaiveSample)
        $beforeNaive = @((Get-Log).requests).Count
        $clock = [Diagnostics.Stopwatch]::StartNew()
        foreach ($account in $sample) { $null = Get-PsaContact -CompanyName $account.Customer -Email $account.Email }
        $clock.Stop()
        $naiveRequests = @((Get-Log).requests).Count - $beforeNaive
        $perAccount = $clock.Elapsed.TotalSeconds / $sample.Count
        "${p} naive: $($sample.Count) accounts one at a time took $([math]::Round($clock.Elapsed.TotalSeconds, 2)) s in $naiveRequests requests ($([math]::Round($perAccount * 1000)) ms and $([math]::Round($naiveRequests / $sample.Count, 1)) requests per account); for all $($accountList.Count) accounts: about $([math]::Round($perAccount * $accountList.Count / 60, 1)) min and $([math]::Round($naiveRequests / $sample.Count * $accountList.Count)) requests"
        Invoke-RestMethod -Method Post ($control + 'faults') -ContentType 'application/json' -Body '{}' | Out-Null
        Disconnect-Psa
    }
}
finally {
    Stop-QpSimulator $sim
    if ($Keep) { "Kept: $work" } else { Remove-Item -LiteralPath $work -Recurse -Force -ErrorAction SilentlyContinue }
}
