#Requires -Version 7.2

<#
.SYNOPSIS
    Builds, tests, demonstrates and packages QuickpassPsa.

.DESCRIPTION
    Runs under the project's own pwsh: `dotnet tool restore`, then `dotnet pwsh ./build.ps1 <Task>`.

    Build    dotnet build of QuickpassPsa.sln: the importable module folder out/QuickpassPsa, the
             simulator, and Pester 5 restored from NuGet into out/tools/Pester.
    Test     Build, then dotnet test (xunit, PowerShell hosted in-process; TRX in out/TestResults),
             then the Pester suite in a child pwsh (NUnit XML in out/TestResults/pester.xml).
    Demo     Build, then samples/Invoke-Demo.ps1 in a child pwsh: the simulator with the sample tenant on a
             free loopback port, every customer matched, missing contacts created, matched again, one
             changed mobile pushed; the simulator stops on every exit path.
    Help     Build (docs/*.md become en-US MAML help), then check that every cmdlet has a synopsis,
             a description and two or more examples, and list them.
    Package  Build in Release, then pack out/QuickpassPsa (with LICENSE and README.md) into
             out/package/QuickpassPsa.<version>.nupkg with PSResourceGet's Publish-PSResource to a local
             folder repository (build/New-ModulePackage.ps1): the package the PowerShell Gallery takes, which
             Install-PSResource installs from any folder registered with Register-PSResourceRepository.

    Every task stops at the first failing step and the script then exits with a non-zero code.

.EXAMPLE
    dotnet tool restore; dotnet pwsh ./build.ps1 Test

    Restores pwsh, builds, and runs both test suites.
.EXAMPLE
    dotnet pwsh ./build.ps1 -Task Build, Help -Configuration Debug

    A Debug build, then the help check.
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('Build', 'Test', 'Demo', 'Help', 'Package')]
    [string[]] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$root = $PSScriptRoot
$solution = Join-Path $root 'QuickpassPsa.sln'
$moduleFolder = Join-Path $root 'out/QuickpassPsa'
$manifest = Join-Path $moduleFolder 'QuickpassPsa.psd1'
$testResults = Join-Path $root 'out/TestResults'

function Invoke-Native {
    # Runs a program and turns a non-zero exit code into a terminating error (native commands do not throw).
    param([Parameter(Mandatory)][string] $FilePath, [Parameter(Mandatory)][string[]] $Arguments)
    Write-Verbose "$FilePath $($Arguments -join ' ')"
    & $FilePath @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$FilePath $($Arguments[0]) failed with exit code $LASTEXITCODE." }
}

function Invoke-ChildPwsh {
    # A child pwsh (this same pwsh), so the module's assemblies are never left loaded in this session
    # and a later build can replace them.
    param([Parameter(Mandatory)][string[]] $Arguments)
    $pwshDll = Join-Path $PSHOME 'pwsh.dll'
    if (Test-Path -LiteralPath $pwshDll) { Invoke-Native -FilePath 'dotnet' -Arguments (@($pwshDll, '-NoProfile', '-NonInteractive') + $Arguments) }
    else { Invoke-Native -FilePath (Join-Path $PSHOME 'pwsh') -Arguments (@('-NoProfile', '-NonInteractive') + $Arguments) }
}

function Invoke-Build {
    Invoke-Native -FilePath 'dotnet' -Arguments @('build', $solution, '-c', $Configuration, '--nologo')
    if (-not (Test-Path -LiteralPath $manifest)) { throw "The build did not produce $manifest." }
}

function Invoke-Test {
    Invoke-Build
    Invoke-Native -FilePath 'dotnet' -Arguments @('test', $solution, '-c', $Configuration, '--no-build', '--nologo',
        '--logger', 'trx', '--results-directory', $testResults)
    Invoke-ChildPwsh -Arguments @('-File', (Join-Path $root 'tests/Pester/Invoke-PesterSuite.ps1'),
        '-Configuration', $Configuration, '-ResultPath', (Join-Path $testResults 'pester.xml'))
}

function Invoke-Demo {
    Invoke-Build
    # The whole workflow against the simulator and the sample tenant, in a child pwsh (samples/Invoke-Demo.ps1).
    $simulator = Join-Path $root "tools/PsaSimulator/bin/$Configuration/net10.0/PsaSimulator.dll"
    Invoke-ChildPwsh -Arguments @('-File', (Join-Path $root 'samples/Invoke-Demo.ps1'), '-Simulator', $simulator)
}

function Invoke-Help {
    Invoke-Build
    $check = @"
Import-Module '$manifest' -ErrorAction Stop
`$bad = foreach (`$command in Get-Command -Module QuickpassPsa) {
    `$help = Get-Help `$command.Name -Full
    if (-not `$help.description -or @(`$help.examples.example).Count -lt 2 -or `$help.Synopsis.Trim() -like "`$(`$command.Name) *") { `$command.Name }
}
Get-Command -Module QuickpassPsa | ForEach-Object { Get-Help `$_.Name } | Format-Table Name, Synopsis -AutoSize -Wrap
if (`$bad) { Write-Error "Help is incomplete (synopsis, description, two examples) for: `$(`$bad -join ', ')"; exit 1 }
"@
    Invoke-ChildPwsh -Arguments @('-Command', $check)
}

function Invoke-Package {
    $script:Configuration = 'Release'
    Invoke-Build
    # In a child pwsh, like the tests: the module's assemblies are not loaded into this session.
    Invoke-ChildPwsh -Arguments @('-File', (Join-Path $root 'build/New-ModulePackage.ps1'), '-ModuleFolder', $moduleFolder,
        '-OutputFolder', (Join-Path $root 'out/package'))
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
