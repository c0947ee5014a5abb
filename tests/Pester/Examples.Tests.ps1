# The RMM scripts in examples/, each run as an RMM agent runs it (a fresh pwsh, standard input closed)
# against the simulator as a process; what they did is read from the simulator's request log, their exit
# code, their log file and their report.
BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:exampleFiles = Get-ChildItem -Path (Join-Path (Get-QpTestPath Root) 'examples') -Filter *.ps1 | ForEach-Object { @{ File = $_.Name } }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-QpTestPath Manifest) -Force -ErrorAction Stop
    $examples = Join-Path (Get-QpTestPath Root) 'examples'
    $accountFiles = @(Get-ChildItem -Path (Join-Path (Get-QpTestPath Samples) 'accounts') -Filter *.csv | Where-Object Name -ne 'truth.csv' | ForEach-Object FullName)
    $simulator = Start-QpSimulator

    function Get-ConnectArgument([ValidateSet('ConnectWise', 'Autotask')][string] $Psa = 'ConnectWise', [string] $PrivateKey = 'qpsa-private') {
        # The keys as SecureStrings on the script's command line: the fallback when SecretManagement is not installed.
        $secure = { param($t) "([System.Net.NetworkCredential]::new('', '$t').SecurePassword)" }
        if ($Psa -eq 'ConnectWise') {
            "-Server '$($simulator.ConnectWiseServer)' -CompanyId qpsa -ClientId qpsa-pester -PublicKey $(& $secure 'qpsa-public') -PrivateKey $(& $secure $PrivateKey)"
        }
        else {
            "-Psa Autotask -ZoneUrl '$($simulator.AutotaskZoneUrl)' -IntegrationCode $(& $secure 'QPSA-TRACKING') -Credential ([pscredential]::new('api@qpsa.test', $(& $secure 'qpsa-secret')))"
        }
    }

    function Invoke-Example([string] $Name, [string] $Arguments) {
        Invoke-QpPwsh -Script "& '$(Join-Path $examples $Name)' $Arguments; exit `$LASTEXITCODE"
    }

    function Get-Matches([string] $DecisionPath, [string[]] $Path = $accountFiles) {
        # What the scripts should see, computed here through the module: every customer against its company.
        $accounts = @(Get-QpAccount -Path $Path)
        foreach ($group in $accounts | Group-Object Customer) {
            $group.Group | Find-PsaContactMatch -CompanyName $group.Name -IncludeInactive -DecisionPath $DecisionPath
        }
    }

    function Get-HtmlPattern([string] $Text) {
        # A name as the report may write it: as it is, or with its accents as character references.
        '(' + [regex]::Escape($Text) + '|' + [regex]::Escape([System.Net.WebUtility]::HtmlEncode($Text)) + ')'
    }

    function Quote([string[]] $Items) { ($Items | ForEach-Object { "'$_'" }) -join ',' }
}

AfterAll {
    Get-PsaConnection -ErrorAction SilentlyContinue | Disconnect-Psa -ErrorAction SilentlyContinue
    Stop-QpSimulator $simulator
    Remove-Module QuickpassPsa -ErrorAction SilentlyContinue
}

Describe 'examples/<File>' -ForEach $exampleFiles {
    It 'has comment-based help with a synopsis, a description, every parameter and an example' {
        $help = Get-Help (Join-Path $examples $File) -Full
        $help.Synopsis | Should -Not -BeLike "*$File*"
        ($help.description.Text -join '') | Should -Not -BeNullOrEmpty
        @($help.examples.example).Count | Should -BeGreaterOrEqual 1
        $command = Get-Command (Join-Path $examples $File)
        $common = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters
        foreach ($name in $command.Parameters.Keys | Where-Object { $_ -notin $common }) {
            $entry = $help.parameters.parameter | Where-Object name -eq $name
            ($entry.description.Text -join '') | Should -Not -BeNullOrEmpty -Because "-$name of $File needs a .PARAMETER"
        }
        $help.description.Text -join '' | Should -Match 'Exit codes'
    }

    It 'logs a missing module once and exits 1, with no second error' {
        # Round 78a: the finally block's Get-PsaConnection was a raw "not recognized" error after the logged failure.
        $arguments = @{
            'Invoke-ContactCreation.ps1'         = "-AccountPath a.csv -ReportPath r.html"
            'Invoke-NightlyMatch.ps1'            = "-AccountPath a.csv -ReportPath r.html"
            'Repair-CommunicationTypeTable.ps1'  = "-Server s.test -CompanyId c -ClientId i"
            'Sync-ContactDetails.ps1'            = "-AccountPath a.csv"
        }[$File]
        $arguments | Should -Not -BeNullOrEmpty -Because "$File needs its arguments in this test"
        $log = Join-Path $TestDrive "$File.log"
        $empty = New-Item -ItemType Directory -Path (Join-Path $TestDrive "nomodules-$File") -Force
        $run = Invoke-QpPwsh -NoModule -Environment @{ PSModulePath = $empty.FullName } -Script "& '$(Join-Path $examples $File)' $arguments -VaultName v -SecretName s -LogPath '$log'; exit `$LASTEXITCODE"
        $run.ExitCode | Should -Be 1 -Because ($run.StdOut + $run.StdErr)
        ($run.StdOut + $run.StdErr) | Should -Not -Match 'is not recognized'
        (Get-Content -LiteralPath $log -Raw) | Should -Match 'QuickpassPsa'
    }
}

