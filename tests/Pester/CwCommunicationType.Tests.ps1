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
