# Tab completion as a user gets it (TabExpansion2, what PSReadLine and editors call).
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-QpTestPath Manifest) -Force -ErrorAction Stop

    function Get-Completion([string] $Line) {
        (TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches.CompletionText
    }
}

AfterAll {
    Remove-Module QuickpassPsa -ErrorAction SilentlyContinue
}

Describe 'Tab completion' {
    It 'completes the formats Get-QpAccount reads' {
        Get-Completion 'Get-QpAccount -Path x.csv -Format ' | Should -Be @('Auto', 'Csv', 'Json')
        Get-Completion 'Get-QpAccount -Path x.csv -Format J' | Should -Be @('Json')
    }

    It 'completes the parameter names of <Command>' -ForEach @(
        @{ Command = 'Connect-Psa'; Prefix = '-Conn'; Expected = '-ConnectWise' }
        @{ Command = 'Connect-Psa'; Prefix = '-Integ'; Expected = '-IntegrationCode' }
        @{ Command = 'Get-PsaContact'; Prefix = '-IncludeIn'; Expected = '-IncludeInactive' }
        @{ Command = 'Get-QpAccount'; Prefix = '-Delim'; Expected = '-Delimiter' }
        @{ Command = 'ConvertTo-QpAccount'; Prefix = '-Cust'; Expected = '-Customer' }
    ) {
        Get-Completion "$Command $Prefix" | Should -Contain $Expected
    }

    It 'completes file paths for Get-QpAccount -Path' {
        $folder = Join-Path $TestDrive 'exports'
        New-Item -ItemType Directory -Path $folder | Out-Null
        Set-Content -Path (Join-Path $folder 'contoso-users.csv') -Value 'Email'
        $completions = Get-Completion "Get-QpAccount -Path '$folder/con"
        ($completions -join ' ') | Should -Match 'contoso-users\.csv'
    }
}

# Round 56c: -Psa, New-PsaContact -EmailType/-MobileType and Get-PsaCompanyMatchDecision -Customer offered file names or nothing.
Describe 'Tab completion of values' {
    It 'completes -Psa with ConnectWise and Autotask on <_>' -ForEach @('Get-PsaCompany -Id 1 -Psa ', 'Get-PsaContact -CompanyId 1 -Psa ', 'Find-PsaContactMatch -CompanyId 1 -Psa ') {
        Get-Completion $_ | Should -Be @('ConnectWise', 'Autotask')
        Get-Completion ($_ + 'A') | Should -Be @('Autotask')
    }

    Context 'connected to the sample tenant' {
        BeforeAll {
            $simulator = Start-QpSimulator
            $null = Connect-QpSimulator $simulator
        }
        AfterAll {
            Get-PsaConnection -ErrorAction SilentlyContinue | Disconnect-Psa -ErrorAction SilentlyContinue
            Stop-QpSimulator $simulator
        }

        It 'completes New-PsaContact -EmailType with the site''s email types' {
            $types = @(Get-CwCommunicationType | Where-Object EmailFlag | ForEach-Object Description)
            $completions = @(Get-Completion 'New-PsaContact -EmailType ')
            $completions | Should -Contain "'Email - Work'"
            $completions.Count | Should -Be $types.Count
            Get-Completion 'New-PsaContact -EmailType Pers' | Should -Be @("'Personal Email'")
        }

        It 'completes New-PsaContact -MobileType with the site''s phone types, a stray space kept' {
            $completions = @(Get-Completion 'New-PsaContact -MobileType ')
            $completions | Should -Contain 'Cell'
            $completions | Should -Contain "'Direct '"
            $completions | Should -Not -Contain "'Email - Work'"
        }

        It 'completes Get-PsaCompanyMatchDecision -Customer with the stored customers' {
            $store = Join-Path $TestDrive 'companies.json'
            Get-QpAccount -Path (Join-Path (Get-QpTestPath Samples) 'accounts/contoso.csv') | Find-PsaCompanyMatch -DecisionPath $store | Save-PsaCompanyMatch -DecisionPath $store
            Get-Completion "Get-PsaCompanyMatchDecision -DecisionPath '$store' -Customer Con" | Should -Be @("'Contoso Ltd'")
            Get-Completion "Get-PsaCompanyMatchDecision -DecisionPath '$store' -Customer " | Should -Be @("'Contoso Ltd'")
        }
    }
}
