# The whole workflow as a script runs it, against the simulator as a process: match, decide, create, sync,
# and the demo itself. What reaches the PSA is read from the simulator's own request log.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-QpTestPath Manifest) -Force -ErrorAction Stop
    $simulator = Start-QpSimulator
    $null = Connect-QpSimulator $simulator
    $contoso = @(Get-QpAccount -Path (Join-Path (Get-QpTestPath Samples) 'accounts/contoso.csv'))

    function Invoke-Cw([string] $Method, [string] $Path) {
        # Test-only: a direct ConnectWise call, to change the PSA behind the module's back.
        $token = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes('qpsa+qpsa-public:qpsa-private'))
        $api = (Get-PsaConnection).Endpoint.ToString()
        Invoke-RestMethod -Method $Method -Uri ($api + $Path) -Headers @{ Authorization = "Basic $token"; clientId = 'pester' }
    }
}

AfterAll {
    Get-PsaConnection | Disconnect-Psa -ErrorAction SilentlyContinue
    Stop-QpSimulator $simulator
    Remove-Module QuickpassPsa -ErrorAction SilentlyContinue
}

Describe 'Decisions are honoured by Find-PsaContactMatch' {
    BeforeAll {
        $store = Join-Path $TestDrive 'decisions.json'
        $first = @($contoso | Find-PsaContactMatch -CompanyName 'Contoso Ltd' -DecisionPath $store)
    }

    It 'brings a saved link back as Matched' {
        $row = $first | Where-Object Status -eq Suggested | Select-Object -First 1
        $row | Save-PsaContactMatch -DecisionPath $store
        $again = $contoso | Find-PsaContactMatch -CompanyName 'Contoso Ltd' -DecisionPath $store | Where-Object { $_.Account.Id -eq $row.Account.Id }
        $again.Status | Should -Be 'Matched'
        $again.Contact.Id | Should -Be $row.Contact.Id
        $again.Reason | Should -Be 'StoredDecision'
    }

    It 'keeps a manual link to another contact on every re-run' {
        $row = $first | Where-Object Status -eq Suggested | Select-Object -Skip 1 -First 1
        $other = $first | Where-Object { $_.Status -eq 'Suggested' -and $_.Contact.Id -ne $row.Contact.Id } | Select-Object -Last 1
        # A name change: the admin links the account to a contact the evidence does not point at.
        Set-PsaContactMatch -Account $row.Account -Contact $other.Contact -DecisionPath $store -WarningAction SilentlyContinue
        foreach ($run in 1..2) {
            $again = $contoso | Find-PsaContactMatch -CompanyName 'Contoso Ltd' -DecisionPath $store | Where-Object { $_.Account.Id -eq $row.Account.Id }
            $again.Status | Should -Be 'Matched'
            $again.Contact.Id | Should -Be $other.Contact.Id
        }
    }

    It 'never suggests an excluded contact again' {
        $row = $first | Where-Object Status -eq Suggested | Select-Object -Skip 2 -First 1
        Set-PsaContactMatch -Match $row -Contact $row.Contact -Exclude -DecisionPath $store
        $again = $contoso | Find-PsaContactMatch -CompanyName 'Contoso Ltd' -DecisionPath $store | Where-Object { $_.Account.Id -eq $row.Account.Id }
        $again.Contact.Id | Should -Not -Be $row.Contact.Id
        @($again.Candidates.ContactId) | Should -Not -Contain $row.Contact.Id
    }

    It 'reports a link whose contact was deleted in the PSA and matches on evidence' {
        $row = $first | Where-Object Status -eq Suggested | Select-Object -Skip 3 -First 1
        $row | Save-PsaContactMatch -DecisionPath $store
        # The 2025 API requires the contact that takes over the deleted one's records (psa-api.md A2).
        $heir = ($first | Where-Object { $_.Contact -and $_.Contact.Id -ne $row.Contact.Id } | Select-Object -First 1).Contact.Id
        Invoke-Cw DELETE "company/contacts/$($row.Contact.Id)?transferContactId=$heir" | Out-Null
        $again = $contoso | Find-PsaContactMatch -CompanyName 'Contoso Ltd' -DecisionPath $store -WarningVariable warnings -WarningAction SilentlyContinue |
            Where-Object { $_.Account.Id -eq $row.Account.Id }
        ($warnings -join "`n") | Should -Match ([regex]::Escape($row.Contact.Id))
        $again.Status | Should -Not -Be 'Matched'
    }

    It 'lists what is stored, with who and when' {
        $stored = @(Get-PsaContactMatchDecision -DecisionPath $store)
        $stored.Count | Should -BeGreaterOrEqual 3
        $stored | ForEach-Object { $_.DecidedBy | Should -Not -BeNullOrEmpty; $_.DecidedAt | Should -Not -BeNullOrEmpty }
        @($stored | Where-Object Kind -eq 'Excluded').Count | Should -Be 1
    }
}

