# Every default table view at 79 and 80 columns (pwsh -File with its output redirected, as an RMM agent runs a script: round 59,
# round 63a) and at 120 (a normal console): every column is there under a header on one line, no line is wider than the console,
# nothing is cut with an ellipsis, and every value of the sample tenant is all there - on one line when it fits its column,
# over the next lines (Wrap) when it does not. At 120 the name and text columns widen, so what did not fit at 80 fits there.
#
# Where each column lies is worked out from the module's own view (Get-FormatData): the columns with a width keep it, and those
# without one share what is left equally, from the left, after one separator between columns (PowerShell's ColumnWidthManager).
# The rendered header and rule lines are checked against that layout, then each object is rendered alone and every column's
# text is read back from its span over all of its lines.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-QpTestPath Manifest) -Force -ErrorAction Stop
    $script:Simulator = Start-QpSimulator
    $script:Connection = Connect-QpSimulator $script:Simulator
    $script:Store = Join-Path $TestDrive 'decisions.json'
    $script:Accounts = @(Get-ChildItem (Join-Path (Get-QpTestPath Samples) 'accounts') -Filter *.csv |
        Where-Object Name -ne 'truth.csv' | ForEach-Object { Get-QpAccount -Path $_.FullName -ErrorAction SilentlyContinue })
    $script:CompanyRows = @($script:Accounts | Find-PsaCompanyMatch -DecisionPath $script:Store)
    $script:CompanyRows | Save-PsaCompanyMatch -DecisionPath $script:Store
    $script:Rows = @($script:Accounts | Find-PsaContactMatch -DecisionPath $script:Store -SummaryVariable summary -ErrorAction SilentlyContinue)
    $script:Summary = @($summary)
    $script:Rows | Where-Object Status -eq Suggested | Select-Object -First 3 | Save-PsaContactMatch -DecisionPath $script:Store
    $script:Types = @(Get-CwCommunicationType -IncludeUsage)
    $script:Findings = @(Test-CwCommunicationType)
    $script:TypeChanges = @($script:Findings | Repair-CwCommunicationType -Confirm:$false)
    # Round 65b: the sample tenant's findings and changes are short; these have the longest code (SeveralDefaultEmailTypes),
    # 'Personal Email' and 'Email - Work' beside 'Email', a type with both the email and the phone flag, and a long name with
    # doubled spaces, which PowerShell's own wrap cut mid-word at 80 columns ('SeveralDefaultEmailT|ypes', 'Personal Ema|il').
    $seed = Get-Content -LiteralPath (Join-Path (Get-QpTestPath Samples) 'sample-tenant.json') -Raw | ConvertFrom-Json -AsHashtable
    $seed.connectWise.contacts = @()
    $type = { param($id, $d, $flags) @{ id = $id; description = $d; emailFlag = $flags -match 'e'; phoneFlag = $flags -match 'p'; faxFlag = $flags -match 'f'; defaultFlag = $flags -match 'd' } }
    $seed.connectWise.communicationTypes = @((& $type 1 'Email' 'e'), (& $type 2 'Personal Email' 'ed'), (& $type 3 'Email - Work' 'ed'), (& $type 4 'Direct' 'pd'),
        (& $type 5 'Mobile' 'p'), (& $type 6 'After  Hours  Emergency' 'p'), (& $type 7 'Home Email Phone' 'ep'))
    $typesSeed = Join-Path $TestDrive 'types-seed.json'
    $seed | ConvertTo-Json -Depth 20 | Set-Content -LiteralPath $typesSeed -Encoding utf8
    Reset-QpSimulator $script:Simulator -Seed $typesSeed
    $script:LongFindings = @(Test-CwCommunicationType)
    $script:LongChanges = @(Repair-CwCommunicationType -Confirm:$false -ErrorAction SilentlyContinue)
    Reset-QpSimulator $script:Simulator
    # The module's types live in its own load context: made from the loaded assembly, as Update-PsaContact makes them.
    $change = [Activator]::CreateInstance($script:Rows[0].GetType().Assembly.GetType('QuickpassPsa.Core.Psa.Writes.ContactChange'))
    $change.ContactId = '30682912'; $change.ContactName = 'Agnieszka Mazur'; $change.Field = 'MobilePhone'
    $change.Before = '+1 206 555 0127'; $change.After = '+1 206 555 0999'; $change.Applied = $true
    $mail = [Activator]::CreateInstance($change.GetType())
    $mail.ContactId = '1812'; $mail.ContactName = 'Maria "Mia" Garcia-Fernandez'; $mail.Field = 'Email'
    $mail.Before = 'mia.garcia@contoso.com'; $mail.After = 'maria.garcia-fernandez@contoso.com'; $mail.Applied = $false
    # Round 65b: 'ned.quy@acme.co|m' was broken over two lines at 80 columns while ContactName had room.
    $short = [Activator]::CreateInstance($change.GetType())
    $short.ContactId = '1014'; $short.ContactName = 'Ned Quy'; $short.Field = 'Email'
    $short.Before = 'ned.quy@acme.com'; $short.After = 'natalie.baker@contoso.com'; $short.Applied = $true

    $star = [string][char]0x2605
    $utc = { param($t) if ($t -is [datetimeoffset]) { $t = $t.UtcDateTime } elseif ($t -is [datetime]) { $t = $t.ToUniversalTime() }; $t.ToString('yyyy-MM-dd HH:mm', [Globalization.CultureInfo]::InvariantCulture) + 'Z' }
    $name = { param($p) if ($p.DisplayName) { $p.DisplayName } else { (($p.FirstName, $p.LastName) -ne $null) -join ' ' } }

    # Each default table: sample objects, the headers it promises, and each object's values column by column, worked out here
    # from the object's properties.
    $script:Views = [ordered]@{
        'Account' = @{
            Objects = @($script:Accounts | Where-Object Customer -eq 'Contoso Ltd' | Select-Object -First 6)
            Headers = 'DisplayName', 'Email', 'MobilePhone', 'Enabled', 'Customer'
            Values = { param($o) $o.DisplayName, [string]$(if ($o.Email) { $o.Email } else { $o.UserPrincipalName }), $o.MobilePhone, $o.Enabled, $o.Customer }
        }
        'PsaContact' = @{
            Objects = @(Get-PsaContact -CompanyName 'Contoso Ltd' -IncludeInactive | Select-Object -First 8)
            Headers = 'Id', 'FirstName', 'LastName', 'Emails', 'MobilePhone', 'Active', 'CompanyName'
            Values = { param($o) $o.Id, $o.FirstName, $o.LastName, ($o.Emails -join '; '), $o.MobilePhone, $o.Active, $o.CompanyName }
        }
        'PsaCompany' = @{
            Objects = @(Get-PsaCompany)
            Headers = 'Id', 'Name', 'Identifier', 'Active', 'Psa'
            Values = { param($o) $o.Id, $o.Name, $o.Identifier, $o.Active, $o.Psa }
        }
        'PsaConnection' = @{
            Objects = @($script:Connection)
            Headers = 'Psa', 'Account', 'Server', 'IsOpen', 'ConnectedAt'
            Values = { param($o) $o.Psa, $o.Account, $o.Server, $o.IsOpen, (& $utc $o.ConnectedAt) }
        }
        'CompanyMatch' = @{
            Objects = $script:CompanyRows
            Headers = 'Status', 'Stars', 'Customer', 'Accts', 'Company', 'Reason'
            Values = { param($o) $o.Status, ($star * [int]$o.Stars), $o.Customer, $o.AccountCount, [string]$(if ($o.CompanyId) { "$($o.CompanyName) [$($o.CompanyId)]" }), (@($o.Reasons) -join ', ') }
        }
        'CustomerMatchSummary' = @{
            Objects = $script:Summary
            Headers = 'Customer', 'Company', 'Accts', 'Match', 'Sugg', 'Review', 'Ambig', 'Unmat', 'Create'
            Values = { param($o) $o.Customer, [string]$(if ($o.State -eq 'Done') { $o.CompanyName } elseif ($o.CompanyName) { "$($o.State) ($($o.CompanyName))" } else { $o.State }), $o.Accounts, $o.Matched, $o.Suggested, $o.Review, $o.Ambiguous, $o.Unmatched, $o.ToCreate }
        }
        'ContactMatch' = @{
            Objects = @($script:Rows | Group-Object Status | ForEach-Object { $_.Group | Select-Object -First 3 })
            Headers = 'Status', 'Stars', 'Account', 'Email', 'Contact', 'Email', 'Reason'
            Values = { param($o) $o.Status, ($star * [int]$o.Stars), (& $name $o.Account), [string]$(if ($o.Account.Email) { $o.Account.Email } else { $o.Account.UserPrincipalName }),
                [string]$(if ($o.Contact) { (($o.Contact.FirstName, $o.Contact.LastName) -ne $null) -join ' ' } elseif (@($o.Candidates).Count -gt 1) { "($(@($o.Candidates).Count) candidates)" }),
                [string]$(if ($o.Contact) { @($o.Contact.Emails)[0] }), $o.Reason }
        }
        'MatchCandidate' = @{
            Objects = @(($script:Rows | Where-Object { @($_.Candidates).Count -gt 1 } | Select-Object -First 2).Candidates)
            Headers = 'ContactId', 'Score', 'Contact', 'Reasons', 'Weight'
            Values = { param($o) $o.ContactId, $o.Score, [string]$o.Contact, (@($o.Reasons) -join ', '), $o.Weight }
        }
        'ContactChange' = @{
            Objects = @($change, $mail, $short)
            Headers = 'Contact', 'Field', 'Before', 'After', 'Applied'
            Values = { param($o) "$($o.ContactName) [$($o.ContactId)]", $o.Field, $o.Before, $o.After, $o.Applied }
        }
        'ContactMatchDecision' = @{
            Objects = @(Get-PsaContactMatchDecision -DecisionPath $script:Store)
            Headers = 'Kind', 'Account', 'Contact', 'Company', 'DecidedBy', 'DecidedAt'
            Values = { param($o) $o.Kind, $o.AccountKey, ("$($o.ContactName) [$($o.ContactId)]".Trim()), ("$($o.CompanyName) [$($o.CompanyId)]".Trim()), $o.DecidedBy, (& $utc $o.DecidedAt) }
        }
        'CompanyMatchDecision' = @{
            Objects = @(Get-PsaCompanyMatchDecision -DecisionPath $script:Store)
            Headers = 'Kind', 'Customer', 'CompanyName', 'CompanyId', 'DecidedBy', 'DecidedAt'
            Values = { param($o) $o.Kind, $o.Customer, $o.CompanyName, $o.CompanyId, $o.DecidedBy, (& $utc $o.DecidedAt) }
        }
        'CwCommunicationType' = @{
            Objects = $script:Types
            Headers = 'Id', 'Description', 'Email', 'Phone', 'Fax', 'Default', 'Exchange', 'Usage'
            Values = { param($o) $o.Id, "'$($o.Description)'", $o.EmailFlag, $o.PhoneFlag, $o.FaxFlag, $o.DefaultFlag, $o.ExchangeXref, $o.UsageCount }
        }
        'CwCommunicationTypeFinding' = @{
            Objects = @($script:Findings) + $script:LongFindings
            Headers = 'Code', 'Severity', 'Types', 'Fix'
            Values = { param($o) $o.Code, $o.Severity, ($o.Types -join ', '), $o.Fix }
        }
        'CwCommunicationTypeChange' = @{
            Objects = @($script:TypeChanges) + $script:LongChanges
            Headers = 'Id', 'Code', 'Action', 'Before', 'After', 'Flags'
            Values = { param($o) $o.TypeId, $o.Code, $o.Action, $o.BeforeDescription, $o.AfterDescription, ((@($o.FlagsSet) + @($o.FlagsCleared | ForEach-Object { "-$_" })) -join ', ') }
        }
    }

    # Where each column of an object's default table lies at a console width: [Start, Width, Alignment, Label] per column.
    function Get-QpTableLayout {
        param([Parameter(Mandatory)] $InputObject, [int] $Width)
        $definition = Get-FormatData -TypeName $InputObject.pstypenames[0]
        $table = @($definition.FormatViewDefinition | Where-Object { $_.Control -is [System.Management.Automation.TableControl] })[0].Control
        $headers = @($table.Headers)
        $fixed = ($headers | Where-Object Width -gt 0 | Measure-Object -Property Width -Sum).Sum
        $auto = @($headers | Where-Object Width -le 0).Count
        $left = $Width - $fixed - ($headers.Count - 1) - $auto
        $left | Should -BeGreaterOrEqual 0 -Because "the fixed columns of $($InputObject.pstypenames[0]) must leave room at $Width"
        $start = 0; $k = 0
        foreach ($h in $headers) {
            $w = $h.Width
            if ($w -le 0) { $w = 1 + [math]::Floor($left / $auto) + $(if ($k -lt $left % $auto) { 1 } else { 0 }); $k++ }
            [pscustomobject]@{ Start = $start; Width = $w; Right = "$($h.Alignment)" -eq 'Right'; Label = $h.Label }
            $start += $w + 1
        }
    }

    function Get-QpTableLines {
        param($Objects, [int] $Width)
        @(($Objects | Format-Table | Out-String -Width $Width) -split '\r?\n' | Where-Object { $_.Trim() })
    }

    function Get-QpSlice {
        param([string] $Line, $Column)
        if ($Line.Length -le $Column.Start) { return '' }
        $Line.Substring($Column.Start, [math]::Min($Column.Width, $Line.Length - $Column.Start))
    }
}

