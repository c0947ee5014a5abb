#Requires -Version 5.1
<#
.SYNOPSIS
    Builds, tests, demonstrates and packages QuickpassPsa (for maintainers with PowerShell).

.DESCRIPTION
    Build    dotnet build of QuickpassPsa.sln: assembles the importable module folder out/QuickpassPsa.
    Test     Build, then dotnet test (xunit, hosted PowerShell), then the Pester suite in tests/Pester
             when Pester 5 is installed.
    Demo     Build, import the built module and read the sample accounts.
    Help     Build (which turns docs/*.md into en-US MAML help) and show each cmdlet's synopsis.
    Package  Build in Release and zip out/QuickpassPsa into out/package/QuickpassPsa-<version>.zip.

    Machines without pwsh run the same steps with the dotnet CLI: see README.md.

.EXAMPLE
    ./build.ps1
.EXAMPLE
    ./build.ps1 -Task Test -Configuration Debug
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Demo', 'Help', 'Package')]
    [string[]] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$root = $PSScriptRoot
$solution = Join-Path $root 'QuickpassPsa.sln'
$moduleFolder = Join-Path (Join-Path $root 'out') 'QuickpassPsa'
$manifest = Join-Path $moduleFolder 'QuickpassPsa.psd1'

function Invoke-Dotnet {
    param([Parameter(Mandatory)][string[]] $Arguments)
    Write-Verbose "dotnet $($Arguments -join ' ')"
    & dotnet @Arguments
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($Arguments[0]) failed with exit code $LASTEXITCODE." }
}

function Invoke-Build {
    Invoke-Dotnet -Arguments @('build', $solution, '-c', $Configuration, '--nologo')
    if (-not (Test-Path -LiteralPath $manifest)) { throw "The build did not produce $manifest." }
}

function Invoke-Test {
    Invoke-Build
    Invoke-Dotnet -Arguments @('test', $solution, '-c', $Configuration, '--no-build', '--nologo')

    $pester = Get-Module -ListAvailable -Name Pester | Where-Object { $_.Version -ge [version]'5.0' } | Sort-Object Version -Descending | Select-Object -First 1
    if (-not $pester) {
        Write-Warning 'Pester 5 is not installed: skipping tests/Pester (Install-Module Pester -MinimumVersion 5.0).'
        return
    }
    Import-Module $pester -Force
    $config = New-PesterConfiguration
    $config.Run.Path = Join-Path (Join-Path $root 'tests') 'Pester'
    $config.Run.PassThru = $true
    $config.Output.Verbosity = 'Detailed'
    $result = Invoke-Pester -Configuration $config
    if ($result.FailedCount -gt 0) { throw "$($result.FailedCount) Pester test(s) failed." }
}

function Invoke-Demo {
    Invoke-Build
    # A child process, so the module's assemblies are not left loaded in this session.
    $shell = (Get-Process -Id $PID).Path
    $sample = Join-Path (Join-Path $root 'samples') 'contoso-users.csv'
    & $shell -NoProfile -Command "Import-Module '$manifest'; Get-QpAccount -Path '$sample' | Format-Table -AutoSize"
}

function Invoke-Help {
    Invoke-Build
    $shell = (Get-Process -Id $PID).Path
    & $shell -NoProfile -Command "Import-Module '$manifest'; Get-Command -Module QuickpassPsa | ForEach-Object { Get-Help `$_.Name } | Format-Table Name, Synopsis -AutoSize"
}

function Invoke-Package {
    $script:Configuration = 'Release'
    Invoke-Build
    $version = (Import-PowerShellDataFile -Path $manifest).ModuleVersion
    $packageFolder = Join-Path (Join-Path $root 'out') 'package'
    New-Item -ItemType Directory -Path $packageFolder -Force | Out-Null
    $zip = Join-Path $packageFolder "QuickpassPsa-$version.zip"
    Compress-Archive -Path $moduleFolder -DestinationPath $zip -Force
    Write-Host "Packaged $zip"
}

foreach ($name in $Task) {
    Write-Verbose "Task $name"
    switch ($name) {
        'Build' { Invoke-Build }
        'Test' { Invoke-Test }
        'Demo' { Invoke-Demo }
        'Help' { Invoke-Help }
        'Package' { Invoke-Package }
    }
}