Describe 'Invoke-NightlyMatch.ps1' {
    BeforeAll {
        Reset-QpSimulator $simulator
        $store = Join-Path $TestDrive 'decisions.json'
        $report = Join-Path $TestDrive 'nightly.html'
        $log = Join-Path $TestDrive 'nightly.log'
        $null = Connect-QpSimulator $simulator
        $expected = @(Get-Matches -DecisionPath $store)
        $before = @(Get-QpWriteRequest $simulator).Count
        $run = Invoke-Example 'Invoke-NightlyMatch.ps1' "-AccountPath $(Quote $accountFiles) -ReportPath '$report' -DecisionPath '$store' -LogPath '$log' $(Get-ConnectArgument)"
    }

    It 'exits 0 and writes nothing to the PSA or the decision store' {
        $run.ExitCode | Should -Be 0 -Because ($run.StdOut + $run.StdErr)
        @(Get-QpWriteRequest $simulator).Count | Should -Be $before
        $store | Should -Not -Exist
    }

    It 'logs one line per customer with its company and the count of each status' {
        $lines = @(Get-Content -LiteralPath $log)
        foreach ($customer in $expected | ForEach-Object { $_.Account.Customer } | Sort-Object -Unique) {
            $rows = @($expected | Where-Object { $_.Account.Customer -eq $customer })
            $line = @($lines | Where-Object { $_ -match "Z $([regex]::Escape($customer)) : company " })
            $line.Count | Should -Be 1 -Because "one line for $customer"
            $line[0] | Should -Match "$($rows.Count) accounts"
            $suggested = @($rows | Where-Object Status -eq Suggested).Count
            $line[0] | Should -Match "Suggested $suggested\b"
        }
        $run.StdOut | Should -Match 'Contoso Ltd : company Contoso Ltd'
    }

    It 'writes one HTML report with every customer''s rows' {
        $report | Should -Exist
        $html = Get-Content -LiteralPath $report -Raw
        foreach ($customer in 'Contoso Ltd', 'Fabrikam Inc', 'Northwind Traders', 'Tailspin Toys', 'Woodgrove Bank') { $html | Should -Match ([regex]::Escape($customer)) }
        $review = $expected | Where-Object Status -eq Review | Select-Object -First 1
        $html | Should -Match (Get-HtmlPattern $review.Account.DisplayName)
    }

    It 'skips a customer without a certain company, says why, and exits 1' {
        $extra = Join-Path $TestDrive 'unknown.csv'
        "Id,Display Name,First Name,Last Name,Email,Customer`nx1,Pat Doe,Pat,Doe,pat@unknown.example,Unknown Widgets Co" | Set-Content -LiteralPath $extra -Encoding utf8
        $log2 = Join-Path $TestDrive 'nightly2.log'
        $run2 = Invoke-Example 'Invoke-NightlyMatch.ps1' "-AccountPath $(Quote ($accountFiles + $extra)) -ReportPath '$(Join-Path $TestDrive 'n2.html')' -DecisionPath '$store' -LogPath '$log2' $(Get-ConnectArgument)"
        $run2.ExitCode | Should -Be 1
        Get-Content -LiteralPath $log2 | Should -Contain ((Get-Content -LiteralPath $log2) -match 'Unknown Widgets Co : skipped, its PSA company is Unmatched')
        @(Get-Content -LiteralPath $log2) -match 'Contoso Ltd : company' | Should -HaveCount 1 -Because 'the other customers still run'
    }

    It 'exits 1 with a log line when the PSA refuses the keys, and prints no key' {
        $log3 = Join-Path $TestDrive 'nightly3.log'
        $run3 = Invoke-Example 'Invoke-NightlyMatch.ps1' "-AccountPath $(Quote $accountFiles) -ReportPath '$(Join-Path $TestDrive 'n3.html')' -LogPath '$log3' $(Get-ConnectArgument -PrivateKey 'wrong-private-key')"
        $run3.ExitCode | Should -Be 1
        (Get-Content -LiteralPath $log3 -Raw) | Should -Match 'FAILED'
        ($run3.StdOut + $run3.StdErr + (Get-Content -LiteralPath $log3 -Raw)) | Should -Not -Match 'wrong-private-key'
    }

    It 'runs against Autotask too' {
        $log4 = Join-Path $TestDrive 'nightly4.log'
        $run4 = Invoke-Example 'Invoke-NightlyMatch.ps1' "-AccountPath $(Quote $accountFiles) -ReportPath '$(Join-Path $TestDrive 'n4.html')' -DecisionPath '$(Join-Path $TestDrive 'at.json')' -LogPath '$log4' $(Get-ConnectArgument -Psa Autotask)"
        $run4.ExitCode | Should -Be 0 -Because ($run4.StdOut + $run4.StdErr)
        @(Get-Content -LiteralPath $log4) -match ' : company ' | Should -HaveCount 5
    }
}