AfterAll {
    Get-PsaConnection -ErrorAction SilentlyContinue | Disconnect-Psa -ErrorAction SilentlyContinue
    Stop-QpSimulator $script:Simulator
    Remove-Module QuickpassPsa -ErrorAction SilentlyContinue
}

Describe 'Default table <_> at 79, 80 and 120 columns' -ForEach @(
    'Account', 'PsaContact', 'PsaCompany', 'PsaConnection', 'CompanyMatch', 'CustomerMatchSummary', 'ContactMatch', 'MatchCandidate',
    'ContactChange', 'ContactMatchDecision', 'CompanyMatchDecision', 'CwCommunicationType', 'CwCommunicationTypeFinding', 'CwCommunicationTypeChange') {
    BeforeAll {
        $view = $script:Views[$_]
        $ellipsis = [string][char]0x2026
    }

    It 'has sample objects, and a width for its first column (without one PowerShell sizes the columns to the first objects and drops the last ones at 80)' {
        @($view.Objects).Count | Should -BeGreaterThan 0
        $table = @((Get-FormatData -TypeName @($view.Objects)[0].pstypenames[0]).FormatViewDefinition | Where-Object { $_.Control -is [System.Management.Automation.TableControl] })[0].Control
        $table.Headers[0].Width | Should -BeGreaterThan 0
        @($table.Rows)[0].Wrap | Should -BeTrue -Because 'a value longer than its column goes on over the next lines instead of being cut'
    }

    It 'fits <_> columns with every column under a header on one line, nothing cut' -ForEach @(79, 80, 120) {
        $width = $_
        $lines = Get-QpTableLines -Objects $view.Objects -Width $width
        foreach ($l in $lines) { $l.TrimEnd().Length | Should -BeLessOrEqual $width -Because "'$l' must fit $width columns" }
        ($lines -join "`n") | Should -Not -Match $ellipsis
        $layout = @(Get-QpTableLayout -InputObject @($view.Objects)[0] -Width $width)
        @($layout.Label) | Should -Be @($view.Headers)
        $lines[1] | Should -Match '^-+( +-+)*\s*$' -Because ("the header takes one line:`n" + ($lines[0..2] -join "`n"))
        foreach ($c in $layout) {
            $c.Width | Should -BeGreaterOrEqual $c.Label.Length -Because "the header $($c.Label) must not break at $width"
            (Get-QpSlice $lines[0] $c).Trim() | Should -Be $c.Label
            (Get-QpSlice $lines[1] $c).Trim() | Should -Be ('-' * $c.Label.Length)
        }
    }

    It 'shows every value whole at <_> columns: on one line when it fits its column, over the next lines when not' -ForEach @(79, 80, 120) {
        $width = $_
        foreach ($o in $view.Objects) {
            $layout = @(Get-QpTableLayout -InputObject $o -Width $width)
            $lines = Get-QpTableLines -Objects $o -Width $width
            $expected = @(& $view.Values $o | ForEach-Object { if ($null -eq $_) { '' } else { [string]$_ } })
            $expected.Count | Should -Be $layout.Count
            for ($i = 0; $i -lt $layout.Count; $i++) {
                $c = $layout[$i]
                $slices = @($lines[2..($lines.Count - 1)] | ForEach-Object { (Get-QpSlice $_ $c).TrimEnd() })
                $because = "column $($c.Label) of '$o' at $width ($($c.Width) wide):`n" + ($lines -join "`n")
                ($slices -join '') -replace '\s' | Should -Be ($expected[$i] -replace '\s') -Because $because
                if ($expected[$i].Length -le $c.Width) {
                    $first = if ($c.Right) { $slices[0].Trim() } else { $slices[0] }
                    $first | Should -Be $expected[$i] -Because $because
                }
            }
        }
    }
}

