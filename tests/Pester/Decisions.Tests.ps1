# Stored match decisions as a user meets them: Save-, Set-, Remove-PsaContactMatch and Get-PsaContactMatchDecision
# in a real pwsh, on the sample tenant (Contoso Ltd) and its accounts: the table, -WhatIf, errors, files, round trips.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-QpTestPath Manifest) -Force -ErrorAction Stop
    # Never the real profile: the default store goes under this test run's drive.
    $savedDataRoot = $env:QUICKPASSPSA_DATA
    $env:QUICKPASSPSA_DATA = Join-Path $TestDrive 'data'
    $simulator = Start-QpSimulator
    $connection = Connect-QpSimulator $simulator
    $contacts = @(Get-PsaContact -CompanyName 'Contoso Ltd')
    $accounts = @(Get-QpAccount -Path (Join-Path (Get-QpTestPath Samples) 'accounts' 'contoso.csv') -ErrorAction SilentlyContinue)

    # Rows as Find-PsaContactMatch makes them, through Core's matcher (its types are private to the module, so by
    # reflection), until Find-PsaContactMatch is merged into this branch.
    function Get-TestMatch {
        $core = $contacts[0].GetType().Assembly
        $typedContacts = [Array]::CreateInstance($contacts[0].GetType(), $contacts.Count)
        for ($i = 0; $i -lt $contacts.Count; $i++) { $typedContacts[$i] = $contacts[$i] }
        $typedAccounts = [Array]::CreateInstance($accounts[0].GetType(), $accounts.Count)
        for ($i = 0; $i -lt $accounts.Count; $i++) { $typedAccounts[$i] = $accounts[$i] }
        $matcher = [Activator]::CreateInstance($core.GetType('QuickpassPsa.Core.Matching.ContactMatcher'), @($typedContacts, $null, $null))
        @($matcher.Match($typedAccounts))
    }
    $rows = Get-TestMatch
    $suggested = @($rows | Where-Object { "$($_.Status)" -eq 'Suggested' })
    $undecidable = @($rows | Where-Object { "$($_.Status)" -in 'Ambiguous', 'Unmatched' })
    $leak = 'QuickpassPsa\.Core|QuickpassPsa\.Cmdlets|Newtonsoft|System\.(String|Object|Collections)|\[\[\]\]'
}

AfterAll {
    Get-PsaConnection | Disconnect-Psa -ErrorAction SilentlyContinue
    Stop-QpSimulator $simulator
    $env:QUICKPASSPSA_DATA = $savedDataRoot
    Remove-Module QuickpassPsa -ErrorAction SilentlyContinue
}

Describe 'The sample rows' {
    It 'has Suggested rows to confirm and rows that cannot be confirmed' {
        $suggested.Count | Should -BeGreaterThan 1
        $undecidable.Count | Should -BeGreaterThan 0
    }
}

Describe 'Save-PsaContactMatch' {
    BeforeEach {
        $path = Join-Path $TestDrive "save-$([guid]::NewGuid().ToString('N')).json"
    }

    It 'stores the confirmed rows and shows them as a table of decisions' {
        $saved = @($suggested | Save-PsaContactMatch -DecisionPath $path -PassThru)
        $saved.Count | Should -Be $suggested.Count
        $text = Get-PsaContactMatchDecision -DecisionPath $path | Format-Table | Out-String -Width 200
        $header = ($text -split '\r?\n' | Where-Object { $_.Trim() } | Select-Object -First 1) -split '\s+' | Where-Object { $_ }
        $header | Should -Be @('Kind', 'Account', 'Contact', 'Company', 'DecidedBy', 'DecidedAt')
        $text | Should -Match 'Confirmed'
        $text | Should -Match ([regex]::Escape("[$($suggested[0].Contact.Id)]"))
        $text | Should -Not -Match $leak
    }

    It 'writes nothing with -WhatIf and says what it would do' {
        $script = "`$rows = @([pscustomobject]@{ x = 1 }); " +
            "Connect-Psa -ConnectWise -Server '$($simulator.ConnectWiseServer)' -CompanyId qpsa -ClientId qpsa-pester -PublicKey (ConvertTo-SecureString qpsa-public -AsPlainText -Force) -PrivateKey (ConvertTo-SecureString qpsa-private -AsPlainText -Force) | Out-Null; " +
            "`$set = Get-QpAccount -Path '$(Join-Path (Get-QpTestPath Samples) 'contoso-users.csv')' -ErrorAction SilentlyContinue | Select-Object -First 1; " +
            "`$set | Set-PsaContactMatch -ContactId 123 -CompanyId 19 -DecisionPath '$path' -WhatIf"
        $run = Invoke-QpPwsh -Script $script
        $run.ExitCode | Should -Be 0 -Because $run.StdErr
        $run.StdOut | Should -Match 'What if: Performing the operation "Link to contact \[123\] in company 19"'
        Test-Path -LiteralPath $path | Should -BeFalse
        $suggested | Save-PsaContactMatch -DecisionPath $path -WhatIf
        Test-Path -LiteralPath $path | Should -BeFalse
    }

    It 'refuses an Ambiguous or Unmatched row with a typed error and goes on with the others' {
        $all = @($undecidable[0]) + $suggested
        $saved = @($all | Save-PsaContactMatch -DecisionPath $path -PassThru -ErrorVariable problems -ErrorAction SilentlyContinue)
        $saved.Count | Should -Be $suggested.Count
        $problems.Count | Should -Be 1
        $problems[0].FullyQualifiedErrorId | Should -BeLike 'QuickpassPsa.MatchNotDecidable,*'
        $problems[0].ErrorDetails.RecommendedAction | Should -Match 'Set-PsaContactMatch'
    }

    It 'stores into the connection''s own store under QUICKPASSPSA_DATA without -DecisionPath' {
        $suggested[0] | Save-PsaContactMatch
        $file = Join-Path $env:QUICKPASSPSA_DATA 'decisions' | Join-Path -ChildPath "connectwise_$(($simulator.ConnectWiseServer).ToLowerInvariant() -replace '[^a-z0-9.-]', '_')_qpsa.json"
        Test-Path -LiteralPath $file | Should -BeTrue
        (Get-Content -LiteralPath $file -Raw | ConvertFrom-Json).formatVersion | Should -Be 1
        @(Get-PsaContactMatchDecision).Count | Should -Be 1
    }
}

