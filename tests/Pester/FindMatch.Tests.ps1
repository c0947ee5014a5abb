# Find-PsaContactMatch as a user meets it: the sample tenant's Contoso accounts against the simulator (a separate
# process), on screen, filtered, exported (CSV, JSON, Clixml), and scored against samples/accounts/truth.csv.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-QpTestPath Manifest) -Force -ErrorAction Stop
    $simulator = Start-QpSimulator
    $samples = Get-QpTestPath Samples
    $accounts = @(Get-QpAccount -Path (Join-Path $samples 'accounts/contoso.csv'))
    $truth = Import-Csv -Path (Join-Path $samples 'accounts/truth.csv')
    # Text that would mean an internal type leaked onto the screen or into a file.
    $leak = 'QuickpassPsa\.Core|QuickpassPsa\.Cmdlets|Newtonsoft|System\.(String|Object|Collections)|\[\[\]\]'
    $star = [string][char]0x2605
}

AfterAll {
    Get-PsaConnection | Disconnect-Psa -ErrorAction SilentlyContinue
    Stop-QpSimulator $simulator
    Remove-Module QuickpassPsa -ErrorAction SilentlyContinue
}

Describe 'Find-PsaContactMatch on the sample tenant (<_>)' -ForEach @('ConnectWise', 'Autotask') {
    BeforeAll {
        $psa = $_
        $null = Connect-QpSimulator $simulator -Psa $psa
        $matches = @($accounts | Find-PsaContactMatch -CompanyName 'Contoso Ltd' -IncludeInactive -ErrorAction Stop)
        $truthOf = @{}
        foreach ($row in $truth | Where-Object Psa -eq $psa) { $truthOf[$row.AccountId] = $row.ContactId }
    }

    It 'gives one result per account, in input order' {
        $matches.Count | Should -Be $accounts.Count
        @($matches.AccountId) | Should -Be @($accounts.Id)
    }

    It 'suggests no link that contradicts truth.csv' {
        $suggested = @($matches | Where-Object Status -eq Suggested)
        $suggested.Count | Should -BeGreaterThan ($accounts.Count / 2) -Because 'most Contoso accounts have a contact with their address'
        foreach ($m in $suggested) {
            $truthOf.ContainsKey($m.AccountId) | Should -BeTrue -Because "truth.csv lists $($m.Account)"
            $m.ContactId | Should -Be $truthOf[$m.AccountId] -Because "$($m.Account) was suggested $($m.Contact)"
        }
    }

    It 'leaves the new hires Unmatched' {
        foreach ($upn in 'spatel@contoso.com', 'tlindgren@contoso.com') {
            ($matches | Where-Object { $_.Account.UserPrincipalName -eq $upn }).Status | Should -Be 'Unmatched'
        }
    }

    It 'filters with Where-Object Status -eq Review (the enum compares with text)' {
        $review = @($matches | Where-Object Status -eq Review)
        $review.Count | Should -BeGreaterThan 0
        $review | ForEach-Object { "$($_.Status)" | Should -Be 'Review' }
        @($accounts | Find-PsaContactMatch 'Contoso Ltd' -IncludeInactive -Status Review).AccountId | Should -Be @($review.AccountId)
    }
}

