# Get-, Test- and Repair-CwCommunicationType as a user meets them, against the simulator process with the sample
# tenant ("Email - Work", "Direct " with a trailing space, "Cell"): the views, -WhatIf lines, a 403, the objects
# through JSON, CSV and Clixml (a saved finding still repairs), and New-PsaContact afterwards.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-QpTestPath Manifest) -Force -ErrorAction Stop
    $simulator = Start-QpSimulator

    $leak = 'QuickpassPsa\.Core|QuickpassPsa\.Cmdlets|Newtonsoft|System\.(String|Object|Collections|Int32)|\[\]'
}

AfterAll {
    Get-PsaConnection | Disconnect-Psa -ErrorAction SilentlyContinue
    Stop-QpSimulator $simulator
    Remove-Module QuickpassPsa -ErrorAction SilentlyContinue
}

Describe 'Get-CwCommunicationType' {
    BeforeAll {
        Reset-QpSimulator $simulator
        Connect-QpSimulator $simulator | Out-Null
    }

    It 'shows descriptions quoted, so the stray space of Direct is visible' {
        $text = Get-CwCommunicationType | Format-Table | Out-String -Width 200
        $text | Should -Match "2\s+'Direct '\s+False\s+True\s+False\s+True"
        $text | Should -Match "1\s+'Email - Work'\s+True\s+False"
        $text | Should -Not -Match $leak
    }

    It 'a type survives ConvertTo-Json, Export-Csv and Export-Clixml' {
        $type = Get-CwCommunicationType -IncludeUsage | Where-Object Id -eq 2
        ($type | ConvertTo-Json -Depth 5 | ConvertFrom-Json).Description | Should -Be 'Direct '
        $csv = Join-Path $TestDrive 'types.csv'
        $type | Export-Csv -Path $csv -NoTypeInformation
        $row = Import-Csv -Path $csv
        $row.Description | Should -Be 'Direct '
        $row.ExchangeXref | Should -Be 'Business'
        $row.UsageCount | Should -Be ([string]$type.UsageCount)
        $xml = Join-Path $TestDrive 'types.xml'
        $type | Export-Clixml -Path $xml
        (Import-Clixml -Path $xml).Description | Should -Be 'Direct '
    }

    It 'is refused on an Autotask connection with a typed error' {
        $at = Connect-QpSimulator $simulator -Psa Autotask
        { Get-CwCommunicationType -Connection $at -ErrorAction Stop } | Should -Throw -ErrorId 'QuickpassPsa.NotSupportedForPsa,QuickpassPsa.Cmdlets.Commands.GetCwCommunicationTypeCommand'
    }
}

Describe 'Test-CwCommunicationType on the sample table' {
    BeforeAll {
        Reset-QpSimulator $simulator
        Connect-QpSimulator $simulator | Out-Null
        $findings = @(Test-CwCommunicationType)
    }

    It 'finds the missing Email and the stray space, each with its fix' {
        $findings.Code | Should -Be @('DescriptionSpacing', 'EmailTypeMissing')
        ($findings | Where-Object Code -eq EmailTypeMissing).Fix | Should -Match "Rename 'Email - Work' to 'Email'"
        $text = $findings | Format-Table | Out-String -Width 250
        $text | Should -Match "DescriptionSpacing\s+Warning\s+'Direct '"
        $text | Should -Not -Match $leak
    }

    It 'a finding survives ConvertTo-Json and Export-Csv with readable cells' {
        $json = $findings[1] | ConvertTo-Json -Depth 5 | ConvertFrom-Json
        [int]$json.Code | Should -Be ([int]$findings[1].Code)
        ($findings[1] | ConvertTo-Json -Depth 5 -EnumsAsStrings | ConvertFrom-Json).Code | Should -Be 'EmailTypeMissing'
        $json.TypeIds | Should -Be @(1)
        $csv = Join-Path $TestDrive 'findings.csv'
        $findings | Export-Csv -Path $csv -NoTypeInformation
        $rows = @(Import-Csv -Path $csv)
        $rows[0].Types | Should -Be "'Direct '"
        $rows[1].Severity | Should -Be 'Error'
        (Get-Content -LiteralPath $csv -Raw) | Should -Not -Match $leak
    }

    It 'a finding read back with Import-Clixml still filters by Code and repairs' {
        $xml = Join-Path $TestDrive 'findings.xml'
        $findings | Export-Clixml -Path $xml
        $back = @(Import-Clixml -Path $xml | Where-Object Code -eq 'DescriptionSpacing')
        $back.Count | Should -Be 1
        $back[0].PSObject.TypeNames[0] | Should -Be 'Deserialized.QuickpassPsa.Core.Psa.ConnectWise.CommunicationTypes.CwCommunicationTypeFinding'
        $change = $back | Repair-CwCommunicationType -Confirm:$false
        $change.AfterDescription | Should -Be "'Direct'"
        (Get-CwCommunicationType | Where-Object Id -eq 2).Description | Should -Be 'Direct'
    }
}

