# Stored customer-company decisions as a user meets them: Find-PsaCompanyMatch | Save-PsaCompanyMatch, then Matched;
# Set-PsaCompanyMatch by hand and -Exclude; Remove; Get's table; a Clixml round trip of the rows; -WhatIf; and one
# store file for the contact and the company decisions. Against the simulator as a process, with the sample tenant.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-QpTestPath Manifest) -Force -ErrorAction Stop
    # Never the real profile: the default store goes under this test run's drive.
    $savedDataRoot = $env:QUICKPASSPSA_DATA
    $env:QUICKPASSPSA_DATA = Join-Path $TestDrive 'data'
    $script:Simulator = Start-QpSimulator
    $customers = 'Contoso Ltd', 'Fabrikam, Inc.', 'Northwnd Traders', 'Litware', 'Woodgrove Bank'
    $leak = 'QuickpassPsa\.Core|QuickpassPsa\.Cmdlets|Newtonsoft|System\.(String|Object|Collections)'
}

AfterAll {
    Get-PsaConnection -ErrorAction SilentlyContinue | Disconnect-Psa -ErrorAction SilentlyContinue
    Stop-QpSimulator $script:Simulator
    $env:QUICKPASSPSA_DATA = $savedDataRoot
    Remove-Module QuickpassPsa -ErrorAction SilentlyContinue
}

Describe 'Confirming customer-company matches (<_>)' -ForEach 'ConnectWise', 'Autotask' {
    BeforeAll {
        Connect-QpSimulator $script:Simulator -Psa $_ | Out-Null
    }

    BeforeEach {
        $path = Join-Path $TestDrive "companies-$([guid]::NewGuid().ToString('N')).json"
    }

    It 'saves the Suggested rows, and the next run shows them Matched' {
        $first = $customers | Find-PsaCompanyMatch -DecisionPath $path
        $suggested = @($first | Where-Object Status -eq Suggested)
        $suggested.Customer | Should -Be @('Contoso Ltd', 'Fabrikam, Inc.', 'Woodgrove Bank')

        $saved = @($first | Where-Object Status -eq Suggested | Save-PsaCompanyMatch -DecisionPath $path -PassThru)
        $saved.Count | Should -Be 3
        $saved | ForEach-Object { $_.Kind | Should -Be 'Confirmed' }

        $again = $customers | Find-PsaCompanyMatch -DecisionPath $path
        foreach ($row in $suggested) {
            $now = $again | Where-Object Customer -eq $row.Customer
            $now.Status | Should -Be 'Matched'
            $now.Reason | Should -Be 'StoredDecision'
            $now.CompanyId | Should -Be $row.CompanyId
        }
        ($again | Where-Object Customer -eq 'Northwnd Traders').Status | Should -Be 'Review'
        @($customers | Find-PsaCompanyMatch -DecisionPath $path -Status Matched).Count | Should -Be 3
    }

    It 'links a customer to any company by hand, from Get-PsaCompany' {
        $adatum = Get-PsaCompany -Name 'Adatum*'
        $adatum | Set-PsaCompanyMatch -Customer 'Litware' -DecisionPath $path
        $row = 'Litware' | Find-PsaCompanyMatch -DecisionPath $path
        $row.Status | Should -Be 'Matched'
        $row.CompanyName | Should -Be 'Adatum IT Services'
        (Get-PsaCompanyMatchDecision -DecisionPath $path -Customer 'litware').CompanyId | Should -Be $adatum.Id
    }
}

