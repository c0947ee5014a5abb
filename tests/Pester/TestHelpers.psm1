# Shared by the Pester files: where the built module, the samples and the simulator are, and a
# simulator started as a real process on a free loopback port (what a user's script would talk to).
Set-StrictMode -Version Latest

$script:Root = Split-Path -Parent (Split-Path -Parent $PSScriptRoot)

function Get-QpTestPath {
    param([Parameter(Mandatory)][ValidateSet('Root', 'Manifest', 'Samples', 'Docs', 'Simulator')][string] $Name)
    switch ($Name) {
        'Root' { $script:Root }
        'Manifest' { Join-Path $script:Root 'out/QuickpassPsa/QuickpassPsa.psd1' }
        'Samples' { Join-Path $script:Root 'samples' }
        'Docs' { Join-Path $script:Root 'docs' }
        'Simulator' {
            # The runner says which build to use; otherwise the newest build of either configuration.
            if ($env:QUICKPASSPSA_SIMULATOR) { return $env:QUICKPASSPSA_SIMULATOR }
            Get-ChildItem -Path (Join-Path $script:Root 'tools/PsaSimulator/bin') -Filter PsaSimulator.dll -Recurse -ErrorAction SilentlyContinue |
                Where-Object { $_.Directory.Name -eq 'net10.0' } |
                Sort-Object LastWriteTimeUtc -Descending | Select-Object -First 1 -ExpandProperty FullName
        }
    }
}

function ConvertTo-QpSecure {
    # Test-only: the simulator's well-known keys as SecureStrings.
    param([Parameter(Mandatory)][string] $Text)
    [System.Net.NetworkCredential]::new('', $Text).SecurePassword
}

function Start-QpSimulator {
    <#
    .SYNOPSIS
        Starts tools/PsaSimulator as a process on a free 127.0.0.1 port with the sample tenant; returns
        an object with BaseUrl, ConnectWiseServer, AutotaskZoneUrl and the process.
    #>
    param([string] $Seed = (Join-Path (Get-QpTestPath Samples) 'sample-tenant.json'))
    $dll = Get-QpTestPath Simulator
    if (-not $dll -or -not (Test-Path -LiteralPath $dll)) { throw "The simulator is not built (tools/PsaSimulator); run dotnet build QuickpassPsa.sln first." }
    $info = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
    # No ConnectWise per-minute budget: a Pester file can make more than the real 1,000 calls a minute, and must not pass or fail by timing.
    foreach ($a in @($dll, '--port', '0', '--seed', $Seed, '--cw-requests-per-minute', 'unlimited')) { $info.ArgumentList.Add($a) }
    $info.RedirectStandardOutput = $true
    $info.RedirectStandardError = $true
    $info.UseShellExecute = $false
    $process = [System.Diagnostics.Process]::Start($info)
    $banner = [System.Text.StringBuilder]::new()
    $deadline = [DateTime]::UtcNow.AddSeconds(60)
    while ([DateTime]::UtcNow -lt $deadline) {
        $read = $process.StandardOutput.ReadLineAsync()
        if (-not $read.Wait(60000)) { break }
        $line = $read.Result
        if ($null -eq $line) { break }
        [void]$banner.AppendLine($line)
        if ($line.StartsWith('Control:')) { break }
    }
    $text = $banner.ToString()
    if ($text -notmatch 'listening on (http://127\.0\.0\.1:\d+/)') {
        if (-not $process.HasExited) { $process.Kill($true) }
        throw "The simulator did not start: $text $($process.StandardError.ReadToEnd())"
    }
    $base = $Matches[1]
    $server = if ($text -match 'server \(Connect-Psa -Server\):\s*(\S+)') { $Matches[1] } else { ([uri]$base).Authority }
    $zone = if ($text -match 'zone URL:\s*(\S+)') { $Matches[1] } else { "${base}atservicesrest/" }
    [pscustomobject]@{
        BaseUrl           = $base
        ConnectWiseServer = $server
        AutotaskZoneUrl   = $zone
        Process           = $process
    }
}

