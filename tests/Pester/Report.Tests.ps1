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
}
