#Requires -Version 7.2

<#
.SYNOPSIS
    Runs the Pester 5 suite (tests/Pester/*.Tests.ps1) against the built module, in this pwsh.

.DESCRIPTION
    Imports Pester 5.7.1 by path from out/tools/Pester (restored from NuGet and copied there by
    build/Tools when the solution builds: no Install-Module, no PowerShell Gallery). Writes an NUnit
    XML result file and exits with 1 when any test failed or none ran, so CI and build.ps1 can rely
    on the exit code. Run `dotnet build QuickpassPsa.sln` first.

.EXAMPLE
    dotnet pwsh -NoProfile -File tests/Pester/Invoke-PesterSuite.ps1
.EXAMPLE
    dotnet pwsh -NoProfile -File tests/Pester/Invoke-PesterSuite.ps1 -Path tests/Pester/Serialization.Tests.ps1 -ResultPath out/pester.xml
#>
[CmdletBinding()]
param(
    # Test files or folders; the whole suite by default.
    [string[]] $Path = $PSScriptRoot,

    # Where the NUnit XML result goes.
    [string] $ResultPath = (Join-Path (Split-Path -Parent (Split-Path -Parent $PSScriptRoot)) 'out/TestResults/pester.xml'),

    # Which build of the simulator to start (the module folder out/QuickpassPsa is the same for both).
    [ValidateSet('Debug', 'Release')]
    [string] $Configuration
)

$ErrorActionPreference = 'Stop'
$root = Split-Path -Parent (Split-Path -Parent $PSScriptRoot)
$pester = Join-Path $root 'out/tools/Pester/Pester.psd1'
if (-not (Test-Path -LiteralPath $pester)) {
    Write-Error "Pester is not restored at $pester; run 'dotnet build QuickpassPsa.sln' (build/Tools copies it there)." -ErrorAction Continue
    exit 1
}
if (-not (Test-Path -LiteralPath (Join-Path $root 'out/QuickpassPsa/QuickpassPsa.psd1'))) {
    Write-Error "The module is not built (out/QuickpassPsa); run 'dotnet build QuickpassPsa.sln'." -ErrorAction Continue
    exit 1
}
if ($Configuration) {
    $env:QUICKPASSPSA_SIMULATOR = Join-Path $root "tools/PsaSimulator/bin/$Configuration/net10.0/PsaSimulator.dll"
}

# Decisions that cmdlets store without -DecisionPath go to a throw-away data folder, never the user's profile.
$env:QUICKPASSPSA_DATA = Join-Path ([System.IO.Path]::GetTempPath()) ('qpsa-pester-' + [guid]::NewGuid().ToString('N'))

Import-Module $pester -Force
$config = New-PesterConfiguration
$config.Run.Path = $Path
$config.Run.PassThru = $true
$config.Output.Verbosity = 'Normal'
$config.TestResult.Enabled = $true
$config.TestResult.OutputFormat = 'NUnitXml'
$config.TestResult.OutputPath = $ResultPath
New-Item -ItemType Directory -Path (Split-Path -Parent $ResultPath) -Force | Out-Null

$result = Invoke-Pester -Configuration $config
Remove-Item -LiteralPath $env:QUICKPASSPSA_DATA -Recurse -Force -ErrorAction SilentlyContinue
"Pester: $($result.PassedCount) passed, $($result.FailedCount) failed, $($result.SkippedCount) skipped ($ResultPath)"
if ($result.FailedCount -gt 0 -or $result.PassedCount -eq 0 -or $result.Result -ne 'Passed') { exit 1 }
exit 0
