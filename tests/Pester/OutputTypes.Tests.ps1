# Every output type as a user handles it: on screen (Format-Table, Format-List), as JSON, as CSV,
# through Export-Clixml/Import-Clixml, and deserialized objects fed back into the cmdlets.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-QpTestPath Manifest) -Force -ErrorAction Stop
    $simulator = Start-QpSimulator
    $connection = Connect-QpSimulator $simulator
    $company = Get-PsaCompany -Name 'Contoso Ltd'
    $contacts = @(Get-PsaContact -Company $company -IncludeInactive)
    $accounts = @(Get-QpAccount -Path (Join-Path (Get-QpTestPath Samples) 'contoso-users.csv') -ErrorAction SilentlyContinue)

    # One object of each output type; the multi-valued ones chosen so they have several values.
    $samples = [ordered]@{
        Account       = $accounts | Where-Object { $_.ProxyAddresses.Count -ge 2 } | Select-Object -First 1
        PsaConnection = $connection
        PsaCompany    = $company
        PsaContact    = $contacts | Where-Object { $_.Emails.Count -ge 2 } | Select-Object -First 1
    }
    # Text that would mean an internal type leaked onto the screen or into a file.
    $leak = 'QuickpassPsa\.Core|QuickpassPsa\.Cmdlets|Newtonsoft|System\.(String|Object|Collections)|\[\[\]\]'
    # Format-List * shows every property (Raw is hidden: below): only our own
    # internals (and the private JSON library's) must not appear there.
    $internal = 'QuickpassPsa\.Core|QuickpassPsa\.Cmdlets|Newtonsoft|\[\[\]\]'
}

AfterAll {
    Get-PsaConnection | Disconnect-Psa -ErrorAction SilentlyContinue
    Stop-QpSimulator $simulator
    Remove-Module QuickpassPsa -ErrorAction SilentlyContinue
}

Describe 'The samples' {
    It 'has an object of every output type to test with' {
        foreach ($name in $samples.Keys) { $samples[$name] | Should -Not -BeNullOrEmpty -Because "a $name is needed" }
        $samples.Account.ProxyAddresses.Count | Should -BeGreaterOrEqual 2
        $samples.PsaContact.Emails.Count | Should -BeGreaterOrEqual 2
    }
}

Describe '<_> on screen' -ForEach @('Account', 'PsaConnection', 'PsaCompany', 'PsaContact') {
    It 'renders through Format-Table with its own columns and no type names' {
        $text = $samples[$_] | Format-Table | Out-String -Width 250
        $text | Should -Not -BeNullOrEmpty
        $text | Should -Not -Match $leak
    }

    It 'renders through Format-List with no type names' {
        $text = $samples[$_] | Format-List | Out-String -Width 250
        $text | Should -Not -Match $leak
        $all = $samples[$_] | Format-List * | Out-String -Width 250
        $all | Should -Not -Match $internal
    }

    It 'renders the same table when deserialized' {
        $path = Join-Path $TestDrive "$_.xml"
        $samples[$_] | Export-Clixml -Path $path
        $live = ($samples[$_] | Format-Table | Out-String -Width 250) -split '\r?\n' | Where-Object { $_ } | Select-Object -First 1
        $back = (Import-Clixml -Path $path | Format-Table | Out-String -Width 250) -split '\r?\n' | Where-Object { $_ } | Select-Object -First 1
        $back | Should -Be $live
    }
}

