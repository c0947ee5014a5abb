# Round 69: a name or pattern that nothing has as its exact name and that PowerShell cannot read as a wildcard pattern
# ('Contoso [UK': a [ without its ]; 'Contoso`': a backtick that escapes nothing) returned nothing, silently, from the decision
# commands (an admin read "no decisions" and was wrong), and was a plain "no such company" from the PSA commands. Every command
# family that reads a name by the company-name rule now says QuickpassPsa.InvalidNamePattern, quoting the text and how to write
# it; a value named exactly so still wins.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-QpTestPath Manifest) -Force -ErrorAction Stop
    $seed = Join-Path $TestDrive 'bracket-tenant.json'
    @'
{
  "connectWise": {
    "companies": [
      { "id": 41001, "identifier": "ContosoLtd", "name": "Contoso Ltd" },
      { "id": 41002, "identifier": "OpenBracket", "name": "Fabrikam [EU" }
    ],
    "communicationTypes": [
      { "id": 1, "description": "Email", "emailFlag": true, "defaultFlag": true },
      { "id": 4, "description": "Mobile", "phoneFlag": true }
    ],
    "contacts": [
      { "id": 9411, "firstName": "Eve", "lastName": "Open", "company": { "id": 41002 }, "communicationItems": [ { "type": { "id": 1 }, "value": "eve@fabrikam.test", "defaultFlag": true } ] }
    ]
  }
}
'@ | Set-Content -LiteralPath $seed -Encoding utf8
    $simulator = Start-QpSimulator -Seed $seed
    $null = Connect-QpSimulator $simulator
    $store = Join-Path $TestDrive 'store.json'
    $zed = ConvertTo-QpAccount ([pscustomobject]@{ GivenName = 'Zed'; Surname = 'Quill'; mail = 'zed.quill@example.test' })

    # The error a script block stops with; nothing when it does not stop.
    function Get-QpFailure([scriptblock] $Command) {
        try { $null = & $Command } catch { return $_ }
    }
}

AfterAll {
    Get-PsaConnection -ErrorAction SilentlyContinue | Disconnect-Psa -ErrorAction SilentlyContinue
    Stop-QpSimulator $simulator
    Remove-Module QuickpassPsa -ErrorAction SilentlyContinue
}

Describe 'PSA commands given a company name that is no valid pattern' {
    It '<Command> stops with InvalidNamePattern, quoting the text and the escaped form' -ForEach @(
        @{ Command = 'Get-PsaCompany -Name ''Contoso [UK'''; Parameter = '-Name'; Literal = '-LiteralName' }
        @{ Command = 'Get-PsaContact -CompanyName ''Contoso [UK'''; Parameter = '-CompanyName'; Literal = '-LiteralCompanyName' }
        @{ Command = 'Find-PsaContactMatch -InputObject x@example.test -CompanyName ''Contoso [UK'' -DecisionPath $store'; Parameter = '-CompanyName'; Literal = '-LiteralCompanyName' }
        @{ Command = 'Find-PsaContactMatch -InputObject x@example.test -Company ''Contoso [UK'' -DecisionPath $store'; Parameter = '-Company'; Literal = '-LiteralCompanyName' }
        @{ Command = '$zed | New-PsaContact -CompanyName ''Contoso [UK'' -DecisionPath $store -WhatIf'; Parameter = '-CompanyName'; Literal = $null }
    ) {
        $stopped = $null
        $out = try { Invoke-Expression $Command } catch { $stopped = $_ }
        $out | Should -BeNullOrEmpty
        $stopped.FullyQualifiedErrorId | Should -BeLike 'QuickpassPsa.InvalidNamePattern,*'
        $stopped.CategoryInfo.Category | Should -Be 'InvalidArgument'
        "$stopped" | Should -BeLike "$Parameter 'Contoso ``[UK' cannot be read as a wildcard pattern: its ``[ has no closing ``]. No company in * is named exactly 'Contoso ``[UK' either*"
        $stopped.ErrorDetails.RecommendedAction | Should -Match ([regex]::Escape("$Parameter 'Contoso ``[UK'"))
        if ($Literal) { $stopped.ErrorDetails.RecommendedAction | Should -Match ([regex]::Escape("$Literal 'Contoso [UK'")) }
        Get-QpWriteRequest $simulator | Should -BeNullOrEmpty
    }

    It 'takes the company named exactly so, and what the advice writes finds it' {
        (Get-PsaContact -CompanyName 'Fabrikam [EU').Id | Should -Be '9411'
        (Get-PsaCompany -Name 'Fabrikam `[EU').Id | Should -Be '41002'
        (Find-PsaContactMatch -InputObject eve@fabrikam.test -Company 'fabrikam [eu' -DecisionPath $store -WarningAction SilentlyContinue).CompanyId | Should -Be '41002'
    }

    It 'is the piped name''s own error, and the next name goes on' {
        $errors = $null
        $found = 'Contoso [UK', 'Fabrikam [EU', 'Contoso`' | Get-PsaCompany -ErrorAction SilentlyContinue -ErrorVariable errors
        $found.Id | Should -Be '41002'
        $errors.Count | Should -Be 2
        $errors.FullyQualifiedErrorId | ForEach-Object { $_ | Should -BeLike 'QuickpassPsa.InvalidNamePattern,*' }
        "$($errors[1])" | Should -Match ([regex]::Escape('it ends with a lone backtick (`), which escapes nothing'))
    }
}

