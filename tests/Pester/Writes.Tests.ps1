# New-PsaContact and Update-PsaContact as a user meets them: the -WhatIf lines a person reads before
# letting a script write, the change record on screen, and the output objects through JSON, CSV and Clixml.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-QpTestPath Manifest) -Force -ErrorAction Stop
    $simulator = Start-QpSimulator

    $leak = 'QuickpassPsa\.Core|QuickpassPsa\.Cmdlets|Newtonsoft|System\.(String|Object|Collections)|\[\[\]\]'
}

AfterAll {
    Get-PsaConnection | Disconnect-Psa -ErrorAction SilentlyContinue
    Stop-QpSimulator $simulator
    Remove-Module QuickpassPsa -ErrorAction SilentlyContinue
}

Describe 'New-PsaContact -WhatIf in <_>' -ForEach @('ConnectWise', 'Autotask') {
    BeforeAll { Reset-QpSimulator $simulator }

    It 'says what it would create for each account, and sends no write' {
        $run = Invoke-QpPwsh -Script @"
$(Get-QpConnectScript $simulator -Psa $_)
@(
    ([pscustomobject]@{ DisplayName = 'Zed Quinn'; Mail = 'zed.quinn@contoso.com'; MobilePhone = '206 555 0199' } | ConvertTo-QpAccount)
    ([pscustomobject]@{ DisplayName = 'Ray, Yan'; Mail = 'yan.ray@contoso.com' } | ConvertTo-QpAccount)
) | New-PsaContact -CompanyName 'Contoso Ltd' -WhatIf
"@
        $run.StdErr | Should -BeNullOrEmpty
        $run.StdOut | Should -Match ([regex]::Escape("What if: Performing the operation `"Create $_ contact`" on target `"Zed Quinn <zed.quinn@contoso.com>, mobile 206 555 0199 in Contoso Ltd"))
        $run.StdOut | Should -Match ([regex]::Escape("on target `"Yan Ray <yan.ray@contoso.com> in Contoso Ltd"))
        Get-QpWriteRequest $simulator | Should -BeNullOrEmpty
    }
}

Describe 'A prompt nobody can answer, as an RMM agent runs a script (<_>)' -ForEach @('stdin closed', 'stdin closed and -NonInteractive') {
    BeforeAll { Reset-QpSimulator $simulator }

    It 'Repair-CwCommunicationType (it asks by default) and New-PsaContact -Confirm stop with ConfirmationUnavailable, naming -Confirm:$false, and write nothing' {
        # Round 47: with stdin closed the console host failed with a NullReferenceException; with -NonInteractive Repair's
        # error was the bare InvalidOperation.
        $arguments = if ($_ -eq 'stdin closed') { @('-NoProfile') } else { @('-NoProfile', '-NonInteractive') }
        $run = Invoke-QpPwsh -PwshArguments $arguments -Script @"
$(Get-QpConnectScript $simulator)
try { Repair-CwCommunicationType -ErrorAction Stop } catch { "Repair: `$(`$_.FullyQualifiedErrorId) | `$(`$_.Exception.Message)" }
`$account = [pscustomobject]@{ DisplayName = 'Zed Quinn'; Mail = 'zed.quinn@contoso.com' } | ConvertTo-QpAccount
try { `$account | New-PsaContact -CompanyName 'Contoso Ltd' -Confirm -ErrorAction Stop } catch { "New: `$(`$_.FullyQualifiedErrorId) | `$(`$_.Exception.Message)" }
"@
        $run.StdOut | Should -Match 'Repair: QuickpassPsa\.ConfirmationUnavailable,QuickpassPsa\.Cmdlets\.Commands\.RepairCwCommunicationTypeCommand \| Repair-CwCommunicationType asks before each change \(its ConfirmImpact, High,'
        $run.StdOut | Should -Match 'New: QuickpassPsa\.ConfirmationUnavailable,QuickpassPsa\.Cmdlets\.Commands\.NewPsaContactCommand \| New-PsaContact was run with -Confirm, but this session cannot ask'
        ($run.StdOut -split "`n" | Where-Object { $_ -match '(Repair|New): QuickpassPsa' -and $_ -match 'Nothing was changed' -and $_ -match 'pass -Confirm:\$false' }).Count | Should -Be 2
        $run.StdOut + $run.StdErr | Should -Not -Match 'NullReferenceException|Object reference not set'
        Get-QpWriteRequest $simulator | Should -BeNullOrEmpty
    }
}

Describe 'A prompt with standard input an open pipe nobody writes to, as many RMM agents leave it' {
    # Round 61b: with -Confirm, $ConfirmPreference = 'Low' or Repair's High impact, and no -NonInteractive, the console host
    # waited for an answer on the pipe until the agent killed the job; with stdin closed it failed fast. Both fail fast now.
    BeforeAll { Reset-QpSimulator $simulator }

    It 'Repair-CwCommunicationType, Set-PsaContactMatch under $ConfirmPreference Low and New-PsaContact -Confirm stop with ConfirmationUnavailable at once and write nothing' {
        $store = Join-Path $TestDrive 'open-pipe.json'
        $run = Invoke-QpPwsh -PwshArguments @('-NoProfile') -KeepInputOpen -TimeoutSec 60 -Script @"
$(Get-QpConnectScript $simulator)
try { Repair-CwCommunicationType -ErrorAction Stop } catch { "Repair: `$(`$_.FullyQualifiedErrorId) | `$(`$_.Exception.Message)" }
`$account = [pscustomobject]@{ DisplayName = 'Zed Quinn'; Mail = 'zed.quinn@contoso.com' } | ConvertTo-QpAccount
try { & { `$ConfirmPreference = 'Low'; `$account | Set-PsaContactMatch -ContactId 1807 -CompanyId 19297 -DecisionPath '$store' -ErrorAction Stop } } catch { "Set: `$(`$_.FullyQualifiedErrorId) | `$(`$_.Exception.Message)" }
try { `$account | New-PsaContact -CompanyName 'Contoso Ltd' -Confirm -ErrorAction Stop } catch { "New: `$(`$_.FullyQualifiedErrorId) | `$(`$_.Exception.Message)" }
"@
        $run.StdOut | Should -Match 'Repair: QuickpassPsa\.ConfirmationUnavailable,QuickpassPsa\.Cmdlets\.Commands\.RepairCwCommunicationTypeCommand \| Repair-CwCommunicationType asks before each change \(its ConfirmImpact, High,.*standard input is redirected'
        $run.StdOut | Should -Match 'Set: QuickpassPsa\.ConfirmationUnavailable,QuickpassPsa\.Cmdlets\.Commands\.SetPsaContactMatchCommand \| Set-PsaContactMatch asks before each change \(its ConfirmImpact, Low,'
        $run.StdOut | Should -Match 'New: QuickpassPsa\.ConfirmationUnavailable,QuickpassPsa\.Cmdlets\.Commands\.NewPsaContactCommand \| New-PsaContact was run with -Confirm, but this session cannot ask'
        Get-QpWriteRequest $simulator | Should -BeNullOrEmpty
        Test-Path -LiteralPath $store | Should -BeFalse
    }

    It 'leaves alone what asks nothing: -Confirm:$false writes, -WhatIf previews' {
        $store = Join-Path $TestDrive 'open-pipe-2.json'
        $run = Invoke-QpPwsh -PwshArguments @('-NoProfile') -KeepInputOpen -TimeoutSec 60 -Script @"
`$ConfirmPreference = 'Low'
`$account = [pscustomobject]@{ DisplayName = 'Zed Quinn'; Mail = 'zed.quinn@contoso.com' } | ConvertTo-QpAccount
`$account | Set-PsaContactMatch -ContactId 1807 -CompanyId 19297 -DecisionPath '$store' -WhatIf
`$account | Set-PsaContactMatch -ContactId 1807 -CompanyId 19297 -DecisionPath '$store' -Confirm:`$false
"stored: `$(@(Get-PsaContactMatchDecision -DecisionPath '$store').Count)"
"@
        $run.StdErr | Should -BeNullOrEmpty
        $run.StdOut | Should -Match 'What if: Performing the operation "Link to contact \[1807\]'
        $run.StdOut | Should -Match 'stored: 1'
    }

    It 'a console at a terminal still asks, and the answer typed there is taken' -Skip:(-not $IsLinux -or -not (Get-Command script -CommandType Application -ErrorAction SilentlyContinue)) {
        # script(1) gives pwsh a pseudo-terminal as its console: standard input is the terminal, not a pipe.
        $store = Join-Path $TestDrive 'tty.json'
        $file = Join-Path $TestDrive 'tty.ps1'
        Set-Content -LiteralPath $file -Value @"
Import-Module '$(Get-QpTestPath Manifest)' -ErrorAction Stop
`$account = [pscustomobject]@{ DisplayName = 'Zed Quinn'; Mail = 'zed.quinn@contoso.com' } | ConvertTo-QpAccount
`$account | Set-PsaContactMatch -ContactId 1807 -CompanyId 19297 -DecisionPath '$store' -Confirm
"stored: `$(@(Get-PsaContactMatchDecision -DecisionPath '$store').Count)"
"@
        $pwshDll = Join-Path $PSHOME 'pwsh.dll'
        $pwsh = if (Test-Path -LiteralPath $pwshDll) { "dotnet '$pwshDll'" } else { "'$(Join-Path $PSHOME 'pwsh')'" }
        $info = [System.Diagnostics.ProcessStartInfo]::new('script')
        foreach ($a in @('-qec', "$pwsh -NoProfile -File '$file'", '/dev/null')) { $info.ArgumentList.Add($a) }
        $info.RedirectStandardInput = $true
        $info.RedirectStandardOutput = $true
        $info.UseShellExecute = $false
        $process = [System.Diagnostics.Process]::Start($info)
        $seen = [System.Text.StringBuilder]::new()
        $chars = [char[]]::new(4096)
        $read = $process.StandardOutput.ReadAsync($chars, 0, $chars.Length)
        $clock = [System.Diagnostics.Stopwatch]::StartNew()
        $answered = 0
        $typedAt = $null
        $closed = $false
        while ($clock.Elapsed.TotalSeconds -lt 60) {
            if ($read.Wait(200)) {
                if ($read.Result -eq 0) { break }
                [void]$seen.Append($chars, 0, $read.Result)
                $read = $process.StandardOutput.ReadAsync($chars, 0, $chars.Length)
            }
            if (Test-Path -LiteralPath $store) {
                # Answered: end script(1)'s input so that it ends with pwsh, and read the rest of the output.
                if (-not $closed) { $process.StandardInput.Close(); $closed = $true }
                continue
            }
            # Answer each cursor-position query (ESC [6n) as a terminal would: script(1) has no terminal behind it to answer.
            $asked = [regex]::Matches($seen.ToString(), "\x1b\[6n").Count
            for (; $answered -lt $asked; $answered++) { $process.StandardInput.Write("`e[1;1R"); $process.StandardInput.Flush() }
            # Once the question shows, type Y and Enter (again after a while, should a keystroke have crossed a query).
            if ($seen.ToString().Contains('(default is') -and ($null -eq $typedAt -or ($clock.Elapsed - $typedAt).TotalSeconds -gt 3)) {
                $process.StandardInput.Write("Y`r"); $process.StandardInput.Flush()
                $typedAt = $clock.Elapsed
            }
        }
        if (-not $closed) { $process.StandardInput.Close() }
        if (-not $process.WaitForExit(10000)) { $process.Kill($true) }
        $text = $seen.ToString() -replace '\x1b\[[0-9;?]*[A-Za-z]'
        $text | Should -Match 'Performing the operation "Link to contact \[1807\] in company 19297"'
        $text | Should -Match 'stored: 1'
        $text | Should -Not -Match 'ConfirmationUnavailable'
    }
}

Describe 'New-PsaContact in ConnectWise' {
    BeforeAll { Reset-QpSimulator $simulator }

    It 'warns once that the table has no plain Email type and names Repair-CwCommunicationType' {
        $run = Invoke-QpPwsh -Script @"
$(Get-QpConnectScript $simulator)
@(
    ([pscustomobject]@{ DisplayName = 'Zed Quinn'; Mail = 'zed.quinn@contoso.com' } | ConvertTo-QpAccount)
    ([pscustomobject]@{ DisplayName = 'Yan Ray'; Mail = 'yan.ray@contoso.com' } | ConvertTo-QpAccount)
) | New-PsaContact -CompanyName 'Contoso Ltd' -WhatIf
"@
        $warnings = @($run.StdOut -split '\r?\n' | Where-Object { $_ -like 'WARNING:*' })
        $warnings.Count | Should -Be 1
        $warnings[0] | Should -Match "'Email - Work'.*Repair-CwCommunicationType"
    }
}

Describe 'New-PsaContact''s name rules against the simulator in <_> (round 75b)' -ForEach @('ConnectWise', 'Autotask') {
    # Round 75b: couples ('Maria y Pablo' | Ruiz, full-width '＆', 'Anna, Ben', 'Mr/Mrs', "The Lowe Family") were created as one
    # person's contact, departments beside a name with other marks than a dash were split into it ("Finance: Ian" | "Brook"), the two
    # PSAs split "Ian Brook @ Finance" differently, and "Santiago Ramón y Cajal" was created as "Santiago Ramón y" | "Cajal".
    BeforeAll {
        Reset-QpSimulator $simulator
        $savedDataRoot = $env:QUICKPASSPSA_DATA
        $env:QUICKPASSPSA_DATA = Join-Path $TestDrive "names-$_"
        Connect-QpSimulator $simulator -Psa $_ | Out-Null
        $company = Get-PsaCompany -Name 'Contoso Ltd'
        $cases = @(
            @{ Mail = 'n1@contoso.com'; GivenName = 'Maria y Pablo'; Surname = 'Ruiz'; Want = 'couple' }
            @{ Mail = 'n2@contoso.com'; GivenName = "Anna $([char]0xFF06) Ben"; Surname = 'Quorrell'; Want = 'couple' }
            @{ Mail = 'n3@contoso.com'; GivenName = 'Anna, Ben'; Surname = 'Quorrell'; Want = 'couple' }
            @{ Mail = 'n4@contoso.com'; GivenName = 'Mr/Mrs'; Surname = 'Lowenthal'; Want = 'couple' }
            @{ Mail = 'n5@contoso.com'; DisplayName = 'The Lowenthal Family'; Want = 'family' }
            @{ Mail = 'n6@contoso.com'; DisplayName = 'Finance: Ivo Brackwater'; Want = "'Finance', before the colon" }
            @{ Mail = 'n7@contoso.com'; DisplayName = 'Ivo Brackwater | Accounts'; Want = "'Accounts', after the vertical bar" }
            @{ Mail = 'n8@contoso.com'; DisplayName = 'Ivo Brackwater @ Finance'; Want = "'Finance', after the @" }
            @{ Mail = 'n9@contoso.com'; DisplayName = 'Ivo Brackwater, Finance'; Want = "'Finance', after the comma" }
            @{ Mail = 'n10@contoso.com'; DisplayName = 'FINANCE Ivo Brackwater'; Want = "'FINANCE', written first in capitals" }
            @{ Mail = 'n11@contoso.com'; DisplayName = 'Finance / Ivo Brackwater'; Want = "'Finance' reads as a department" }
            @{ Mail = 'n12@contoso.com'; DisplayName = 'Ivo Brackwater [Finance]'; Want = 'Ivo | Brackwater' }
            @{ Mail = 'n13@contoso.com'; DisplayName = 'Santiago Ramón y Cajal'; Want = 'Santiago | Ramón y Cajal' }
            @{ Mail = 'n14@contoso.com'; DisplayName = 'Josep Puig i Cadafalch'; Want = 'Josep | Puig i Cadafalch' }
        )
        $accounts = foreach ($case in $cases) {
            $record = @{ Mail = $case.Mail }
            foreach ($field in 'DisplayName', 'GivenName', 'Surname') { if ($case[$field]) { $record[$field] = $case[$field] } }
            [pscustomobject]$record | ConvertTo-QpAccount
        }
        $out = @($accounts | New-PsaContact -Company $company -Confirm:$false -ErrorVariable refused -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)
        $errorsByMail = @{}
        foreach ($record in $refused) { $errorsByMail[$record.TargetObject.Email] = $record }
        $created = @{}
        foreach ($contact in Get-PsaContact -Company $company) { foreach ($mail in $contact.Emails) { $created[$mail] = "$($contact.FirstName) | $($contact.LastName)" } }
    }

    AfterAll {
        Get-PsaConnection | Disconnect-Psa -ErrorAction SilentlyContinue
        $env:QUICKPASSPSA_DATA = $savedDataRoot
    }

    It 'refuses every couple and family with ContactNameUnsplittable and the shared mailbox''s advice, creating nothing for them' {
        foreach ($case in $cases | Where-Object { $_.Want -in 'couple', 'family' }) {
            $record = $errorsByMail[$case.Mail]
            $record | Should -Not -BeNullOrEmpty -Because "$($case.Mail) was created as $($created[$case.Mail])"
            $record.FullyQualifiedErrorId | Should -BeLike 'QuickpassPsa.ContactNameUnsplittable,*'
            $record.Exception.Message | Should -Match $(if ($case.Want -eq 'family') { 'names a family, not one person' } else { 'names two people' })
            $record.ErrorDetails.RecommendedAction | Should -Match $(if ($case.Want -eq 'family') { "^This mailbox is a family's\..*by hand" } else { '^This mailbox names two people\..*by hand' })
            $created[$case.Mail] | Should -BeNullOrEmpty
        }
    }

    It 'refuses a department beside the name, naming it' {
        foreach ($case in $cases | Where-Object { $_.Want -like "'*" }) {
            $record = $errorsByMail[$case.Mail]
            $record | Should -Not -BeNullOrEmpty -Because "$($case.DisplayName) was created as $($created[$case.Mail])"
            $record.FullyQualifiedErrorId | Should -BeLike 'QuickpassPsa.ContactNameUnsplittable,*'
            $record.Exception.Message | Should -BeLike "The name '$($case.DisplayName)' cannot be split into a first and a last name: *$($case.Want)*"
            $record.ErrorDetails.RecommendedAction | Should -Match 'set the given name and surname'
            $created[$case.Mail] | Should -BeNullOrEmpty
        }
    }

    It 'sets a bracketed note aside and keeps joined Spanish and Catalan surnames together' {
        foreach ($case in $cases | Where-Object { $_.Want -like '* | *' }) {
            $errorsByMail[$case.Mail] | Should -BeNullOrEmpty
            $created[$case.Mail] | Should -Be $case.Want
        }
        $out.Count | Should -Be 3
    }
}

Describe 'New-PsaContact Examples 2 and 3 on the sample tenant in <_>' -ForEach @('ConnectWise', 'Autotask') {
    # docs/New-PsaContact.md Examples 2 and 3 pipe Get-QpAccount straight in. Łukasz Nowak's contact "Lukasz Nowak" has his
    # mobile and no email: the matcher links it (Suggested), so no second contact may be made for him (round 47c).
    BeforeAll {
        Reset-QpSimulator $simulator
        $savedDataRoot = $env:QUICKPASSPSA_DATA
        $env:QUICKPASSPSA_DATA = Join-Path $TestDrive "data-$_"
        Connect-QpSimulator $simulator -Psa $_ | Out-Null
        $path = Join-Path (Get-QpTestPath Samples) 'contoso-users.csv'
        $company = Get-PsaCompany -Name 'Contoso Ltd'
        $contactsBefore = @(Get-PsaContact -Company $company)
        if ($_ -eq 'ConnectWise') {
            # Example 3, as written (the sample tenant's ConnectWise id of Contoso Ltd is 19297).
            $out = @(Get-QpAccount -Path $path -ErrorAction SilentlyContinue |
                New-PsaContact -CompanyId 19297 -EmailType 'Email - Work' -MobileType 'Cell' -ErrorVariable created -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)
        }
        else {
            # Example 2, as written.
            $out = @(Get-QpAccount -Path $path -ErrorAction SilentlyContinue |
                New-PsaContact -Company $company -ErrorVariable created -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)
        }
        $errorsSeen = @($created)
        $contactsAfter = @(Get-PsaContact -Company $company)
    }

    AfterAll {
        Get-PsaConnection | Disconnect-Psa -ErrorAction SilentlyContinue
        $env:QUICKPASSPSA_DATA = $savedDataRoot
    }

    It 'creates no second contact for Łukasz Nowak and says why' {
        @($contactsAfter | Where-Object LastName -eq 'Nowak').Count | Should -Be 1
        $refusal = @($errorsSeen | Where-Object { $_.FullyQualifiedErrorId -like 'QuickpassPsa.ContactMayExist,*' })
        $refusal.Count | Should -Be 1
        $refusal[0].TargetObject.Email | Should -Be 'lukasz.nowak@contoso.com'
        $refusal[0].Exception.Message | Should -Match 'Lukasz Nowak \[\d+\].*Suggested.*Find-PsaContactMatch.*-Force'
        $out.Account.Email | Should -Not -Contain 'lukasz.nowak@contoso.com'
    }

    It 'duplicates no one: every contact name appears as often as before' {
        $names = { "$($_.FirstName) $($_.LastName)".ToLowerInvariant() }
        $before = $contactsBefore | Group-Object $names -AsHashTable -AsString
        foreach ($group in $contactsAfter | Group-Object $names) {
            $group.Count | Should -Be $(if ($before[$group.Name]) { $before[$group.Name].Count } else { 1 }) -Because $group.Name
        }
    }

    It 'stores no link to a contact for Łukasz, and Find-PsaContactMatch still suggests his one contact' {
        $row = Get-QpAccount -Path $path -ErrorAction SilentlyContinue | Where-Object Email -eq 'lukasz.nowak@contoso.com' | Find-PsaContactMatch -Company $company
        $row.Status | Should -Be 'Suggested'
        $row.Contact.LastName | Should -Be 'Nowak'
    }
}

Describe 'An onboarding day: Get-QpAccount | New-PsaContact, then the same again, in <_>' -ForEach @('ConnectWise', 'Autotask') {
    # Round 48b. Contoso Ltd holds the staff's contacts at their own addresses, the returning Tom Baker's old contact (inactive,
    # no email, his mobile) and Fiona Grant's (no email). The file holds the staff, Tom, Fiona and new hires.
    BeforeAll {
        $psa = $_
        $tenant = Get-Content -Raw (Join-Path (Get-QpTestPath Samples) 'sample-tenant.json') | ConvertFrom-Json
        $people = @(
            @{ First = 'John Paul'; Last = 'Smith'; Email = 'john.smith@contoso.com'; Mobile = $null; Active = $true }
            @{ First = 'James'; Last = 'Wilson'; Email = 'james.wilson@contoso.com'; Mobile = $null; Active = $true }
            @{ First = 'Thomas'; Last = 'Baker'; Email = $null; Mobile = '+1 425 555 0402'; Active = $false }
            @{ First = 'Fiona'; Last = 'Grant'; Email = $null; Mobile = $null; Active = $true }
        )
        $id = 9200
        foreach ($p in $people) {
            $id++
            if ($psa -eq 'ConnectWise') {
                $items = @()
                if ($p.Email) { $items += [pscustomobject]@{ type = @{ id = 1; name = 'Email - Work' }; value = $p.Email; defaultFlag = $true } }
                if ($p.Mobile) { $items += [pscustomobject]@{ type = @{ id = 4; name = 'Cell' }; value = $p.Mobile; defaultFlag = $true } }
                $tenant.connectWise.contacts += [pscustomobject]@{ id = $id; firstName = $p.First; lastName = $p.Last; company = @{ id = 19297 }; inactiveFlag = -not $p.Active; communicationItems = $items }
            }
            else {
                $tenant.autotask.contacts += [pscustomobject]@{ id = 39200000 + $id; companyID = 29683506; firstName = $p.First; lastName = $p.Last; emailAddress = $p.Email; mobilePhone = $p.Mobile; isActive = [int]$p.Active }
            }
        }
        $seed = Join-Path $TestDrive "onboarding-$psa.json"
        $tenant | ConvertTo-Json -Depth 20 | Set-Content -LiteralPath $seed -Encoding utf8
        Reset-QpSimulator $simulator -Seed $seed
        $savedDataRoot = $env:QUICKPASSPSA_DATA
        $env:QUICKPASSPSA_DATA = Join-Path $TestDrive "onboarding-data-$psa"
        Connect-QpSimulator $simulator -Psa $psa | Out-Null
        $file = Join-Path $TestDrive "onboarding-$psa.csv"
        @(
            'DisplayName,GivenName,Surname,Mail,MobilePhone'
            'John Paul Smith,John Paul,Smith,john.smith@contoso.com,'
            'James Wilson,James,Wilson,james.wilson@contoso.com,'
            'Tom Baker,Tom,Baker,tom.baker@contoso.com,+1 425 555 0402'
            'Fiona Grant,Fiona,Grant,fiona.grant@contoso.com,'
            'Paul Smith,Paul,Smith,paul.smith@contoso.com,'
            'James Wilson,James,Wilson,james.wilson2@contoso.com,'
            'Priya Raman,Priya,Raman,priya.raman@contoso.com,'
            'Oskar Lind,Oskar,Lind,oskar.lind@contoso.com,+1 425 555 0777'
        ) | Set-Content -LiteralPath $file -Encoding utf8
        $company = Get-PsaCompany -Name 'Contoso Ltd'
        $extra = if ($psa -eq 'ConnectWise') { @{ EmailType = 'Email - Work'; MobileType = 'Cell' } } else { @{} }
        function Invoke-Onboarding {
            $errs = $null
            $out = @(Get-QpAccount -Path $file | New-PsaContact -Company $company @extra -ErrorVariable errs -ErrorAction SilentlyContinue)
            [pscustomobject]@{ Out = $out; Errors = @($errs) }
        }
        # What Example 1 says of the same file: the accounts it leaves Unmatched are the ones to create.
        $unmatched = @(Get-QpAccount -Path $file | Find-PsaContactMatch -Company $company -IncludeInactive | Where-Object Status -eq Unmatched | ForEach-Object { $_.Account.Email })
        $contactsBefore = @(Get-PsaContact -Company $company -IncludeInactive)
        $first = Invoke-Onboarding
        $contactsAfterFirst = @(Get-PsaContact -Company $company -IncludeInactive)
    }

    AfterAll {
        Get-PsaConnection | Disconnect-Psa -ErrorAction SilentlyContinue
        $env:QUICKPASSPSA_DATA = $savedDataRoot
    }

    It 'gives the returning employee no twin: his inactive contact is named' {
        @($contactsAfterFirst | Where-Object LastName -eq 'Baker' | Where-Object FirstName -in 'Tom', 'Thomas').Count | Should -Be 1
        $refusal = @($first.Errors | Where-Object { $_.TargetObject.Email -eq 'tom.baker@contoso.com' })
        $refusal.Count | Should -Be 1
        $refusal[0].FullyQualifiedErrorId | Should -BeLike 'QuickpassPsa.ContactMayExist,*'
        $refusal[0].Exception.Message | Should -Match 'Thomas Baker \[\d+\].*InactiveContact'
    }

    It 'creates the genuine new hires, exactly those Find-PsaContactMatch leaves Unmatched, and returns the staff' {
        $unmatched | Should -Contain 'priya.raman@contoso.com'
        $unmatched | Should -Contain 'oskar.lind@contoso.com'
        $created = @($contactsAfterFirst | Where-Object { $_.Id -notin $contactsBefore.Id })
        @($created | ForEach-Object { $_.Emails[0] } | Sort-Object) | Should -Be @($unmatched | Sort-Object)
        foreach ($staff in 'john.smith@contoso.com', 'james.wilson@contoso.com') {
            ($first.Out | Where-Object { $_.Account.Email -eq $staff }).Contact.Emails[0] | Should -Be $staff
        }
        # Every account is either returned or refused with its reason, never both.
        $first.Out.Count + $first.Errors.Count | Should -Be 8
        @($first.Errors | Where-Object { $_.FullyQualifiedErrorId -notlike 'QuickpassPsa.ContactMayExist,*' }) | Should -BeNullOrEmpty
    }

    It 'creates nothing on a rerun of the same command and refuses the same accounts' {
        $writes = @(Get-QpWriteRequest $simulator).Count
        $again = Invoke-Onboarding
        @(Get-QpWriteRequest $simulator).Count | Should -Be $writes
        @($again.Errors | ForEach-Object { $_.TargetObject.Email } | Sort-Object) | Should -Be @($first.Errors | ForEach-Object { $_.TargetObject.Email } | Sort-Object)
        @($again.Out | ForEach-Object { "$($_.Account.Email)=$($_.Contact.Id)" } | Sort-Object) | Should -Be @($first.Out | ForEach-Object { "$($_.Account.Email)=$($_.Contact.Id)" } | Sort-Object)
    }

    It 'returns an account linked by hand with its contact, without an error, on every later run' {
        ($first.Errors | Where-Object { $_.TargetObject.Email -eq 'fiona.grant@contoso.com' }).FullyQualifiedErrorId | Should -BeLike 'QuickpassPsa.ContactMayExist,*'
        $fiona = $contactsBefore | Where-Object { $_.FirstName -eq 'Fiona' -and $_.LastName -eq 'Grant' }
        Get-QpAccount -Path $file | Where-Object Email -eq 'fiona.grant@contoso.com' | Set-PsaContactMatch -Contact $fiona -Confirm:$false | Out-Null
        $writes = @(Get-QpWriteRequest $simulator).Count
        $later = Invoke-Onboarding
        $later.Errors | Where-Object { $_.TargetObject.Email -eq 'fiona.grant@contoso.com' } | Should -BeNullOrEmpty
        $row = $later.Out | Where-Object { $_.Account.Email -eq 'fiona.grant@contoso.com' }
        $row.Status | Should -Be 'Matched'
        $row.Contact.Id | Should -Be $fiona.Id
        $row.Reasons | Should -Be @('StoredDecision')
        @(Get-QpWriteRequest $simulator).Count | Should -Be $writes
    }
}

Describe 'Update-PsaContact as a user sees it' {
    BeforeAll {
        Reset-QpSimulator $simulator
        Connect-QpSimulator $simulator | Out-Null
        # New-PsaContact finds Natalie's existing contact by email (no write) and hands back the linked pair.
        $account = ([pscustomobject]@{ DisplayName = 'Natalie Baker'; Mail = 'natalie.baker@contoso.com'; MobilePhone = '+1 425 555 0999' } | ConvertTo-QpAccount)
        $linked = $account | New-PsaContact -CompanyName 'Contoso Ltd'
    }

    It 'says what -WhatIf would change and sends nothing' {
        $run = Invoke-QpPwsh -Script @"
$(Get-QpConnectScript $simulator)
([pscustomobject]@{ DisplayName = 'Natalie Baker'; Mail = 'natalie.baker@contoso.com'; MobilePhone = '+1 425 555 0999' } | ConvertTo-QpAccount) |
    New-PsaContact -CompanyName 'Contoso Ltd' | Update-PsaContact -WhatIf | Format-Table | Out-String -Width 200
"@
        $run.StdErr | Should -BeNullOrEmpty
        $run.StdOut | Should -Match ([regex]::Escape("What if: Performing the operation `"Update ConnectWise contact: MobilePhone '(425) 555-0170' -> '+1 425 555 0999'`" on target `"Natalie Baker [1807]`""))
        $run.StdOut | Should -Match 'MobilePhone\s+\(425\) 555-0170\s+\+1 425 555 0999\s+False'
        Get-QpWriteRequest $simulator | Should -BeNullOrEmpty
    }

    It 'shows the change record as a table of its own columns' {
        $linked.Status | Should -Be 'Matched'
        $changes = @($linked | Update-PsaContact)
        $changes.Count | Should -Be 1
        $text = $changes | Format-Table | Out-String -Width 200
        $text | Should -Match 'Contact\s+Field\s+Before\s+After\s+Applied'
        $text | Should -Match 'Natalie Baker\s+MobilePhone\s+\(425\) 555-0170\s+\+1 425 555 0999\s+True'
        $text | Should -Match '\[1807\]'
        $text | Should -Not -Match $leak
        (Get-PsaContact -CompanyName 'Contoso Ltd' -Email 'natalie.baker@contoso.com').MobilePhone | Should -Be '+1 425 555 0999'
        $script:change = $changes[0]
    }

    It 'a change record survives ConvertTo-Json, Export-Csv and Export-Clixml' {
        $json = $script:change | ConvertTo-Json -Depth 5 | ConvertFrom-Json
        $json.Field | Should -Be 'MobilePhone'
        $json.After | Should -Be '+1 425 555 0999'
        $json.Applied | Should -BeTrue

        $csv = Join-Path $TestDrive 'changes.csv'
        $script:change | Export-Csv -Path $csv -NoTypeInformation
        $row = Import-Csv -Path $csv
        $row.Before | Should -Be '(425) 555-0170'
        $row.ContactId | Should -Be '1807'
        (Get-Content -LiteralPath $csv -Raw) | Should -Not -Match $leak

        $xml = Join-Path $TestDrive 'changes.xml'
        $script:change | Export-Clixml -Path $xml
        $back = Import-Clixml -Path $xml
        $back.PSObject.TypeNames[0] | Should -Be 'Deserialized.QuickpassPsa.Core.Psa.Writes.ContactChange'
        foreach ($name in 'Psa', 'ContactId', 'ContactName', 'AccountId', 'Account', 'Field', 'Before', 'After', 'TypeBefore', 'TypeAfter', 'Applied') {
            $back.$name | Should -Be $script:change.$name -Because $name
        }
        ($back | Format-Table | Out-String -Width 200) | Should -Match 'Contact\s+Field\s+Before\s+After\s+Applied'
    }

    It 'the linked pair New-PsaContact emits survives ConvertTo-Json, Export-Csv and Export-Clixml' {
        $json = $linked | ConvertTo-Json -Depth 5 | ConvertFrom-Json
        $json.Contact.Id | Should -Be '1807'
        $json.Account.Email | Should -Be 'natalie.baker@contoso.com'

        $csv = Join-Path $TestDrive 'linked.csv'
        $linked | Export-Csv -Path $csv -NoTypeInformation
        $row = Import-Csv -Path $csv
        $row.Status | Should -Be 'Matched'
        $row.ContactId | Should -Be '1807'
        $row.Reasons | Should -Be 'EmailPrimary'
        (Get-Content -LiteralPath $csv -Raw) | Should -Not -Match 'System\.(String|Object|Collections)|\[\]'

        $xml = Join-Path $TestDrive 'linked.xml'
        $linked | Export-Clixml -Path $xml
        $back = Import-Clixml -Path $xml
        # Status comes back from Clixml as the enum's number (4): ContactMatch is the findmatch part's type, reported to the lead.
        $back.Contact.Id | Should -Be '1807'
        $back.Account.Email | Should -Be 'natalie.baker@contoso.com'
    }
}

Describe 'Update-PsaContact''s messages as a script''s log reads them' {
    BeforeAll { Reset-QpSimulator $simulator }

    It 'names the account whose stored link Find-PsaContactMatch passed over for a short id, says why and what to do, and writes nothing' {
        # Round 65b: with sAMAccountName-like ids, a changed address lost the stored link, and the accounts Update-PsaContact is for
        # were skipped under a generic "not linked pairs" warning.
        $v1 = Join-Path $TestDrive 'short-v1.csv'; $v2 = Join-Path $TestDrive 'short-v2.csv'; $store = Join-Path $TestDrive 'short.json'
        "Id,Display Name,First Name,Last Name,Email,UserPrincipalName`nnbaker,Natalie Baker,Natalie,Baker,natalie.baker@contoso.com,natalie.baker@contoso.com" | Set-Content -LiteralPath $v1
        "Id,Display Name,First Name,Last Name,Email,UserPrincipalName`nnbaker,Natalie Baker,Natalie,Baker,natalie.miller@contoso.com,natalie.miller@contoso.com" | Set-Content -LiteralPath $v2
        $run = Invoke-QpPwsh -Script @"
$(Get-QpConnectScript $simulator)
Get-QpAccount -Path '$v1' | Set-PsaContactMatch -ContactId 1807 -CompanyId 19297 -DecisionPath '$store' -Confirm:`$false
Get-QpAccount -Path '$v2' | Find-PsaContactMatch -CompanyId 19297 -DecisionPath '$store' | Update-PsaContact -DecisionPath '$store'
"@
        $run.StdErr | Should -BeNullOrEmpty
        $warnings = @(($run.StdOut -replace '\r?\n(?!WARNING:)', ' ') -split '\r?\n' | Where-Object { $_ -like 'WARNING:*' })
        $warnings.Count | Should -Be 2 -Because $run.StdOut
        $warnings[0] | Should -Match '^WARNING: 1 row was not updated because it is not a linked pair'
        $warnings[1] | Should -Match ([regex]::Escape("Natalie Baker <natalie.miller@contoso.com> (stored link to Natalie Baker [1807], id 'nbaker')"))
        $warnings[1] | Should -Match 'short one, such as a sAMAccountName'
        $warnings[1] | Should -Match 'both its email and its UPN changed'
        $warnings[1] | Should -Match 'Set-PsaContactMatch -Match <its row> -ContactId 1807'
        $warnings[1] | Should -Match 'alias'
        Get-QpWriteRequest $simulator -PathMatch 'contacts/1807' | Should -BeNullOrEmpty
    }

    It '-WhatIf shows an address handed on within one run as the real run writes it, and both say so' {
        # Round 67a (u2.ps1 "chain"): Natalie's row releases natalie.baker@ and Mark's takes it; -WhatIf refused Mark's row
        # (AddressHeldByOtherContact) while the real run wrote both, and neither said the address went from one person to another.
        $v1 = Join-Path $TestDrive 'chain-v1.csv'; $v2 = Join-Path $TestDrive 'chain-v2.csv'; $store = Join-Path $TestDrive 'chain.json'
        "Id,Display Name,First Name,Last Name,Email,UserPrincipalName`n0f8fad5b-d9cb-469f-a165-708677289501,Natalie Baker,Natalie,Baker,natalie.baker@contoso.com,natalie.baker@contoso.com`n0f8fad5b-d9cb-469f-a165-708677289502,Mark Campbell,Mark,Campbell,mark.campbell@contoso.com,mark.campbell@contoso.com" | Set-Content -LiteralPath $v1
        "Id,Display Name,First Name,Last Name,Email,UserPrincipalName`n0f8fad5b-d9cb-469f-a165-708677289501,Natalie Baker,Natalie,Baker,natalie.miller@contoso.com,natalie.baker@contoso.com`n0f8fad5b-d9cb-469f-a165-708677289502,Mark Campbell,Mark,Campbell,natalie.baker@contoso.com,mark.campbell@contoso.com" | Set-Content -LiteralPath $v2
        foreach ($mode in '-WhatIf', '-Confirm:$false') {
            $run = Invoke-QpPwsh -Script @"
$(Get-QpConnectScript $simulator)
Get-QpAccount -Path '$v1' | Find-PsaContactMatch -CompanyId 19297 -DecisionPath '$store' | Where-Object Status -eq Suggested | Save-PsaContactMatch -DecisionPath '$store' -Confirm:`$false | Out-Null
Get-QpAccount -Path '$v2' | Find-PsaContactMatch -CompanyId 19297 -DecisionPath '$store' | Update-PsaContact -DecisionPath '$store' $mode | Format-Table ContactId, Field, Before, After, Applied | Out-String -Width 200
"@
            $run.StdErr | Should -BeNullOrEmpty -Because $mode
            $text = $run.StdOut -replace '\r?\n(?!WARNING:|What if:|\s*\d{4}\s)', ' '
            $text | Should -Match '1807\s+Email\s+natalie\.baker@contoso\.com\s+natalie\.miller@contoso\.com' -Because $run.StdOut
            $text | Should -Match '1808\s+Email\s+mark\.campbell@contoso\.com\s+natalie\.baker@contoso\.com'
            $text | Should -Match ([regex]::Escape('WARNING: For Mark Campbell <natalie.baker@contoso.com>: the address natalie.baker@contoso.com was on the active contact Natalie Baker [1807] of the same company until an earlier row of this run'))
            $text | Should -Match 'handed on from one person to another'
        }
        (Get-PsaContact -CompanyName 'Contoso Ltd' -Email 'natalie.baker@contoso.com' -Connection (Connect-QpSimulator $simulator)).Id | Should -Be '1808'
        Reset-QpSimulator $simulator
    }

    It 'begins a failed write''s $_.Exception.Message with the account and the contact, as the log prints it' {
        Invoke-RestMethod -Method Post -Uri "$($simulator.BaseUrl)_sim/faults" -ContentType 'application/json' -Body '{"failNextStatus":500,"failNextCount":1,"failNextMethod":"PATCH"}' | Out-Null
        try {
            $run = Invoke-QpPwsh -Script @"
$(Get-QpConnectScript $simulator)
`$account = [pscustomobject]@{ DisplayName = 'Natalie Baker'; Mail = 'natalie.baker@contoso.com'; MobilePhone = '+1 425 555 0888' } | ConvertTo-QpAccount
try { `$account | New-PsaContact -CompanyName 'Contoso Ltd' | Update-PsaContact -DecisionPath '$(Join-Path $TestDrive 'fail.json')' -ErrorAction Stop }
catch { 'LOG: [' + `$_.FullyQualifiedErrorId.Split(',')[0] + '] ' + `$_.Exception.Message }
"@
        }
        finally {
            Invoke-RestMethod -Method Post -Uri "$($simulator.BaseUrl)_sim/faults" -ContentType 'application/json' -Body '{}' | Out-Null
        }
        $log = @($run.StdOut -split '\r?\n' | Where-Object { $_ -like 'LOG:*' })
        $log.Count | Should -Be 1 -Because ($run.StdOut + $run.StdErr)
        $log[0] | Should -Match '^LOG: \[QuickpassPsa\.PsaRequestFailed\] For Natalie Baker <natalie\.baker@contoso\.com> \(contact \[1807\]\): ConnectWise PATCH \S+ failed with HTTP 500'
    }
}

Describe 'Update-PsaContact on items under a type of two kinds, as a user sees it' {
    # Round 70b (t10): 'Cell' with the email and the phone flag. Ann's number under it, read as her mobile, was overwritten in place with
    # the account's new mobile, and stayed under 'Cell', which ConnectWise files as an email. The item now moves to the clean type a new
    # item would get, in the same write, and -WhatIf and the change objects say so.
    BeforeAll {
        # The sample tenant's companies; a table of one's own ("e", "p", "d" are the flags); Ann and Bob in Contoso Ltd.
        function Set-QpMixedTenant([object[]] $Types) {
            $document = Get-Content -Raw -LiteralPath (Join-Path (Get-QpTestPath Samples) 'sample-tenant.json') | ConvertFrom-Json -AsHashtable
            $document.connectWise.communicationTypes = @($Types | ForEach-Object {
                    @{ id = $_[0]; description = $_[1]; emailFlag = $_[2] -match 'e'; phoneFlag = $_[2] -match 'p'; faxFlag = $false; defaultFlag = $_[2] -match 'd' } })
            $document.connectWise.contacts = @(
                @{ id = 5001; firstName = 'Ann'; lastName = 'Lee'; company = @{ id = 19297 }; communicationItems = @(
                        @{ type = @{ id = 1 }; value = 'ann.lee@contoso.com'; defaultFlag = $true }, @{ type = @{ id = 7 }; value = '07700 900111' }) }
                @{ id = 5002; firstName = 'Bob'; lastName = 'Ray'; company = @{ id = 19297 }; communicationItems = @(
                        @{ type = @{ id = 7 }; value = 'bob.ray@contoso.com' }) })
            $path = Join-Path $TestDrive ('seed-' + [guid]::NewGuid() + '.json')
            $document | ConvertTo-Json -Depth 20 | Set-Content -LiteralPath $path
            Reset-QpSimulator $simulator -Seed $path
        }
        $script:clean = @((1, 'Email', 'ed'), (2, 'Direct', 'pd'), (3, 'Mobile', 'p'), (7, 'Cell', 'ep'))
        $script:pipeline = @"
@(
    ([pscustomobject]@{ DisplayName = 'Ann Lee'; Mail = 'ann.lee@contoso.com'; MobilePhone = '+44 7700 900222' } | ConvertTo-QpAccount)
    ([pscustomobject]@{ DisplayName = 'Bob Ray'; Mail = 'bob.ray@contoso.com'; MobilePhone = '+44 7700 900333' } | ConvertTo-QpAccount)
) | Find-PsaContactMatch -CompanyId 19297 -DecisionPath (Join-Path `$env:TEMP_QP 'store.json') | Update-PsaContact -IncludeSuggested -DecisionPath (Join-Path `$env:TEMP_QP 'store.json')
"@
    }

    It '-WhatIf names the move, the change objects carry the types, and nothing is sent' {
        Set-QpMixedTenant $script:clean
        $run = Invoke-QpPwsh -Environment @{ TEMP_QP = "$TestDrive" } -Script @"
$(Get-QpConnectScript $simulator)
$($script:pipeline) -WhatIf | Format-List ContactName, Field, Before, After, TypeBefore, TypeAfter, Applied | Out-String -Width 300
"@
        $run.StdErr | Should -BeNullOrEmpty
        $run.StdOut | Should -Match ([regex]::Escape("What if: Performing the operation `"Update ConnectWise contact: MobilePhone '07700 900111' -> '+44 7700 900222' (moved from the type 'Cell', which has the flags of two kinds (MixedFlags), to 'Mobile')`" on target `"Ann Lee [5001]`"."))
        # Bob's number under Cell is none (his only item is an address): a new item under Mobile, no move.
        $run.StdOut | Should -Match ([regex]::Escape("What if: Performing the operation `"Update ConnectWise contact: MobilePhone '' -> '+44 7700 900333'`" on target `"Bob Ray [5002]`"."))
        $run.StdOut | Should -Match 'ContactName : Ann Lee\s+Field\s+: MobilePhone\s+Before\s+: 07700 900111\s+After\s+: \+44 7700 900222\s+TypeBefore\s+: Cell\s+TypeAfter\s+: Mobile\s+Applied\s+: False'
        $run.StdOut | Should -Match 'ContactName : Bob Ray\s+Field\s+: MobilePhone\s+Before\s+:\s+After\s+: \+44 7700 900333\s+TypeBefore\s+:\s+TypeAfter\s+: Mobile\s+Applied\s+: False'
        Get-QpWriteRequest $simulator | Should -BeNullOrEmpty
    }

    It 'the real run moves the item with the new value, the change records say so through Export-Csv, and a second run changes nothing' {
        Set-QpMixedTenant $script:clean
        $csv = Join-Path $TestDrive 'mixed-changes.csv'
        $run = Invoke-QpPwsh -Environment @{ TEMP_QP = "$TestDrive" } -Script @"
$(Get-QpConnectScript $simulator)
$($script:pipeline) -Confirm:`$false | Export-Csv -LiteralPath '$csv' -NoTypeInformation
'SECOND: ' + @($($script:pipeline) -Confirm:`$false).Count
"@
        $run.StdErr | Should -BeNullOrEmpty
        $run.StdOut | Should -Match 'SECOND: 0'
        $rows = @(Import-Csv -LiteralPath $csv)
        $rows.Count | Should -Be 2
        ($rows[0].ContactName, $rows[0].Before, $rows[0].After, $rows[0].TypeBefore, $rows[0].TypeAfter, $rows[0].Applied) | Should -Be @('Ann Lee', '07700 900111', '+44 7700 900222', 'Cell', 'Mobile', 'True')
        ($rows[1].ContactName, $rows[1].TypeBefore, $rows[1].TypeAfter) | Should -Be @('Bob Ray', '', 'Mobile')
        # One PATCH for Ann's item, one POST for Bob's new one; nothing the second time.
        @(Get-QpWriteRequest $simulator -PathMatch 'contacts/5001').method | Should -Be @('PATCH')
        @(Get-QpWriteRequest $simulator -PathMatch 'contacts/5002').method | Should -Be @('POST')
        $ann = Invoke-RestMethod -Uri "$($simulator.BaseUrl)v4_6_release/apis/3.0/company/contacts/5001" -Headers @{
            Authorization = 'Basic ' + [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes('qpsa+qpsa-public:qpsa-private')); clientId = 'qpsa-pester' }
        @($ann.communicationItems | ForEach-Object { "$($_.type.name)|$($_.communicationType)|$($_.value)" }) | Should -Be @('Email|Email|ann.lee@contoso.com', 'Mobile|Phone|+44 7700 900222')
    }

    It 'without a clean mobile type refuses the row with CommunicationTypeNotFound under -WhatIf too, and the other row goes on' {
        Set-QpMixedTenant @((1, 'Email', 'ed'), (2, 'Direct', 'pd'), (7, 'Cell', 'ep'))
        $run = Invoke-QpPwsh -Environment @{ TEMP_QP = "$TestDrive" } -Script @"
$(Get-QpConnectScript $simulator)
`$out = $($script:pipeline) -WhatIf -ErrorVariable failed -ErrorAction SilentlyContinue
foreach (`$e in `$failed) { 'ERR: [' + `$e.FullyQualifiedErrorId.Split(',')[0] + '] ' + "`$e" }
"@
        $text = $run.StdOut -replace '\r?\n(?!ERR:|What if:)', ' '
        $text | Should -Match ([regex]::Escape("ERR: [QuickpassPsa.CommunicationTypeNotFound] For Ann Lee <ann.lee@contoso.com> (contact [5001]): The contact's mobile '07700 900111' is stored under the ConnectWise communication type 'Cell' (id 7), which has the email and the phone flags"))
        $text | Should -Match 'Nothing was written for this row\.'
        $text | Should -Not -Match 'What if:[^\n]*Ann Lee'
        # Bob has no item under Cell that is a number, and no clean type for a new mobile either: the same error, for the new item.
        $text | Should -Match 'ERR: \[QuickpassPsa\.CommunicationTypeNotFound\] For Bob Ray'
        Get-QpWriteRequest $simulator | Should -BeNullOrEmpty
    }
}
