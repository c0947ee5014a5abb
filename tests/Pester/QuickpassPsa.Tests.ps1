#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# The small suite for maintainers with pwsh and Pester (build.ps1 -Task Test). The full suite is
# tests/Unit, which hosts PowerShell in xunit and runs everywhere the .NET SDK does.

BeforeAll {
    $root = Split-Path -Parent (Split-Path -Parent $PSScriptRoot)
    $manifestPath = Join-Path (Join-Path (Join-Path $root 'out') 'QuickpassPsa') 'QuickpassPsa.psd1'
    $samplePath = Join-Path (Join-Path $root 'samples') 'contoso-users.csv'
    Import-Module $manifestPath -Force -ErrorAction Stop
}

AfterAll {
    Remove-Module QuickpassPsa -ErrorAction SilentlyContinue
}

Describe 'QuickpassPsa module' {
    It 'exports exactly the cmdlets its manifest lists' {
        $declared = (Import-PowerShellDataFile -Path $manifestPath).CmdletsToExport | Sort-Object
        $exported = (Get-Command -Module QuickpassPsa).Name | Sort-Object
        $exported | Should -Be $declared
    }

    It 'declares an output type on every cmdlet' {
        Get-Command -Module QuickpassPsa | ForEach-Object { $_.OutputType | Should -Not -BeNullOrEmpty -Because $_.Name }
    }
}

Describe 'Get-QpAccount' {
    It 'reads the sample accounts and reports the bad row without stopping' {
        $accounts = Get-QpAccount -Path $samplePath -ErrorVariable rowErrors -ErrorAction SilentlyContinue
        $accounts.Count | Should -Be 7
        $accounts[1].DisplayName | Should -Be 'Ray, Robert'
        $accounts[2].DisplayName | Should -Be 'Zoë Nguyễn'
        $rowErrors.Count | Should -Be 1
        $rowErrors[0].FullyQualifiedErrorId | Should -BeLike 'QuickpassPsa.InvalidAccountRecord,*'
        $rowErrors[0].Exception.Message | Should -BeLike '*row 7*'
    }

    It 'stops with a clear error for a missing file' {
        { Get-QpAccount -Path (Join-Path $TestDrive 'missing.csv') -ErrorAction Stop } |
            Should -Throw -ErrorId 'QuickpassPsa.AccountFileNotFound,QuickpassPsa.Cmdlets.Commands.GetQpAccountCommand'
    }
}

Describe 'Connect-Psa' {
    It 'refuses a malformed server before anything is sent' {
        $key = ConvertTo-SecureString 'not-a-real-key' -AsPlainText -Force
        { Connect-Psa -ConnectWise -Server 'not a host/x' -CompanyId acme -ClientId x -PublicKey $key -PrivateKey $key -ErrorAction Stop } |
            Should -Throw -ErrorId 'QuickpassPsa.PsaConnectFailed,QuickpassPsa.Cmdlets.Commands.ConnectPsaCommand'
        Get-PsaConnection | Should -BeNullOrEmpty
    }
}
