# Accounts in: exports and pipeline objects, as a user meets them.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-QpTestPath Manifest) -Force -ErrorAction Stop
    $samplePath = Join-Path (Get-QpTestPath Samples) 'contoso-users.csv'
}

AfterAll {
    Remove-Module QuickpassPsa -ErrorAction SilentlyContinue
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

    It 'takes files from Get-ChildItem' {
        Copy-Item $samplePath (Join-Path $TestDrive 'a.csv')
        Copy-Item $samplePath (Join-Path $TestDrive 'b.csv')
        $accounts = Get-ChildItem -Path $TestDrive -Filter *.csv | Get-QpAccount -ErrorAction SilentlyContinue
        $accounts.Count | Should -Be 14
        @($accounts.Origin | Where-Object { $_ -like 'b.csv*' }).Count | Should -Be 7
    }
}

Describe 'ConvertTo-QpAccount' {
    It 'turns AD-shaped objects into accounts' {
        $users = @(
            [pscustomobject]@{ GivenName = 'Ann'; Surname = 'Lee'; Mail = 'ann.lee@contoso.com'; UserPrincipalName = 'alee@contoso.com'; Enabled = $true; ProxyAddresses = @('SMTP:ann.lee@contoso.com', 'smtp:alee@contoso.onmicrosoft.com') }
            [pscustomobject]@{ GivenName = 'Bob'; Surname = 'Ray'; Mail = 'bob.ray@contoso.com'; UserPrincipalName = 'bray@contoso.com'; Enabled = $false }
        )
        $accounts = $users | ConvertTo-QpAccount -Customer Contoso
        $accounts.Count | Should -Be 2
        $accounts[0].Email | Should -Be 'ann.lee@contoso.com'
        $accounts[0].ProxyAddresses.Count | Should -Be 2
        $accounts[1].Enabled | Should -BeFalse
        $accounts.Customer | Should -Be @('Contoso', 'Contoso')
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