Describe 'Invoke-ContactCreation.ps1' {
    BeforeAll {
        Reset-QpSimulator $simulator
        $null = Connect-QpSimulator $simulator
        $store = Join-Path $TestDrive 'decisions.json'
        $expected = @(Get-Matches -DecisionPath (Join-Path $TestDrive 'untouched.json'))
        $creatable = @($expected | Where-Object { $_.Status -eq 'Unmatched' -and $_.Account.Email -and $_.Account.Enabled })
        $suggested = @($expected | Where-Object Status -eq 'Suggested')
        $leftForReview = @($expected | Where-Object Status -in 'Review', 'Ambiguous')
        $arguments = "-AccountPath $(Quote $accountFiles) -DecisionPath '$store' $(Get-ConnectArgument)"
    }

    It 'under -WhatIf changes nothing, logs what it would do and still writes the report' {
        $before = @(Get-QpWriteRequest $simulator).Count
        $log = Join-Path $TestDrive 'dry.log'
        $report = Join-Path $TestDrive 'dry.html'
        $run = Invoke-Example 'Invoke-ContactCreation.ps1' "$arguments -ReportPath '$report' -LogPath '$log' -WhatIf"
        $run.ExitCode | Should -Be 0 -Because ($run.StdOut + $run.StdErr)
        @(Get-QpWriteRequest $simulator).Count | Should -Be $before
        $store | Should -Not -Exist
        $report | Should -Exist
        $contoso = @($creatable | Where-Object { $_.Account.Customer -eq 'Contoso Ltd' }).Count
        @(Get-Content -LiteralPath $log) -match "Contoso Ltd : would save \d+ Suggested links, would create $contoso contacts" | Should -HaveCount 1
    }

    It 'creates exactly the Unmatched accounts with an email address and saves exactly the Suggested links' {
        $log = Join-Path $TestDrive 'create.log'
        $report = Join-Path $TestDrive 'create.html'
        $run = Invoke-Example 'Invoke-ContactCreation.ps1' "$arguments -ReportPath '$report' -LogPath '$log'"
        $run.ExitCode | Should -Be 0 -Because ($run.StdOut + $run.StdErr)

        $posts = @(Get-QpWriteRequest $simulator -PathMatch 'company/contacts$' | Where-Object method -eq 'POST')
        $posts.Count | Should -Be $creatable.Count
        $creatable.Count | Should -BeGreaterThan 0

        $stored = @(Get-PsaContactMatchDecision -DecisionPath $store)
        $stored.Count | Should -Be ($suggested.Count + $creatable.Count)
        @($stored | Where-Object Kind -ne 'Confirmed') | Should -BeNullOrEmpty
        $storedIds = @($stored | ForEach-Object AccountId)
        foreach ($row in $suggested) { $storedIds | Should -Contain $row.Account.Id }
        foreach ($row in $leftForReview) { $storedIds | Should -Not -Contain $row.Account.Id -Because "$($row.Account.DisplayName) is $($row.Status): a person decides" }
    }

    It 'puts the rows left for a person in the report and counts them in the log' {
        $html = Get-Content -LiteralPath (Join-Path $TestDrive 'create.html') -Raw
        foreach ($row in $leftForReview) { $html | Should -Match (Get-HtmlPattern $row.Account.DisplayName) }
        $woodgrove = @($leftForReview | Where-Object { $_.Account.Customer -eq 'Woodgrove Bank' })
        $line = @(Get-Content -LiteralPath (Join-Path $TestDrive 'create.log')) -match 'Woodgrove Bank : saved'
        $line | Should -HaveCount 1
        foreach ($status in 'Review', 'Ambiguous') {
            # The log names only the statuses that have rows left for a person.
            $count = @($woodgrove | Where-Object Status -eq $status).Count
            if ($count -gt 0) { $line[0] | Should -Match "$status $count\b" } else { $line[0] | Should -Not -Match "$status \d" }
        }
        @($woodgrove).Count | Should -BeGreaterThan 0
    }

    It 'creates nothing the second time: the created contacts come back Matched' {
        $before = @(Get-QpWriteRequest $simulator -PathMatch 'company/contacts$').Count
        $run = Invoke-Example 'Invoke-ContactCreation.ps1' "$arguments -ReportPath '$(Join-Path $TestDrive 'again.html')' -LogPath '$(Join-Path $TestDrive 'again.log')'"
        $run.ExitCode | Should -Be 0 -Because ($run.StdOut + $run.StdErr)
        @(Get-QpWriteRequest $simulator -PathMatch 'company/contacts$').Count | Should -Be $before
        @(Get-Content -LiteralPath (Join-Path $TestDrive 'again.log')) -match 'created 0 contacts' | Should -HaveCount 5
    }
}