Describe 'A decision as data' {
    BeforeAll {
        $path = Join-Path $TestDrive 'data.json'
        $suggested | Select-Object -First 2 | Save-PsaContactMatch -DecisionPath $path
        $undecidable[0] | Set-PsaContactMatch -ContactId 999001 -CompanyId $contacts[0].CompanyId -Exclude -DecisionPath $path
        $decisions = @(Get-PsaContactMatchDecision -DecisionPath $path)
    }

    It 'survives ConvertTo-Json -Depth 5 as plain data' {
        $json = $decisions | ConvertTo-Json -Depth 5
        $json | Should -Not -Match 'QuickpassPsa\.Core|Newtonsoft'
        $back = $json | ConvertFrom-Json
        @($back).Count | Should -Be 3
        ($back | ForEach-Object ContactId) | Should -Contain '999001'
        ($back | ForEach-Object Kind | Sort-Object -Unique) | Should -Be @('Confirmed', 'Excluded')
        ($back | ForEach-Object AccountKey) | Should -Not -Contain $null
    }

    It 'exports to CSV with text cells only' {
        $csv = Join-Path $TestDrive 'decisions.csv'
        $decisions | Export-Csv -LiteralPath $csv -NoTypeInformation
        $text = Get-Content -LiteralPath $csv -Raw
        $text | Should -Not -Match 'System\.|QuickpassPsa\.'
        $rowsBack = @(Import-Csv -LiteralPath $csv)
        ($rowsBack | ForEach-Object Kind | Sort-Object -Unique) | Should -Be @('Confirmed', 'Excluded')
    }

    It 'comes back from Export-Clixml with the same table and removes itself from the store' {
        $xml = Join-Path $TestDrive 'decisions.xml'
        $decisions | Export-Clixml -LiteralPath $xml
        $imported = @(Import-Clixml -LiteralPath $xml)
        ($imported | ForEach-Object Kind | Sort-Object -Unique) | Should -Be @('Confirmed', 'Excluded')
        ($imported | Format-Table | Out-String -Width 200) | Should -Be ($decisions | Format-Table | Out-String -Width 200)
        $imported | Where-Object Kind -eq 'Excluded' | Remove-PsaContactMatch -DecisionPath $path -Confirm:$false
        @(Get-PsaContactMatchDecision -DecisionPath $path -Kind Excluded).Count | Should -Be 0
        @(Get-PsaContactMatchDecision -DecisionPath $path -Kind Confirmed).Count | Should -Be 2
    }
}

