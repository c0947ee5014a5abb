# What a script can reach and what it is told: parameters that refuse what cannot work, connections that
# expose no client, servers that are refused before a key leaves, and time limits on silent servers.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-QpTestPath Manifest) -Force -ErrorAction Stop
    $simulator = Start-QpSimulator
    $connection = Connect-QpSimulator $simulator
}

AfterAll {
    Get-PsaConnection | Disconnect-Psa -ErrorAction SilentlyContinue
    Stop-QpSimulator $simulator
    Remove-Module QuickpassPsa -ErrorAction SilentlyContinue
}

Describe 'Filters' {
    It 'refuses a blank <Parameter> as a parameter error instead of returning everything' -ForEach @(
        @{ Parameter = 'Email'; Script = { Get-PsaContact -CompanyName 'Contoso Ltd' -Email '   ' } }
        @{ Parameter = 'CompanyName'; Script = { Get-PsaContact -CompanyName ' ' } }
        @{ Parameter = 'Name'; Script = { Get-PsaCompany -Name '  ' } }
    ) {
        { & $Script -ErrorAction Stop } | Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
    }

    It 'never takes a name for an id: an id given as -CompanyName is a name not found' {
        $byName = @(Get-PsaCompany -Name 'Contoso Ltd')
        $byId = @(Get-PsaCompany -Id $byName[0].Id)
        $byId[0].Name | Should -Be 'Contoso Ltd'
        { Get-PsaContact -CompanyName $byName[0].Id -ErrorAction Stop } | Should -Throw -ErrorId 'QuickpassPsa.CompanyNotFound,*'
        @(Get-PsaContact -CompanyId $byName[0].Id).Count | Should -BeGreaterThan 0
    }

    It 'says which companies a wildcard matched when it must match one' {
        { Get-PsaContact -CompanyName '*' -ErrorAction Stop } | Should -Throw -ErrorId 'QuickpassPsa.CompanyAmbiguous,*'
    }

    It 'takes a name with brackets literally with -LiteralCompanyName' {
        { Get-PsaContact -LiteralCompanyName 'Contoso [UK]' -ErrorAction Stop } | Should -Throw -ErrorId 'QuickpassPsa.CompanyNotFound,*'
        @(Get-PsaContact -LiteralCompanyName 'Contoso Ltd').Count | Should -BeGreaterThan 0
    }

    It 'gives a typed error for a value that holds both quote characters' {
        { Get-PsaContact -CompanyName 'Contoso Ltd' -Email "o'neil`"x@contoso.com" -ErrorAction Stop } |
            Should -Throw -ErrorId 'QuickpassPsa.ValueNotSearchable,*'
    }
}

Describe 'Output types' {
    It 'has no public member named Count or Length that is not its count: PowerShell''s .Count of one object must stay 1' {
        # Round 60b: CustomerMatchSummary.Count(matches, lastNameRequired) made ($summaries | Where-Object ...).Count the method.
        $types = Get-Command -Module QuickpassPsa | ForEach-Object { $_.OutputType.Type } | Where-Object { $_ -and $_.FullName -like 'QuickpassPsa.*' } | Sort-Object FullName -Unique
        $types.Count | Should -BeGreaterThan 5
        foreach ($type in $types) {
            $members = $type.GetMembers([Reflection.BindingFlags]'Public,Instance') | Where-Object Name -in 'Count', 'Length'
            $collection = [Collections.IEnumerable].IsAssignableFrom($type) -and $type -ne [string]
            if (-not $collection) { @($members).Count | Should -Be 0 -Because "$($type.FullName) is one object, and .Count of one object is 1" }
        }
    }
}

Describe 'A connection' {
    It 'shows no client, transport or internal type to Get-Member' {
        $members = $connection | Get-Member
        ($members.Name) | Should -Not -Contain 'Client'
        ($members.Definition -join "`n") | Should -Not -Match 'QuickpassPsa\.Core\.Psa\.(ConnectWise|Autotask|Http)|IPsaClient'
    }

    It 'takes the ConnectWise public key as plain text' {
        $plain = Connect-Psa -ConnectWise -Server $simulator.ConnectWiseServer -CompanyId qpsa -ClientId pester `
            -PublicKey 'qpsa-public' -PrivateKey (ConvertTo-QpSecure 'qpsa-private') -ErrorAction Stop
        $plain.Psa | Should -Be 'ConnectWise'
        $plain | Disconnect-Psa
    }

    It 'refuses plain http to a host that is not this machine, before any key is sent' {
        { Connect-Psa -ConnectWise -Server 'http://psa.example.com' -CompanyId acme -ClientId x -PublicKey 'pub' -PrivateKey (ConvertTo-QpSecure 'do-not-send') -ErrorAction Stop } |
            Should -Throw -ErrorId 'QuickpassPsa.PsaConnectFailed,*'
    }

    It 'refuses a server holding a password and never repeats it' {
        $caught = $null
        try { Connect-Psa -ConnectWise -Server 'https://admin:Sup3rS3cret@psa.example.com' -CompanyId acme -ClientId x -PublicKey 'pub' -PrivateKey (ConvertTo-QpSecure 'k') -ErrorAction Stop }
        catch { $caught = $_ }
        $caught | Should -Not -BeNullOrEmpty
        ($caught | Out-String) + $caught.Exception.ToString() | Should -Not -Match 'Sup3rS3cret'
    }
}

Describe 'A server that accepts and never answers' {
    BeforeAll {
        $silent = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $silent.Start()
        $port = $silent.LocalEndpoint.Port
    }
    AfterAll { $silent.Stop() }

    It 'fails Connect-Psa with the timeout error after -TimeoutSec, naming the limit' {
        $caught = $null
        try {
            Connect-Psa -ConnectWise -Server "127.0.0.1:$port" -CompanyId qpsa -ClientId x -PublicKey 'qpsa-public' `
                -PrivateKey (ConvertTo-QpSecure 'qpsa-private') -TimeoutSec 1 -MaximumRetryCount 0 -ErrorAction Stop
        }
        catch { $caught = $_ }
        $caught.FullyQualifiedErrorId | Should -BeLike 'QuickpassPsa.PsaTimeout,*'
        $caught.CategoryInfo.Category | Should -Be 'OperationTimeout'
        $caught.Exception.Message | Should -Match 'TimeoutSec'
    }
}