Describe 'Invoke-ContactCreation.ps1 and the accounts New-PsaContact leaves for a person' {
    # Round 73a: a couple's shared mailbox ("Mr & Mrs Quorrell") is refused by New-PsaContact every night (ContactNameUnsplittable), and
    # the job exited 1 for it every night; under -WhatIf it logged "would create" for every creatable row, the refused ones too.
    BeforeAll {
        Reset-QpSimulator $simulator
        $couple = Join-Path $TestDrive 'couple.csv'
        @(
            'Id,Display Name,First Name,Last Name,Email,Enabled,Customer'
            'q1,Mr & Mrs Quorrell,Mr & Mrs,Quorrell,quorrells@contoso.com,True,Contoso Ltd'
            'q2,Ivo Brackwater,Ivo,Brackwater,ivo.brackwater@contoso.com,True,Contoso Ltd'
        ) | Set-Content -LiteralPath $couple -Encoding utf8
        function Get-CoupleRun([string] $Name, [string] $Extra = '', [string] $Connect = (Get-ConnectArgument)) {
            $log = Join-Path $TestDrive "$Name.log"
            $run = Invoke-Example 'Invoke-ContactCreation.ps1' "-AccountPath '$couple' -ReportPath '$(Join-Path $TestDrive "$Name.html")' -DecisionPath '$(Join-Path $TestDrive "$Name.json")' -LogPath '$log' $Connect $Extra"
            [pscustomobject]@{ Run = $run; Lines = @(if (Test-Path -LiteralPath $log) { Get-Content -LiteralPath $log -Encoding utf8 }) }
        }
        $leftLine = 'Contoso Ltd : LEFT FOR A PERSON \[QuickpassPsa\.ContactNameUnsplittable\] Mr & Mrs Quorrell <quorrells@contoso\.com>: .*names two people.* What to do: This mailbox names two people.*Set-PsaContactMatch'
    }

    It 'under -WhatIf logs what New-PsaContact would really do: one contact to create, the couple left for a person, and exits 0' {
        $before = @(Get-QpWriteRequest $simulator).Count
        $dry = Get-CoupleRun 'couple-dry' '-WhatIf'
        $dry.Run.ExitCode | Should -Be 0 -Because ($dry.Run.StdOut + $dry.Run.StdErr + ($dry.Lines -join "`n"))
        @(Get-QpWriteRequest $simulator).Count | Should -Be $before
        $dry.Lines -match 'Contoso Ltd : would save 0 Suggested links, would create 1 contacts, 1 left for a person \(not created, see below\)' | Should -HaveCount 1 -Because ($dry.Lines -join "`n")
        $dry.Lines -match $leftLine | Should -HaveCount 1 -Because ($dry.Lines -join "`n")
        $dry.Lines -match 'ERROR' | Should -BeNullOrEmpty
    }

    It 'creates the one person, logs the couple as left for a person with the reason, and exits 0' {
        $real = Get-CoupleRun 'couple-real'
        $real.Run.ExitCode | Should -Be 0 -Because ($real.Run.StdOut + $real.Run.StdErr + ($real.Lines -join "`n"))
        $posts = @(Get-QpWriteRequest $simulator -PathMatch 'company/contacts$' | Where-Object method -eq 'POST')
        $posts.Count | Should -Be 1
        $real.Lines -match 'Contoso Ltd : saved 0 Suggested links, created 1 contacts, 1 left for a person' | Should -HaveCount 1 -Because ($real.Lines -join "`n")
        $real.Lines -match $leftLine | Should -HaveCount 1
        $real.Lines -match 'ERROR|FAILED' | Should -BeNullOrEmpty
        # The next night: the person comes back Matched, the couple is left for a person again, and the run still exits 0.
        $again = Get-CoupleRun 'couple-real'
        $again.Run.ExitCode | Should -Be 0
        @(Get-QpWriteRequest $simulator -PathMatch 'company/contacts$' | Where-Object method -eq 'POST').Count | Should -Be 1
    }

    It 'still exits 1 when the PSA fails the create, beside the couple left for a person' {
        Reset-QpSimulator $simulator
        Invoke-RestMethod -Method Post -Uri "$($simulator.BaseUrl)_sim/faults" -ContentType 'application/json' -Body '{"failNextStatus":500,"failNextCount":10,"failNextMethod":"POST"}' | Out-Null
        try { $failing = Get-CoupleRun 'couple-500' }
        finally { Invoke-RestMethod -Method Post -Uri "$($simulator.BaseUrl)_sim/faults" -ContentType 'application/json' -Body '{}' | Out-Null }
        $failing.Run.ExitCode | Should -Be 1 -Because ($failing.Lines -join "`n")
        $failing.Lines -match 'Contoso Ltd : ERROR \[QuickpassPsa\.PsaRequestFailed\] Ivo Brackwater <ivo\.brackwater@contoso\.com>' | Should -HaveCount 1 -Because ($failing.Lines -join "`n")
        $failing.Lines -match $leftLine | Should -HaveCount 1
    }

    It 'exits 1 with a FAILED line when the PSA is down' {
        $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $listener.Start(); $port = $listener.LocalEndpoint.Port; $listener.Stop()
        $secure = { param($t) "([System.Net.NetworkCredential]::new('', '$t').SecurePassword)" }
        $down = Get-CoupleRun 'couple-down' -Connect "-Server '127.0.0.1:$port' -CompanyId qpsa -ClientId qpsa-pester -PublicKey $(& $secure 'qpsa-public') -PrivateKey $(& $secure 'qpsa-private')"
        $down.Run.ExitCode | Should -Be 1 -Because ($down.Run.StdOut + $down.Run.StdErr)
        $down.Lines -match 'FAILED \[QuickpassPsa\.PsaConnectFailed\]' | Should -HaveCount 1 -Because ($down.Lines -join "`n")
    }
}