Describe 'Get-PsaContactMatchDecision by customer and company name' {
    # Round 60b: the decisions were listed by company id only, with no company name beside it.
    BeforeAll {
        $path = Join-Path $TestDrive "by-company-$([guid]::NewGuid().ToString('N')).json"
        $suggested | Save-PsaContactMatch -DecisionPath $path
        $contoso = Get-PsaCompany -Name 'Contoso Ltd'
        $requests = { @((Invoke-RestMethod -Uri "$($simulator.BaseUrl)_sim/requests").requests).Count }
    }

    It 'reads the name of a company without a stored customer link from the PSA once, with -Connection' {
        $before = & $requests
        $listed = @(Get-PsaContactMatchDecision -DecisionPath $path -Connection $connection)
        $listed.Count | Should -Be $suggested.Count
        $listed | ForEach-Object { $_.CompanyName | Should -Be 'Contoso Ltd' }
        ((& $requests) - $before) | Should -Be 1 -Because 'one company, read once'
        # A file named by hand and no connection asked for: nothing is read, the name stays empty.
        @(Get-PsaContactMatchDecision -DecisionPath $path | Where-Object CompanyName).Count | Should -Be 0
    }

    It 'takes the name from the stored customer link, with no request, and filters by -Customer and -CompanyName' {
        Set-PsaCompanyMatch -Customer 'Contoso Ltd' -CompanyId $contoso.Id -DecisionPath $path -Connection $connection
        $before = & $requests
        $byCustomer = @(Get-PsaContactMatchDecision -DecisionPath $path -Customer 'contoso*')
        $byCustomer.Count | Should -Be $suggested.Count
        $byCustomer | ForEach-Object { $_.CompanyName | Should -Be 'Contoso Ltd' }
        @(Get-PsaContactMatchDecision -DecisionPath $path -CompanyName 'Contoso*').Count | Should -Be $suggested.Count
        @(Get-PsaContactMatchDecision -DecisionPath $path -CompanyName 'Fabrikam*').Count | Should -Be 0
        ((& $requests) - $before) | Should -Be 0
        $text = Get-PsaContactMatchDecision -DecisionPath $path -Customer 'Contoso Ltd' | Format-Table | Out-String -Width 120
        $text | Should -Match ([regex]::Escape("Contoso Ltd [$($contoso.Id)]"))
    }

    It 'says when no stored link names the customer' {
        $none = @(Get-PsaContactMatchDecision -DecisionPath $path -Customer 'Nobody Ltd' -ErrorVariable problem -ErrorAction SilentlyContinue)
        $none.Count | Should -Be 0
        $problem[0].FullyQualifiedErrorId | Should -BeLike 'QuickpassPsa.CustomerNotLinked,*'
        $problem[0].Exception.Message | Should -Match 'Nobody Ltd'
    }
}

Describe 'Set-, Get- and Remove- as a user runs them' {
    BeforeEach {
        $path = Join-Path $TestDrive "set-$([guid]::NewGuid().ToString('N')).json"
    }

    It 'links an account by hand, replaces an older link with a warning, and removes it by UPN' {
        $account = $accounts | Where-Object UserPrincipalName | Select-Object -First 1
        $account | Set-PsaContactMatch -Contact $contacts[0] -DecisionPath $path
        $account | Set-PsaContactMatch -Contact $contacts[1] -DecisionPath $path -WarningVariable replaced -WarningAction SilentlyContinue
        $replaced.Count | Should -Be 1
        "$replaced" | Should -Match ([regex]::Escape("[$($contacts[0].Id)]"))
        (Get-PsaContactMatchDecision -DecisionPath $path -Account $account.UserPrincipalName).ContactId | Should -Be $contacts[1].Id
        Remove-PsaContactMatch -Account $account.UserPrincipalName -DecisionPath $path -Confirm:$false
        @(Get-PsaContactMatchDecision -DecisionPath $path).Count | Should -Be 0
    }

    It 'reports a corrupt store as a terminating typed error and keeps the file' {
        Set-Content -LiteralPath $path -Value '{ "formatVersion": 1, "decisions": [' -NoNewline
        { Get-PsaContactMatchDecision -DecisionPath $path -ErrorAction Stop } | Should -Throw -ErrorId 'QuickpassPsa.DecisionStoreUnreadable*'
        { $suggested[0] | Save-PsaContactMatch -DecisionPath $path } | Should -Throw -ErrorId 'QuickpassPsa.DecisionStoreUnreadable*'
        Get-Content -LiteralPath $path -Raw | Should -Be '{ "formatVersion": 1, "decisions": ['
        @(Get-ChildItem -LiteralPath $TestDrive -Filter "$([IO.Path]::GetFileNameWithoutExtension($path)).corrupt-*.json").Count | Should -Be 1
    }

    It 'has help with examples for every decision cmdlet' {
        foreach ($name in 'Save-PsaContactMatch', 'Set-PsaContactMatch', 'Remove-PsaContactMatch', 'Get-PsaContactMatchDecision') {
            $help = Get-Help $name -Full
            $help.Synopsis | Should -Not -BeNullOrEmpty
            @($help.examples.example).Count | Should -BeGreaterOrEqual 2
        }
    }
}
