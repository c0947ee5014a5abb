# Accounts in: exports and pipeline objects, as a user meets them.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-QpTestPath Manifest) -Force -ErrorAction Stop
    $samplePath = Join-Path (Get-QpTestPath Samples) 'contoso-users.csv'
}

AfterAll {
    Remove-Module QuickpassPsa -ErrorAction SilentlyContinue
}

Describe 'Get-QpAccount' {
    It 'reads the sample accounts and reports the bad row without stopping' {
        $accounts = Get-QpAccount -Path $samplePath -ErrorVariable rowErrors -ErrorAction SilentlyContinue
        $accounts.Count | Should -Be 7
        $accounts[1].DisplayName | Should -Be 'Ray, Robert'
        $accounts[2].DisplayName | Should -Be 'Zoë Nguyễn'
        $rowErrors.Count | Should -Be 1
        $rowErrors[0].FullyQualifiedErrorId | Should -BeLike 'QuickpassPsa.InvalidAccountRecord,*'
        $rowErrors[0].Exception.Message | Should -BeLike '*row 7*'
    }

    It 'stops with a clear error for a missing file' {
        { Get-QpAccount -Path (Join-Path $TestDrive 'missing.csv') -ErrorAction Stop } |
            Should -Throw -ErrorId 'QuickpassPsa.AccountFileNotFound,QuickpassPsa.Cmdlets.Commands.GetQpAccountCommand'
    }

    It 'takes files from Get-ChildItem' {
        Copy-Item $samplePath (Join-Path $TestDrive 'a.csv')
        Copy-Item $samplePath (Join-Path $TestDrive 'b.csv')
        $accounts = Get-ChildItem -Path $TestDrive -Filter *.csv | Get-QpAccount -ErrorAction SilentlyContinue
        $accounts.Count | Should -Be 14
        @($accounts.Origin | Where-Object { $_ -like 'b.csv*' }).Count | Should -Be 7
    }
}

Describe 'Get-QpAccount on JSON and CSV shapes' {
    It 'reads a JSON Lines file whole' {
        $path = Join-Path $TestDrive 'users.jsonl'
        Set-Content -Path $path -Value @(
            '{"mail":"ann.lee@contoso.com","givenName":"Ann","surname":"Lee"}'
            ''
            '{"mail":"bob.ray@contoso.com","givenName":"Bob","surname":"Ray"}'
        )
        $accounts = Get-QpAccount -Path $path
        $accounts.Email | Should -Be @('ann.lee@contoso.com', 'bob.ray@contoso.com')
    }

    It 'refuses a JSON shape it does not read, saying what it found' {
        $path = Join-Path $TestDrive 'results.json'
        Set-Content -Path $path -Value '{"results":[{"mail":"ann.lee@contoso.com"}]}'
        { Get-QpAccount -Path $path -ErrorAction Stop } | Should -Throw -ErrorId 'QuickpassPsa.AccountFileShape,*'
    }

    It 'warns when two columns feed one field, naming both' {
        $path = Join-Path $TestDrive 'two-emails.csv'
        Set-Content -Path $path -Value @('Email,Mail,DisplayName', 'ann.lee@contoso.com,ann@contoso.com,Ann Lee')
        $accounts = Get-QpAccount -Path $path -WarningVariable warnings -WarningAction SilentlyContinue
        $accounts.Email | Should -Be 'ann.lee@contoso.com'
        ($warnings -join ' ') | Should -Match 'Email' 
        ($warnings -join ' ') | Should -Match 'Mail'
    }

    It 'reads the good files of a wildcard and names the bad one' {
        $folder = Join-Path $TestDrive 'mixed'
        New-Item -ItemType Directory -Path $folder | Out-Null
        Copy-Item $samplePath (Join-Path $folder 'a.csv')
        Set-Content -Path (Join-Path $folder 'b.csv') -Value @('Colour,Size', 'red,10')
        $accounts = Get-QpAccount -Path (Join-Path $folder '*.csv') -ErrorVariable fileErrors -ErrorAction SilentlyContinue
        @($accounts).Count | Should -Be 7
        ($fileErrors | Where-Object { $_.TargetObject -like '*b.csv' }) | Should -Not -BeNullOrEmpty
    }

    It 'reads an AD export that Export-Csv wrote with its #TYPE line, as Windows PowerShell does by default' {
        $path = Join-Path $TestDrive 'ad-users.csv'
        @(
            [pscustomobject]@{ GivenName = 'Ann'; Surname = 'Lee'; Mail = 'ann.lee@contoso.com'; UserPrincipalName = 'ann@contoso.com'; Enabled = $true }
            [pscustomobject]@{ GivenName = 'Bo'; Surname = 'Ek'; Mail = 'bo.ek@contoso.com'; UserPrincipalName = 'bo@contoso.com'; Enabled = $false }
        ) | Export-Csv -Path $path -IncludeTypeInformation
        (Get-Content $path -TotalCount 1) | Should -BeLike '#TYPE *'

        $accounts = Get-QpAccount -Path $path -ErrorAction Stop
        $accounts.Email | Should -Be @('ann.lee@contoso.com', 'bo.ek@contoso.com')
        $accounts[1].Enabled | Should -BeFalse
    }

    It 'reads the Microsoft 365 admin center user export, proxy addresses joined with +' {
        $path = Join-Path $TestDrive 'm365-users.csv'
        Set-Content -Path $path -Encoding utf8 -Value @(
            'Block credential,Display name,First name,Last name,Mobile Phone,Proxy addresses,User principal name'
            'False,Ann Lee,Ann,Lee,+44 7700 900123,SMTP:ann.lee@contoso.com+smtp:ann@contoso.onmicrosoft.com,ann@contoso.onmicrosoft.com'
        )

        $account = Get-QpAccount -Path $path -ErrorAction Stop
        $account.ProxyAddresses.Address | Should -Be @('ann.lee@contoso.com', 'ann@contoso.onmicrosoft.com')
        $account.MobilePhone | Should -Be '+44 7700 900123'
    }

    It 'says how many rows -Customer left out, and warns about a customer spelled another way' {
        $path = Join-Path $TestDrive 'multi.csv'
        Set-Content -Path $path -Encoding utf8 -Value @(
            'Customer,First Name,Last Name,Email'
            'Contoso Ltd,Ann,Lee,ann.lee@contoso.com'
            'Contoso Ltd.,Cy,Young,cy.young@contoso.com'
            'Contoso,Di,Young,di.young@contoso.com'
            'Fabrikam,Ed,Ng,ed.ng@fabrikam.com'
        )

        $accounts = Get-QpAccount -Path $path -Customer 'Contoso Ltd' -WarningVariable warnings -WarningAction SilentlyContinue -Verbose 4>&1
        $read = @($accounts | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] })
        $verbose = @($accounts | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] })

        $read.Email | Should -Be 'ann.lee@contoso.com'
        $warnings.Count | Should -Be 1
        $warnings[0].Message | Should -BeLike "*2 rows name the customer 'Contoso Ltd.' or 'Contoso', spelled like 'Contoso Ltd'*"
        $verbose[-1].Message | Should -BeLike '*3 rows of other customers were left out (Contoso Ltd.: 1, Contoso: 1, Fabrikam: 1)*'
    }

    It 'refuses a delimiter that cannot work as a parameter error' {
        { Get-QpAccount -Path $samplePath -Delimiter '"' -ErrorAction Stop } | Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
        { Get-QpAccount -Path $samplePath -Delimiter '' -ErrorAction Stop } | Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
    }
}

