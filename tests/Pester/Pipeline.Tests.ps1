# The module against a PSA (the simulator as a separate process on a free loopback port), used the way
# scripts and RMM jobs use it: pipelines, -Verbose, -ErrorAction, -Debug in a non-interactive pwsh.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-QpTestPath Manifest) -Force -ErrorAction Stop
    $simulator = Start-QpSimulator
    $seed = Get-Content -Raw -Path (Join-Path (Get-QpTestPath Samples) 'sample-tenant.json') | ConvertFrom-Json

    # What the seed holds, counted independently of the module: contacts per company name.
    function Get-SeededContactCount {
        param([string] $Psa, [string] $CompanyName, [switch] $IncludeInactive)
        if ($Psa -eq 'ConnectWise') {
            $id = ($seed.connectWise.companies | Where-Object name -eq $CompanyName).id
            @($seed.connectWise.contacts | Where-Object { $_.company.id -eq $id -and ($IncludeInactive -or -not $_.inactiveFlag) }).Count
        }
        else {
            $id = ($seed.autotask.companies | Where-Object companyName -eq $CompanyName).id
            @($seed.autotask.contacts | Where-Object { $_.companyID -eq $id -and ($IncludeInactive -or $_.isActive -eq 1) }).Count
        }
    }
}

AfterAll {
    Get-PsaConnection | Disconnect-Psa -ErrorAction SilentlyContinue
    Stop-QpSimulator $simulator
    Remove-Module QuickpassPsa -ErrorAction SilentlyContinue
}