Describe 'Company decisions by hand' {
    BeforeAll {
        Connect-QpSimulator $script:Simulator | Out-Null
    }

    BeforeEach {
        $path = Join-Path $TestDrive "companies-$([guid]::NewGuid().ToString('N')).json"
    }

    It 'excludes the suggested company of a row, so it is never suggested again' {
        $row = 'Northwnd Traders' | Find-PsaCompanyMatch -DecisionPath $path
        $row.CompanyName | Should -Be 'Northwind Traders'
        $row | Set-PsaCompanyMatch -Exclude -DecisionPath $path
        $after = 'Northwnd Traders' | Find-PsaCompanyMatch -DecisionPath $path
        $after.Status | Should -Be 'Unmatched'
        $after.Candidates.CompanyId | Should -Not -Contain $row.CompanyId
        (Get-PsaCompanyMatchDecision -DecisionPath $path -Kind Excluded).Customer | Should -Be 'Northwnd Traders'
    }

    It 'removes a link, and the customer is matched on its name again' {
        'Contoso Ltd' | Find-PsaCompanyMatch -DecisionPath $path | Save-PsaCompanyMatch -DecisionPath $path
        ('Contoso Ltd' | Find-PsaCompanyMatch -DecisionPath $path).Status | Should -Be 'Matched'
        $removed = Remove-PsaCompanyMatch -Customer 'contoso ltd' -DecisionPath $path -Confirm:$false -PassThru
        $removed.Customer | Should -Be 'Contoso Ltd'
        @(Get-PsaCompanyMatchDecision -DecisionPath $path).Count | Should -Be 0
        ('Contoso Ltd' | Find-PsaCompanyMatch -DecisionPath $path).Status | Should -Be 'Suggested'
    }

    It 'lists the decisions as a table with who and when' {
        Set-PsaCompanyMatch -Customer 'Contoso' -CompanyId 19297 -DecisionPath $path
        Set-PsaCompanyMatch -Customer 'Contoso' -CompanyId 19302 -Exclude -DecisionPath $path
        $text = Get-PsaCompanyMatchDecision -DecisionPath $path | Format-Table | Out-String -Width 200
        $lines = $text -split '\r?\n' | Where-Object { $_.Trim() }
        ($lines[0] -split '\s+' | Where-Object { $_ }) | Should -Be @('Kind', 'Customer', 'CompanyName', 'CompanyId', 'DecidedBy', 'DecidedAt')
        ($lines | Where-Object { $_ -match '^Confirmed\s+Contoso\s+19297\s' }) | Should -Not -BeNullOrEmpty
        ($lines | Where-Object { $_ -match '^Excluded\s+Contoso\s+19302\s' }) | Should -Not -BeNullOrEmpty
        $text | Should -Not -Match $leak
        @(Get-PsaCompanyMatchDecision -DecisionPath $path -Customer 'cont*' -Kind Confirmed).Count | Should -Be 1
    }

    It 'saves rows read back with Import-Clixml, one of them with the candidate chosen by -CompanyId' {
        $xml = Join-Path $TestDrive 'company-review.xml'
        'Contoso Ltd', 'Contoso' | Find-PsaCompanyMatch -DecisionPath $path | Export-Clixml -Path $xml
        $back = Import-Clixml $xml
        $back | Where-Object Status -eq Suggested | Save-PsaCompanyMatch -DecisionPath $path
        $contoso = $back | Where-Object Customer -eq 'Contoso'
        $contoso | Save-PsaCompanyMatch -CompanyId $contoso.Candidates[0].CompanyId -DecisionPath $path -WarningAction SilentlyContinue
        $decisions = @(Get-PsaCompanyMatchDecision -DecisionPath $path)
        # One company, one customer: the second link of 19297 replaced the first.
        $decisions.Count | Should -Be 1
        $decisions[0].Customer | Should -Be 'Contoso'
        $decisions[0].CompanyId | Should -Be '19297'
    }

    It 'refuses an Unmatched row with a typed error and goes on' {
        $rows = 'Nobody Here', 'Woodgrove Bank' | Find-PsaCompanyMatch -DecisionPath $path
        $saved = @($rows | Save-PsaCompanyMatch -DecisionPath $path -PassThru -ErrorVariable problems -ErrorAction SilentlyContinue)
        $saved.Customer | Should -Be 'Woodgrove Bank'
        $problems.Count | Should -Be 1
        $problems[0].FullyQualifiedErrorId | Should -BeLike 'QuickpassPsa.MatchNotDecidable*'
    }

    It 'completes -Customer from the customers the store holds' {
        Set-PsaCompanyMatch -Customer 'Contoso Ltd' -CompanyId 19297 -DecisionPath $path
        Set-PsaCompanyMatch -Customer 'Fabrikam' -CompanyId 19302 -Exclude -DecisionPath $path
        $line = "Remove-PsaCompanyMatch -DecisionPath '$path' -Customer cont"
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be @("'Contoso Ltd'")
    }

    It 'writes nothing with -WhatIf and says what it would do' {
        $out = Invoke-QpPwsh -Script @"
$(Get-QpConnectScript $script:Simulator)
'Contoso Ltd' | Find-PsaCompanyMatch -DecisionPath '$path' | Save-PsaCompanyMatch -DecisionPath '$path' -WhatIf
Set-PsaCompanyMatch -Customer 'Contoso' -CompanyId 19297 -Exclude -DecisionPath '$path' -WhatIf
"@
        $out.ExitCode | Should -Be 0
        $out.StdOut | Should -Match "What if: .*Save the link to company Contoso Ltd \[19297\].*customer 'Contoso Ltd'"
        $out.StdOut | Should -Match "What if: .*Exclude company \[19297\].*customer 'Contoso'"
        Test-Path -LiteralPath $path | Should -BeFalse
    }
}

Describe 'One store for contact and company decisions' {
    BeforeAll {
        Reset-QpSimulator $script:Simulator
        $connection = Connect-QpSimulator $script:Simulator
        $accounts = @(Get-QpAccount -Path (Join-Path (Get-QpTestPath Samples) 'accounts' 'contoso.csv'))
    }

    It 'keeps both kinds in the connection''s store file, each across saves of the other' {
        $file = Join-Path $env:QUICKPASSPSA_DATA 'decisions' | Join-Path -ChildPath "connectwise_$(($script:Simulator.ConnectWiseServer).ToLowerInvariant() -replace '[^a-z0-9.-]', '_')_qpsa.json"
        Remove-Item -LiteralPath $file -ErrorAction SilentlyContinue

        $accounts | Find-PsaCompanyMatch | Where-Object Status -eq Suggested | Save-PsaCompanyMatch
        $contactLinks = @($accounts | Find-PsaContactMatch -CompanyName 'Contoso Ltd' | Where-Object Status -eq Suggested | Save-PsaContactMatch -PassThru)
        $contactLinks.Count | Should -BeGreaterThan 0
        Set-PsaCompanyMatch -Customer 'Fabrikam' -CompanyId 19302

        Test-Path -LiteralPath $file | Should -BeTrue
        $json = Get-Content -LiteralPath $file -Raw | ConvertFrom-Json
        $json.formatVersion | Should -Be 2
        @($json.decisions).Count | Should -Be $contactLinks.Count
        @($json.companyDecisions).customer | Sort-Object | Should -Be @('Contoso Ltd', 'Fabrikam')
        @(Get-PsaContactMatchDecision).Count | Should -Be $contactLinks.Count
        @(Get-PsaCompanyMatchDecision).Count | Should -Be 2

        # Removing the company links keeps the contact links, and the file goes back to version 1.
        Get-PsaCompanyMatchDecision | Remove-PsaCompanyMatch -Confirm:$false
        $json = Get-Content -LiteralPath $file -Raw | ConvertFrom-Json
        $json.formatVersion | Should -Be 1
        @(Get-PsaContactMatchDecision).Count | Should -Be $contactLinks.Count
    }
}
