#Requires -Version 7.2

<#
.SYNOPSIS
    Find-PsaContactMatch through the PowerShell pipeline beside the engine alone, in one run.

.DESCRIPTION
    Generates (or reads) a labelled corpus with the bench's generator, builds Account objects with
    Get-QpAccount and PsaContact objects from contacts.csv, then times, each as the median of -Runs:
      engine     ContactMatcher.Match on the same objects (no PowerShell in between);
      pipeline   the bare cost of piping the accounts through a cmdlet (Write-Output | Out-Null);
      cmdlet     $accounts | Find-PsaContactMatch -Contact $contacts | Out-Null;
      formatted  the same, rendered through the default table view (Out-String);
      save       every Suggested row saved with Save-PsaContactMatch (one locked write), and the
                 cmdlet again with those decisions honoured (-DecisionPath).
    The target (issue 10): cmdlet < 2 x engine + pipeline.

.EXAMPLE
    dotnet pwsh -NoProfile -File bench/CmdletOverhead.ps1 -Accounts 10000 -Runs 5
#>
[CmdletBinding()]
param(
    [int] $Accounts = 10000,
    [int] $Runs = 5,
    [string] $Corpus
)

$ErrorActionPreference = 'Stop'
$root = Split-Path -Parent $PSScriptRoot
Import-Module (Join-Path $root 'out/QuickpassPsa/QuickpassPsa.psd1') -Force

Import-Module (Join-Path $PSScriptRoot 'BenchCorpus.psm1') -Force
$corpusData = Import-BenchCorpus -Accounts $Accounts -Path $Corpus
$accountList = $corpusData.Accounts
$contactList = $corpusData.Contacts
$core = $accountList[0].GetType().Assembly
$contactType = $core.GetType('QuickpassPsa.Core.Psa.PsaContact')
"Corpus: $($accountList.Count) accounts, $($contactList.Count) contacts"

function Measure-Median([scriptblock] $Action) {
    $times = foreach ($i in 1..$Runs) {
        [GC]::Collect(); [GC]::WaitForPendingFinalizers()
        $watch = [System.Diagnostics.Stopwatch]::StartNew()
        & $Action | Out-Null
        $watch.Stop()
        $watch.Elapsed.TotalMilliseconds
    }
    $sorted = @($times | Sort-Object)
    $sorted[[int][math]::Floor($sorted.Count / 2)]
}

$matcherType = $core.GetType('QuickpassPsa.Core.Matching.ContactMatcher')
$typedContacts = [Array]::CreateInstance($contactType, $contactList.Count); for ($i = 0; $i -lt $contactList.Count; $i++) { $typedContacts[$i] = $contactList[$i] }
$accountType = $accountList[0].GetType()
$typedAccounts = [Array]::CreateInstance($accountType, $accountList.Count); for ($i = 0; $i -lt $accountList.Count; $i++) { $typedAccounts[$i] = $accountList[$i] }

$engine = Measure-Median { $matcher = [Activator]::CreateInstance($matcherType, @($typedContacts, $null, $null)); $matcher.Match($typedAccounts).Count }
$pipeline = Measure-Median { $accountList | Write-Output }
$cmdlet = Measure-Median { $accountList | Find-PsaContactMatch -Contact $contactList }
$formatted = Measure-Median { $accountList | Find-PsaContactMatch -Contact $contactList | Out-String -Width 200 }

# The decisions store at this size: saving every Suggested row once, then matching with those links stored.
$store = Join-Path ([System.IO.Path]::GetTempPath()) ("qpsa-bench-decisions-" + [guid]::NewGuid().ToString('N') + '.json')
$suggested = @($accountList | Find-PsaContactMatch -Contact $contactList | Where-Object Status -eq 'Suggested')
$watch = [System.Diagnostics.Stopwatch]::StartNew()
$suggested | Save-PsaContactMatch -DecisionPath $store
$saveMs = $watch.Elapsed.TotalMilliseconds
$withDecisions = Measure-Median { $accountList | Find-PsaContactMatch -Contact $contactList -DecisionPath $store }
$storeKb = (Get-Item $store).Length / 1KB
Remove-Item $store, "$store.lock", "$store.lock.owner" -ErrorAction SilentlyContinue

$target = 2 * $engine + $pipeline
[pscustomobject]@{
    Accounts       = $accountList.Count
    Contacts       = $contactList.Count
    EngineMs       = [math]::Round($engine)
    PipelineMs     = [math]::Round($pipeline)
    CmdletMs       = [math]::Round($cmdlet)
    CmdletOverhead = [math]::Round($cmdlet - $engine)
    FormattedMs    = [math]::Round($formatted)
    TargetMs       = [math]::Round($target)
    SavedLinks     = $suggested.Count
    SaveMs         = [math]::Round($saveMs)
    StoreKB        = [math]::Round($storeKb)
    WithDecisionsMs = [math]::Round($withDecisions)
    WithinTarget   = $cmdlet -lt $target
} | Format-List
