# Accounts as they really come in (round 73c), in real pwsh against the simulator: a csvde export whose leaver is disabled only by
# userAccountControl 514, and hostile values (a formula for a name, invisible characters in names and addresses) on their way
# from an export through Find-PsaContactMatch to New-PsaContact, which refuses what cleaning cannot decide and creates the rest.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-QpTestPath Manifest) -Force -ErrorAction Stop
    $simulator = Start-QpSimulator

    # Characters no test file shows: a zero-width space, a bell, a right-to-left override.
    $zwsp = [char]0x200B
    $bell = [char]7
    $rlo = [char]0x202E
}

AfterAll {
    Get-PsaConnection -ErrorAction SilentlyContinue | Disconnect-Psa -ErrorAction SilentlyContinue
    Stop-QpSimulator $simulator
    Remove-Module QuickpassPsa -ErrorAction SilentlyContinue
}

Describe 'A csvde export with userAccountControl' {
    BeforeAll {
        Reset-QpSimulator $simulator
        $null = Connect-QpSimulator $simulator
        $csvde = Join-Path $TestDrive 'csvde-leaver.csv'
        # csvde writes the flags, not Enabled: 514 is NORMAL_ACCOUNT with ACCOUNTDISABLE (a leaver), 512 an active user.
        Set-Content -LiteralPath $csvde -Encoding utf8 -Value @(
            'DN,givenName,sn,displayName,mail,userPrincipalName,sAMAccountName,userAccountControl'
            '"CN=Lea Ver,OU=Users,DC=contoso,DC=local",Lea,Ver,"Lea Ver",lea.ver@contoso.com,lver@contoso.com,lver,514'
            '"CN=Cal Active,OU=Users,DC=contoso,DC=local",Cal,Active,"Cal Active",cal.active@contoso.com,cactive@contoso.com,cactive,512'
        )
    }

    It 'brings the 514 leaver in disabled, so Where-Object Enabled and New-PsaContact pass it over' {
        $accounts = Get-QpAccount -Path $csvde -Customer 'Contoso Ltd'
        $accounts | ForEach-Object { "$($_.Id)=$($_.Enabled)" } | Should -Be @('lver=False', 'cactive=True')
        @($accounts | Where-Object Enabled).Id | Should -Be @('cactive')

        # -WhatIf as a person reads it before letting a script write: only the active user, and one warning for the leaver.
        $store = Join-Path $TestDrive 'csvde-store.json'
        $run = Invoke-QpPwsh -Script @"
$(Get-QpConnectScript $simulator)
Get-QpAccount -Path '$csvde' -Customer 'Contoso Ltd' | Find-PsaContactMatch -CompanyName 'Contoso Ltd' -DecisionPath '$store' | New-PsaContact -DecisionPath '$store' -WhatIf
"@
        $run.StdOut | Should -Match ([regex]::Escape('on target "Cal Active <cal.active@contoso.com> in Contoso Ltd'))
        $run.StdOut | Should -Not -Match 'Lea Ver'
        $run.StdOut + $run.StdErr | Should -Match '1 account was passed over because it is disabled'
        Get-QpWriteRequest $simulator | Should -BeNullOrEmpty
    }
}