Describe 'A review saved to a file and acted on later' {
    It 'filters by status and binds back to Save-, New- and Update-PsaContact after Import-Clixml' {
        $store = Join-Path $TestDrive 'later.json'
        $file = Join-Path $TestDrive 'review.clixml'
        $contoso | Find-PsaContactMatch -CompanyName 'Contoso Ltd' -IncludeInactive | Export-Clixml -Path $file
        $review = Import-Clixml -Path $file
        $suggested = @($review | Where-Object Status -eq 'Suggested')
        $suggested.Count | Should -BeGreaterThan 0
        $suggested[0].Candidates[0].Contact.Id | Should -Be $suggested[0].Contact.Id

        $suggested | Save-PsaContactMatch -DecisionPath $store
        @(Get-PsaContactMatchDecision -DecisionPath $store).Count | Should -Be $suggested.Count

        $before = @(Get-QpWriteRequest $simulator).Count
        $review | Where-Object Status -eq 'Unmatched' | New-PsaContact -CompanyName 'Contoso Ltd' -DecisionPath $store -WhatIf -WarningAction SilentlyContinue -ErrorAction SilentlyContinue
        $matched = @($contoso | Find-PsaContactMatch -CompanyName 'Contoso Ltd' -DecisionPath $store) | Where-Object Status -eq 'Matched'
        $matched | Export-Clixml -Path $file
        $changes = @(Import-Clixml -Path $file | Update-PsaContact -WhatIf)
        @(Get-QpWriteRequest $simulator).Count | Should -Be $before
        $changes | ForEach-Object { $_.Applied | Should -BeFalse }
    }
}

Describe 'Creating the missing contacts' {
    BeforeAll {
        $store = Join-Path $TestDrive 'create.json'
        $newcomers = @(
            [pscustomobject]@{ GivenName = 'Nadia'; Surname = 'Newcomb'; Mail = 'nadia.newcomb@contoso.com'; UserPrincipalName = 'nnewcomb@contoso.com'; MobilePhone = '+1 206 555 0190' }
            [pscustomobject]@{ GivenName = 'Omar'; Surname = 'Oakes'; Mail = 'omar.oakes@contoso.com'; UserPrincipalName = 'ooakes@contoso.com' }
            [pscustomobject]@{ GivenName = 'No'; Surname = 'Mail'; UserPrincipalName = 'nomail' }
        ) | ConvertTo-QpAccount -Customer 'Contoso Ltd'
    }

    It 'sends no write at all under -WhatIf' {
        $before = @(Get-QpWriteRequest $simulator).Count
        $newcomers | Find-PsaContactMatch -CompanyName 'Contoso Ltd' -DecisionPath $store |
            Where-Object Status -eq Unmatched | New-PsaContact -CompanyName 'Contoso Ltd' -DecisionPath $store -WhatIf -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
        @(Get-QpWriteRequest $simulator).Count | Should -Be $before
        Test-Path $store | Should -BeFalse
    }

    It 'creates the contacts that have an email, reports the one without, and stores the links' {
        $created = @($newcomers | Find-PsaContactMatch -CompanyName 'Contoso Ltd' -DecisionPath $store |
            Where-Object Status -eq Unmatched |
            New-PsaContact -CompanyName 'Contoso Ltd' -DecisionPath $store -ErrorVariable createErrors -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)
        $created.Count | Should -Be 2
        $created | ForEach-Object { $_.Status | Should -Be 'Matched' }
        @($createErrors | Where-Object { $_.FullyQualifiedErrorId -like 'QuickpassPsa.AccountHasNoEmail,*' }).Count | Should -Be 1
        $again = @($newcomers | Find-PsaContactMatch -CompanyName 'Contoso Ltd' -DecisionPath $store -ErrorAction SilentlyContinue)
        @($again | Where-Object Status -eq Matched).Count | Should -Be 2
    }

    It 'creates nothing the second time' {
        $before = @(Get-QpWriteRequest $simulator | Where-Object method -eq 'POST').Count
        $second = @($newcomers | Where-Object Email | New-PsaContact -CompanyName 'Contoso Ltd' -DecisionPath $store -WarningAction SilentlyContinue)
        $second.Count | Should -Be 2
        @(Get-QpWriteRequest $simulator | Where-Object method -eq 'POST').Count | Should -Be $before
    }

    It 'pushes a changed mobile and nothing else' {
        $store2 = Join-Path $TestDrive 'create.json'
        $row = $newcomers[0] | Find-PsaContactMatch -CompanyName 'Contoso Ltd' -DecisionPath $store2
        $row.Status | Should -Be 'Matched'
        $row.Account.MobilePhone = '+1 206 555 0191'
        $changes = @($row | Update-PsaContact)
        $changes.Count | Should -Be 1
        $changes[0].Field | Should -Be 'MobilePhone'
        (Get-PsaContact -CompanyName 'Contoso Ltd' -Email 'nadia.newcomb@contoso.com').MobilePhone | Should -Match '0191'
        # Matched again (the contact as the PSA now has it) with the same account: nothing left to change.
        $fresh = $row.Account | Find-PsaContactMatch -CompanyName 'Contoso Ltd' -DecisionPath $store2
        @($fresh | Update-PsaContact).Count | Should -Be 0
    }
}