Describe 'Invoke-ContactCreation.ps1 -WhatIf counts what the real run does' {
    # Round 75b: two new accounts of one run, jsmithwick@ and jsmithwick+son@ (the son's mailbox a plus tag of his father's address). The
    # real run creates the father's contact and refuses the son (ContactDecidedOtherwise: a plus tag aside, his address finds the contact
    # this run has just linked to his father); -WhatIf said "would create 3" where the real run created 2.
    BeforeAll {
        Reset-QpSimulator $simulator
        $family = Join-Path $TestDrive 'plus-tag.csv'
        @(
            'Id,Display Name,First Name,Last Name,Email,Enabled,Customer'
            'p1,Jonah Smithwick,Jonah,Smithwick,jsmithwick@contoso.com,True,Contoso Ltd'
            'p2,Jack Smithwick,Jack,Smithwick,jsmithwick+son@contoso.com,True,Contoso Ltd'
            'p3,Ivo Brackwater,Ivo,Brackwater,ivo.brackwater@contoso.com,True,Contoso Ltd'
        ) | Set-Content -LiteralPath $family -Encoding utf8
        function Get-PlusTagRun([string] $Name, [string] $Extra = '') {
            $log = Join-Path $TestDrive "$Name.log"
            $run = Invoke-Example 'Invoke-ContactCreation.ps1' "-AccountPath '$family' -ReportPath '$(Join-Path $TestDrive "$Name.html")' -DecisionPath '$(Join-Path $TestDrive "$Name.json")' -LogPath '$log' $(Get-ConnectArgument) $Extra"
            [pscustomobject]@{ Run = $run; Lines = @(if (Test-Path -LiteralPath $log) { Get-Content -LiteralPath $log -Encoding utf8 }) }
        }
        $sonLine = 'Contoso Ltd : ERROR \[QuickpassPsa\.ContactDecidedOtherwise\] Jack Smithwick <jsmithwick\+son@contoso\.com>: .*Jonah Smithwick <jsmithwick@contoso\.com>'
        $dry = Get-PlusTagRun 'plus-dry' '-WhatIf'
        $writesAfterDry = @(Get-QpWriteRequest $simulator).Count
        $real = Get-PlusTagRun 'plus-real'
    }

    It 'under -WhatIf counts 2 contacts to create and logs the son''s conflict, as the real run then creates 2 and logs it' {
        $writesAfterDry | Should -Be 0
        $dry.Lines -match 'Contoso Ltd : would save 0 Suggested links, would create 2 contacts' | Should -HaveCount 1 -Because ($dry.Lines -join "`n")
        $real.Lines -match 'Contoso Ltd : saved 0 Suggested links, created 2 contacts' | Should -HaveCount 1 -Because ($real.Lines -join "`n")
        @(Get-QpWriteRequest $simulator -PathMatch 'company/contacts$' | Where-Object method -eq 'POST').Count | Should -Be 2
        $dry.Lines -match $sonLine | Should -HaveCount 1 -Because ($dry.Lines -join "`n")
        $dry.Lines -match $sonLine | Should -Match 'which this run would create and link to another account \(Jonah Smithwick, '
        $real.Lines -match $sonLine | Should -HaveCount 1 -Because ($real.Lines -join "`n")
        $dry.Run.ExitCode | Should -Be $real.Run.ExitCode
    }
}