Describe 'New-PsaContact, the last gate before <_>' -ForEach @('ConnectWise', 'Autotask') {
    BeforeAll {
        Reset-QpSimulator $simulator
        $null = Connect-QpSimulator $simulator -Psa $_
        $store = Join-Path $TestDrive "gate-$_.json"
        $export = Join-Path $TestDrive "hostile-$_.csv"
        Set-Content -LiteralPath $export -Encoding utf8 -Value @(
            'Id,GivenName,Surname,Mail,Mobile'
            "t1,""=cmd|' /C calc'!A0"",Formula,fred.formula@contoso.com,"
            "t2,Wren,Oakley,""wren.o${zwsp}akley@contoso.com"",""+1${zwsp}206 555 0177"""
            "t3,Ju${zwsp}no,Pastor,juno.pastor@contoso.com,"
            "t4,Odi${bell}le,${rlo}Ringer,odile.ringer@contoso.com,"
            "t5,Tamsin,Vale,mailto:tamsin.vale@contoso.com.,"
        )
        $accounts = Get-QpAccount -Path $export -Customer 'Contoso Ltd'
        # An account edited in a script after the cleaning of accounts in: the gate still stops its bell.
        $built = ConvertTo-QpAccount ([pscustomobject]@{ Id = 't6'; GivenName = 'Rex'; Surname = 'Quillon'; Mail = 'rex.quillon@contoso.com' }) -Customer 'Contoso Ltd'
        $built.FirstName = "Rex${bell}"
    }

    It 'reads the export cleaned: addresses, the mobile and the names lose what is no part of them' {
        ($accounts | ForEach-Object { $_.Email }) | Should -Be @('fred.formula@contoso.com', 'wren.oakley@contoso.com', 'juno.pastor@contoso.com', 'odile.ringer@contoso.com', 'tamsin.vale@contoso.com')
        $accounts[1].MobilePhone | Should -Be '+1206 555 0177'
        ($accounts[3].FirstName, $accounts[3].LastName) | Should -Be @('Odile', 'Ringer')
        $accounts[2].FirstName | Should -Be "Ju${zwsp}no" -Because 'a zero-width space inside a name is left for its owner to correct, and refused below'
    }

    It 'refuses the formula and the hidden characters, naming field and character, and creates the other rows' {
        $rows = @($accounts | Find-PsaContactMatch -CompanyName 'Contoso Ltd' -DecisionPath $store -WarningAction SilentlyContinue)
        $rows.Status | Should -Be @('Unmatched', 'Unmatched', 'Unmatched', 'Unmatched', 'Unmatched')

        $errors = $null
        $builtErrors = $null
        $created = @($rows | New-PsaContact -CompanyName 'Contoso Ltd' -DecisionPath $store -Confirm:$false -ErrorVariable errors -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)
        $created += @($built | New-PsaContact -CompanyName 'Contoso Ltd' -DecisionPath $store -Confirm:$false -ErrorVariable builtErrors -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)
        $errors = @($errors) + @($builtErrors)

        $created.Status | Should -Be @('Matched', 'Matched', 'Matched')
        $created.Contact.Emails | ForEach-Object { "$_" } | Should -Be @('wren.oakley@contoso.com', 'odile.ringer@contoso.com', 'tamsin.vale@contoso.com')
        $errors.Count | Should -Be 3
        $errors | ForEach-Object { $_.FullyQualifiedErrorId } | Should -BeLike 'QuickpassPsa.ContactValueInvalid,*'
        $messages = @($errors | ForEach-Object { $_.Exception.Message })
        $messages[0] | Should -BeLike "The firstName '=cmd|' /C calc'!A0' begins with '=', as a spreadsheet formula does*nothing was sent*"
        $messages[1] | Should -BeLike "The firstName 'Ju<U+200B>no' holds U+200B (ZERO WIDTH SPACE), an invisible format character*"
        $messages[2] | Should -BeLike "The firstName 'Rex<U+0007>' holds U+0007 (BELL), a control character*"
        ($messages -join ' ') | Should -Not -Match "[\u200B\u0007\u202E]"
        $errors[0].ErrorDetails.RecommendedAction | Should -Match 'at the source'

        # What the PSA holds: the cleaned values, nothing invisible.
        $stored = @(Get-PsaContact -CompanyName 'Contoso Ltd' | Where-Object { $_.Emails -match 'wren\.oakley|odile\.ringer|tamsin\.vale|formula|juno|rex\.quillon' })
        $stored.Count | Should -Be 3
        ($stored | ForEach-Object { "$($_.FirstName) $($_.LastName) $($_.Emails -join ',') $($_.MobilePhone)" }) -join '|' | Should -Not -Match "[\u200B\u0007\u202E]"
        ($stored | Where-Object { $_.Emails -contains 'wren.oakley@contoso.com' }).MobilePhone | Should -Be '+1206 555 0177'
    }
}
