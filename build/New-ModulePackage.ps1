#Requires -Version 7.2

<#
.SYNOPSIS
    Packs a built module folder into QuickpassPsa.<version>.nupkg with PSResourceGet, the way the PowerShell Gallery receives it.

.DESCRIPTION
    Stages the module folder (manifest, assemblies, Dependencies/, format and type files, en-US help) with the
    repository's LICENSE and README.md in a temporary folder, registers the output folder as a temporary local
    PSResourceGet repository, and runs Publish-PSResource into it: the package is the one Publish-PSResource
    would send to the Gallery, manifest checks included. The temporary repository is unregistered again, so the
    user's repository list is left as it was. Nothing from tests, tools or bench is in the module folder, and
    nothing else is staged.

    build.ps1 Package builds in Release and then runs this script; the Pester suite runs it on the built module
    folder without rebuilding.

.PARAMETER ModuleFolder
    The built module folder (out/QuickpassPsa).

.PARAMETER OutputFolder
    Where QuickpassPsa.<version>.nupkg goes; created when missing. An older package of the same version is replaced.

.EXAMPLE
    dotnet pwsh ./build/New-ModulePackage.ps1 -ModuleFolder ./out/QuickpassPsa -OutputFolder ./out/package

    Writes out/package/QuickpassPsa.0.1.0.nupkg (for version 0.1.0) and prints its path.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)][string] $ModuleFolder,
    [Parameter(Mandatory)][string] $OutputFolder
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$root = Split-Path -Parent $PSScriptRoot
$ModuleFolder = (Resolve-Path -LiteralPath $ModuleFolder).ProviderPath
$manifest = Join-Path $ModuleFolder 'QuickpassPsa.psd1'
if (-not (Test-Path -LiteralPath $manifest)) { throw "No module manifest at $manifest; build first (dotnet build QuickpassPsa.sln)." }
$version = (Import-PowerShellDataFile -LiteralPath $manifest).ModuleVersion

Import-Module Microsoft.PowerShell.PSResourceGet -ErrorAction Stop
New-Item -ItemType Directory -Path $OutputFolder -Force | Out-Null
$OutputFolder = (Resolve-Path -LiteralPath $OutputFolder).ProviderPath
$package = Join-Path $OutputFolder "QuickpassPsa.$version.nupkg"
Remove-Item -LiteralPath $package -ErrorAction SilentlyContinue

# The folder name must be the module name for Publish-PSResource.
$stage = Join-Path ([System.IO.Path]::GetTempPath()) ('qpsa-package-' + [guid]::NewGuid().ToString('N'))
$staged = Join-Path $stage 'QuickpassPsa'
$repository = 'QuickpassPsaBuild-' + [guid]::NewGuid().ToString('N').Substring(0, 8)
try {
    New-Item -ItemType Directory -Path $staged -Force | Out-Null
    Copy-Item -Path (Join-Path $ModuleFolder '*') -Destination $staged -Recurse
    Copy-Item -LiteralPath (Join-Path $root 'LICENSE'), (Join-Path $root 'README.md') -Destination $staged

    Register-PSResourceRepository -Name $repository -Uri $OutputFolder -Trusted
    Publish-PSResource -Path $staged -Repository $repository
}
finally {
    Unregister-PSResourceRepository -Name $repository -ErrorAction SilentlyContinue
    Remove-Item -LiteralPath $stage -Recurse -Force -ErrorAction SilentlyContinue
}
if (-not (Test-Path -LiteralPath $package)) { throw "Publish-PSResource did not write $package." }
Get-Item -LiteralPath $package
