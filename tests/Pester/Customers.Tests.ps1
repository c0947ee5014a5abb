# Every customer in one run, as a user meets it: the sample tenant's five customers against the simulator process,
# four of them linked to their companies; the summary table, -SummaryVariable, an RMM-style CSV of the summaries,
# and rows that go through Export-Clixml and still create their contacts in the right company.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-QpTestPath Manifest) -Force -ErrorAction Stop
    $script:Simulator = Start-QpSimulator
    $accountFiles = Get-ChildItem (Join-Path (Get-QpTestPath Samples) 'accounts') -Filter *.csv | Where-Object Name -ne 'truth.csv'
    $script:Accounts = $accountFiles | ForEach-Object { Get-QpAccount -Path $_.FullName }
}

AfterAll {
    Get-PsaConnection -ErrorAction SilentlyContinue | Disconnect-Psa -ErrorAction SilentlyContinue
    Stop-QpSimulator $script:Simulator
    Remove-Module QuickpassPsa -ErrorAction SilentlyContinue
}

Describe 'Find-PsaContactMatch for every customer (<_>)' -ForEach 'ConnectWise', 'Autotask' {
    BeforeAll {
        Reset-QpSimulator $script:Simulator
        Connect-QpSimulator $script:Simulator -Psa $_ | Out-Null
        $script:Store = Join-Path $TestDrive "decisions-$_.json"
        # Every sample customer but Woodgrove Bank linked the way an admin links them.
        $script:Accounts | Find-PsaCompanyMatch -DecisionPath $script:Store | Where-Object Customer -ne 'Woodgrove Bank' | Save-PsaCompanyMatch -DecisionPath $script:Store
    }

    It 'matches each linked customer in its company and reports the unlinked one once' {
        $rows = $script:Accounts | Find-PsaContactMatch -DecisionPath $script:Store -SummaryVariable summary -ErrorVariable problems -ErrorAction SilentlyContinue
        $linked = @($script:Accounts | Where-Object Customer -ne 'Woodgrove Bank')
        $rows.Count | Should -Be $linked.Count
        $rows | ForEach-Object { $_.CompanyName | Should -BeExactly $_.Account.Customer }
        $problems.Count | Should -Be 1
        $problems[0].FullyQualifiedErrorId | Should -BeLike 'QuickpassPsa.CustomerNotLinked,*'
        $problems[0].TargetObject | Should -Be 'Woodgrove Bank'
        $problems[0].Exception.Message | Should -Match "\($(@($script:Accounts | Where-Object Customer -eq 'Woodgrove Bank').Count) accounts\)"
        $summary.Customer | Should -Be @('Contoso Ltd', 'Fabrikam Inc', 'Northwind Traders', 'Tailspin Toys', 'Woodgrove Bank')
        ($summary | Where-Object Customer -eq 'Woodgrove Bank').State | Should -Be 'NotLinked'
        $contoso = $summary | Where-Object Customer -eq 'Contoso Ltd'
        $contoso.State | Should -Be 'Done'
        $contoso.Accounts | Should -Be @($script:Accounts | Where-Object Customer -eq 'Contoso Ltd').Count
        ($contoso.Matched + $contoso.Suggested + $contoso.Review + $contoso.Ambiguous + $contoso.Unmatched) | Should -Be $contoso.Accounts
        $contoso.Unmatched | Should -Be @($rows | Where-Object { $_.CompanyName -eq 'Contoso Ltd' -and $_.Status -eq 'Unmatched' }).Count
    }

    It 'counts the summaries an RMM script filters, one of them or several, with .Count' {
        # Round 60b: a public method Count on the summary hid PowerShell's .Count of a single object, so the RMM check
        # ($s | Where-Object State -ne Done).Count returned the method (and "-gt 0" said "problems" for any summary).
        $null = $script:Accounts | Find-PsaContactMatch -DecisionPath $script:Store -SummaryVariable summary -ErrorAction SilentlyContinue
        $notDone = $summary | Where-Object State -ne Done
        $notDone | Should -HaveCount 1
        $notDone.Count | Should -BeOfType [int]
        ($summary | Where-Object State -ne Done).Count | Should -Be 1
        ($summary | Where-Object Customer -eq 'Contoso Ltd').Count | Should -Be 1
        ($summary | Where-Object State -eq Failed).Count | Should -Be 0
        $summary.Count | Should -Be 5
        @($summary[0] | Get-Member -Name Count, Length).Count | Should -Be 0
    }

    It 'shows one summary line per customer and writes them to CSV for an RMM log' {
        $summaries = $script:Accounts | Find-PsaContactMatch -DecisionPath $script:Store -Summary -ErrorAction SilentlyContinue
        $lines = ($summaries | Format-Table | Out-String -Width 200) -split '\r?\n' | Where-Object { $_.Trim() }
        $lines[0] | Should -Match '^Customer\s+Company\s+Accts\s+Match\s+Sugg\s+Review\s+Ambig\s+Unmat\s+Create'
        $lines | Should -Contain ($lines | Where-Object { $_ -match '^Woodgrove Bank\s+NotLinked' })
        ($lines -join "`n") | Should -Not -Match 'QuickpassPsa\.Core'
        $csv = Join-Path $TestDrive 'summary.csv'
        $summaries | Export-Csv -LiteralPath $csv -NoTypeInformation
        $read = Import-Csv -LiteralPath $csv
        $read.Count | Should -Be 5
        ($read | Where-Object Customer -eq 'Woodgrove Bank').Error | Should -Match 'no stored link'
        [int]($read | Where-Object Customer -eq 'Tailspin Toys').Accounts | Should -Be @($script:Accounts | Where-Object Customer -eq 'Tailspin Toys').Count
    }

    It 'creates the missing contacts of every customer in its own company, also from rows read back with Import-Clixml' {
        $rows = $script:Accounts | Find-PsaContactMatch -DecisionPath $script:Store -Status Unmatched -ErrorAction SilentlyContinue
        $clixml = Join-Path $TestDrive 'unmatched.xml'
        $rows | Export-Clixml -LiteralPath $clixml
        $back = Import-Clixml -LiteralPath $clixml
        ($back | Select-Object -ExpandProperty CompanyId) | Should -Be ($rows | Select-Object -ExpandProperty CompanyId)
        $created = $back | Where-Object { $_.Account.Email } | New-PsaContact -DecisionPath $script:Store -ErrorAction SilentlyContinue
        @($created).Count | Should -BeGreaterThan 3
        $created | ForEach-Object {
            $_.Status | Should -Be 'Matched'
            $_.Contact.CompanyId | Should -Be $_.CompanyId
            $_.CompanyName | Should -BeExactly $_.Account.Customer
        }
        @($created.CompanyName | Sort-Object -Unique).Count | Should -BeGreaterThan 2
    }
}