Describe 'Sync-ContactDetails.ps1' {
    BeforeAll {
        Reset-QpSimulator $simulator
        $null = Connect-QpSimulator $simulator
        $store = Join-Path $TestDrive 'decisions.json'
        $contosoFile = $accountFiles | Where-Object { $_ -like '*contoso.csv' }
        $rows = @(Get-Matches -DecisionPath $store -Path $contosoFile)
        $rows | Where-Object Status -eq Suggested | Save-PsaContactMatch -DecisionPath $store
        # The directory changed one person's mobile number since the link was made.
        $changed = $rows | Where-Object { $_.Status -eq 'Suggested' -and $_.Account.MobilePhone } | Select-Object -First 1
        $export = Join-Path $TestDrive 'contoso.csv'
        Import-Csv -LiteralPath $contosoFile | ForEach-Object { if ($_.Id -eq $changed.Account.Id) { $_.Mobile = '+1 425 555 0188' }; $_ } |
            Export-Csv -LiteralPath $export -NoTypeInformation -Encoding utf8
        $arguments = "-AccountPath '$export' -DecisionPath '$store' $(Get-ConnectArgument)"
        # What the linked contacts should get (the sample data also has older numbers on some contacts).
        $expectedChanges = @(Get-Matches -DecisionPath $store -Path $export | Where-Object Status -eq Matched | Update-PsaContact -WhatIf 6>$null)
    }

    It 'under -WhatIf logs each change and sends nothing' {
        $before = @(Get-QpWriteRequest $simulator).Count
        $log = Join-Path $TestDrive 'dry.log'
        $run = Invoke-Example 'Sync-ContactDetails.ps1' "$arguments -LogPath '$log' -WhatIf"
        $run.ExitCode | Should -Be 0 -Because ($run.StdOut + $run.StdErr)
        @(Get-QpWriteRequest $simulator).Count | Should -Be $before
        $lines = @(Get-Content -LiteralPath $log)
        $lines -match ' would change ' | Should -HaveCount $expectedChanges.Count
        $lines -match "\($($changed.Contact.Id)\) would change MobilePhone .* to '\+1 425 555 0188'" | Should -HaveCount 1
    }

    It 'pushes the changes to the linked contacts only, logs each, and leaves them in step' {
        $before = @(Get-QpWriteRequest $simulator).Count
        $log = Join-Path $TestDrive 'sync.log'
        $run = Invoke-Example 'Sync-ContactDetails.ps1' "$arguments -LogPath '$log'"
        $run.ExitCode | Should -Be 0 -Because ($run.StdOut + $run.StdErr)
        $writes = @(Get-QpWriteRequest $simulator | Select-Object -Skip $before)
        $writes.Count | Should -BeGreaterThan 0
        $changedIds = @($expectedChanges | ForEach-Object ContactId | Sort-Object -Unique)
        foreach ($write in $writes) { ($write.path -replace '^.*/contacts/(\d+).*$', '$1') | Should -BeIn $changedIds }
        $lines = @(Get-Content -LiteralPath $log)
        $lines -match ' changed (Email|MobilePhone) ' | Should -HaveCount $expectedChanges.Count
        $lines -match "\($($changed.Contact.Id)\) changed MobilePhone" | Should -HaveCount 1
        $lines -match 'Contoso Ltd : \d+ linked contacts, changes: ' | Should -HaveCount 1
        @(Get-Matches -DecisionPath $store -Path $export | Where-Object Status -eq Matched | Update-PsaContact -WhatIf 6>$null) | Should -BeNullOrEmpty -Because 'every linked contact is now in step'
        $contact = Get-PsaContact -CompanyName 'Contoso Ltd' -Email $changed.Account.Email
        ($contact.MobilePhone -replace '\D') | Should -Be '14255550188'
    }
}

