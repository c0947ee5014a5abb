# Company names as a user types them (round 65c): a company of exactly the name before the pattern ('Contoso [UK]' beside
# 'Contoso U'), PowerShell's backtick escapes as Tab completion writes them, the commands errors suggest run as written,
# and New-PsaContact refusing a row of one company in another. Round 67b: a name stored with spaces around it, what Tab writes
# when the escaped name is another company's, and -Company given a name.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-QpTestPath Manifest) -Force -ErrorAction Stop
    $seed = Join-Path $TestDrive 'uk-tenant.json'
    @'
{
  "connectWise": {
    "companies": [
      { "id": 20001, "identifier": "ContosoLtd", "name": "Contoso Ltd" },
      { "id": 20002, "identifier": "ContosoUK", "name": "Contoso [UK]" },
      { "id": 20003, "identifier": "ContosoU", "name": "Contoso U" },
      { "id": 20010, "identifier": "Leading", "name": "  Leading Space Ltd" },
      { "id": 20011, "identifier": "TickBracket", "name": "Tick [x]" },
      { "id": 20012, "identifier": "TickBacktick", "name": "Tick `[x`]" },
      { "id": 20013, "identifier": "SemiColon", "name": "Semi;Colon {Inc}" }
    ],
    "communicationTypes": [
      { "id": 1, "description": "Email", "emailFlag": true, "defaultFlag": true },
      { "id": 4, "description": "Mobile", "phoneFlag": true }
    ],
    "contacts": [
      { "id": 9027, "firstName": "Ian", "lastName": "Wright", "company": { "id": 20002 }, "communicationItems": [ { "type": { "id": 1 }, "value": "ian.wright@old-contoso-uk.test", "defaultFlag": true } ] },
      { "id": 9018, "firstName": "Person", "lastName": "ContosoU", "company": { "id": 20003 }, "communicationItems": [ { "type": { "id": 1 }, "value": "p@contosou.test", "defaultFlag": true } ] }
    ]
  }
}
'@ | Set-Content -LiteralPath $seed -Encoding utf8
    $simulator = Start-QpSimulator -Seed $seed
    $null = Connect-QpSimulator $simulator
    $store = Join-Path $TestDrive 'store.json'
    $ian = ConvertTo-QpAccount ([pscustomobject]@{ GivenName = 'Ian'; Surname = 'Wright'; mail = 'ian.wright@contoso.co.uk'; mobile = '+44 20 7946 0123'; Customer = 'Contoso [UK]' })

    function Get-Completion([string] $Line) {
        (TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches.CompletionText
    }
}

AfterAll {
    Get-PsaConnection -ErrorAction SilentlyContinue | Disconnect-Psa -ErrorAction SilentlyContinue
    Stop-QpSimulator $simulator
    Remove-Module QuickpassPsa -ErrorAction SilentlyContinue
}

Describe 'A company named with wildcard characters' {
    It 'is the company of exactly the name in <_>, never the pattern''s Contoso U' -ForEach @(
        { Get-PsaCompany -Name 'Contoso [UK]' }
        { Get-PsaCompany -Name 'Contoso `[UK`]' }
        { Get-PsaCompany 'contoso [uk]' }
        { 'Contoso [UK]' | Get-PsaCompany }
        { Get-PsaCompany -LiteralName 'Contoso [UK]' }
        { Get-PsaContact -CompanyName 'Contoso [UK]' | Get-PsaCompany }
        { Get-PsaContact -CompanyName 'Contoso `[UK`]' | Get-PsaCompany }
        { $ian | Find-PsaContactMatch -CompanyName 'Contoso [UK]' -DecisionPath $store -WarningAction SilentlyContinue | Get-PsaCompany }
    ) {
        $found = @(& $_)
        $found.Count | Should -Be 1
        $found[0].Id | Should -Be '20002'
    }

    It 'says in -Verbose that the exact name won over the pattern, and which companies the pattern would have matched' {
        $verbose = Get-PsaContact -CompanyName 'Contoso [UK]' -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        ($verbose.Message -join "`n") | Should -Match ([regex]::Escape("'Contoso [UK]' is the exact name of Contoso [UK] [20002], which is taken"))
        ($verbose.Message -join "`n") | Should -Match ([regex]::Escape('Contoso U [20003]'))
    }

    It 'is still a pattern where no company has the text as its name' {
        @(Get-PsaCompany -Name 'Contoso*').Count | Should -Be 3
        (Get-PsaContact -CompanyName 'Contoso [U]').Id | Should -Be '9018'
        (Get-PsaContact -CompanyName 'Contoso `[U*').Id | Should -Be '9027'
    }

    It 'completes with Tab as an escaped name that each command then takes as that company' {
        $completed = @(Get-Completion "Get-PsaContact -CompanyName 'Contoso [")
        $completed | Should -Contain "'Contoso ``[UK``]'"
        foreach ($command in 'Get-PsaContact -CompanyName ', 'Get-PsaCompany -Name ', 'Find-PsaContactMatch -InputObject x@contoso.test -CompanyName ') {
            $line = $command + "'Contoso ``[UK``]'"
            $result = @(Invoke-Expression $line)
            $result.Count | Should -Be 1 -Because $line
            @($result[0].Id, $result[0].CompanyId) | Should -Contain '20002' -Because $line
        }
    }
}