Describe 'Raw, the PSA''s own record (<_>)' -ForEach @('PsaCompany', 'PsaContact', 'CwCommunicationType') {
    # Round 56c: several kilobytes of API JSON per object flooded Export-Csv and Format-List *.
    BeforeAll {
        $item = if ($_ -eq 'CwCommunicationType') { Get-CwCommunicationType | Select-Object -First 1 } else { $samples[$_] }
    }

    It 'stays out of Format-List *, Select-Object *, Export-Csv and ConvertTo-Json' {
        ($item | Format-List * | Out-String -Width 250) | Should -Not -Match '(?m)^Raw\s*:'
        @(($item | Select-Object *).PSObject.Properties.Name) | Should -Not -Contain 'Raw'
        (($item | ConvertTo-Csv -NoTypeInformation)[0] -split ',') | Should -Not -Contain '"Raw"'
        ($item | ConvertTo-Json -Depth 3 | ConvertFrom-Json).PSObject.Properties.Name | Should -Not -Contain 'Raw'
    }

    It 'is reachable as documented: $x.Raw, Select-Object Raw, Get-Member -Force, and through Export-Clixml' {
        $item.Raw | Should -BeOfType [hashtable]
        $item.Raw['id'] | Should -Be $item.Id
        ($item | Select-Object Id, Raw).Raw['id'] | Should -Be $item.Id
        ($item | Get-Member -Force -Name Raw).MemberType | Should -Be 'ScriptProperty'
        $path = Join-Path $TestDrive "raw-$_.xml"
        $item | Export-Clixml -Path $path
        (Import-Clixml -Path $path).Raw['id'] | Should -Be $item.Id
    }
}

Describe 'Table views read like the product' {
    It 'shows a contact''s addresses joined, not as a type name' {
        $emails = (Get-QpTableRow $samples.PsaContact -Width 250).Values[3]
        ($emails -replace '\s') | Should -Be (($samples.PsaContact.Emails -join ';') -replace '\s') -Because 'every address, joined, broken only at its @, a dot or after a ";"'
        $emails | Should -Not -Match 'System\.'
        # The first address from its start, broken at a dot or after its @ (round 75b: the column is 13 wide, the names 12).
        $emails | Should -Match ('^' + [regex]::Escape(($samples.PsaContact.Emails[0] -split '[@.]')[0]) + '[@.]\s')
    }

    It 'shows a connection''s PSA, account, the server as given to Connect-Psa, state and time, not the API URL' {
        # Round 47c: the page promised the server; the table showed Endpoint, the API URL the server resolved to.
        $lines = @(($samples.PsaConnection | Format-Table | Out-String -Width 250) -split '\r?\n' | Where-Object { $_.Trim() })
        $lines[0] -split '\s+' -ne '' | Should -Be @('Psa', 'Account', 'Server', 'IsOpen', 'ConnectedAt')
        $lines[2] | Should -Match ('^ConnectWise\s+qpsa\s+' + [regex]::Escape($simulator.ConnectWiseServer) + '\s+True\s+\S')
        $lines[2] | Should -Not -Match 'apis/3\.0'
    }

    It 'shows an account''s email' {
        $text = $samples.Account | Format-Table | Out-String -Width 250
        $text | Should -Match ([regex]::Escape($samples.Account.Email))
    }
}

Describe '<_> as JSON' -ForEach @('Account', 'PsaConnection', 'PsaCompany', 'PsaContact') {
    It 'converts with ConvertTo-Json -Depth 5 into plain data' {
        $json = $samples[$_] | ConvertTo-Json -Depth 5 -WarningAction Stop
        $json | Should -Not -Match $leak
        $parsed = $json | ConvertFrom-Json
        $parsed | Should -Not -BeNullOrEmpty
    }
}

Describe 'JSON keeps the values' {
    It 'writes an account''s addresses as a list of address objects' {
        $parsed = $samples.Account | ConvertTo-Json -Depth 5 | ConvertFrom-Json
        $parsed.Email | Should -Be $samples.Account.Email
        @($parsed.ProxyAddresses | ForEach-Object Address) | Should -Be @($samples.Account.ProxyAddresses | ForEach-Object Address)
    }

    It 'writes a contact''s emails as an array of strings and its raw PSA fields as plain data' {
        $parsed = $samples.PsaContact | ConvertTo-Json -Depth 5 | ConvertFrom-Json
        @($parsed.Emails) | Should -Be @($samples.PsaContact.Emails)
        # The PSA's own record (a hidden property, written on its own): its real field names and values, not a
        # serialised JSON-library object.
        $raw = $samples.PsaContact.Raw | ConvertTo-Json -Depth 5 | ConvertFrom-Json
        $raw.id | Should -Be $samples.PsaContact.Id
        $raw.firstName | Should -Be $samples.PsaContact.FirstName
    }

    It 'writes no secret of a connection' {
        $json = $samples.PsaConnection | ConvertTo-Json -Depth 5
        $json | Should -Not -Match 'qpsa-private|qpsa-public'
    }
}

