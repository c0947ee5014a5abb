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
