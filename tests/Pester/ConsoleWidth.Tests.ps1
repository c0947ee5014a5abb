# The default table views at 120 columns, a normal console or RMM log width (round 56c): every column the help
# promises is there, with its header whole and typical values of the sample tenant uncut.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-QpTestPath Manifest) -Force -ErrorAction Stop
    $script:Simulator = Start-QpSimulator
    $null = Connect-QpSimulator $script:Simulator
    $script:Store = Join-Path $TestDrive 'decisions.json'
    $script:Accounts = @(Get-ChildItem (Join-Path (Get-QpTestPath Samples) 'accounts') -Filter *.csv |
        Where-Object Name -ne 'truth.csv' | ForEach-Object { Get-QpAccount -Path $_.FullName })
    $script:Accounts | Find-PsaCompanyMatch -DecisionPath $script:Store | Save-PsaCompanyMatch -DecisionPath $script:Store
    $script:Rows = @($script:Accounts | Find-PsaContactMatch -DecisionPath $script:Store -SummaryVariable summary -ErrorAction SilentlyContinue)
    $script:Summary = $summary
    $script:Rows | Where-Object Status -eq Suggested | Select-Object -First 3 | Save-PsaContactMatch -DecisionPath $script:Store

    # The lines of a table at 120 columns, without blank ones; none may be wider than the console.
    function Get-Table120 {
        param([Parameter(ValueFromPipeline)] $InputObject)
        end {
            $lines = @(($input | Format-Table | Out-String -Width 120) -split '\r?\n' | Where-Object { $_.Trim() })
            foreach ($l in $lines) { $l.TrimEnd().Length | Should -BeLessOrEqual 120 -Because "'$l' must fit 120 columns" }
            $lines
        }
    }
    $ellipsis = [string][char]0x2026
}

AfterAll {
    Get-PsaConnection -ErrorAction SilentlyContinue | Disconnect-Psa -ErrorAction SilentlyContinue
    Stop-QpSimulator $script:Simulator
    Remove-Module QuickpassPsa -ErrorAction SilentlyContinue
}

Describe 'Default tables at 120 columns' {
    It 'Find-PsaContactMatch: keeps Reason and the contact''s email whole' {
        $sample = @($script:Rows | Where-Object { $_.Contact -and "$($_.Reason)" -eq 'EmailPrimary' } | Select-Object -First 5) +
            @($script:Rows | Where-Object Status -eq Review | Select-Object -First 2)
        $lines = $sample | Get-Table120
        $lines[0] | Should -Match '^Status\s+Stars\s+Account\s+AccountEmail\s+Contact\s+ContactEmail\s+Reason\s*$'
        for ($i = 0; $i -lt $sample.Count; $i++) {
            $row = $sample[$i]; $line = $lines[$i + 2]
            $line | Should -Match ([regex]::Escape(@($row.Contact.Emails)[0])) -Because 'a typical address reads whole'
            $line | Should -Match ('\s' + [regex]::Escape("$($row.Reason)") + '\s*$')
        }
        ($lines -join "`n") | Should -Match 'agnieszka\.mazur@contoso\.com\s+EmailPrimary'
    }

    It 'the per-customer summary: every count, ToCreate included, under a header on one line' {
        $lines = $script:Summary | Get-Table120
        $lines[0] | Should -Match '^Customer\s+State\s+Company\s+Accounts\s+Matched\s+Suggested\s+Review\s+Ambiguous\s+Unmatched\s+ToCreate\s*$'
        $lines[1] | Should -Match '^-+(\s+-+){9}\s*$' -Because 'the header does not wrap onto a second line'
        $contoso = $script:Summary | Where-Object Customer -eq 'Contoso Ltd'
        $lines | Should -Contain ($lines | Where-Object { $_ -match ('^Contoso Ltd\s+Done\s+Contoso Ltd\s+' + $contoso.Accounts + '\s+.*\s' + $contoso.ToCreate + '\s*$') })
        ($lines -join "`n") | Should -Match 'Northwind Traders\s+Done\s+Northwind Traders\s+\d'
    }

    It 'Get-PsaContactMatchDecision: DecidedAt with its time, sortable' {
        $decisions = @(Get-PsaContactMatchDecision -DecisionPath $script:Store)
        $lines = $decisions | Get-Table120
        $lines[0] | Should -Match '^Kind\s+Account\s+Contact\s+Company\s+DecidedBy\s+DecidedAt\s*$'
        $at = $decisions[0].DecidedAt.ToString('yyyy-MM-dd HH:mm', [Globalization.CultureInfo]::InvariantCulture) + 'Z'
        $lines[2] | Should -Match ([regex]::Escape($at) + '\s*$')
        $lines[2] | Should -Match ([regex]::Escape($decisions[0].AccountKey))
        ($lines -join "`n") | Should -Not -Match $ellipsis
    }

    It 'Get-PsaCompanyMatchDecision: DecidedAt with its time, sortable' {
        $decisions = @(Get-PsaCompanyMatchDecision -DecisionPath $script:Store)
        $lines = $decisions | Get-Table120
        $lines[0] | Should -Match '^Kind\s+Customer\s+CompanyName\s+CompanyId\s+DecidedBy\s+DecidedAt\s*$'
        $at = $decisions[0].DecidedAt.ToString('yyyy-MM-dd HH:mm', [Globalization.CultureInfo]::InvariantCulture) + 'Z'
        $lines[2] | Should -Match ('^Confirmed\s+' + [regex]::Escape($decisions[0].Customer) + '\s.*' + [regex]::Escape($at) + '\s*$')
        ($lines -join "`n") | Should -Not -Match $ellipsis
    }

    It 'Get-CwCommunicationType: the Exchange names whole' {
        $lines = Get-CwCommunicationType | Get-Table120
        $lines[0] | Should -Match '^Id\s+Description\s+Email\s+Phone\s+Fax\s+Default\s+Exchange\s+UsageCount\s*$'
        ($lines -join "`n") | Should -Match "'Main'\s+False\s+True\s+False\s+False\s+CompanyMainPhone(\s|$)"
        ($lines -join "`n") | Should -Not -Match $ellipsis
    }
}

