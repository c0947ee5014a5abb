# What a new admin meets at PowerShell's prompts for mandatory parameters (round 56c): help text behind !?, a bare
# Connect-Psa that asks for the server and keys (not for a switch), an empty answer told it needs a value, and an
# email address typed where Find-PsaContactMatch asks for accounts.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-QpTestPath Manifest) -Force -ErrorAction Stop
}

AfterAll {
    Remove-Module QuickpassPsa -ErrorAction SilentlyContinue
}

Describe 'Mandatory parameters' {
    It 'every mandatory parameter of every cmdlet has a HelpMessage (what !? shows at the prompt)' {
        $missing = foreach ($command in Get-Command -Module QuickpassPsa) {
            foreach ($parameter in $command.Parameters.Values) {
                foreach ($attribute in $parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -and $_.Mandatory }) {
                    if ([string]::IsNullOrWhiteSpace($attribute.HelpMessage)) { "$($command.Name) -$($parameter.Name) ($($attribute.ParameterSetName))" }
                }
            }
        }
        @($missing) | Should -BeNullOrEmpty
    }

    It 'a bare Connect-Psa asks for the ConnectWise server, ids and keys, not for the -ConnectWise switch' {
        $default = (Get-Command Connect-Psa).ParameterSets | Where-Object IsDefault
        $default.Name | Should -Be 'ConnectWise'
        $mandatory = @($default.Parameters | Where-Object IsMandatory | ForEach-Object Name)
        $mandatory | Should -Be @('Server', 'CompanyId', 'PublicKey', 'PrivateKey', 'ClientId')
        ($default.Parameters | Where-Object Name -eq 'Server').HelpMessage | Should -Match 'myconnectwise\.net'
    }

    It 'an empty value for a mandatory parameter is told it needs one, not to leave the parameter out' {
        $err = { Get-PsaContact -CompanyName '' } | Should -Throw -PassThru
        $err.Exception.Message | Should -Match 'needs one: type a value'
        $err.Exception.Message | Should -Not -Match 'leave the parameter out'
        # An optional parameter still may be left out.
        $optional = { Get-PsaContact -CompanyName 'Contoso Ltd' -Email ' ' } | Should -Throw -PassThru
        $optional.Exception.Message | Should -Match 'leave the parameter out'
    }
}

Describe 'Find-PsaContactMatch -Account with an email address' {
    BeforeAll {
        $simulator = Start-QpSimulator
        $null = Connect-QpSimulator $simulator
    }
    AfterAll {
        Get-PsaConnection -ErrorAction SilentlyContinue | Disconnect-Psa -ErrorAction SilentlyContinue
        Stop-QpSimulator $simulator
    }

    It 'takes a typed address as an account, as ConvertTo-QpAccount does' {
        $row = Find-PsaContactMatch -Account 'ann.lee@contoso.com' -CompanyName 'Contoso Ltd' -ErrorAction Stop
        $row.Account.Email | Should -Be 'ann.lee@contoso.com'
        "$($row.Status)" | Should -Be 'Suggested'
        $row.Contact.Emails | Should -Contain 'ann.lee@contoso.com'
    }

    It 'refuses text that is not an address, saying what to type' {
        $err = { Find-PsaContactMatch -Account 'Ann Lee' -CompanyName 'Contoso Ltd' } | Should -Throw -PassThru
        $err.Exception.Message | Should -Match "'Ann Lee' is not an email address"
    }
}
