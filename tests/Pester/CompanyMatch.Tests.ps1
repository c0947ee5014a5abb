# Find-PsaCompanyMatch as a user meets it: the sample tenant's customers against the simulator's companies (a real
# process), the table with stars, and the results through ConvertTo-Json, Export-Csv and Export-Clixml.
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

Describe 'Find-PsaCompanyMatch against the sample tenant (<_>)' -ForEach 'ConnectWise', 'Autotask' {
    BeforeAll {
        Connect-QpSimulator $script:Simulator -Psa $_ | Out-Null
    }

    It 'suggests every sample customer with three stars and counts its accounts' {
        $matches = $script:Accounts | Find-PsaCompanyMatch
        $matches.Customer | Should -Be @('Contoso Ltd', 'Fabrikam Inc', 'Northwind Traders', 'Tailspin Toys', 'Woodgrove Bank')
        $matches | ForEach-Object {
            $_.Status | Should -Be 'Suggested'
            $_.Stars | Should -Be 3
            $_.Reason | Should -Be 'CompanyExact'
            $_.CompanyName | Should -BeExactly $_.Customer
        }
        ($matches | Where-Object Customer -eq 'Contoso Ltd').AccountCount | Should -Be @($script:Accounts | Where-Object Customer -eq 'Contoso Ltd').Count
    }

    It 'gives two stars to a customers export that spells the names differently' {
        $path = Join-Path $TestDrive 'customers.csv'
        @(
            [pscustomobject]@{ CustomerName = 'Contoso Limited'; Users = 76 }
            [pscustomobject]@{ CustomerName = 'Fabrikam, Inc.'; Users = 56 }
        ) | Export-Csv -Path $path -NoTypeInformation
        $matches = Import-Csv $path | Find-PsaCompanyMatch
        $matches.Customer | Should -Be @('Contoso Limited', 'Fabrikam, Inc.')
        $matches.CompanyName | Should -Be @('Contoso Ltd', 'Fabrikam Inc')
        $matches | ForEach-Object {
            $_.Status | Should -Be 'Suggested'
            $_.Stars | Should -Be 2
            $_.Reason | Should -Be 'CompanyNormalized'
            $_.AccountCount | Should -BeNullOrEmpty
        }
    }
}

Describe 'Find-PsaCompanyMatch offline, with look-alike companies' {
    BeforeAll {
        # As Get-PsaCompany | Export-Clixml reads back (the module's types load in their own context: no type literal here).
        function New-Company($Id, $Name, [bool]$Active = $true) {
            $company = [pscustomobject]@{ Id = [string]$Id; Name = $Name; Identifier = "C$Id"; Active = $Active; Psa = 'ConnectWise' }
            $company.PSObject.TypeNames.Insert(0, 'Deserialized.QuickpassPsa.Core.Psa.PsaCompany')
            $company
        }
        $script:Companies = @(
            New-Company 190 'Wingtip Toys Inc'
            New-Company 191 'ACME'
            New-Company 192 'Acme'
            New-Company 143 'Adventure Works Ltd' $false
            New-Company 144 'Adventure Works Inc'
            New-Company 166 'Tailspin Toys' $false
        )
    }

    It 'gives SharedName for two active duplicates of one name (Ambiguous) and for an active company beside an inactive one (Review), as the help says (round 63a)' {
        $litware = @((New-Company 301 'Litware Inc'), (New-Company 302 'Litware, Inc'))
        $duplicates = 'Litware Inc' | Find-PsaCompanyMatch -Company $litware
        $duplicates.Status | Should -Be 'Ambiguous'
        $duplicates.Reasons | Should -Contain 'SharedName'
        $sister = 'Contoso' | Find-PsaCompanyMatch -Company @((New-Company 401 'Contoso Inc'), (New-Company 402 'Contoso Ltd' $false))
        $sister.Status | Should -Be 'Review'
        $sister.Reasons | Should -Contain 'SharedName'
        $help = Get-Content -Raw -LiteralPath (Join-Path (Get-QpTestPath Docs) 'Find-PsaCompanyMatch.md')
        $help | Should -Match 'SharedName \(several companies as good: two active duplicates of one name, Ambiguous; or an active company beside an inactive one as good under another legal form, Review\)'
        $help | Should -Match 'reason SharedName: two active companies whose names differ only in case, or an exact spelling beside a record that differs only in punctuation'
    }

    It 'puts a sister company under another legal form up for Review, never Suggested' {
        $m = 'Wingtip Toys Ltd' | Find-PsaCompanyMatch -Company $script:Companies
        $m.Status | Should -Be 'Review'
        $m.CompanyId | Should -Be '190'
        $m.Reasons | Should -Contain 'OtherLegalForm'
    }

    It 'reads customer names that differ only in case as one customer' {
        $m = @('Acme', 'ACME') | Find-PsaCompanyMatch -Company $script:Companies
        @($m).Count | Should -Be 1
        $m.Customer | Should -BeExactly 'Acme'
        $m.Status | Should -Be 'Ambiguous'
        $m.Candidates.CompanyId | Should -Be @('191', '192')
    }

    It 'lists an inactive company of the exact name and suggests no active sister in its place' {
        $m = 'Adventure Works Ltd' | Find-PsaCompanyMatch -Company $script:Companies
        $m.Status | Should -Be 'Review'
        $m.CompanyId | Should -Be '143'
        $m.Reasons | Should -Contain 'InactiveCompany'
    }

    It 'lists an inactive company of the customer''s own name when no active company is near, without -IncludeInactive' {
        # Round 60b (c1b.ps1): Unmatched with no candidate, where the page says the inactive company is listed first, Review.
        $m = 'Tailspin Toys' | Find-PsaCompanyMatch -Company $script:Companies
        $m.Status | Should -Be 'Review'
        $m.CompanyId | Should -Be '166'
        $m.Reasons | Should -Be @('CompanyExact', 'InactiveCompany')
        $m.Candidates.CompanyId | Should -Be @('166')
        ('Tailspin Toys' | Find-PsaCompanyMatch -Company $script:Companies -Status Suggested) | Should -BeNullOrEmpty
    }
}

