# The module as it is imported and discovered: exports and output types (help: Help.Tests.ps1).
BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-QpTestPath Manifest) -Force
    $script:commands = Get-Command -Module QuickpassPsa | ForEach-Object { @{ Name = $_.Name } }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $manifestPath = Get-QpTestPath Manifest
    Import-Module $manifestPath -Force -ErrorAction Stop
}

AfterAll {
    Remove-Module QuickpassPsa -ErrorAction SilentlyContinue
}

Describe 'Importing the built module' {
    It 'imports from out/QuickpassPsa through its manifest' {
        $module = Get-Module QuickpassPsa
        $module | Should -Not -BeNullOrEmpty
        $module.ModuleBase | Should -Be (Split-Path -Parent $manifestPath)
        $module.Version | Should -Be (Import-PowerShellDataFile -Path $manifestPath).ModuleVersion
    }

    It 'exports exactly the cmdlets its manifest lists, and no functions, aliases or variables' {
        $data = Import-PowerShellDataFile -Path $manifestPath
        $module = Get-Module QuickpassPsa
        ($module.ExportedCmdlets.Keys | Sort-Object) | Should -Be ($data.CmdletsToExport | Sort-Object)
        $module.ExportedFunctions.Count | Should -Be 0
        $module.ExportedVariables.Count | Should -Be 0
        @($data.AliasesToExport).Count | Should -Be $module.ExportedAliases.Count
    }

    It 'is compatible with Windows PowerShell 5.1 and PowerShell 7 by its manifest' {
        $data = Import-PowerShellDataFile -Path $manifestPath
        $data.CompatiblePSEditions | Should -Be @('Desktop', 'Core')
        $data.PowerShellVersion | Should -Be '5.1'
    }
}

Describe 'Cmdlet <Name>' -ForEach $commands {
    BeforeAll {
        $command = Get-Command $Name
    }

    It 'declares its output type' {
        $command.OutputType | Should -Not -BeNullOrEmpty
    }
}

# Round 56c: the connection (keys held) outlived Remove-Module and served the next import without Connect-Psa.
Describe 'Remove-Module' {
    BeforeAll { $simulator = Start-QpSimulator }
    AfterAll { Stop-QpSimulator $simulator }

    It 'closes the session''s connection, so a module imported again starts unconnected' {
        $run = Invoke-QpPwsh -Script (@(
            Get-QpConnectScript $simulator
            '$c = Get-PsaConnection'
            '"before: $($c.IsOpen)"'
            'Remove-Module QuickpassPsa'
            '"closed: $(-not $c.IsOpen)"'
            "Import-Module '$(Get-QpTestPath Manifest)' -ErrorAction Stop"
            '"connections: $(@(Get-PsaConnection).Count)"'
            'try { Get-PsaCompany -ErrorAction Stop | Out-Null; "read: yes" } catch { "read: $($_.FullyQualifiedErrorId)" }'
        ) -join "`n")
        $run.StdErr | Should -BeNullOrEmpty
        $run.StdOut | Should -Match 'before: True'
        $run.StdOut | Should -Match 'closed: True'
        $run.StdOut | Should -Match 'connections: 0'
        $run.StdOut | Should -Match 'read: QuickpassPsa\.PsaNotConnected,'
    }
}