# Round 59: pwsh -File with its output redirected formats at 80 columns (79 of them used), where the match table squeezed
# ContactEmail and the change table squeezed After to two or three characters, each header broken into a column of
# two-character lines, and dropped Reason and Applied. The address and value columns now narrow instead: every column stays,
# each header on one or two lines.
Describe 'Default tables at 80 columns (pwsh -File, output redirected)' -ForEach @(79, 80) {
    BeforeAll {
        $width = $_
        function Get-TableAt {
            param([Parameter(ValueFromPipeline)] $InputObject)
            end {
                $lines = @(($input | Format-Table | Out-String -Width $width) -split '\r?\n' | Where-Object { $_.Trim() })
                foreach ($l in $lines) { $l.TrimEnd().Length | Should -BeLessOrEqual $width -Because "'$l' must fit $width columns" }
                $lines
            }
        }
    }

    It 'Find-PsaContactMatch at <_>: every column, Reason whole, the header on at most two lines' {
        $lines = $script:Rows | Where-Object { "$($_.Reason)" -eq 'EmailPrimary' } | Select-Object -First 3 | Get-TableAt
        $rule = @(0..($lines.Count - 1) | Where-Object { $lines[$_] -match '^-{6}\s+-{5}\s' })[0]
        $rule | Should -BeIn 1, 2 -Because ("the header takes one or two lines:`n" + ($lines -join "`n"))
        $lines[0] | Should -Match '^Status\s+Stars\s+Account\s+Account\S*\s+Contact\s+Contact\S*\s+Reason\s*$'
        @($lines[$rule] -split '\s+' | Where-Object { $_ }).Count | Should -Be 7
        $lines[$rule + 1] | Should -Match '\sEmailPrimary\s*$'
    }

    It 'Update-PsaContact''s changes at <_>: every column, a phone number whole, the header on one line' {
        # The module's types live in its own load context: made from the loaded assembly, as Update-PsaContact makes them.
        $change = [Activator]::CreateInstance($script:Rows[0].GetType().Assembly.GetType('QuickpassPsa.Core.Psa.Writes.ContactChange'))
        $change.ContactId = '30682912'; $change.ContactName = 'Agnieszka Mazur'; $change.Field = 'MobilePhone'
        $change.Before = '+1 206 555 0127'; $change.After = '+1 206 555 0999'; $change.Applied = $true
        $lines = $change | Get-TableAt
        $lines[0] | Should -Match '^ContactId\s+ContactName\s+Field\s+Before\s+After\s+Applied\s*$'
        $lines[1] | Should -Match '^-+(\s+-+){5}\s*$'
        $lines[2] | Should -Match '^30682912\s+Agnieszka Mazur\s+MobilePhone\s+\+1 206 555 0127\s+\+1 206 555 0999\s+True\s*$'
    }
}