Describe 'Repair-CwCommunicationType' {
    BeforeEach { Reset-QpSimulator $simulator }

    It 'refuses a saved finding on a type renamed since it was tested, with an error that says to test again, and writes nothing' {
        # Round 65b: the saved "rename 'Direct ' (id 2) to 'Direct'" renamed 'Fax Line', which an admin had made of id 2 meanwhile.
        Connect-QpSimulator $simulator | Out-Null
        $xml = Join-Path $TestDrive 'saved-findings.xml'
        Test-CwCommunicationType | Export-Clixml -Path $xml
        $auth = 'Basic ' + [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes('qpsa+qpsa-public:qpsa-private'))
        Invoke-RestMethod -Method Patch -Uri "$($simulator.BaseUrl)v4_6_release/apis/3.0/company/communicationTypes/2" -Headers @{ Authorization = $auth; clientId = 'qpsa-pester' } `
            -ContentType 'application/json' -Body '[{"op":"replace","path":"description","value":"Fax Line"}]' | Out-Null
        $before = @(Get-QpWriteRequest $simulator -PathMatch 'communicationTypes').Count

        $changes = @(Import-Clixml -Path $xml | Where-Object Code -eq DescriptionSpacing | Repair-CwCommunicationType -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue)

        $changes | Should -BeNullOrEmpty
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'QuickpassPsa.CommunicationTypeFindingInvalid,*'
        "$($failed[0].CategoryInfo.Category)" | Should -Be 'InvalidData'
        $failed[0].Exception.Message | Should -Match "the type with id 2 is now 'Fax Line', not 'Direct '"
        $failed[0].ErrorDetails.RecommendedAction | Should -Match 'Run Test-CwCommunicationType again'
        @(Get-QpWriteRequest $simulator -PathMatch 'communicationTypes').Count | Should -Be $before
        (Get-CwCommunicationType | Where-Object Id -eq 2).Description | Should -Be 'Fax Line'
    }

    It '-WhatIf says what each change would be and sends no write' {
        $run = Invoke-QpPwsh -Script @"
$(Get-QpConnectScript $simulator)
Repair-CwCommunicationType -WhatIf
"@
        $run.StdErr | Should -BeNullOrEmpty
        $run.StdOut | Should -Match ([regex]::Escape("What if: Performing the operation `"Rename 'Direct ' to 'Direct' (id 2)`" on target `"ConnectWise communication type 'Direct ' (id 2)`""))
        $run.StdOut | Should -Match ([regex]::Escape("What if: Performing the operation `"Rename 'Email - Work' to 'Email' (id 1)`""))
        Get-QpWriteRequest $simulator -PathMatch 'communicationTypes' | Should -BeNullOrEmpty
    }

    It 'repairs everything, shows the change records, and New-PsaContact then uses Email and Cell without a warning' {
        Connect-QpSimulator $simulator | Out-Null
        $changes = @(Repair-CwCommunicationType -Confirm:$false)
        $changes.Count | Should -Be 2
        $text = $changes | Format-Table | Out-String -Width 200
        # Each column has its width and wraps between words: 'Email - Work' takes two lines of its 12 columns.
        $text | Should -Match "(?m)^1\s+EmailTypeMissing\s+Rename\s+'Email -\s+'Email'\s*\r?\n\s+Work'\s*$"
        $text | Should -Not -Match $leak
        ($changes[1] | ConvertTo-Json -Depth 5 | ConvertFrom-Json).After.Description | Should -Be 'Email'
        $xml = Join-Path $TestDrive 'changes.xml'
        $changes | Export-Clixml -Path $xml
        (Import-Clixml -Path $xml)[1].Before.Description | Should -Be 'Email - Work'
        $csv = Join-Path $TestDrive 'changes.csv'
        $changes | Export-Csv -Path $csv -NoTypeInformation
        (Import-Csv -Path $csv)[0].BeforeDescription | Should -Be "'Direct '"
        @(Get-QpWriteRequest $simulator -PathMatch 'communicationTypes').Count | Should -Be 2
        Test-CwCommunicationType | Should -BeNullOrEmpty

        $account = [pscustomobject]@{ DisplayName = 'Zed Quinn'; Mail = 'zed.quinn@contoso.com'; MobilePhone = '+1 206 555 0199' } | ConvertTo-QpAccount
        $account | New-PsaContact -CompanyName 'Contoso Ltd' -WarningVariable warned -WarningAction SilentlyContinue | Out-Null
        $warned | Should -BeNullOrEmpty
        $items = (Get-PsaContact -CompanyName 'Contoso Ltd' -Email 'zed.quinn@contoso.com').Raw.communicationItems
        @($items | ForEach-Object { $_.type.name }) | Should -Be @('Email', 'Cell')
        @($items | ForEach-Object { $_.value }) | Should -Be @('zed.quinn@contoso.com', '+1 206 555 0199')
    }

    It 'a 403 names the permission to grant, and the other type is still repaired' {
        Connect-QpSimulator $simulator | Out-Null
        Invoke-RestMethod -Method Post -Uri "$($simulator.BaseUrl)_sim/faults" -ContentType 'application/json' -Body '{"failNextStatus":403,"failNextCount":1,"failNextMethod":"PATCH"}' | Out-Null
        $changes = @(Repair-CwCommunicationType -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue)
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'QuickpassPsa.SetupTablePermissionDenied,*'
        $failed[0].ErrorDetails.RecommendedAction | Should -Match 'Security Roles.*Table Setup'
        $changes.TypeId | Should -Be @(1)
    }
}

Describe 'Test- and Repair-CwCommunicationType on round 67a''s tables' {
    BeforeAll {
        # The sample tenant's companies, no contacts, and a table of one's own: "e", "p", "f", "d" are the flags.
        function Set-QpTypes([object[]] $Types) {
            $document = Get-Content -Raw -LiteralPath (Join-Path (Get-QpTestPath Samples) 'sample-tenant.json') | ConvertFrom-Json -AsHashtable
            $document.connectWise.contacts = @()
            $document.connectWise.communicationTypes = @($Types | ForEach-Object {
                    @{ id = $_[0]; description = $_[1]; emailFlag = $_[2] -match 'e'; phoneFlag = $_[2] -match 'p'; faxFlag = $_[2] -match 'f'; defaultFlag = $_[2] -match 'd' } })
            $path = Join-Path $TestDrive ('seed-' + [guid]::NewGuid() + '.json')
            $document | ConvertTo-Json -Depth 20 | Set-Content -LiteralPath $path
            Reset-QpSimulator $simulator -Seed $path
        }
    }

    It 'reports a personal default beside Email with its fix, and one repair leaves nothing' {
        # r3.ps1 R19: reported ready, though every address typed in by hand went to a type Quickpass does not read.
        Set-QpTypes @((1, 'Email', 'e'), (2, 'Direct', 'pd'), (3, 'Email - Personal', 'ed'), (4, 'Mobile', 'p'))
        $run = Invoke-QpPwsh -Script @"
$(Get-QpConnectScript $simulator)
Test-CwCommunicationType | Format-List Code, Fix | Out-String -Width 200
'---'
Repair-CwCommunicationType -Confirm:`$false | Out-Null
'AFTER: ' + @(Test-CwCommunicationType).Count
"@
        $run.StdErr | Should -BeNullOrEmpty
        $run.StdOut | Should -Match "Code : EmailNotDefault\s+Fix\s+: Make 'Email' the default email type\. The personal addresses under 'Email - Personal' stay where they are\."
        $run.StdOut | Should -Match "Code : SeveralDefaultEmailTypes"
        $run.StdOut | Should -Match 'AFTER: 0'
    }

    It 'leaves a type with the email and the phone flag to a person: its default stays, and a second run changes nothing' {
        # r3.ps1 R17: a SeveralDefaultEmailTypes fix cleared the mixed Direct's default; the next run made Mobile the default phone type.
        Set-QpTypes @((1, 'Email', 'ed'), (2, 'Direct', 'epd'), (4, 'Mobile', 'p'))
        Connect-QpSimulator $simulator | Out-Null
        foreach ($run in 1, 2) {
            $changes = @(Repair-CwCommunicationType -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue)
            $changes | Should -BeNullOrEmpty
            $failed.Count | Should -Be 1
            $failed[0].Exception.Message | Should -BeLike 'MixedFlags:*'
        }
        Get-QpWriteRequest $simulator -PathMatch 'communicationTypes' | Should -BeNullOrEmpty
        (Get-CwCommunicationType | Where-Object Id -eq 2).DefaultFlag | Should -BeTrue
    }

    It 'skips a saved finding whose problem an admin solved another way, with a verbose line and no error' {
        # r2.ps1 case l: a saved "rename 'Mobile Phone' to 'Cell'" was refused after an admin created Cell by hand.
        Set-QpTypes @((1, 'Email', 'ed'), (2, 'Direct', 'pd'), (3, 'Mobile Phone', 'p'))
        Connect-QpSimulator $simulator | Out-Null
        $xml = Join-Path $TestDrive 'saved-cell.xml'
        Test-CwCommunicationType -Preferred Cell | Export-Clixml -Path $xml
        Set-QpTypes @((1, 'Email', 'ed'), (2, 'Direct', 'pd'), (3, 'Mobile Phone', 'p'), (5, 'Cell', 'p'))

        $run = Invoke-QpPwsh -Script @"
$(Get-QpConnectScript $simulator)
Import-Clixml -Path '$xml' | Repair-CwCommunicationType -Confirm:`$false -Verbose 4>&1 | Where-Object { "`$_" -like 'MobileTypeMissing*' } | ForEach-Object { 'VERBOSE: ' + `$_ }
"@
        $run.StdErr | Should -BeNullOrEmpty
        $run.StdOut | Should -Match 'VERBOSE: MobileTypeMissing: already fixed'
        Get-QpWriteRequest $simulator -PathMatch 'communicationTypes' | Should -BeNullOrEmpty
    }
}
