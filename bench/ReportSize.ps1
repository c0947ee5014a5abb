#Requires -Version 7.2

<#
.SYNOPSIS
    How big Export-PsaMatchReport's file is for a bench corpus (10,000 accounts by default), raw and zipped.

.DESCRIPTION
    Generates the corpus when missing (bench generate), reads the accounts with Get-QpAccount and PsaContact
    objects from contacts.csv (as CmdletOverhead.ps1 does), matches them, writes the report and prints its size,
    its gzip size (what a mail client's zip attachment would be near), and the count of rows per status.

.EXAMPLE
    dotnet pwsh -NoProfile -File bench/ReportSize.ps1 -Accounts 10000
#>
[CmdletBinding()]
param(
    [int] $Accounts = 10000,
    [string] $Corpus,
    [string] $Path = (Join-Path ([System.IO.Path]::GetTempPath()) 'qpsa-report-size.html')
)

$ErrorActionPreference = 'Stop'
$root = Split-Path -Parent $PSScriptRoot
Import-Module (Join-Path $root 'out/QuickpassPsa/QuickpassPsa.psd1') -Force

Import-Module (Join-Path $PSScriptRoot 'BenchCorpus.psm1') -Force
$corpusData = Import-BenchCorpus -Accounts $Accounts -Path $Corpus
$accountList = $corpusData.Accounts
$contactList = $corpusData.Contacts

$matchList = @($accountList | Find-PsaContactMatch -Contact $contactList)
$file = $matchList | Export-PsaMatchReport -Path $Path -PassThru

$bytes = [System.IO.File]::ReadAllBytes($file.FullName)
$zipped = [System.IO.MemoryStream]::new()
$gzip = [System.IO.Compression.GZipStream]::new($zipped, [System.IO.Compression.CompressionLevel]::Optimal)
$gzip.Write($bytes, 0, $bytes.Length); $gzip.Dispose()

"Corpus: $($accountList.Count) accounts, $($contactList.Count) contacts"
$matchList | Group-Object Status | Sort-Object Name | ForEach-Object { '  {0,-10} {1,6}' -f $_.Name, $_.Count }
'Report: {0} ({1:N0} bytes, {2:N1} MB; gzip {3:N0} bytes, {4:N1} MB)' -f $file.FullName, $bytes.Length, ($bytes.Length / 1MB), $zipped.ToArray().Length, ($zipped.ToArray().Length / 1MB)