Describe 'The demo' {
    It 'runs the whole workflow on the sample tenant and prints the counts' {
        $reportPath = Join-Path $TestDrive 'demo-report.html'
        $run = Invoke-QpPwsh -Script "& '$(Join-Path (Get-QpTestPath Samples) 'Invoke-Demo.ps1')' -Simulator '$(Get-QpTestPath Simulator)' -ReportPath '$reportPath'"
        $run.ExitCode | Should -Be 0 -Because $run.StdErr
        $run.StdOut | Should -Match 'Suggested\s+\d+'
        $run.StdOut | Should -Match 'Matched\s+\d+'
        $run.StdOut | Should -Match 'EmailTypeMissing'
        $run.StdOut | Should -Match 'Findings left: 0'
        $run.StdOut | Should -Match 'Created \d+ contacts'
        $run.StdOut | Should -Match 'MobilePhone'
        $run.StdOut | Should -Match 'Simulator stopped'
        $run.StdOut | Should -Not -Match 'Exception'
        # The report of the first run, its path printed before the simulator stops.
        $run.StdOut | Should -Match ('Report: ' + [regex]::Escape($reportPath) + '\s+(?s:.*)Simulator stopped')
        $html = Get-Content -LiteralPath $reportPath -Raw
        $html | Should -Match 'against <b>ConnectWise</b>'
        $html | Should -Match '<td>EmailTypeMissing</td>'
        $html | Should -Match 'id="review-table"'
    }

    It 'runs against Autotask too, as the README says, and pushes the changed mobile from the demo''s own store' {
        # The mobile step once read the default decision store, not the demo's: on Autotask it refused the row (link removed).
        $reportPath = Join-Path $TestDrive 'demo-report-at.html'
        $run = Invoke-QpPwsh -Script "& '$(Join-Path (Get-QpTestPath Samples) 'Invoke-Demo.ps1')' -Psa Autotask -Simulator '$(Get-QpTestPath Simulator)' -ReportPath '$reportPath'"
        $run.ExitCode | Should -Be 0 -Because $run.StdErr
        $run.StdOut | Should -Match 'Created \d+ contacts'
        $run.StdOut | Should -Match 'MobilePhone'
        $run.StdErr | Should -Not -Match 'decision store no longer holds'
        $run.StdOut | Should -Match 'Simulator stopped'
        (Get-Content -LiteralPath $reportPath -Raw) | Should -Match 'against <b>Autotask</b>'
    }
}
