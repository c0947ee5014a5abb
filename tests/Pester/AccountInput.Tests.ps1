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

# Round 74b: a tag character outside the BMP (U+E0041, two chars, neither of them a format character) passed the cleaning and the gate,
# and a line separator (U+2028) in a mobile reached the PSA. From an export, through Find-PsaContactMatch, New-PsaContact and
# Update-PsaContact, and from an Account edited in a script: neither reaches the PSA, on either PSA.
Describe 'Characters outside the BMP and line separators, on their way to <_>' -ForEach @('ConnectWise', 'Autotask') {
    BeforeAll {
        Reset-QpSimulator $simulator
        $null = Connect-QpSimulator $simulator -Psa $_
        $tag = [char]::ConvertFromUtf32(0xE0041)   # TAG LATIN CAPITAL LETTER A: "\uDB40\uDC41"
        $ls = [char]0x2028                           # LINE SEPARATOR
        $store = Join-Path $TestDrive "bmp-$_.json"
        $export = Join-Path $TestDrive "bmp-$_.csv"
        Set-Content -LiteralPath $export -Encoding utf8 -Value @(
            'Id,GivenName,Surname,Mail,Mobile'
            "b1,Tamar,Gale,tamar.gale${tag}@contoso.com,+1 206 555 3001${tag}"
            "b2,Lior,Sep,lior.sep@contoso.com,+1 206 555${ls} 3003"
            "b3,Jon,Tag${tag},jon.tag@contoso.com,"
        )
        $accounts = Get-QpAccount -Path $export -Customer 'Contoso Ltd'
        # An account edited in a script after the cleaning of accounts in: the gate still stops them.
        $edited = ConvertTo-QpAccount ([pscustomobject]@{ Id = 'b4'; GivenName = 'Zed'; Surname = 'Six'; Mail = 'zed.six@contoso.com' }) -Customer 'Contoso Ltd'
        $edited.MobilePhone = "+1 206 555${ls} 2006"
        $edited2 = ConvertTo-QpAccount ([pscustomobject]@{ Id = 'b5'; GivenName = 'Zed'; Surname = 'Five'; Mail = 'zed.five@contoso.com' }) -Customer 'Contoso Ltd'
        $edited2.MobilePhone = "+1 206 555 2005${tag}"
        $hidden = "[\uDB40\uDC41\u2028]"
    }

    It 'cleans the export, refuses what is left, and the PSA holds neither character' {
        ($accounts | ForEach-Object { "$($_.Email)|$($_.MobilePhone)" }) | Should -Be @('tamar.gale@contoso.com|+1 206 555 3001', 'lior.sep@contoso.com|+1 206 555 3003', 'jon.tag@contoso.com|')
        $accounts[2].LastName | Should -Be "Tag${tag}" -Because 'a format character in a name is left for its owner to correct, and refused below'

        $rows = @($accounts | Find-PsaContactMatch -CompanyName 'Contoso Ltd' -DecisionPath $store -WarningAction SilentlyContinue)
        $errors = $null
        $editedErrors = $null
        $created = @($rows | New-PsaContact -CompanyName 'Contoso Ltd' -DecisionPath $store -Confirm:$false -ErrorVariable errors -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)
        $created += @($edited, $edited2 | New-PsaContact -CompanyName 'Contoso Ltd' -DecisionPath $store -Confirm:$false -ErrorVariable editedErrors -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)
        $errors = @($errors) + @($editedErrors)

        $created.Contact.Emails | ForEach-Object { "$_" } | Should -Be @('tamar.gale@contoso.com', 'lior.sep@contoso.com')
        $errors.Count | Should -Be 3
        $errors | ForEach-Object { $_.FullyQualifiedErrorId } | Should -BeLike 'QuickpassPsa.ContactValueInvalid,*'
        $messages = @($errors | ForEach-Object { "$_" })
        $messages[0] | Should -BeLike "*The lastName 'Tag<U+E0041>' holds U+E0041 (TAG LATIN CAPITAL LETTER A), an invisible tag character*nothing was sent*"
        $messages[1] | Should -BeLike "*'+1 206 555<U+2028> 2006' holds U+2028 (LINE SEPARATOR), a line break*"
        $messages[2] | Should -BeLike "*'+1 206 555 2005<U+E0041>' holds U+E0041*"
        ($messages -join ' ') | Should -Not -Match $hidden

        # Update-PsaContact of a created contact with a mobile holding either: refused, nothing sent.
        $tamar = $created | Where-Object { $_.Account.Email -eq 'tamar.gale@contoso.com' }
        foreach ($mobile in "+1 206 555${ls} 0177", "+1 206 555 0188${tag}") {
            $tamar.Account.MobilePhone = $mobile
            $updateErrors = $null
            $changes = @($tamar | Update-PsaContact -DecisionPath $store -Confirm:$false -ErrorVariable updateErrors -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)
            $changes.Count | Should -Be 0
            @($updateErrors).Count | Should -Be 1
            "$($updateErrors[0])" | Should -Not -Match $hidden
        }

        # What the PSA holds: nothing outside the BMP, no line separator.
        $stored = @(Get-PsaContact -CompanyName 'Contoso Ltd' | Where-Object { $_.Emails -match 'tamar\.gale|lior\.sep|jon\.tag|zed\.(five|six)' })
        $stored.Count | Should -Be 2
        ($stored | ForEach-Object { "$($_.FirstName) $($_.LastName) $($_.Emails -join ',') $($_.MobilePhone)" }) -join '|' | Should -Not -Match $hidden
        ($stored | Where-Object { $_.Emails -contains 'tamar.gale@contoso.com' }).MobilePhone | Should -Match '3001$'
    }
}