Describe '<_> as CSV' -ForEach @('Account', 'PsaConnection', 'PsaCompany', 'PsaContact') {
    It 'exports every cell as readable text' {
        $path = Join-Path $TestDrive "$_.csv"
        $samples[$_] | Export-Csv -Path $path
        $row = Import-Csv -Path $path
        $row | Should -Not -BeNullOrEmpty
        foreach ($cell in $row.PSObject.Properties) { [string]$cell.Value | Should -Not -Match $leak -Because "column $($cell.Name)" }
    }
}

Describe 'CSV keeps the values' {
    It 'joins a contact''s emails' {
        $path = Join-Path $TestDrive 'contacts.csv'
        $contacts | Export-Csv -Path $path
        $rows = Import-Csv -Path $path
        $rows.Count | Should -Be $contacts.Count
        $row = $rows | Where-Object Id -eq $samples.PsaContact.Id
        $row.Emails | Should -Be ($samples.PsaContact.Emails -join '; ')
    }

    It 'joins an account''s proxy addresses the way Get-QpAccount reads them back' {
        $path = Join-Path $TestDrive 'accounts.csv'
        $samples.Account | Export-Csv -Path $path
        $back = Get-QpAccount -Path $path
        @($back.ProxyAddresses.Address) | Should -Be @($samples.Account.ProxyAddresses.Address)
        $back.Email | Should -Be $samples.Account.Email
        $back.MobilePhone | Should -Be $samples.Account.MobilePhone
    }
}

Describe '<_> through Export-Clixml and Import-Clixml' -ForEach @('Account', 'PsaConnection', 'PsaCompany', 'PsaContact') {
    It 'comes back with the same values' {
        $path = Join-Path $TestDrive "$_.clixml"
        $samples[$_] | Export-Clixml -Path $path
        $back = Import-Clixml -Path $path
        $back.PSObject.TypeNames[0] | Should -BeLike 'Deserialized.QuickpassPsa.*'
        foreach ($property in $samples[$_].PSObject.Properties | Where-Object { $_.Value -is [string] -or $_.Value -is [bool] -or $_.Value -is [int] }) {
            $back.($property.Name) | Should -Be $property.Value -Because "property $($property.Name)"
        }
    }
}

Describe 'Deserialized objects bind back to the cmdlets' {
    It 'a deserialized Account converts back into the same Account' {
        $path = Join-Path $TestDrive 'account.clixml'
        $samples.Account | Export-Clixml -Path $path
        $back = Import-Clixml -Path $path | ConvertTo-QpAccount
        # The module's types live in its own load context, so they are checked by name, not by a type literal.
        $back.PSObject.TypeNames[0] | Should -Be 'QuickpassPsa.Core.Accounts.Account'
        $back.Email | Should -Be $samples.Account.Email
        $back.Customer | Should -Be $samples.Account.Customer
        $back.Id | Should -Be $samples.Account.Id
        @($back.ProxyAddresses.Address) | Should -Be @($samples.Account.ProxyAddresses.Address)
    }

    It 'a deserialized PsaCompany pipes into Get-PsaContact' {
        $path = Join-Path $TestDrive 'company.clixml'
        $company | Export-Clixml -Path $path
        $fromFile = @(Import-Clixml -Path $path | Get-PsaContact -IncludeInactive -ErrorAction Stop)
        $fromFile.Count | Should -Be $contacts.Count
        @($fromFile.Id) | Should -Be @($contacts.Id)
    }

    It 'a company row from Import-Csv pipes into Get-PsaContact' {
        $path = Join-Path $TestDrive 'company.csv'
        $company | Export-Csv -Path $path
        $fromFile = @(Import-Csv -Path $path | Get-PsaContact -IncludeInactive -ErrorAction Stop)
        @($fromFile.Id) | Should -Be @($contacts.Id)
    }
}