Describe 'The house plan''s example (DESIGN.md), as written' {
    BeforeAll {
        Reset-QpSimulator $script:Simulator
    }

    It 'matches with -Company ''Contoso'', shows what New-PsaContact would create, and what the table repair would do' {
        $script = @"
$(Get-QpConnectScript $script:Simulator)
Get-QpAccount -Path '$(Join-Path (Get-QpTestPath Samples) 'accounts/contoso.csv')' |
    Find-PsaContactMatch -Company 'Contoso' |
    Where-Object Status -eq Unmatched |
    New-PsaContact -WhatIf -ErrorVariable refused -ErrorAction SilentlyContinue
'refused: ' + ((`$refused | ForEach-Object { `$_.FullyQualifiedErrorId.Split(',')[0] } | Sort-Object -Unique) -join ',')
Repair-CwCommunicationType -WhatIf
"@
        $run = Invoke-QpPwsh -Script $script
        $run.ExitCode | Should -Be 0 -Because ($run.StdOut + $run.StdErr)
        $run.StdOut | Should -Match 'What if: Performing the operation "Create ConnectWise contact" on target ".* in Contoso Ltd \(id \d+\)"'
        $run.StdOut | Should -Match 'What if: .*Email - Work'
        # The one kind of refusal: a former employee whose inactive contact has the address (never a second contact).
        $run.StdOut | Should -Match 'refused: QuickpassPsa.ContactInactive\r?\n'
        @(Get-QpWriteRequest $script:Simulator).Count | Should -Be 0
    }
}