function Stop-QpSimulator {
    param($Simulator)
    if ($Simulator -and -not $Simulator.Process.HasExited) {
        $Simulator.Process.Kill($true)
        $Simulator.Process.WaitForExit()
    }
}

function Connect-QpSimulator {
    <# Connects to the running simulator with its well-known credentials; returns the connection. #>
    param([Parameter(Mandatory)] $Simulator, [ValidateSet('ConnectWise', 'Autotask')][string] $Psa = 'ConnectWise')
    if ($Psa -eq 'ConnectWise') {
        Connect-Psa -ConnectWise -Server $Simulator.ConnectWiseServer -CompanyId qpsa -ClientId qpsa-pester `
            -PublicKey (ConvertTo-QpSecure 'qpsa-public') -PrivateKey (ConvertTo-QpSecure 'qpsa-private') -ErrorAction Stop
    }
    else {
        Connect-Psa -Autotask -ZoneUrl $Simulator.AutotaskZoneUrl -IntegrationCode (ConvertTo-QpSecure 'QPSA-TRACKING') `
            -Credential ([pscredential]::new('api@qpsa.test', (ConvertTo-QpSecure 'qpsa-secret'))) -ErrorAction Stop
    }
}

function Reset-QpSimulator {
    <# Empties the simulator (data, request log, faults) and seeds the sample tenant again: for tests that write. #>
    param([Parameter(Mandatory)] $Simulator, [string] $Seed = (Join-Path (Get-QpTestPath Samples) 'sample-tenant.json'))
    Invoke-RestMethod -Method Post -Uri "$($Simulator.BaseUrl)_sim/reset" | Out-Null
    Invoke-RestMethod -Method Post -Uri "$($Simulator.BaseUrl)_sim/seed" -InFile $Seed -ContentType 'application/json' | Out-Null
}

function Get-QpWriteRequest {
    <#
    .SYNOPSIS
        The writes the PSA received, from the simulator's own request log: POST, PATCH, PUT and DELETE, less
        Autotask's query POSTs (reads) and the simulator's control endpoints. -PathMatch narrows by path.
    #>
    param([Parameter(Mandatory)] $Simulator, [string] $PathMatch = '.')
    @((Invoke-RestMethod -Uri "$($Simulator.BaseUrl)_sim/requests").requests |
        Where-Object { $_.method -in 'POST', 'PATCH', 'PUT', 'DELETE' -and $_.path -notmatch '/query' -and $_.path -notlike '/_sim/*' -and $_.path -match $PathMatch })
}

function Get-QpConnectScript {
    <# The Connect-Psa line for the simulator, as text for a child pwsh (Invoke-QpPwsh). #>
    param([Parameter(Mandatory)] $Simulator, [ValidateSet('ConnectWise', 'Autotask')][string] $Psa = 'ConnectWise')
    $secure = { param($t) "([System.Net.NetworkCredential]::new('', '$t').SecurePassword)" }
    if ($Psa -eq 'ConnectWise') {
        "Connect-Psa -ConnectWise -Server '$($Simulator.ConnectWiseServer)' -CompanyId qpsa -ClientId qpsa-pester -PublicKey $(& $secure 'qpsa-public') -PrivateKey $(& $secure 'qpsa-private') | Out-Null"
    }
    else {
        "Connect-Psa -Autotask -ZoneUrl '$($Simulator.AutotaskZoneUrl)' -IntegrationCode $(& $secure 'QPSA-TRACKING') -Credential ([pscredential]::new('api@qpsa.test', $(& $secure 'qpsa-secret'))) | Out-Null"
    }
}