Describe 'Communication-type table <_> wraps between words' -ForEach @('CwCommunicationTypeFinding', 'CwCommunicationTypeChange') {
    # Their columns have fixed widths and the view wraps each value itself, on word boundaries (PowerShell's own wrap cuts anywhere).
    BeforeAll {
        $view = $script:Views[$_]
    }

    It 'keeps every word of a value whole at <_> columns: a value wraps between words, never inside one' -ForEach @(79, 80, 120) {
        # Round 65b: 'SeveralDefaultEmailT|ypes', 'Personal Ema|il' in Repair-CwCommunicationType's and Test-CwCommunicationType's tables at 80.
        $width = $_
        foreach ($o in $view.Objects) {
            $layout = @(Get-QpTableLayout -InputObject $o -Width $width)
            $lines = Get-QpTableLines -Objects $o -Width $width
            $expected = @(& $view.Values $o | ForEach-Object { if ($null -eq $_) { '' } else { [string]$_ } })
            for ($i = 0; $i -lt $layout.Count; $i++) {
                $c = $layout[$i]
                $words = @($expected[$i] -split '\s+' | Where-Object { $_ })
                @($words | Where-Object Length -gt $c.Width) | Should -BeNullOrEmpty -Because "every word of column $($c.Label) fits its $($c.Width) columns"
                $shown = @($lines[2..($lines.Count - 1)] | ForEach-Object { (Get-QpSlice $_ $c) -split '\s+' } | Where-Object { $_ })
                $shown | Should -Be $words -Because ("column $($c.Label) of '$o' at $width ($($c.Width) wide) shows each word whole:`n" + ($lines -join "`n"))
            }
        }
    }

    It 'shows the longest code whole, and Personal Email never cut inside a word, in 80 columns' {
        $text = ($view.Objects | Format-Table | Out-String -Width 80)
        $text | Should -Match '\bSeveralDefaultEmailTypes\b'
        $text | Should -Match '''Personal Email''|''Personal\s'
        $text | Should -Not -Match '''Personal Ema\s' -Because 'PowerShell''s own wrap cut it there'
        $text | Should -Not -Match 'SeveralDefaultEmailT\s'
    }
}