Describe 'Commands suggested by errors' {
    It 'runs the command the error of <_> suggests, as written, and finds the Contoso companies' -ForEach @(
        "Get-PsaCompany -Name 'Contoso ``[XY``]'"
        "Get-PsaContact -CompanyName 'Contoso [XY]'"
        "Get-PsaContact -LiteralCompanyName 'Contoso [XY]'"
        "`$ian | New-PsaContact -CompanyName 'Contoso*' -WhatIf"
    ) {
        $failed = $null
        try { Invoke-Expression ($_ + ' -ErrorAction SilentlyContinue -ErrorVariable failed') | Out-Null } catch { $failed = @($_) }
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'QuickpassPsa.CompanyNotFound,*'
        $advice = $failed[0].ErrorDetails.RecommendedAction
        $advice | Should -Match "Get-PsaCompany -Name '"
        $advice | Should -Not -Match '``'
        $command = [regex]::Match($advice, "Get-PsaCompany -Name '(?:[^']|'')*'").Value
        $found = @(Invoke-Expression $command)
        $found.Id | Should -Contain '20002' -Because $command
    }
}

Describe 'New-PsaContact and a row of another company' {
    It 'creates nothing from the docs'' flow with -CompanyName ''Contoso [UK]'': Ian Wright is matched in his own company' {
        # The round 65c flow: Find-PsaContactMatch read the pattern (Unmatched in Contoso U), New-PsaContact the name (a second Ian Wright).
        Reset-QpSimulator $simulator -Seed $seed
        $rows = $ian | Find-PsaContactMatch -CompanyName 'Contoso [UK]' -IncludeInactive -DecisionPath $store -WarningAction SilentlyContinue
        $rows.CompanyId | Should -Be '20002'
        $rows.Contact.Id | Should -Be '9027'
        $rows | Where-Object Status -eq Unmatched | New-PsaContact -CompanyName 'Contoso [UK]' -DecisionPath $store -Confirm:$false
        Get-QpWriteRequest $simulator | Should -BeNullOrEmpty
    }

    It 'refuses a row matched in Contoso U, naming both companies, under -Force too' {
        Reset-QpSimulator $simulator -Seed $seed
        $rows = $ian | Find-PsaContactMatch -CompanyName 'Contoso U' -DecisionPath $store -WarningAction SilentlyContinue
        $rows.Status | Should -Be 'Unmatched'
        foreach ($force in $false, $true) {
            $errors = $null
            $created = $rows | New-PsaContact -CompanyName 'Contoso [UK]' -Force:$force -DecisionPath $store -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable errors
            $created | Should -BeNullOrEmpty
            $errors.Count | Should -Be 1
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'QuickpassPsa.CustomerCompanyChanged,*'
            "$($errors[0])" | Should -Match ([regex]::Escape("'Contoso U' [20003]"))
            "$($errors[0])" | Should -Match ([regex]::Escape("'Contoso [UK]' [20002]"))
        }
        Get-QpWriteRequest $simulator | Should -BeNullOrEmpty
    }
}

Describe 'A company stored with spaces around its name (round 67b)' {
    It 'is found by <_>, typed without the spaces' -ForEach @(
        { (Get-PsaCompany -Name 'Leading Space Ltd').Id }
        { (Get-PsaCompany -LiteralName '  Leading Space Ltd').Id }
        { ('Leading Space Ltd' | Get-PsaCompany).Id }
        { (Find-PsaContactMatch -InputObject zoe@leading.test -CompanyName 'leading space ltd' -DecisionPath $store -WarningAction SilentlyContinue).CompanyId }
        { (Find-PsaContactMatch -InputObject zoe@leading.test -Company 'Leading Space Ltd' -DecisionPath $store -WarningAction SilentlyContinue).CompanyId }
    ) {
        @(& $_) | Should -Be @('20010')
    }

    It 'is completed with Tab without the spaces, and New-PsaContact creates there with what Tab wrote' {
        $completed = @(Get-Completion 'New-PsaContact -CompanyName Lead')
        $completed | Should -Be @("'Leading Space Ltd'")
        $zoe = ConvertTo-QpAccount ([pscustomobject]@{ GivenName = 'Zoe'; Surname = 'Lead'; mail = 'zoe@leading.test' })
        $verbose = $zoe | New-PsaContact -CompanyName 'Leading Space Ltd' -DecisionPath $store -WhatIf -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        ($verbose.Message -join "`n") | Should -Match ([regex]::Escape('New contacts go to   Leading Space Ltd [20010]'))
    }
}

