# Help examples run as written against the sample tenant (round 56c: -CompanyName 'Contoso' named no company of the
# sample tenant, whose company is 'Contoso Ltd', and Set-PsaContactMatch then ended in PowerShell's bare
# "The argument is null").
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'HelpPages.psm1') -Force
    Import-Module (Get-QpTestPath Manifest) -Force -ErrorAction Stop
    $savedDataRoot = $env:QUICKPASSPSA_DATA
    $env:QUICKPASSPSA_DATA = Join-Path $TestDrive 'data'
    $script:Simulator = Start-QpSimulator
    $null = Connect-QpSimulator $script:Simulator
    $script:Companies = @(Get-PsaCompany | ForEach-Object Name)

    # An example's code, run as printed in a folder holding the sample export it reads; the objects it writes, and
    # any error but the one the sample export holds on purpose (a row with neither address nor name) is thrown.
    function Invoke-DocExample {
        param([string] $Page, [string] $Title)
        $ErrorActionPreference = 'Continue'
        $example = (Read-QpHelpPage -Path (Join-Path (Get-QpTestPath Docs) "$Page.md")).Examples | Where-Object Title -like "$Title*"
        $example | Should -Not -BeNullOrEmpty -Because "$Page has an example '$Title'"
        $folder = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
        $null = New-Item -ItemType Directory -Path $folder
        Copy-Item -LiteralPath (Join-Path (Get-QpTestPath Samples) 'contoso-users.csv') -Destination $folder
        Push-Location $folder
        try { $out = & ([scriptblock]::Create($example.Code)) 2>&1 } finally { Pop-Location }
        foreach ($o in $out) {
            if ($o -is [System.Management.Automation.ErrorRecord]) { if ($o.FullyQualifiedErrorId -notlike 'QuickpassPsa.InvalidAccountRecord,*') { throw $o } }
            else { $o }
        }
    }
}

AfterAll {
    Get-PsaConnection -ErrorAction SilentlyContinue | Disconnect-Psa -ErrorAction SilentlyContinue
    Stop-QpSimulator $script:Simulator
    $env:QUICKPASSPSA_DATA = $savedDataRoot
    Remove-Module QuickpassPsa -ErrorAction SilentlyContinue
}

Describe 'Examples name companies of the sample tenant' {
    It 'every -CompanyName in an example is a company of the sample tenant, written exactly' {
        $named = foreach ($page in Get-ChildItem (Get-QpTestPath Docs) -Filter '*-*.md') {
            foreach ($example in (Read-QpHelpPage -Path $page.FullName).Examples) {
                foreach ($m in [regex]::Matches($example.Code, "-CompanyName '([^'*?\[]+)'")) {
                    [pscustomobject]@{ Where = "$($page.BaseName): $($example.Title)"; Name = $m.Groups[1].Value }
                }
            }
        }
        @($named).Count | Should -BeGreaterThan 5
        foreach ($n in $named) { $script:Companies | Should -Contain $n.Name -Because $n.Where }
    }
}

# Round 63a: the README and several examples kept their results in $matches, the automatic variable PowerShell sets after every
# -match, so a -match later in the same session (a Where-Object { $_ -match ... }) replaced the rows.
Describe 'No example keeps results in $matches' {
    It 'assigns, pipes or names as an output variable no $matches in the code of docs/, README.md, examples/ or samples/' {
        $root = Get-QpTestPath Root
        $code = @(
            foreach ($file in @(Get-ChildItem (Get-QpTestPath Docs) -Filter *.md) + @(Get-Item (Join-Path $root 'README.md'))) {
                $inCode = $false; $n = 0
                foreach ($line in Get-Content -LiteralPath $file.FullName) {
                    $n++
                    if ($line -match '^\s*```') { $inCode = -not $inCode; continue }
                    if ($inCode) { [pscustomobject]@{ Where = "$($file.Name):$n"; Line = $line } }
                }
            }
            foreach ($file in Get-ChildItem (Join-Path $root 'examples'), (Join-Path $root 'samples') -Filter *.ps1) {
                $n = 0
                foreach ($line in Get-Content -LiteralPath $file.FullName) { $n++; [pscustomobject]@{ Where = "$($file.Name):$n"; Line = $line } }
            }
        )
        $code.Count | Should -BeGreaterThan 100
        $uses = '(?i)\$matches\s*\+?=(?!=)|(?i)\$matches\s*\||(?i)@\(\s*\$matches\s*\)|(?i)-(OutVariable|ov|PipelineVariable|pv|SummaryVariable)\s+:?matches\b|(?i)foreach\s*\(\s*\$matches\s+in\b'
        @($code | Where-Object { $_.Line -match $uses } | ForEach-Object { "$($_.Where): $($_.Line.Trim())" }) | Should -BeNullOrEmpty
    }
}