Describe 'The room of a wider console' {
    It 'widens the name and address columns of the match table at 120 and more, so a typical row takes one line' {
        $row = $script:Rows | Where-Object { "$($_.Reason)" -eq 'EmailPrimary' -and $_.Account.Email -eq 'agnieszka.mazur@contoso.com' } | Select-Object -First 1
        $row | Should -Not -BeNullOrEmpty
        @(Get-QpTableLines -Objects $row -Width 80).Count | Should -BeGreaterThan 3 -Because 'at 80 columns the addresses wrap'
        $wide = @(Get-QpTableLines -Objects $row -Width 150)
        $wide.Count | Should -Be 3 -Because ("at 150 columns the row takes one line:`n" + ($wide -join "`n"))
        $wide[2] | Should -Match '^Suggested\s+\S+\s+Agnieszka Mazur\s+agnieszka\.mazur@contoso\.com\s+Agnieszka Mazur\s+agnieszka\.mazur@contoso\.com\s+EmailPrimary\s*$'
    }

    It 'gives Before and After of the change table room for an address at <_> columns, and keeps Ned Quy''s address whole' -ForEach @(79, 80) {
        # Round 65b: 'ned.quy@acme.co|m' was broken over two lines at 80 columns while ContactName had room.
        $width = $_
        $layout = @(Get-QpTableLayout -InputObject $script:Views['ContactChange'].Objects[0] -Width $width)
        foreach ($label in 'Before', 'After') {
            ($layout | Where-Object Label -eq $label).Width | Should -BeGreaterOrEqual ($width - 58) -Because "an address such as mia.garcia@contoso.com (22) fits $label at 80 columns"
        }
        $ned = Get-QpTableLines -Objects $script:Views['ContactChange'].Objects[2] -Width $width
        $ned[2] | Should -Match '^Ned Quy \[1014\]\s+Email\s+ned\.quy@acme\.com\s+natalie\.baker@contoso' -Because ($ned -join "`n")
        $mail = Get-QpTableLines -Objects $script:Views['ContactChange'].Objects[1] -Width $width
        @($mail | Where-Object { $_ -match '\smia\.garcia@contoso\.com\s' }).Count | Should -Be 1 -Because ($mail -join "`n")
    }

    It 'keeps every count of the customer summary and the decisions'' DecidedBy and DecidedAt at 80 columns' {
        $summary = Get-QpTableLines -Objects ($script:Summary | Where-Object Customer -eq 'Contoso Ltd') -Width 80
        $c = $script:Summary | Where-Object Customer -eq 'Contoso Ltd'
        $summary[2] | Should -Match ("^Contoso Ltd\s+Contoso Ltd\s+$($c.Accounts)\s+$($c.Matched)\s+$($c.Suggested)\s+$($c.Review)\s+$($c.Ambiguous)\s+$($c.Unmatched)\s+$($c.ToCreate)\s*$")
        $decision = @(Get-PsaContactMatchDecision -DecisionPath $script:Store)[0]
        (Get-QpTableLines -Objects $decision -Width 80)[2] | Should -Match ([regex]::Escape($decision.DecidedBy) + '\s+' + [regex]::Escape((& $utc $decision.DecidedAt)) + '\s*$')
    }
}