Describe 'ConvertTo-QpAccount' {
    It 'names what it cannot read and goes on with the rest' {
        $accounts = @(42, @{}, [pscustomobject]@{ Mail = 'ann.lee@contoso.com'; DisplayName = 'Ann Lee' }) |
            ConvertTo-QpAccount -ErrorVariable convertErrors -ErrorAction SilentlyContinue
        @($accounts).Count | Should -Be 1
        $convertErrors.Count | Should -Be 2
        $convertErrors[0].FullyQualifiedErrorId | Should -BeLike 'QuickpassPsa.UnrecognisedAccountObject,*'
        $convertErrors[0].Exception.Message | Should -Match '42'
    }

    It 'never changes an Account it is given' {
        $original = Get-QpAccount -Path $samplePath -ErrorAction SilentlyContinue | Select-Object -First 1
        $before = $original.Customer
        $copy = $original | ConvertTo-QpAccount -Customer 'Fabrikam'
        $original.Customer | Should -Be $before
        if (-not $before) { $copy.Customer | Should -Be 'Fabrikam' }
    }

    It 'turns AD-shaped objects into accounts' {
        $users = @(
            [pscustomobject]@{ GivenName = 'Ann'; Surname = 'Lee'; Mail = 'ann.lee@contoso.com'; UserPrincipalName = 'alee@contoso.com'; Enabled = $true; ProxyAddresses = @('SMTP:ann.lee@contoso.com', 'smtp:alee@contoso.onmicrosoft.com') }
            [pscustomobject]@{ GivenName = 'Bob'; Surname = 'Ray'; Mail = 'bob.ray@contoso.com'; UserPrincipalName = 'bray@contoso.com'; Enabled = $false }
        )
        $accounts = $users | ConvertTo-QpAccount -Customer Contoso
        $accounts.Count | Should -Be 2
        $accounts[0].Email | Should -Be 'ann.lee@contoso.com'
        $accounts[0].ProxyAddresses.Count | Should -Be 2
        $accounts[1].Enabled | Should -BeFalse
        $accounts.Customer | Should -Be @('Contoso', 'Contoso')
    }
}

Describe 'Connect-Psa' {
    It 'refuses a malformed server before anything is sent' {
        $key = ConvertTo-SecureString 'not-a-real-key' -AsPlainText -Force
        { Connect-Psa -ConnectWise -Server 'not a host/x' -CompanyId acme -ClientId x -PublicKey $key -PrivateKey $key -ErrorAction Stop } |
            Should -Throw -ErrorId 'QuickpassPsa.PsaConnectFailed,QuickpassPsa.Cmdlets.Commands.ConnectPsaCommand'
        Get-PsaConnection | Should -BeNullOrEmpty
    }
}
