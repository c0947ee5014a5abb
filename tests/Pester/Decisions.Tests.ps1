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
            "`$set | Set-PsaContactMatch -ContactId $($contacts[0].Id) -CompanyId $($contacts[0].CompanyId) -DecisionPath '$path' -WhatIf"
        $run = Invoke-QpPwsh -Script $script
        $run.ExitCode | Should -Be 0 -Because $run.StdErr
        # The contact given by id alone is read, so the prompt (and the stored link) names it.
        $run.StdOut | Should -Match ('What if: Performing the operation "Link to contact ' + [regex]::Escape("$($contacts[0])") + ' in company ' + $contacts[0].CompanyId + '"')
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

    It 'takes a relative QUICKPASSPSA_DATA from the current location ($PWD), as a relative -DecisionPath, not from the folder pwsh started in' {
        # Round 61b: the store went under the process's folder, while -DecisionPath followed $PWD.
        $here = Join-Path $TestDrive 'cwd-relative'
        New-Item -ItemType Directory -Path $here -Force | Out-Null
        $savedRoot = $env:QUICKPASSPSA_DATA
        Push-Location -LiteralPath $here
        try {
            $env:QUICKPASSPSA_DATA = 'reldata'
            [Environment]::CurrentDirectory | Should -Not -Be $here
            $suggested[0] | Save-PsaContactMatch -Confirm:$false
            $file = Join-Path $here 'reldata' | Join-Path -ChildPath 'decisions' | Join-Path -ChildPath "connectwise_$(($simulator.ConnectWiseServer).ToLowerInvariant() -replace '[^a-z0-9.-]', '_')_qpsa.json"
            Test-Path -LiteralPath $file | Should -BeTrue
            @(Get-PsaContactMatchDecision).Count | Should -Be 1
            Test-Path -LiteralPath (Join-Path ([Environment]::CurrentDirectory) 'reldata') | Should -BeFalse
        }
        finally {
            Pop-Location
            $env:QUICKPASSPSA_DATA = $savedRoot
        }
    }
}