Describe 'Get-PsaCompany | Get-PsaContact against <_>' -ForEach @('ConnectWise', 'Autotask') {
    BeforeAll {
        $connection = Connect-QpSimulator $simulator -Psa $_
        $psa = $_
    }

    It 'returns every active contact of each company the wildcard finds' {
        $companies = @(Get-PsaCompany -Name 'Contoso*')
        $companies.Name | Should -Be @('Contoso Ltd')
        $contacts = @($companies | Get-PsaContact)
        $contacts.Count | Should -Be (Get-SeededContactCount -Psa $psa -CompanyName 'Contoso Ltd')
        $contacts | ForEach-Object { $_.Psa | Should -Be $psa; $_.CompanyName | Should -Be 'Contoso Ltd'; $_.Active | Should -BeTrue }
    }

    It 'returns inactive contacts too with -IncludeInactive, for several companies in one pipeline' {
        $contacts = @(Get-PsaCompany -Name 'Contoso Ltd', 'Fabrikam Inc' | Get-PsaContact -IncludeInactive)
        $expected = (Get-SeededContactCount -Psa $psa -CompanyName 'Contoso Ltd' -IncludeInactive) + (Get-SeededContactCount -Psa $psa -CompanyName 'Fabrikam Inc' -IncludeInactive)
        $contacts.Count | Should -Be $expected
        @($contacts | Where-Object { -not $_.Active }).Count | Should -BeGreaterThan 0
    }

    It 'composes with Where-Object, Select-Object, Group-Object and Sort-Object' {
        $groups = Get-PsaCompany -Name '*' | Get-PsaContact | Group-Object CompanyName | Sort-Object Name
        ($groups | Select-Object -ExpandProperty Name) | Should -Contain 'Woodgrove Bank'
        ($groups | Where-Object Name -eq 'Tailspin Toys').Count | Should -Be (Get-SeededContactCount -Psa $psa -CompanyName 'Tailspin Toys')
    }

    It 'says what it does on the verbose stream only when asked' {
        $quiet = Get-PsaContact -CompanyName 'Tailspin Toys' 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        $quiet | Should -BeNullOrEmpty
        $loud = Get-PsaContact -CompanyName 'Tailspin Toys' -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        $loud | Should -Not -BeNullOrEmpty
        ($loud.Message -join "`n") | Should -Not -Match 'qpsa-private|qpsa-secret|QPSA-TRACKING'
    }

    It 'stops with a typed error for a company that does not exist, which try/catch and -ErrorVariable see' {
        $caught = $null
        try { Get-PsaContact -CompanyName 'No Such Company Ltd' -ErrorAction Stop } catch { $caught = $_ }
        $caught | Should -Not -BeNullOrEmpty
        $caught.FullyQualifiedErrorId | Should -BeLike 'QuickpassPsa.CompanyNotFound,*'
        $caught.CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'finds nothing, without an error, for a wildcard that matches no company' {
        $found = Get-PsaCompany -Name 'Zz*Nothing*' -ErrorVariable errs
        $found | Should -BeNullOrEmpty
        $errs | Should -BeNullOrEmpty
    }
}

Describe 'What is piped to Get-PsaCompany and Get-PsaContact names its company, never another by its own Id, in <_> (round 63a)' -ForEach @('ConnectWise', 'Autotask') {
    BeforeAll {
        $psa = $_
        # Contact and company ids overlap in real tenants: a company whose id is a Contoso Ltd contact's id.
        $tenant = Get-Content -Raw -Path (Join-Path (Get-QpTestPath Samples) 'sample-tenant.json') | ConvertFrom-Json
        if ($psa -eq 'ConnectWise') {
            $contosoId = ($tenant.connectWise.companies | Where-Object name -eq 'Contoso Ltd').id
            $contactId = @($tenant.connectWise.contacts | Where-Object { $_.company.id -eq $contosoId -and -not $_.inactiveFlag })[0].id
            $tenant.connectWise.companies += [pscustomobject]@{ id = $contactId; identifier = 'ContosoPharma'; name = 'Contoso Pharmaceuticals'; status = @{ id = 1; name = 'Active' } }
        }
        else {
            $contosoId = ($tenant.autotask.companies | Where-Object companyName -eq 'Contoso Ltd').id
            $contactId = @($tenant.autotask.contacts | Where-Object { $_.companyID -eq $contosoId -and $_.isActive -eq 1 })[0].id
            $tenant.autotask.companies += [pscustomobject]@{ id = $contactId; companyName = 'Contoso Pharmaceuticals'; companyNumber = 'CONTOSOPHARMA'; companyType = 1; isActive = $true }
        }
        $seed = Join-Path $TestDrive "overlap-$psa.json"
        $tenant | ConvertTo-Json -Depth 20 | Set-Content -Path $seed -Encoding utf8
        Reset-QpSimulator $simulator -Seed $seed
        $connection = Connect-QpSimulator $simulator -Psa $psa
        $contact = Get-PsaContact -CompanyName 'Contoso Ltd' | Where-Object Id -eq ([string]$contactId)
    }

    AfterAll { Reset-QpSimulator $simulator }

    It 'has a contact whose id is another company''s id (the trap)' {
        $contact.CompanyName | Should -Be 'Contoso Ltd'
        (Get-PsaCompany -Id $contact.Id).Name | Should -Be 'Contoso Pharmaceuticals'
    }

    It 'gives a piped contact''s own company, live, read back from a file, exported to CSV or trimmed by Select-Object' {
        $path = Join-Path $TestDrive "contact-$psa.xml"
        $contact | Export-Clixml -Path $path
        $csv = Join-Path $TestDrive "contact-$psa.csv"
        $contact | Export-Csv -Path $csv -NoTypeInformation
        foreach ($piped in @($contact, (Import-Clixml -Path $path), (Import-Csv -Path $csv), ($contact | Select-Object Id, CompanyId, Psa))) {
            $companies = @($piped | Get-PsaCompany -ErrorVariable errs)
            $errs | Should -BeNullOrEmpty
            $companies.Name | Should -Be @('Contoso Ltd')
            $companies.Id | Should -Be @([string]$contosoId)
        }
    }

    It 'gives a piped contact''s company''s contacts with Get-PsaContact' {
        $contacts = @($contact | Get-PsaContact)
        $contacts.CompanyName | Select-Object -Unique | Should -Be 'Contoso Ltd'
        $contacts.Id | Should -Contain $contact.Id
    }

    It 'links the contact''s own company when $contact | Get-PsaCompany | Set-PsaCompanyMatch, and so does $contact | Set-PsaCompanyMatch' {
        $linked = $contact | Get-PsaCompany | Set-PsaCompanyMatch -Customer 'Contoso' -PassThru -Confirm:$false -DecisionPath (Join-Path $TestDrive "linked-$psa.json") -Connection $connection
        $linked.CompanyId | Should -Be ([string]$contosoId)
        $linked.CompanyName | Should -Be 'Contoso Ltd'
        $direct = $contact | Set-PsaCompanyMatch -Customer 'Contoso' -PassThru -Confirm:$false -DecisionPath (Join-Path $TestDrive "direct-$psa.json") -Connection $connection
        $direct.CompanyId | Should -Be ([string]$contosoId)
        $whatIf = Invoke-QpPwsh -Script ((Get-QpConnectScript $simulator -Psa $psa) + "`n" +
            "`$c = Get-PsaContact -CompanyName 'Contoso Ltd' | Where-Object Id -eq '$contactId'; `$c | Get-PsaCompany | Set-PsaCompanyMatch -Customer Contoso -WhatIf") -Environment @{ QUICKPASSPSA_DATA = (Join-Path $TestDrive 'whatif') }
        $whatIf.StdOut | Should -Match ('Link to company Contoso Ltd \[' + $contosoId + '\]')
        $whatIf.StdOut | Should -Not -Match 'Pharmaceuticals'
    }

    It 'refuses an account (whose Id is a company''s id here) with QuickpassPsa.NotACompany and goes on: live, from a file, from CSV, trimmed' {
        $account = ConvertTo-QpAccount @{ qpId = [string]$contactId; Email = 'pat.quinn@contoso.com'; Name = 'Pat Quinn'; Customer = 'Contoso Ltd' }
        $path = Join-Path $TestDrive "account-$psa.xml"
        $account | Export-Clixml -Path $path
        foreach ($piped in @($account, (Import-Clixml -Path $path), ($account | ConvertTo-Csv | ConvertFrom-Csv), ($account | Select-Object Id))) {
            foreach ($cmdlet in 'Get-PsaCompany', 'Get-PsaContact') {
                $out = @($piped, 'Contoso Ltd' | & $cmdlet -ErrorAction SilentlyContinue -ErrorVariable errs)
                $errs.Count | Should -Be 1 -Because "$cmdlet with $($piped.pstypenames[0])"
                $errs[0].FullyQualifiedErrorId | Should -BeLike "QuickpassPsa.NotACompany,*"
                $errs[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
                $errs[0].ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
                # Nothing of the company whose id the account's Id is; the next item (a name) still read.
                @($out | Where-Object { $_.Name -eq 'Contoso Pharmaceuticals' -or $_.CompanyName -eq 'Contoso Pharmaceuticals' }) | Should -BeNullOrEmpty
                $out | Should -Not -BeNullOrEmpty
            }
        }
        $live = $account | Get-PsaCompany -ErrorAction SilentlyContinue -ErrorVariable liveErrors
        $liveErrors[0].Exception.Message | Should -Match 'account'
        $liveErrors[0].ErrorDetails.RecommendedAction | Should -Match "Find-PsaCompanyMatch|-Name 'Contoso Ltd'"
    }

    It 'refuses other objects with an Id (a connection, a process) and still takes names, numbers as names, and company rows' {
        foreach ($piped in @($connection, (Get-Process -Id $PID))) {
            $piped | Get-PsaCompany -ErrorAction SilentlyContinue -ErrorVariable errs | Should -BeNullOrEmpty
            $errs[0].FullyQualifiedErrorId | Should -BeLike 'QuickpassPsa.NotACompany,*'
        }
        ('Contoso Ltd' | Get-PsaCompany).Id | Should -Be ([string]$contosoId)
        ([pscustomobject]@{ Id = [string]$contosoId; Psa = $psa } | Get-PsaCompany).Name | Should -Be 'Contoso Ltd'
        Get-PsaCompany -Name 'Contoso Ltd' | Export-Csv -Path (Join-Path $TestDrive "c-$psa.csv") -NoTypeInformation
        (Import-Csv -Path (Join-Path $TestDrive "c-$psa.csv") | Get-PsaCompany).Name | Should -Be 'Contoso Ltd'
    }
}

Describe 'Bad items in a pipeline' {
    BeforeAll { $sample = Join-Path (Get-QpTestPath Samples) 'contoso-users.csv' }

    It 'goes on past a bad row with -ErrorAction SilentlyContinue and keeps the error in -ErrorVariable' {
        $accounts = Get-QpAccount -Path $sample -ErrorAction SilentlyContinue -ErrorVariable rowErrors
        $accounts.Count | Should -Be 7
        $rowErrors.Count | Should -Be 1
        $rowErrors[0].FullyQualifiedErrorId | Should -BeLike 'QuickpassPsa.InvalidAccountRecord,*'
    }

    It 'stops at the bad row with -ErrorAction Stop' {
        { Get-QpAccount -Path $sample -ErrorAction Stop } | Should -Throw -ErrorId 'QuickpassPsa.InvalidAccountRecord,*'
    }
}

Describe 'A non-interactive pwsh (an RMM agent)' {
    It '-Debug alone neither stops the script nor prompts' {
        $sample = Join-Path (Get-QpTestPath Samples) 'contoso-users.csv'
        $script = @"
`$ErrorActionPreference = 'Continue'
Connect-Psa -ConnectWise -Server '$($simulator.ConnectWiseServer)' -CompanyId qpsa -ClientId rmm -PublicKey ([System.Net.NetworkCredential]::new('', 'qpsa-public').SecurePassword) -PrivateKey ([System.Net.NetworkCredential]::new('', 'qpsa-private').SecurePassword) -Debug | Out-Null
`$contacts = Get-PsaCompany -Name 'Tailspin Toys' -Debug | Get-PsaContact -Debug
`$accounts = Get-QpAccount -Path '$sample' -Debug -ErrorAction SilentlyContinue
"contacts=`$(`$contacts.Count) accounts=`$(`$accounts.Count)"
'reached the end'
"@
        $run = Invoke-QpPwsh -Script $script
        $run.ExitCode | Should -Be 0 -Because $run.StdErr
        $run.StdOut | Should -Match 'reached the end'
        $run.StdOut | Should -Match "contacts=$(Get-SeededContactCount -Psa ConnectWise -CompanyName 'Tailspin Toys') accounts=7"
        $run.StdOut | Should -Match 'DEBUG:'
        ($run.StdOut + $run.StdErr) | Should -Not -Match 'Confirm|\[Y\] Yes|qpsa-private'
    }

    It 'ends a script with a non-zero exit code when a command fails under $ErrorActionPreference = Stop' {
        # A missing file stops the command (a terminating error); as with any cmdlet, the script itself
        # stops when the RMM script asks for that with $ErrorActionPreference or try/catch.
        $run = Invoke-QpPwsh -Script "`$ErrorActionPreference = 'Stop'; Get-QpAccount -Path '$(Join-Path $TestDrive 'missing.csv')'; 'not reached'"
        $run.ExitCode | Should -Not -Be 0
        $run.StdOut | Should -Not -Match 'not reached'
        $run.StdErr | Should -Match 'missing\.csv'
    }

    It 'lets a script catch a failed command and go on' {
        $run = Invoke-QpPwsh -Script "try { Get-QpAccount -Path '$(Join-Path $TestDrive 'missing.csv')' } catch { 'caught ' + `$_.FullyQualifiedErrorId }; 'went on'"
        $run.ExitCode | Should -Be 0
        $run.StdOut | Should -Match 'caught QuickpassPsa\.AccountFileNotFound'
        $run.StdOut | Should -Match 'went on'
    }
}