Describe 'What goes wrong reaches the examples'' logs, and one customer''s bad file stops no other' {
    # Round 61b: a log kept only the last error per customer, without its id; an HTTP error named no account; warnings (a stale
    # link passed over, an older decision replaced) never reached -LogPath; and one bad file stopped every customer.
    BeforeAll {
        Reset-QpSimulator $simulator
        $null = Connect-QpSimulator $simulator
        # The sample exports, Contoso's cut off in the middle of its last row, Fabrikam's with a row that has neither an address nor a name.
        $mixed = Join-Path $TestDrive 'mixed'
        New-Item -ItemType Directory -Path $mixed | Out-Null
        foreach ($file in $accountFiles) { Copy-Item -LiteralPath $file -Destination $mixed }
        $contosoCopy = Join-Path $mixed 'contoso.csv'
        $lines = @((Get-Content -LiteralPath $contosoCopy -Encoding utf8) | Where-Object { $_ })
        $last = $lines[-1] -split ','
        $cut = ($lines[0..($lines.Count - 2)] -join "`n") + "`n" + (($last[0..3] -join ',') + ',' + $last[4].Substring(0, 8))
        [System.IO.File]::WriteAllText($contosoCopy, $cut, [System.Text.UTF8Encoding]::new($false))
        Add-Content -LiteralPath (Join-Path $mixed 'fabrikam.csv') -Value 'zz-nobody,,,,,,,,True,Fabrikam Inc' -Encoding utf8
        $mixedPath = "'$(Join-Path $mixed '*.csv')'"
        function Get-LogLine([string] $Log, [string] $Pattern) { @(Get-Content -LiteralPath $Log -Encoding utf8) -match $Pattern }
    }

    It 'Invoke-ContactCreation.ps1 logs the cut-off file and the bad row with their ids, handles the other customers, and exits 1' {
        $log = Join-Path $TestDrive 'mixed-create.log'
        $store = Join-Path $TestDrive 'mixed-create.json'
        $run = Invoke-Example 'Invoke-ContactCreation.ps1' "-AccountPath $mixedPath -ReportPath '$(Join-Path $TestDrive 'mixed.html')' -DecisionPath '$store' -LogPath '$log' $(Get-ConnectArgument)"
        $run.ExitCode | Should -Be 1 -Because ($run.StdOut + $run.StdErr)
        Get-LogLine $log ('ERROR \[QuickpassPsa\.AccountFileFormat\] ' + [regex]::Escape($contosoCopy) + ': contoso\.csv, row \d+ \(line \d+\): the file ends in the middle of this row.*looks cut off') | Should -HaveCount 1
        Get-LogLine $log 'ERROR \[QuickpassPsa\.InvalidAccountRecord\] .*fabrikam\.csv, row \d+ \(line \d+\)' | Should -HaveCount 1
        foreach ($customer in 'Fabrikam Inc', 'Northwind Traders', 'Tailspin Toys', 'Woodgrove Bank') {
            Get-LogLine $log "Z $customer : saved \d+ Suggested links, created \d+ contacts" | Should -HaveCount 1 -Because "$customer is not stopped by another customer's file"
        }
        Get-LogLine $log 'Contoso Ltd : saved' | Should -BeNullOrEmpty
        @(Get-PsaContactMatchDecision -DecisionPath $store).Count | Should -BeGreaterThan 0
        @(Get-QpWriteRequest $simulator -PathMatch 'company/contacts$' | Where-Object method -eq 'POST').Count | Should -BeGreaterThan 0
    }

    It 'Invoke-NightlyMatch.ps1 and Sync-ContactDetails.ps1 go on past the bad file too, and exit 1' {
        $log = Join-Path $TestDrive 'mixed-nightly.log'
        $run = Invoke-Example 'Invoke-NightlyMatch.ps1' "-AccountPath $mixedPath -ReportPath '$(Join-Path $TestDrive 'mixed-n.html')' -DecisionPath '$(Join-Path $TestDrive 'mixed-create.json')' -LogPath '$log' $(Get-ConnectArgument)"
        $run.ExitCode | Should -Be 1 -Because ($run.StdOut + $run.StdErr)
        Get-LogLine $log 'ERROR \[QuickpassPsa\.AccountFileFormat\] .*contoso\.csv' | Should -HaveCount 1
        Get-LogLine $log ' : company ' | Should -HaveCount 4
        $log2 = Join-Path $TestDrive 'mixed-sync.log'
        $run2 = Invoke-Example 'Sync-ContactDetails.ps1' "-AccountPath $mixedPath -DecisionPath '$(Join-Path $TestDrive 'mixed-create.json')' -LogPath '$log2' -WhatIf $(Get-ConnectArgument)"
        $run2.ExitCode | Should -Be 1 -Because ($run2.StdOut + $run2.StdErr)
        Get-LogLine $log2 'ERROR \[QuickpassPsa\.AccountFileFormat\] .*contoso\.csv' | Should -HaveCount 1
        Get-LogLine $log2 ' linked contacts, changes: ' | Should -HaveCount 4
    }

    It 'Invoke-ContactCreation.ps1 logs every failed create with its id and account, and every warning' {
        Reset-QpSimulator $simulator
        $store = Join-Path $TestDrive 'warn.json'
        # A link of Ann Lee to Natalie Baker's contact, made without a connection (so it keeps no name): Find-PsaContactMatch passes
        # it over with a warning, and saving Ann's own Suggested contact replaces it with another.
        $setup = Invoke-QpPwsh -Script "ConvertTo-QpAccount @{ DisplayName = 'Ann Lee'; UserPrincipalName = 'alee@contoso.com'; Mail = 'ann.lee@contoso.com' } | Set-PsaContactMatch -ContactId 1807 -CompanyId 19297 -DecisionPath '$store' -Confirm:`$false"
        $setup.StdErr | Should -BeNullOrEmpty
        # The first two creates fail on the server (a create is never resent).
        Invoke-RestMethod -Method Post -Uri "$($simulator.BaseUrl)_sim/faults" -ContentType 'application/json' -Body '{"failNextStatus":500,"failNextCount":2,"failNextMethod":"POST"}' | Out-Null
        try {
            $log = Join-Path $TestDrive 'warn.log'
            $run = Invoke-Example 'Invoke-ContactCreation.ps1' "-AccountPath $(Quote $accountFiles) -ReportPath '$(Join-Path $TestDrive 'warn.html')' -DecisionPath '$store' -LogPath '$log' $(Get-ConnectArgument)"
        }
        finally {
            Invoke-RestMethod -Method Post -Uri "$($simulator.BaseUrl)_sim/faults" -ContentType 'application/json' -Body '{}' | Out-Null
        }
        $run.ExitCode | Should -Be 1 -Because ($run.StdOut + $run.StdErr)
        $failedCreates = @(Get-LogLine $log 'ERROR \[QuickpassPsa\.PsaRequestFailed\] ')
        $failedCreates.Count | Should -Be 2
        $accountsNamed = foreach ($line in $failedCreates) {
            # "<customer> : ERROR [id] <account>: For <account>: ConnectWise POST ... failed with HTTP 500"
            $line -match '^\S+ \S+ (?<customer>.+?) : ERROR \[QuickpassPsa\.PsaRequestFailed\] (?<account>.+? <[^>]+>): For (?<again>.+? <[^>]+>): ConnectWise POST \S+company/contacts failed with HTTP 500' | Should -BeTrue -Because $line
            $Matches.account | Should -Be $Matches.again
            $Matches.account
        }
        @($accountsNamed | Select-Object -Unique).Count | Should -Be 2
        Get-LogLine $log "WARNING: The confirmed link of Ann Lee <ann\.lee@contoso\.com> .*1807" | Should -HaveCount 1
        Get-LogLine $log "Contoso Ltd : WARNING: Replaced the older decision 'Confirmed: alee@contoso\.com -> \[1807\]" | Should -HaveCount 1
        Get-LogLine $log "WARNING: The ConnectWise communication types setup table has no email type described exactly 'Email'" | Should -HaveCount 1
    }

    It 'Sync-ContactDetails.ps1 logs a failed update with its id, the account and the contact' {
        Reset-QpSimulator $simulator
        $store = Join-Path $TestDrive 'sync-fail.json'
        $contosoFile = $accountFiles | Where-Object { $_ -like '*contoso.csv' }
        $rows = @(Get-Matches -DecisionPath $store -Path $contosoFile)
        $rows | Where-Object Status -eq Suggested | Save-PsaContactMatch -DecisionPath $store
        $pending = @(Get-Matches -DecisionPath $store -Path $contosoFile | Where-Object Status -eq Matched | Update-PsaContact -DecisionPath $store -WhatIf 6>$null)
        $pending.Count | Should -BeGreaterThan 1
        Invoke-RestMethod -Method Post -Uri "$($simulator.BaseUrl)_sim/faults" -ContentType 'application/json' -Body '{"failNextStatus":500,"failNextCount":1,"failNextMethod":"PATCH"}' | Out-Null
        try {
            $log = Join-Path $TestDrive 'sync-fail.log'
            $run = Invoke-Example 'Sync-ContactDetails.ps1' "-AccountPath '$contosoFile' -DecisionPath '$store' -LogPath '$log' $(Get-ConnectArgument)"
        }
        finally {
            Invoke-RestMethod -Method Post -Uri "$($simulator.BaseUrl)_sim/faults" -ContentType 'application/json' -Body '{}' | Out-Null
        }
        $run.ExitCode | Should -Be 1 -Because ($run.StdOut + $run.StdErr)
        $failed = @(Get-LogLine $log 'Contoso Ltd : ERROR \[QuickpassPsa\.PsaRequestFailed\] ')
        $failed.Count | Should -Be 1
        $failed[0] | Should -Match 'ERROR \[QuickpassPsa\.PsaRequestFailed\] (?<account>.+? <[^>]+>): For (?<again>.+? <[^>]+>) \(contact \[\d+\]\): ConnectWise PATCH \S+company/contacts/\d+\S* failed with HTTP 500'
        Get-LogLine $log ' changed (Email|MobilePhone) ' | Should -HaveCount ($pending.Count - 1)
    }
}