Describe 'Decision commands given a name or pattern that is no valid pattern' {
    BeforeAll {
        Set-PsaCompanyMatch -Customer 'Contoso [UK' -CompanyId 41001 -DecisionPath $store -Confirm:$false -WarningAction SilentlyContinue
        Set-PsaCompanyMatch -Customer 'Fabrikam' -CompanyId 41002 -DecisionPath $store -Confirm:$false -WarningAction SilentlyContinue
        Set-PsaContactMatch -Account (ConvertTo-QpAccount eve@fabrikam.test) -ContactId 9411 -CompanyId 41002 -DecisionPath $store -Confirm:$false -WarningAction SilentlyContinue
    }

    It '<Command> stops with InvalidNamePattern instead of listing nothing' -ForEach @(
        @{ Command = { Get-PsaCompanyMatchDecision -Customer 'Fabrikam [EU' -DecisionPath $store }; Parameter = '-Customer'; Text = 'Fabrikam [EU' }
        @{ Command = { Get-PsaCompanyMatchDecision -Customer 'Fabrikam`' -DecisionPath $store }; Parameter = '-Customer'; Text = 'Fabrikam`' }
        @{ Command = { Get-PsaContactMatchDecision -Customer 'Fabrikam [EU' -DecisionPath $store }; Parameter = '-Customer'; Text = 'Fabrikam [EU' }
        @{ Command = { Get-PsaContactMatchDecision -CompanyName 'Fabrikam [E' -DecisionPath $store -Connection (Get-PsaConnection) }; Parameter = '-CompanyName'; Text = 'Fabrikam [E' }
        @{ Command = { Get-PsaContactMatchDecision -Account 'eve[@fabrikam.test' -DecisionPath $store }; Parameter = '-Account'; Text = 'eve[@fabrikam.test' }
    ) {
        $failure = Get-QpFailure $Command
        $failure.FullyQualifiedErrorId | Should -BeLike 'QuickpassPsa.InvalidNamePattern,*'
        "$failure" | Should -BeLike ("$Parameter '" + [WildcardPattern]::Escape($Text) + "' cannot be read as a wildcard pattern*")
        $escaped = $Parameter + " '" + [WildcardPattern]::Escape($Text) + "'"
        $failure.ErrorDetails.RecommendedAction | Should -Match ([regex]::Escape($escaped))
    }

    It 'lists the customer named exactly so, and the escaped text the advice writes' {
        (Get-PsaCompanyMatchDecision -Customer 'Contoso [UK' -DecisionPath $store).CompanyId | Should -Be '41001'
        (Get-PsaCompanyMatchDecision -Customer 'Contoso `[UK' -DecisionPath $store).CompanyId | Should -Be '41001'
        (Get-PsaContactMatchDecision -CompanyName 'Fabrikam [EU' -DecisionPath $store -Connection (Get-PsaConnection)).ContactId | Should -Be '9411'
    }

    It 'Remove-PsaCompanyMatch -Customer reads no pattern: the name as written, and a name not stored is DecisionNotFound' {
        $errors = $null
        Remove-PsaCompanyMatch -Customer 'Fabrikam [EU' -DecisionPath $store -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable errors
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'QuickpassPsa.DecisionNotFound,*'
        $removed = Remove-PsaCompanyMatch -Customer 'Contoso [UK' -DecisionPath $store -Confirm:$false -PassThru
        $removed.Customer | Should -Be 'Contoso [UK'
    }
}