# Round 63a: Save- and Set-PsaContactMatch -PassThru showed the company as "[19297]" though the row carried its name.
Describe 'Save-PsaContactMatch and Set-PsaContactMatch -PassThru' {
    It 'show the company''s name beside its id, as Get-PsaContactMatchDecision does' {
        $path = Join-Path $TestDrive "passthru-$([guid]::NewGuid().ToString('N')).json"
        $found = @($accounts | Find-PsaContactMatch -CompanyName 'Contoso Ltd' -DecisionPath $path)
        $saved = @($found | Where-Object Status -eq Suggested | Select-Object -First 2 | Save-PsaContactMatch -DecisionPath $path -PassThru)
        $review = $found | Where-Object Status -eq Review | Select-Object -First 1
        $set = @(Set-PsaContactMatch -Match $review -ContactId $review.Candidates[0].ContactId -DecisionPath $path -PassThru)
        $other = $contacts | Where-Object Id -ne $review.Candidates[0].ContactId | Select-Object -First 1
        $byHand = @(Set-PsaContactMatch -Account $accounts[0] -ContactId $other.Id -CompanyId $other.CompanyId -Exclude -DecisionPath $path -PassThru)
        # A contact the PSA does not hold, excluded by hand: the name comes from the store's link of the customer to that company.
        Set-PsaCompanyMatch -Customer 'Contoso Ltd' -CompanyId $other.CompanyId -DecisionPath $path -Connection $connection
        $unknown = @(Set-PsaContactMatch -Account $accounts[1] -ContactId 999999 -CompanyId $other.CompanyId -Exclude -DecisionPath $path -PassThru)
        $all = $saved + $set + $byHand + $unknown
        $all.Count | Should -Be 5
        $stored = @(Get-PsaContactMatchDecision -DecisionPath $path)
        foreach ($d in $all) {
            $d.CompanyName | Should -Be 'Contoso Ltd'
            (Get-QpTableRow $d -Width 160).Values[3] | Should -Be ('Contoso Ltd [' + $d.CompanyId + ']')
            ($stored | Where-Object { $_.AccountKey -eq $d.AccountKey -and $_.ContactId -eq $d.ContactId }).CompanyName | Should -Be $d.CompanyName
        }
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

# Round 59: rows written with Export-Csv and read back with Import-Csv met PowerShell's bare "The input object cannot be bound"
# in every cmdlet, and Export-PsaMatchReport said "The other objects were added." when none was.
Describe 'Match rows copied to CSV' {
    BeforeAll {
        # Rows as Find-PsaContactMatch writes them (with the company they were matched in), then copied to CSV.
        $found = @($accounts | Find-PsaContactMatch -CompanyName 'Contoso Ltd' -DecisionPath (Join-Path $TestDrive 'none.json') -WarningAction SilentlyContinue)
        $suggested = @($found | Where-Object Status -eq Suggested)
        $csvPath = Join-Path $TestDrive 'rows.csv'
        $found | Where-Object Status -in 'Suggested', 'Unmatched' | Export-Csv -LiteralPath $csvPath -NoTypeInformation
        $copies = @(Import-Csv -LiteralPath $csvPath)
        $suggestedCopies = @($copies | Where-Object Status -eq Suggested)
    }

    BeforeEach {
        $path = Join-Path $TestDrive "csv-$([guid]::NewGuid().ToString('N')).json"
    }

    It 'are saved by Save-PsaContactMatch as the rows themselves are: same contact, company, contact name and account' {
        $fromCsv = @($suggestedCopies | Save-PsaContactMatch -DecisionPath $path -PassThru -ErrorVariable problems)
        $problems.Count | Should -Be 0
        $live = @($suggested | Save-PsaContactMatch -DecisionPath (Join-Path $TestDrive 'live.json') -PassThru)
        $shape = { $_ | ForEach-Object { "$($_.Kind) $($_.AccountId) $($_.ContactId) $($_.CompanyId) $($_.ContactName)" } | Sort-Object }
        (& $shape $fromCsv) | Should -Be (& $shape $live)
        # The account is found again from its own source by the id and address the copy kept.
        $fromCsv | ForEach-Object { $_.Email | Should -Match '@' }
    }

    It 'are linked or excluded by Set-PsaContactMatch' {
        $copy = $suggestedCopies[0]
        $copy | Set-PsaContactMatch -ContactId $copy.ContactId -Exclude -DecisionPath $path
        $stored = @(Get-PsaContactMatchDecision -DecisionPath $path)
        $stored.Count | Should -Be 1
        "$($stored[0].Kind) $($stored[0].AccountId) $($stored[0].ContactId) $($stored[0].CompanyId)" | Should -Be "Excluded $($copy.AccountId) $($copy.ContactId) $($copy.CompanyId)"
    }

    It 'are refused one by one by New-PsaContact and Update-PsaContact with a typed error that says what to use instead' {
        $unmatched = @($copies | Where-Object Status -eq Unmatched)
        $unmatched.Count | Should -BeGreaterThan 0
        $unmatched | New-PsaContact -DecisionPath $path -WhatIf -ErrorVariable created -ErrorAction SilentlyContinue
        $suggestedCopies | Update-PsaContact -IncludeSuggested -WhatIf -ErrorVariable updated -ErrorAction SilentlyContinue
        $created.Count | Should -Be $unmatched.Count
        $updated.Count | Should -Be $suggestedCopies.Count
        foreach ($e in @($created) + @($updated)) {
            $e.FullyQualifiedErrorId | Should -BeLike 'QuickpassPsa.MatchRowFromCsv,*'
            $e.Exception.Message | Should -Match 'CSV copy of a Find-PsaContactMatch row'
            $e.Exception.Message | Should -Not -Match 'cannot be bound'
            $e.ErrorDetails.RecommendedAction | Should -Match 'Export-Clixml'
            $e.ErrorDetails.RecommendedAction | Should -Match 'Save-PsaContactMatch'
        }
        Test-Path -LiteralPath $path | Should -BeFalse
    }

    It 'are left out of Export-PsaMatchReport with an error each that says why, and no claim that anything was added' {
        $report = Join-Path $TestDrive 'csv.html'
        $copies | Export-PsaMatchReport -Path $report -ErrorVariable refused -ErrorAction SilentlyContinue -WarningVariable warned -WarningAction SilentlyContinue
        $refused.Count | Should -Be $copies.Count
        $refused | ForEach-Object {
            $_.FullyQualifiedErrorId | Should -BeLike 'QuickpassPsa.MatchRowFromCsv,*'
            $_.Exception.Message | Should -Not -Match 'were added'
            $_.ErrorDetails.RecommendedAction | Should -Match 'Import-Clixml'
        }
        "$warned" | Should -Match 'CSV copies of match rows'
        Test-Path -LiteralPath $report | Should -BeFalse
        # A report given rows and a copy shows the rows and leaves the copy out, without saying it added the others.
        @($suggested) + @($copies[0]) | Export-PsaMatchReport -Path $report -ErrorVariable mixed -ErrorAction SilentlyContinue
        $mixed.Count | Should -Be 1
        Test-Path -LiteralPath $report | Should -BeTrue
    }
}

Describe 'Remove-PsaContactMatch -PassThru (round 75b)' {
    It 'shows the removed decisions with the company''s name the piped decisions carried, as Get-PsaContactMatchDecision does' {
        # Round 75b: Get-PsaContactMatchDecision | Remove-PsaContactMatch -PassThru showed "[250]", the company's name lost.
        $path = Join-Path $TestDrive "remove-passthru-$([guid]::NewGuid().ToString('N')).json"
        $suggested | Select-Object -First 2 | Save-PsaContactMatch -DecisionPath $path
        $listed = @(Get-PsaContactMatchDecision -DecisionPath $path -Connection $connection)
        $listed | ForEach-Object { $_.CompanyName | Should -Be 'Contoso Ltd' }
        $removed = @($listed | Remove-PsaContactMatch -DecisionPath $path -Confirm:$false -PassThru)
        $removed.Count | Should -Be 2
        foreach ($d in $removed) {
            $d.CompanyName | Should -Be 'Contoso Ltd'
            (Get-QpTableRow $d -Width 160).Values[3] | Should -Be ('Contoso Ltd [' + $d.CompanyId + ']')
        }
        @(Get-PsaContactMatchDecision -DecisionPath $path).Count | Should -Be 0
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
        $shown = @(Get-PsaContactMatchDecision -DecisionPath $path -Customer 'Contoso Ltd' | ForEach-Object { (Get-QpTableRow $_ -Width 120).Values[3] })
        $shown | Should -Contain "Contoso Ltd [$($contoso.Id)]"
    }

    It 'says when no stored link names the customer' {
        $none = @(Get-PsaContactMatchDecision -DecisionPath $path -Customer 'Nobody Ltd' -ErrorVariable problem -ErrorAction SilentlyContinue)
        $none.Count | Should -Be 0
        $problem[0].FullyQualifiedErrorId | Should -BeLike 'QuickpassPsa.CustomerNotLinked,*'
        $problem[0].Exception.Message | Should -Match 'Nobody Ltd'
    }
}

Describe 'Rows computed before a person decided (a job saving while a technician works)' {
    # Round 61b: the job's Suggested row of Ann Lee overwrote the technician's newer exclusion of the pair (and a hand link).
    BeforeEach {
        $path = Join-Path $TestDrive "race-$([guid]::NewGuid().ToString('N')).json"
        $rows = @($accounts | Find-PsaContactMatch -CompanyName 'Contoso Ltd' -DecisionPath $path -WarningAction SilentlyContinue)
        $ann = $rows | Where-Object { $_.Account.Email -eq 'ann.lee@contoso.com' }
        "$($ann.Status)" | Should -Be 'Suggested'
        $others = @($rows | Where-Object { "$($_.Status)" -eq 'Suggested' -and $_ -ne $ann })
    }

    It 'carry when they were computed, through Export-Clixml and Import-Clixml and a CSV copy' {
        $ann.ComputedAt | Should -BeOfType [datetime]
        $ann.ComputedAt.Kind | Should -Be 'Utc'
        ([datetime]::UtcNow - $ann.ComputedAt).TotalMinutes | Should -BeLessThan 5
        $file = Join-Path $TestDrive 'ann.xml'
        $ann | Export-Clixml -LiteralPath $file
        (Import-Clixml -LiteralPath $file).ComputedAt | Should -Be $ann.ComputedAt
        ($ann | ConvertTo-Json -Depth 2 -WarningAction SilentlyContinue | ConvertFrom-Json).ComputedAt | Should -Not -BeNullOrEmpty
    }

    It 'Save-PsaContactMatch leaves a newer exclusion or hand link in place with DecisionChangedSinceRow, and saves the other rows' {
        $ann | Set-PsaContactMatch -ContactId $ann.ContactId -Exclude -DecisionPath $path -Confirm:$false          # the technician
        $bob = $others[0]
        $bob.Account | Set-PsaContactMatch -ContactId 1807 -CompanyId $bob.CompanyId -DecisionPath $path -Confirm:$false

        $saved = @(@($ann) + $others | Save-PsaContactMatch -DecisionPath $path -PassThru -Confirm:$false -ErrorVariable problems -ErrorAction SilentlyContinue -WarningVariable warned)

        $problems.Count | Should -BeGreaterOrEqual 2
        $problems | ForEach-Object { $_.FullyQualifiedErrorId | Should -BeLike 'QuickpassPsa.DecisionChangedSinceRow,*' }
        $annError = @($problems | Where-Object { $_.TargetObject -eq $ann })
        $annError.Count | Should -Be 1
        $annError[0].CategoryInfo.Category | Should -Be 'InvalidOperation'
        $annError[0].Exception.Message | Should -Match "newer decision about Ann Lee <ann\.lee@contoso\.com>.*'Excluded: .*\[$($ann.ContactId)\].*made after the row was computed.*was not stored"
        $annError[0].ErrorDetails.RecommendedAction | Should -Match 'Find-PsaContactMatch again'
        @($problems | Where-Object { $_.TargetObject -eq $bob }).Count | Should -Be 1
        "$warned" | Should -Not -Match 'Replaced the older decision'
        $stored = @(Get-PsaContactMatchDecision -DecisionPath $path)
        ($stored | Where-Object { $_.Email -eq 'ann.lee@contoso.com' }).Kind | Should -Be 'Excluded'
        ($stored | Where-Object { $_.AccountId -eq $bob.Account.Id }).ContactId | Should -Be '1807'
        $saved.Count | Should -Be ($others.Count - $problems.Count + 1)
        $saved.Email | Should -Not -Contain 'ann.lee@contoso.com'
    }

    It 'Set-PsaContactMatch given a row does the same; given the account, the person decides and replaces it' {
        $ann | Set-PsaContactMatch -ContactId $ann.ContactId -Exclude -DecisionPath $path -Confirm:$false
        $ann | Set-PsaContactMatch -ContactId $ann.ContactId -DecisionPath $path -Confirm:$false -ErrorVariable problems -ErrorAction SilentlyContinue
        $problems.Count | Should -Be 1
        $problems[0].FullyQualifiedErrorId | Should -BeLike 'QuickpassPsa.DecisionChangedSinceRow,*'
        (Get-PsaContactMatchDecision -DecisionPath $path).Kind | Should -Be 'Excluded'

        $ann.Account | Set-PsaContactMatch -ContactId $ann.ContactId -CompanyId $ann.CompanyId -DecisionPath $path -Confirm:$false -WarningVariable warned -WarningAction SilentlyContinue -ErrorAction Stop
        "$warned" | Should -Match 'Replaced the older decision'
        (Get-PsaContactMatchDecision -DecisionPath $path).Kind | Should -Be 'Confirmed'
    }

    It 'a row read back from Import-Clixml keeps its time; one saved by an older version (no ComputedAt) replaces as before, with the warning' {
        $file = Join-Path $TestDrive 'rows.xml'
        $ann | Export-Clixml -LiteralPath $file
        $ann | Set-PsaContactMatch -ContactId $ann.ContactId -Exclude -DecisionPath $path -Confirm:$false

        Import-Clixml -LiteralPath $file | Save-PsaContactMatch -DecisionPath $path -Confirm:$false -ErrorVariable problems -ErrorAction SilentlyContinue
        $problems.Count | Should -Be 1
        (Get-PsaContactMatchDecision -DecisionPath $path).Kind | Should -Be 'Excluded'

        # A file written before rows carried ComputedAt: the same XML without that property.
        $olderFile = Join-Path $TestDrive 'older.xml'
        (Get-Content -LiteralPath $file -Raw) -replace '<DT N="ComputedAt">[^<]*</DT>', '' | Set-Content -LiteralPath $olderFile
        $older = Import-Clixml -LiteralPath $olderFile
        $older.ComputedAt | Should -BeNullOrEmpty
        $older | Save-PsaContactMatch -DecisionPath $path -Confirm:$false -WarningVariable warned -WarningAction SilentlyContinue -ErrorAction Stop
        "$warned" | Should -Match "Replaced the older decision 'Excluded: "
        (Get-PsaContactMatchDecision -DecisionPath $path).Kind | Should -Be 'Confirmed'
    }

    It 'a CSV copy of a row keeps its time to the second, and is held back the same way' {
        $csv = Join-Path $TestDrive 'ann.csv'
        $ann | Export-Csv -LiteralPath $csv -NoTypeInformation
        Start-Sleep -Milliseconds 1100 # the copy's time is to the second: decide in a later one
        $ann | Set-PsaContactMatch -ContactId $ann.ContactId -Exclude -DecisionPath $path -Confirm:$false
        Import-Csv -LiteralPath $csv | Save-PsaContactMatch -DecisionPath $path -Confirm:$false -ErrorVariable problems -ErrorAction SilentlyContinue
        $problems.Count | Should -Be 1
        $problems[0].FullyQualifiedErrorId | Should -BeLike 'QuickpassPsa.DecisionChangedSinceRow,*'
        (Get-PsaContactMatchDecision -DecisionPath $path).Kind | Should -Be 'Excluded'
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