Describe 'Find-PsaCompanyMatch output' {
    BeforeAll {
        Connect-QpSimulator $script:Simulator | Out-Null
        $script:Sample = 'Contoso Ltd', 'Fabrikam, Inc.', 'Northwnd Traders', 'Nobody Here' | Find-PsaCompanyMatch
    }

    It 'shows a table with the stars after the status, the customer, the company and its id, and the reason' {
        $lines = ($script:Sample | Format-Table | Out-String -Width 200) -split '\r?\n' | Where-Object { $_.Trim() }
        $lines[0] | Should -Match '^Status\s+Customer\s+Accts\s+Company\s+Reason'
        # Each row read column by column over its lines: "Suggested" over its stars, a company name over its [id] (round 73a).
        $rows = @($script:Sample | ForEach-Object { (Get-QpTableRow $_).Values -join ' | ' })
        $rows | Should -Contain 'Suggested ★★★ | Contoso Ltd |  | Contoso Ltd [19297] | CompanyExact'
        $rows | Should -Contain 'Suggested ★★ | Fabrikam, Inc. |  | Fabrikam Inc [19302] | CompanyNormalized'
        $rows | Should -Contain 'Review ★ | Northwnd Traders |  | Northwind Traders [19318] | CompanyFuzzy'
        $rows | Should -Contain 'Unmatched | Nobody Here |  |  | '
    }

    It 'converts with ConvertTo-Json into plain data' {
        $back = $script:Sample | ConvertTo-Json -Depth 5 -EnumsAsStrings -WarningAction Stop | ConvertFrom-Json
        $back[1].Customer | Should -Be 'Fabrikam, Inc.'
        $back[1].Status | Should -Be 'Suggested'
        $back[1].Stars | Should -Be 2
        $back[1].Company.Id | Should -Be '19302'
        $back[1].Candidates[0].CompanyId | Should -Be '19302'
        $back[1].Reasons | Should -Be @('CompanyNormalized')
    }

    It 'writes readable Export-Csv cells' {
        $path = Join-Path $TestDrive 'matches.csv'
        $script:Sample | Export-Csv -Path $path -NoTypeInformation
        $rows = Import-Csv $path
        $rows[1].Status | Should -Be 'Suggested'
        $rows[1].Reason | Should -Be 'CompanyNormalized'
        $rows[1].CompanyId | Should -Be '19302'
        $rows[1].Candidates | Should -Be 'Fabrikam Inc [19302] (90: CompanyNormalized)'
        $rows[1].Company | Should -Be 'Fabrikam Inc [19302]'
        $rows[3].Status | Should -Be 'Unmatched'
    }

    It 'survives Export-Clixml and Import-Clixml: same table, and Status filters as text' {
        $path = Join-Path $TestDrive 'matches.xml'
        $script:Sample | Export-Clixml -Path $path
        $back = Import-Clixml $path
        ($back | Where-Object Status -eq Review).Customer | Should -Be 'Northwnd Traders'
        ($back | Where-Object Reason -eq CompanyExact).Customer | Should -Be 'Contoso Ltd'
        $live = ($script:Sample | Format-Table | Out-String -Width 200) -split '\r?\n' | Where-Object { $_.Trim() }
        $again = ($back | Format-Table | Out-String -Width 200) -split '\r?\n' | Where-Object { $_.Trim() }
        $again | Should -Be $live
    }

    It 'matches offline against companies saved with Export-Clixml' {
        $path = Join-Path $TestDrive 'companies.xml'
        Get-PsaCompany | Export-Clixml -Path $path
        $offline = 'Contoso Limited' | Find-PsaCompanyMatch -Company (Import-Clixml $path)
        $offline.Stars | Should -Be 2
        $offline.CompanyId | Should -Be '19297'
    }
}

Describe 'Company name completion' {
    BeforeAll {
        Connect-QpSimulator $script:Simulator | Out-Null
        function Get-Completion([string] $Line) {
            (TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches.CompletionText
        }
    }

    It 'completes Get-PsaContact -CompanyName Cont<tab> to ''Contoso Ltd''' {
        Get-Completion 'Get-PsaContact -CompanyName Cont' | Should -Be @("'Contoso Ltd'")
    }

    It 'completes <Line>' -ForEach @(
        @{ Line = 'Find-PsaContactMatch -CompanyName Fab'; Expected = "'Fabrikam Inc'" }
        @{ Line = 'New-PsaContact -CompanyName North'; Expected = "'Northwind Traders'" }
        @{ Line = 'Get-PsaCompany -Name Wood'; Expected = "'Woodgrove Bank'" }
        @{ Line = 'Get-PsaContact -LiteralCompanyName Tail'; Expected = "'Tailspin Toys'" }
    ) {
        Get-Completion $Line | Should -Be @($Expected)
    }
}
