# Export-PsaMatchReport as a user meets it, against the simulator process with the sample tenant: a customer's
# matches and the communication-type findings in one file, -PassThru, -WhatIf's line in a fresh pwsh, a saved run.
# What the page does in a browser (renders, sorts, filters, makes no request, hostile names) is tested in
# tests/Unit/Reporting with headless Chromium.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-QpTestPath Manifest) -Force -ErrorAction Stop
    $simulator = Start-QpSimulator
    Reset-QpSimulator $simulator
    Connect-QpSimulator $simulator | Out-Null
    $accounts = Get-QpAccount -Path (Join-Path (Get-QpTestPath Samples) 'accounts/contoso.csv')
    $matchRows = @($accounts | Find-PsaContactMatch -CompanyName 'Contoso Ltd' -IncludeInactive)
    $findings = @(Test-CwCommunicationType)
}

AfterAll {
    Get-PsaConnection | Disconnect-Psa -ErrorAction SilentlyContinue
    Stop-QpSimulator $simulator
    Remove-Module QuickpassPsa -ErrorAction SilentlyContinue
}

Describe 'Export-PsaMatchReport' {
    It 'writes a customer''s matches and the table''s findings to one file and returns it with -PassThru' {
        $path = Join-Path $TestDrive 'contoso.html'
        $file = @($matchRows) + @($findings) | Export-PsaMatchReport -Path $path -PassThru
        $file | Should -BeOfType System.IO.FileInfo
        $file.FullName | Should -Be $path
        $html = Get-Content -LiteralPath $path -Raw
        $html | Should -Match "against <b>ConnectWise</b> at http://127\.0\.0\.1:\d+/"
        $html | Should -Match "$($matchRows.Count) accounts, $($findings.Count) communication-type findings"
        $html | Should -Match '<td>Contoso Ltd</td>'
        $html | Should -Match '<td>EmailTypeMissing</td>'
        ([regex]::Matches($html, '<script')).Count | Should -Be 1
    }

    It 'returns with -PassThru the file as Get-Item returns it, so its table shows its mode, owner and size (round 63a)' {
        $path = Join-Path $TestDrive 'passthru.html'
        $file = @($matchRows) + @($findings) | Export-PsaMatchReport -Path $path -PassThru
        $item = Get-Item -LiteralPath $path
        $file.PSPath | Should -Be $item.PSPath
        $file.Length | Should -Be $item.Length
        $file.Length | Should -BeGreaterThan 0
        $shown = ($file | Format-Table | Out-String -Width 160) -split '\r?\n' | Where-Object { $_ -match 'passthru\.html' }
        $shown | Should -Be (($item | Format-Table | Out-String -Width 160) -split '\r?\n' | Where-Object { $_ -match 'passthru\.html' })
        $shown | Should -Match ('\s' + $item.Length + '\s+passthru\.html\s*$')
        if (-not $IsWindows) { $file.UnixMode | Should -Match '^-[rwx-]{9}$' }
    }

    It 'shows what it would write with -WhatIf and writes nothing' {
        $path = Join-Path $TestDrive 'whatif.html'
        $run = Invoke-QpPwsh -Script "Export-PsaMatchReport -Path '$path' -WhatIf"
        $run.ExitCode | Should -Be 0 -Because $run.StdErr
        $run.StdOut | Should -Match 'What if: Performing the operation "Write the match report \(0 matches and 0 communication-type findings\)" on target ".*whatif\.html"'
        Test-Path -LiteralPath $path | Should -BeFalse
    }

    It 'reports a run saved with Export-Clixml, and refuses other objects one by one' {
        $saved = Join-Path $TestDrive 'run.xml'
        $path = Join-Path $TestDrive 'saved.html'
        @($matchRows) + @($findings) | Export-Clixml -LiteralPath $saved
        @(Import-Clixml -LiteralPath $saved) + @(Get-Date) | Export-PsaMatchReport -Path $path -ErrorVariable refused -ErrorAction SilentlyContinue
        $refused.Count | Should -Be 1
        $refused[0].FullyQualifiedErrorId | Should -BeLike 'QuickpassPsa.ReportInputUnrecognised,*'
        $html = Get-Content -LiteralPath $path -Raw
        $html | Should -Match "$($matchRows.Count) accounts, $($findings.Count) communication-type findings"
        $html | Should -Match 'id="review-table"'
    }

    It 'reports saved rows trimmed with Select-Object -First, -Last or -Skip' {
        $saved = Join-Path $TestDrive 'trim.xml'
        $path = Join-Path $TestDrive 'trimmed.html'
        @($matchRows) | Export-Clixml -LiteralPath $saved
        Import-Clixml -LiteralPath $saved | Select-Object -First 3 | Export-PsaMatchReport -Path $path -ErrorVariable refused
        $refused.Count | Should -Be 0
        Get-Content -LiteralPath $path -Raw | Should -Match '3 accounts'
        Import-Clixml -LiteralPath $saved | Select-Object -Skip 1 | Export-PsaMatchReport -Path $path -ErrorVariable refused
        $refused.Count | Should -Be 0
        Get-Content -LiteralPath $path -Raw | Should -Match "$($matchRows.Count - 1) accounts"
    }

    It 'reports saved rows trimmed with Select-Object and saved again, once or twice' {
        # Round 54: Import-Clixml | Select-Object -First 5 | Export-Clixml, read back, was refused row by row
        # ("cannot show a Deserialized.Selected.System.Management.Automation.PSCustomObject").
        $saved = Join-Path $TestDrive 'monday.xml'
        $top = Join-Path $TestDrive 'top.xml'
        $again = Join-Path $TestDrive 'again.xml'
        $path = Join-Path $TestDrive 'resaved.html'
        @($matchRows) + @($findings) | Export-Clixml -LiteralPath $saved -Depth 6
        Import-Clixml -LiteralPath $saved | Select-Object -First 3 | Export-Clixml -LiteralPath $top -Depth 6
        Import-Clixml -LiteralPath $top | Export-PsaMatchReport -Path $path -ErrorVariable refused
        $refused.Count | Should -Be 0
        Get-Content -LiteralPath $path -Raw | Should -Match '3 accounts'
        Import-Clixml -LiteralPath $top | Select-Object -Skip 1 | Export-Clixml -LiteralPath $again -Depth 6
        Import-Clixml -LiteralPath $again | Export-PsaMatchReport -Path $path -ErrorVariable refused
        $refused.Count | Should -Be 0
        Get-Content -LiteralPath $path -Raw | Should -Match '2 accounts'
        @(Import-Clixml -LiteralPath $saved | Select-Object -Last $findings.Count) | Export-Clixml -LiteralPath $top -Depth 6
        Import-Clixml -LiteralPath $top | Export-PsaMatchReport -Path $path -ErrorVariable refused
        $refused.Count | Should -Be 0
        Get-Content -LiteralPath $path -Raw | Should -Match "$($findings.Count) communication-type finding"
    }

    It 'leaves an existing report as it was when nothing piped could be shown, and says so' {
        $path = Join-Path $TestDrive 'nightly.html'
        @($matchRows) | Export-PsaMatchReport -Path $path
        $before = Get-Content -LiteralPath $path -Raw
        $accounts | Export-PsaMatchReport -Path $path -ErrorVariable refused -ErrorAction SilentlyContinue -WarningVariable warned -WarningAction SilentlyContinue
        $refused.Count | Should -Be $accounts.Count
        $warned.Count | Should -Be 1
        "$($warned[0])" | Should -Match 'was not written and the report there is as it was'
        Get-Content -LiteralPath $path -Raw | Should -BeExactly $before
    }

    It 'warns that an empty run lists no account' {
        $path = Join-Path $TestDrive 'empty.html'
        @() | Export-PsaMatchReport -Path $path -WarningVariable warned -WarningAction SilentlyContinue
        $warned.Count | Should -Be 1
        "$($warned[0])" | Should -Match 'lists no account'
        Get-Content -LiteralPath $path -Raw | Should -Match '0 accounts'
    }

    It 'leaves a read-only report as it is unless -Force is given, and keeps it read-only' {
        $path = Join-Path $TestDrive 'readonly.html'
        @($matchRows) | Select-Object -First 1 | Export-PsaMatchReport -Path $path
        Set-ItemProperty -LiteralPath $path -Name IsReadOnly -Value $true
        try {
            { @($matchRows) | Export-PsaMatchReport -Path $path -ErrorAction Stop } | Should -Throw -ErrorId 'QuickpassPsa.ReportWriteFailed,*'
            $Error[0].ErrorDetails.RecommendedAction | Should -Match '-Force'
            Get-Content -LiteralPath $path -Raw | Should -Match '1 account'
            @($matchRows) | Export-PsaMatchReport -Path $path -Force
            Get-Content -LiteralPath $path -Raw | Should -Match "$($matchRows.Count) accounts"
            (Get-Item -LiteralPath $path).IsReadOnly | Should -BeTrue
        }
        finally {
            Set-ItemProperty -LiteralPath $path -Name IsReadOnly -Value $false
        }
    }
}