Describe 'Examples run as written' {
    It 'Save-PsaContactMatch Example 1 stores the Suggested rows' {
        $saved = @(Invoke-DocExample Save-PsaContactMatch 'Example 1')
        $saved.Count | Should -BeGreaterThan 0
        $saved | ForEach-Object { "$($_.Kind)" | Should -Be 'Confirmed' }
    }

    It 'Export-PsaMatchReport Example 1 writes the report' {
        $null = Invoke-DocExample Export-PsaMatchReport 'Example 1'
        # The example writes into the folder it ran in: the newest one under the test drive.
        $report = Get-ChildItem $TestDrive -Recurse -Filter contoso-report.html | Select-Object -First 1
        $report | Should -Not -BeNullOrEmpty
        Get-Content -LiteralPath $report.FullName -Raw | Should -Match 'Contoso Ltd'
    }

    It 'Get-PsaCompany Example 5 gives the contact''s own company (round 63a)' {
        $out = @(Invoke-DocExample Get-PsaCompany 'Example 5')
        $out.Count | Should -Be 1 -Because 'the -WhatIf link writes nothing to the pipeline'
        $out[0].Name | Should -Be 'Contoso Ltd'
    }

    It 'New-PsaContact Example 1 says what a returning employee''s inactive contact at the same address gives without -IncludeInactive (round 63a)' {
        $ErrorActionPreference = 'Continue'
        $example = (Read-QpHelpPage -Path (Join-Path (Get-QpTestPath Docs) 'New-PsaContact.md')).Examples | Where-Object Title -like 'Example 1*'
        $folder = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
        $null = New-Item -ItemType Directory -Path $folder
        # The sample export whose Fatima Al-Sayed has an inactive contact with her address in Contoso Ltd.
        Copy-Item -LiteralPath (Join-Path (Get-QpTestPath Samples) 'accounts/contoso.csv') -Destination (Join-Path $folder 'contoso-users.csv')
        Push-Location $folder
        try {
            $asWritten = @(& ([scriptblock]::Create($example.Code)) 2>&1 3>$null 6>$null | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] -and $_.FullyQualifiedErrorId -notlike 'QuickpassPsa.InvalidAccountRecord,*' })
            $without = @(& ([scriptblock]::Create(($example.Code -replace ' -IncludeInactive'))) 2>&1 3>$null 6>$null | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] -and $_.FullyQualifiedErrorId -notlike 'QuickpassPsa.InvalidAccountRecord,*' })
        }
        finally { Pop-Location }
        $asWritten | Should -BeNullOrEmpty
        @($without | ForEach-Object { $_.FullyQualifiedErrorId.Split(',')[0] }) | Should -Be @('QuickpassPsa.ContactInactive')
        $without[0].Exception.Message | Should -Match 'Fatima Al-Sayed'
        $page = Get-Content -Raw -LiteralPath (Join-Path (Get-QpTestPath Docs) 'New-PsaContact.md')
        $prose = $page.Substring($page.IndexOf('### Example 1'), $page.IndexOf('### Example 2') - $page.IndexOf('### Example 1'))
        $prose | Should -Match 'QuickpassPsa\.ContactInactive when the inactive contact has the account''s address'
    }

    It 'Set-PsaContactMatch Example 3 links the account to the contact' {
        $stored = @(Invoke-DocExample Set-PsaContactMatch 'Example 3')
        $stored.Count | Should -Be 1
        $stored[0].AccountKey | Should -Be 'bray@contoso.com'
        $stored[0].ContactName | Should -Be 'Bob Ray'
    }
}

Describe 'Set-PsaContactMatch -Contact $null' {
    It 'stops with a typed error that says what to do, not "The argument is null"' {
        $account = Get-QpAccount -Path (Join-Path (Get-QpTestPath Samples) 'contoso-users.csv') | Select-Object -First 1
        $contact = $null
        $err = { $account | Set-PsaContactMatch -Contact $contact -DecisionPath (Join-Path $TestDrive 'null.json') } |
            Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'QuickpassPsa.ContactArgumentMissing,*'
        $err.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $err.Exception.Message | Should -Match 'no contact'
        $err.ErrorDetails.RecommendedAction + $err.Exception.Message | Should -Not -Match 'The argument is null'
        Test-Path (Join-Path $TestDrive 'null.json') | Should -BeFalse
    }
}