Describe 'Find-PsaContactMatch output as a user handles it' {
    BeforeAll {
        $null = Connect-QpSimulator $simulator -Psa ConnectWise
        $matches = @($accounts | Find-PsaContactMatch -CompanyName 'Contoso Ltd' -IncludeInactive -ErrorAction Stop)
        $three = $matches | Where-Object Stars -eq 3 | Select-Object -First 1
        $two = $matches | Where-Object Stars -eq 2 | Select-Object -First 1
        $review = $matches | Where-Object Status -eq Review | Select-Object -First 1
        $unmatched = $matches | Where-Object Status -eq Unmatched | Select-Object -First 1
        $sample = @($three, $two, $review, $unmatched)
    }

    It 'has a result of each kind to show' {
        $sample | ForEach-Object { $_ | Should -Not -BeNullOrEmpty }
    }

    It 'renders a table like the Quickpass screen: status, stars, account, contact, reason, no type names' {
        $lines = ($sample | Format-Table | Out-String -Width 250) -split '\r?\n' | Where-Object { $_.Trim() }
        # Round 73a: the stars follow the status in its column, and a long name or address goes on over the next lines.
        $lines[0] | Should -Match '^Status\s+Account\s+Email\s+Contact\s+Email\s+Reason'
        $lines | Should -Not -Match $leak
        $first = Get-QpTableRow $three -Width 250
        $first.Values[0] | Should -Be "Suggested $star$star$star"
        $first.Values[1] | Should -Be $three.Account.DisplayName
        ($first.Values[2] -replace '\s') | Should -Be $three.Account.Email
        ($first.Values[4] -replace '\s') | Should -Be $three.Contact.Emails[0]
        $first.Values[5] | Should -Be 'EmailPrimary'
        (Get-QpTableRow $two -Width 250).Values[0] | Should -Be "Suggested $star$star"
        (Get-QpTableRow $review -Width 250).Values[0] | Should -Be "Review $star"
        $last = Get-QpTableRow $unmatched -Width 250
        $last.Values[0] | Should -Be 'Unmatched'
        $last.Values[1] | Should -Be $unmatched.Account.DisplayName
    }

    It 'shows every property of a row under its own name in Format-List (round 75b: Reason, ContactId, CompanyName, CompanyId, Psa and ComputedAt were left out)' {
        $text = $review | Format-List | Out-String -Width 250
        $names = @($review.PSObject.Properties | Where-Object MemberType -in 'Property', 'NoteProperty', 'ScriptProperty', 'AliasProperty' | ForEach-Object Name)
        $names | Should -Contain 'ComputedAt'
        foreach ($name in $names) { $text | Should -Match "(?m)^$name\s*:" -Because "Format-List shows $name" }
        $text | Should -Match "(?m)^Reason\s*:\s*$($review.Reason)\s*$"
        $text | Should -Match "(?m)^CompanyName\s*:\s*$([regex]::Escape($review.CompanyName))\s*$"
        $text | Should -Match "(?m)^ComputedAt\s*:\s*\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ\s*$"
    }

    It 'lists the candidates readably in Format-List' {
        $text = $review | Format-List | Out-String -Width 250
        $text | Should -Not -Match $leak
        $text | Should -Match ('Candidates\s*:\s*' + [regex]::Escape($review.Candidates[0].ContactId) + '\s+\d+\s+')
        $text | Should -Match ([regex]::Escape($review.Contact.DisplayName))
        $candidates = $review.Candidates | Format-Table | Out-String -Width 250
        $candidates | Should -Match 'ContactId\s+Score\s+Contact\s+Reasons'
        $candidates | Should -Not -Match $leak
    }

    It 'exports readable CSV cells: account and contact as text, reasons joined, candidates as "id (score: evidence)"' {
        $path = Join-Path $TestDrive 'matches.csv'
        $matches | Export-Csv -Path $path
        $rows = @(Import-Csv -Path $path)
        $rows.Count | Should -Be $matches.Count
        foreach ($row in $rows) {
            foreach ($cell in $row.PSObject.Properties) { [string]$cell.Value | Should -Not -Match $leak -Because "column $($cell.Name)" }
        }
        $row = $rows | Where-Object AccountId -eq $three.AccountId
        $row.Status | Should -Be 'Suggested'
        $row.Stars | Should -Be '3'
        $row.Account | Should -Be $three.Account.ToString()
        $row.Contact | Should -Be $three.Contact.ToString()
        $row.Reasons | Should -Be ($three.Reasons -join '; ')
        $row.Candidates | Should -Match ('^' + [regex]::Escape($three.ContactId) + ' \(\d+: EmailPrimary')
    }

    It 'converts with ConvertTo-Json -Depth 5 into plain data' {
        $json = $sample | ConvertTo-Json -Depth 5 -WarningAction Stop
        $json | Should -Not -Match $leak
        $parsed = @($json | ConvertFrom-Json)
        $parsed.Count | Should -Be 4
        $parsed[0].Account.Email | Should -Be $three.Account.Email
        $parsed[0].Contact.Id | Should -Be $three.ContactId
        $parsed[0].Stars | Should -Be 3
        [int]$parsed[0].Status | Should -Be ([int]$three.Status)
        $parsed[0].Candidates[0].ContactId | Should -Be $three.Candidates[0].ContactId
        $parsed[0].Candidates[0].Score | Should -Be $three.Candidates[0].Score
        ($sample | ConvertTo-Json -Depth 5 -EnumsAsStrings -WarningAction SilentlyContinue | ConvertFrom-Json)[2].Status | Should -Be 'Review'
    }

    It 'comes back through Export-Clixml and Import-Clixml with its values and the same table' {
        $path = Join-Path $TestDrive 'matches.clixml'
        $sample | Export-Clixml -Path $path
        $back = @(Import-Clixml -Path $path)
        $back[0].PSObject.TypeNames[0] | Should -Be 'Deserialized.QuickpassPsa.Core.Matching.ContactMatch'
        for ($i = 0; $i -lt 4; $i++) {
            # The module's enums serialise as their names (Types.ps1xml), so Status compares like the live one.
            $back[$i].Status | Should -Be "$($sample[$i].Status)"
            $back[$i].Stars | Should -Be $sample[$i].Stars
            $back[$i].AccountId | Should -Be $sample[$i].AccountId
            $back[$i].ContactId | Should -Be $sample[$i].ContactId
            $back[$i].Account.Email | Should -Be $sample[$i].Account.Email
        }
        $live = ($sample | Format-Table | Out-String -Width 250) -split '\r?\n' | Where-Object { $_.Trim() }
        $again = ($back | Format-Table | Out-String -Width 250) -split '\r?\n' | Where-Object { $_.Trim() }
        $again | Should -Be $live
        @($back | Where-Object Status -eq 'Review').AccountId | Should -Be @($review.AccountId)
    }

    It 'matches accounts read back with Import-Clixml like the live ones' {
        $path = Join-Path $TestDrive 'accounts.clixml'
        $accounts | Export-Clixml -Path $path
        $again = @(Import-Clixml -Path $path | Find-PsaContactMatch 'Contoso Ltd' -IncludeInactive -ErrorAction Stop)
        @($again | ForEach-Object { "$($_.AccountId) $($_.Status) $($_.ContactId)" }) | Should -Be @($matches | ForEach-Object { "$($_.AccountId) $($_.Status) $($_.ContactId)" })
    }

    It 'matches offline against contacts saved with Export-Clixml, without a request or a connection' {
        $path = Join-Path $TestDrive 'contacts.clixml'
        Get-PsaContact -CompanyName 'Contoso Ltd' -IncludeInactive | Export-Clixml -Path $path
        Get-PsaConnection | Disconnect-Psa
        $offline = @($accounts | Find-PsaContactMatch -Contact (Import-Clixml -Path $path) -IncludeInactive -ErrorAction Stop)
        @($offline | ForEach-Object { "$($_.AccountId) $($_.Status) $($_.ContactId)" }) | Should -Be @($matches | ForEach-Object { "$($_.AccountId) $($_.Status) $($_.ContactId)" })
    }
}

