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
        $html | Should -Match ([regex]::Escape([System.Net.WebUtility]::HtmlEncode($review.Account.DisplayName)))
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