function Invoke-QpPwsh {
    <#
    .SYNOPSIS
        Runs a script in a fresh pwsh process (the same pwsh as this one) with the module imported, as
        an RMM agent would; returns ExitCode, StdOut, StdErr. Standard input is closed (nobody to answer), or with
        -KeepInputOpen an open pipe nobody writes to.
    #>
    param(
        [Parameter(Mandatory)][string] $Script,
        [string[]] $PwshArguments = @('-NoProfile', '-NonInteractive'),
        # Environment variables for the child (a $null value removes one), e.g. a throw-away HOME.
        [hashtable] $Environment = @{},
        # Leave the built module out: the script imports what it needs (an installed copy, say).
        [switch] $NoModule,
        # Keep standard input an open pipe that nobody writes to until the process ends, as many RMM agents leave it.
        [switch] $KeepInputOpen,
        [int] $TimeoutSec = 120
    )
    $pwshDll = Join-Path $PSHOME 'pwsh.dll'
    $info = if (Test-Path -LiteralPath $pwshDll) { [System.Diagnostics.ProcessStartInfo]::new('dotnet') } else { [System.Diagnostics.ProcessStartInfo]::new((Join-Path $PSHOME 'pwsh')) }
    if (Test-Path -LiteralPath $pwshDll) { $info.ArgumentList.Add($pwshDll) }
    foreach ($a in $PwshArguments) { $info.ArgumentList.Add($a) }
    $info.ArgumentList.Add('-Command')
    # Plain text: no ANSI colour codes in what the test reads (or in the XML report of a failure).
    $import = if ($NoModule) { '' } else { "Import-Module '$(Get-QpTestPath Manifest)' -ErrorAction Stop" }
    $info.ArgumentList.Add("`$PSStyle.OutputRendering = 'PlainText'; $import`n$Script")
    foreach ($name in $Environment.Keys) {
        if ($null -eq $Environment[$name]) { [void]$info.Environment.Remove($name) } else { $info.Environment[$name] = [string]$Environment[$name] }
    }
    $info.RedirectStandardOutput = $true
    $info.RedirectStandardError = $true
    $info.RedirectStandardInput = $true
    $info.UseShellExecute = $false
    $process = [System.Diagnostics.Process]::Start($info)
    if (-not $KeepInputOpen) { $process.StandardInput.Close() }
    $out = $process.StandardOutput.ReadToEndAsync()
    $err = $process.StandardError.ReadToEndAsync()
    if (-not $process.WaitForExit($TimeoutSec * 1000)) { $process.Kill($true); throw "pwsh did not finish within $TimeoutSec s (waiting for input?): $Script" }
    if ($KeepInputOpen) { $process.StandardInput.Close() }
    $ansi = '\x1b\[[0-9;]*[A-Za-z]'
    [pscustomobject]@{ ExitCode = $process.ExitCode; StdOut = $out.Result -replace $ansi; StdErr = $err.Result -replace $ansi }
}

function Get-QpTableRow {
    <#
    .SYNOPSIS
        One object's row of its default table, as the text of each column: the column's span read over all of the row's lines
        and joined with spaces, so a value the view broke over lines ("Contoso Ltd" over "[19297]", "Suggested" over its stars)
        reads as one ("Contoso Ltd [19297]"). Returns Labels and Values (a table may repeat a label, as the match table's Email).
    #>
    param([Parameter(Mandatory)] $InputObject, [int] $Width = 200)
    $lines = @(($InputObject | Format-Table | Out-String -Width $Width) -split '\r?\n' | Where-Object { $_.Trim() })
    $spans = @([regex]::Matches($lines[1], '-+') | ForEach-Object { $_.Index })
    $cells = for ($i = 0; $i -lt $spans.Count; $i++) {
        $start = $spans[$i]
        $end = if ($i -lt $spans.Count - 1) { $spans[$i + 1] } else { [int]::MaxValue }
        $read = { param($line) if ($line.Length -le $start) { '' } else { $line.Substring($start, [math]::Min($end, $line.Length) - $start).Trim() } }
        [pscustomobject]@{
            Label = & $read $lines[0]
            Value = (@($lines | Select-Object -Skip 2 | ForEach-Object { & $read $_ } | Where-Object { $_ }) -join ' ')
        }
    }
    [pscustomobject]@{ Labels = @($cells.Label); Values = @($cells.Value) }
}

Export-ModuleMember -Function Get-QpTestPath, ConvertTo-QpSecure, Start-QpSimulator, Stop-QpSimulator, Connect-QpSimulator, Reset-QpSimulator, Get-QpWriteRequest, Get-QpConnectScript, Invoke-QpPwsh, Get-QpTableRow