Describe 'Repair-CommunicationTypeTable.ps1' {
    BeforeAll {
        Reset-QpSimulator $simulator
        $null = Connect-QpSimulator $simulator
        $arguments = (Get-ConnectArgument)
        $initial = @(Test-CwCommunicationType)
    }

    It 'under -WhatIf logs every finding and the plan, and changes nothing' {
        $log = Join-Path $TestDrive 'dry.log'
        $run = Invoke-Example 'Repair-CommunicationTypeTable.ps1' "$arguments -LogPath '$log' -WhatIf"
        $run.ExitCode | Should -Be 0 -Because ($run.StdOut + $run.StdErr)
        Get-QpWriteRequest $simulator -PathMatch 'communicationTypes' | Should -BeNullOrEmpty
        $lines = @(Get-Content -LiteralPath $log)
        foreach ($finding in $initial) { $lines -match "Finding $($finding.Code) " | Should -Not -BeNullOrEmpty }
        $lines -match '^\S+ \S+ Would ' | Should -Not -BeNullOrEmpty
    }

    It 'repairs the table so no error-level finding is left, writes the findings report, and exits 0' {
        $initial | Should -Not -BeNullOrEmpty -Because 'the sample site has a broken table'
        $log = Join-Path $TestDrive 'repair.log'
        $report = Join-Path $TestDrive 'findings.html'
        $run = Invoke-Example 'Repair-CommunicationTypeTable.ps1' "$arguments -LogPath '$log' -ReportPath '$report'"
        $run.ExitCode | Should -Be 0 -Because ($run.StdOut + $run.StdErr)
        @(Get-QpWriteRequest $simulator -PathMatch 'communicationTypes').Count | Should -BeGreaterThan 0
        @(Test-CwCommunicationType | Where-Object { "$($_.Severity)" -eq 'Error' }) | Should -BeNullOrEmpty
        $report | Should -Exist
        (Get-Content -LiteralPath $report -Raw) | Should -Match $initial[0].Code
        @(Get-Content -LiteralPath $log) -match '^\S+ \S+ Did ' | Should -Not -BeNullOrEmpty
    }

    It 'changes nothing on the next run' {
        $before = @(Get-QpWriteRequest $simulator -PathMatch 'communicationTypes').Count
        $run = Invoke-Example 'Repair-CommunicationTypeTable.ps1' $arguments
        $run.ExitCode | Should -Be 0 -Because ($run.StdOut + $run.StdErr)
        @(Get-QpWriteRequest $simulator -PathMatch 'communicationTypes').Count | Should -Be $before
    }

    It 'exits 1 with a FAILED line when the site refuses the connection' {
        $refused = Invoke-Example 'Repair-CommunicationTypeTable.ps1' "-Server '$($simulator.ConnectWiseServer)' -CompanyId nosuchcompany -ClientId qpsa-pester -PublicKey ([System.Net.NetworkCredential]::new('', 'x').SecurePassword) -PrivateKey ([System.Net.NetworkCredential]::new('', 'y').SecurePassword)"
        $refused.ExitCode | Should -Be 1
        $refused.StdOut | Should -Match 'FAILED'
    }
}