# Round 63a: -Verbose named the decision store twice per run (once for the customer links, once for the decisions).
Describe 'Find-PsaContactMatch -Verbose' {
    BeforeAll {
        $null = Connect-QpSimulator $simulator
        $store = Join-Path $TestDrive 'verbose-store.json'
        $accounts | Find-PsaCompanyMatch -DecisionPath $store | Save-PsaCompanyMatch -DecisionPath $store
    }

    It 'names the decision store once per run: <_>' -ForEach @('one company', 'every customer', 'the default store') {
        $verbose = switch ($_) {
            'one company' { $accounts | Find-PsaContactMatch -CompanyName 'Contoso Ltd' -DecisionPath $store -Verbose 4>&1 }
            'every customer' { $accounts | Find-PsaContactMatch -DecisionPath $store -Verbose -ErrorAction SilentlyContinue 4>&1 }
            'the default store' { $env:QUICKPASSPSA_DATA, $saved = (Join-Path $TestDrive 'data'), $env:QUICKPASSPSA_DATA
                try { $accounts | Find-PsaContactMatch -CompanyName 'Contoso Ltd' -Verbose 4>&1 } finally { $env:QUICKPASSPSA_DATA = $saved } }
        }
        $named = @($verbose | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like 'Decision store:*' })
        $named.Count | Should -Be 1 -Because (($named | ForEach-Object Message) -join "`n")
    }
}

Describe 'Find-PsaContactMatch errors as a user sees them' {
    BeforeAll { $null = Connect-QpSimulator $simulator -Psa Autotask }

    It 'stops on a company that does not exist, naming it' {
        { $accounts | Find-PsaContactMatch -CompanyName 'Contoso Limited' -ErrorAction Continue } |
            Should -Throw -ErrorId 'QuickpassPsa.CompanyNotFound,QuickpassPsa.Cmdlets.Commands.FindPsaContactMatchCommand' -ExpectedMessage "*'Contoso Limited'*"
    }

    It 'reports a duplicate account and goes on with the rest' {
        $twice = @($accounts[0], $accounts[1], $accounts[0])
        $out = @($twice | Find-PsaContactMatch 'Contoso Ltd' -ErrorVariable problems -ErrorAction SilentlyContinue)
        $out.Count | Should -Be 2
        $problems.Count | Should -Be 1
        $problems[0].FullyQualifiedErrorId | Should -BeLike 'QuickpassPsa.DuplicateAccountKey,*'
    }
}

Describe 'Find-PsaContactMatch against a company with no contacts' {
    It 'gives every account Unmatched, with no error' {
        $rows = @(Get-QpAccount -Path (Join-Path (Get-QpTestPath Samples) 'contoso-users.csv') -ErrorAction SilentlyContinue |
            Find-PsaContactMatch -Contact @() -ErrorVariable matchErrors)
        $rows.Count | Should -Be 7
        $rows | ForEach-Object { $_.Status | Should -Be 'Unmatched' }
        $matchErrors | Should -BeNullOrEmpty
    }
}