Describe 'Tab completion of a name whose escaped form is another company''s name (round 67b)' {
    It 'writes a text that <_> reads as the company it lists' -ForEach @(
        'Get-PsaCompany -Name '
        'Get-PsaContact -CompanyName '
        'Find-PsaContactMatch -InputObject tia@tickx.test -CompanyName '
    ) {
        $command = $_
        $offered = (TabExpansion2 -inputScript ($command + "'Tick") -cursorColumn ($command.Length + 5)).CompletionMatches
        $offered.ListItemText | Should -Contain 'Tick [x]'
        $offered.ListItemText | Should -Contain 'Tick `[x`]'
        foreach ($completion in $offered) {
            $expected = @{ 'Tick [x]' = '20011'; 'Tick `[x`]' = '20012' }[$completion.ListItemText]
            $line = $command + $completion.CompletionText + ' -Verbose 4>&1'
            $out = @(Invoke-Expression $line)
            $id = switch -Wildcard ($command) {
                'Get-PsaCompany*' { $out.Id }
                'Find-*' { ($out | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }).CompanyId }
                default { if (($out.Message -join "`n") -match 'contacts of .* \[(\d+)\]\.') { $Matches[1] } }
            }
            @($id | Where-Object { $_ }) | Should -Be @($expected) -Because "$line lists $($completion.ListItemText)"
        }
        ($offered | Where-Object ListItemText -eq 'Tick [x]').CompletionText | Should -Be "'Tick [x]'"
    }
}

Describe '-Company given a name (round 67b)' {
    It 'is read by Find-PsaContactMatch as its -CompanyName, and a near name is taken only with a warning' {
        (Find-PsaContactMatch -InputObject x@contoso.test -Company 'Contoso `[UK`]' -DecisionPath $store -WarningAction SilentlyContinue).CompanyId | Should -Be '20002'
        $failed = $null
        try { Find-PsaContactMatch -InputObject x@contoso.test -Company 'Contoso*' -DecisionPath $store -WarningAction SilentlyContinue } catch { $failed = $_ }
        $failed.FullyQualifiedErrorId | Should -BeLike 'QuickpassPsa.CompanyAmbiguous,*'
        "$failed" | Should -BeLike "3 companies match 'Contoso``*'*"

        $warnings = $null
        $row = Find-PsaContactMatch -InputObject x@semicolon.test -Company 'Semi Colon Inc' -DecisionPath $store -WarningVariable warnings -WarningAction SilentlyContinue
        $row.CompanyId | Should -Be '20013'
        @($warnings | Where-Object { "$_" -like '*taken as*' }).Count | Should -Be 1
        "$warnings" | Should -Match ([regex]::Escape("-Company 'Semi Colon Inc' is taken as Semi;Colon {Inc} [20013]"))
    }

    It 'is read by New-PsaContact as its -CompanyName: the name, or what its escapes write, never a pattern or a near name' {
        Reset-QpSimulator $simulator -Seed $seed
        $zed = ConvertTo-QpAccount ([pscustomobject]@{ GivenName = 'Zed'; Surname = 'Quill'; mail = 'zed.quill@example.test' })
        $verbose = $zed | New-PsaContact -Company 'Contoso `[UK`]' -DecisionPath $store -WhatIf -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        ($verbose.Message -join "`n") | Should -Match ([regex]::Escape('New contacts go to Contoso [UK] [20002]'))
        foreach ($name in 'Contoso*', 'Semi Colon Inc') {
            $failed = $null
            try { $zed | New-PsaContact -Company $name -DecisionPath $store -WhatIf } catch { $failed = $_ }
            $failed.FullyQualifiedErrorId | Should -BeLike 'QuickpassPsa.CompanyNotFound,*' -Because $name
        }
        Get-QpWriteRequest $simulator | Should -BeNullOrEmpty
    }
}
