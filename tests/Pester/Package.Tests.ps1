# The package as a user meets it: build/New-ModulePackage.ps1 (what build.ps1 Package runs after its Release
# build) packs the built module folder with PSResourceGet; a child pwsh with a throw-away HOME registers a local
# folder as a repository, finds the package there, installs it for the current user, imports the installed copy
# and runs a cmdlet. Nothing lands in the real profile.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $root = Get-QpTestPath Root
    $manifestData = Import-PowerShellDataFile -Path (Get-QpTestPath Manifest)
    $version = $manifestData.ModuleVersion
    $repo = Join-Path $TestDrive 'repo'
    $home2 = Join-Path $TestDrive 'home'
    New-Item -ItemType Directory -Path $home2 -Force | Out-Null
    $realRepositories = Join-Path ([Environment]::GetFolderPath('LocalApplicationData')) 'PSResourceGet/PSResourceRepository.xml'
    $realBefore = if (Test-Path -LiteralPath $realRepositories) { Get-Content -LiteralPath $realRepositories -Raw } else { $null }

    # Every per-user folder of the child points into TestDrive: module path, PSResourceGet's repository list, caches.
    $isolated = @{
        HOME = $home2; USERPROFILE = $home2
        XDG_DATA_HOME = (Join-Path $home2 '.local/share'); XDG_CONFIG_HOME = (Join-Path $home2 '.config'); XDG_CACHE_HOME = (Join-Path $home2 '.cache')
        LOCALAPPDATA = (Join-Path $home2 'AppData/Local'); APPDATA = (Join-Path $home2 'AppData/Roaming')
        PSModulePath = $null
    }
    # .NET answers an empty path for a special folder that does not exist (and PSResourceGet would then use the
    # working directory): make them all.
    foreach ($name in 'XDG_DATA_HOME', 'XDG_CONFIG_HOME', 'XDG_CACHE_HOME', 'LOCALAPPDATA', 'APPDATA') { New-Item -ItemType Directory -Path $isolated[$name] -Force | Out-Null }
    $script = @"
`$ErrorActionPreference = 'Stop'
Set-Location -LiteralPath '$TestDrive'
`$package = & '$(Join-Path $root 'build/New-ModulePackage.ps1')' -ModuleFolder '$(Split-Path -Parent (Get-QpTestPath Manifest))' -OutputFolder '$repo'
Register-PSResourceRepository -Name QpLocal -Uri '$repo' -Trusted
`$found = Find-PSResource -Name QuickpassPsa -Repository QpLocal
Install-PSResource -Name QuickpassPsa -Repository QpLocal -Scope CurrentUser -TrustRepository -Quiet
Import-Module QuickpassPsa
`$module = Get-Module QuickpassPsa
`$accounts = @(Get-QpAccount -Path '$(Join-Path (Get-QpTestPath Samples) 'accounts/contoso.csv')')
`$about = Get-Help about_QuickpassPsa | Out-String
[pscustomobject]@{
    Package      = `$package.FullName
    Name         = `$found.Name
    Version      = [string]`$found.Version
    Description  = `$found.Description
    Tags         = @(`$found.Tags)
    ProjectUri   = [string]`$found.ProjectUri
    LicenseUri   = [string]`$found.LicenseUri
    ReleaseNotes = `$found.ReleaseNotes
    ModuleBase   = `$module.ModuleBase
    Accounts     = `$accounts.Count
    FirstAccount = `$accounts[0].Email
    About        = `$about.Length
    UserModules  = @(`$env:PSModulePath -split [IO.Path]::PathSeparator)[0]
} | ConvertTo-Json -Compress
"@
    $run = Invoke-QpPwsh -Script $script -NoModule -Environment $isolated
    $result = if ($run.ExitCode -eq 0) { $run.StdOut.Trim().Split("`n")[-1] | ConvertFrom-Json } else { $null }
}

Describe 'The PSResourceGet package' {
    It 'is built, found, installed and imported from a local repository' {
        $run.ExitCode | Should -Be 0 -Because ($run.StdOut + $run.StdErr)
        $result.Package | Should -Be (Join-Path $repo "QuickpassPsa.$version.nupkg")
        $result.Name | Should -Be 'QuickpassPsa'
        $result.Version | Should -Be $version
    }

    It 'installs into the throw-away user scope, and the installed module runs a cmdlet' {
        $result.ModuleBase | Should -BeLike "$home2*"
        $result.ModuleBase | Should -Match ([regex]::Escape($version))
        $result.Accounts | Should -BeGreaterThan 0
        $result.FirstAccount | Should -Match '@'
        $result.About | Should -BeGreaterThan 1000 -Because 'the about topic ships in en-US'
    }

    It 'shows the manifest''s description, tags, project, licence and release notes in Find-PSResource' {
        $result.Description | Should -Be $manifestData.Description
        foreach ($tag in $manifestData.PrivateData.PSData.Tags) { $result.Tags | Should -Contain $tag }
        $result.ProjectUri | Should -Be $manifestData.PrivateData.PSData.ProjectUri
        $result.LicenseUri | Should -Be $manifestData.PrivateData.PSData.LicenseUri
        $result.ReleaseNotes | Should -Match "^$([regex]::Escape($version)):"
    }

    It 'holds the module folder, the licence and the README, and nothing from tests, tools or bench' {
        Add-Type -AssemblyName System.IO.Compression.FileSystem
        $zip = [System.IO.Compression.ZipFile]::OpenRead($result.Package)
        try { $entries = @($zip.Entries | ForEach-Object FullName) } finally { $zip.Dispose() }
        foreach ($file in 'QuickpassPsa.psd1', 'QuickpassPsa.Cmdlets.dll', 'QuickpassPsa.Core.dll', 'QuickpassPsa.Format.ps1xml', 'QuickpassPsa.Types.ps1xml',
            'Dependencies/CsvHelper.dll', 'Dependencies/Newtonsoft.Json.dll', 'en-US/QuickpassPsa.Cmdlets.dll-Help.xml', 'en-US/about_QuickpassPsa.help.txt', 'LICENSE', 'README.md') {
            $entries | Should -Contain $file
        }
        $entries | Where-Object { $_ -match '^(tests|tools|bench|samples|examples|src|docs)/|PsaSimulator|Pester|\.Tests\.' } | Should -BeNullOrEmpty
        $entries | Where-Object { $_ -like '*System.Management.Automation*' } | Should -BeNullOrEmpty
    }

    It 'leaves the real profile alone: no repository registered there' {
        $realAfter = if (Test-Path -LiteralPath $realRepositories) { Get-Content -LiteralPath $realRepositories -Raw } else { $null }
        $realAfter | Should -Be $realBefore
        Join-Path $home2 '.local/share/PSResourceGet' | Should -Exist
    }
}
