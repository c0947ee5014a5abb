# Reads the docs/ pages (platyPS markdown, schema 2.0.0) the way the help tests need them: sections,
# syntax blocks per parameter set, parameter yaml blocks, and every fenced code block with its language.
# Kept apart from build/MarkdownToMaml.cs on purpose: the tests check the pages independently of the converter.
Set-StrictMode -Version Latest

function Get-QpCodeBlock {
    <# Every fenced code block of a markdown file: Language ('' when none), Text, Line (of the opening fence), Section (## heading). #>
    param([Parameter(Mandatory)][string] $Path)
    $lines = [System.IO.File]::ReadAllLines($Path)
    $section = ''
    $open = $null
    $buffer = [System.Collections.Generic.List[string]]::new()
    for ($i = 0; $i -lt $lines.Count; $i++) {
        $line = $lines[$i]
        if ($null -eq $open) {
            if ($line -match '^## (.+)$') { $section = $Matches[1].Trim() }
            elseif ($line -match '^\s*```\s*([\w-]*)\s*$') { $open = @{ Language = $Matches[1].ToLowerInvariant(); Line = $i + 1 }; $buffer.Clear() }
        }
        elseif ($line -match '^\s*```\s*$') {
            [pscustomobject]@{ Language = $open.Language; Text = ($buffer -join "`n"); Line = $open.Line; Section = $section }
            $open = $null
        }
        else { $buffer.Add($line) }
    }
    if ($null -ne $open) { throw "${Path}:$($open.Line): a code block is not closed." }
}

function Read-QpHelpPage {
    <#
    .SYNOPSIS
        One cmdlet page: Name, Sections (the ## headings in order), SyntaxSets (Name, IsDefault, Text),
        Parameters (Name, Blocks: one hashtable per yaml block), Examples (Title, Code).
    #>
    param([Parameter(Mandatory)][string] $Path)
    $lines = [System.IO.File]::ReadAllLines($Path)
    $name = $null
    $sections = [System.Collections.Generic.List[string]]::new()
    $current = $null
    $sub = $null
    $syntax = [System.Collections.Generic.List[object]]::new()
    $parameters = [System.Collections.Generic.List[object]]::new()
    $examples = [System.Collections.Generic.List[object]]::new()
    $inCode = $false
    $codeLanguage = ''
    $code = [System.Collections.Generic.List[string]]::new()

    foreach ($line in $lines) {
        if ($line -match '^\s*```\s*([\w-]*)\s*$') {
            if (-not $inCode) { $inCode = $true; $codeLanguage = $Matches[1].ToLowerInvariant(); $code.Clear(); continue }
            $inCode = $false
            $text = $code -join "`n"
            if ($current -eq 'SYNTAX') {
                # A single-set page may carry its one block without a ### heading.
                if ($null -eq $sub) { $sub = [pscustomobject]@{ Name = '__AllParameterSets'; IsDefault = $false; Text = $null }; $syntax.Add($sub) }
                if ($null -eq $sub.Text) { $sub.Text = $text }
            }
            elseif ($current -eq 'EXAMPLES' -and $null -ne $sub -and $null -eq $sub.Code) { $sub.Code = $text }
            elseif ($current -eq 'PARAMETERS' -and $null -ne $sub -and $codeLanguage -eq 'yaml') {
                $yaml = @{}
                foreach ($entry in $code) {
                    $kv = $entry -split ':', 2
                    if ($kv.Count -eq 2) { $yaml[$kv[0].Trim()] = $kv[1].Trim() }
                }
                $sub.Blocks.Add($yaml)
            }
            continue
        }
        if ($inCode) { $code.Add($line); continue }

        if ($line -match '^# (.+)$' -and $null -eq $name) { $name = $Matches[1].Trim(); continue }
        if ($line -match '^## (.+)$') { $current = $Matches[1].Trim(); $sections.Add($current); $sub = $null; continue }
        if ($line -match '^### (.+)$') {
            $heading = $Matches[1].Trim()
            switch ($current) {
                'SYNTAX' {
                    $sub = [pscustomobject]@{ Name = ($heading -replace '\s*\(Default\)$', ''); IsDefault = $heading -match '\(Default\)$'; Text = $null }
                    $syntax.Add($sub)
                }
                'EXAMPLES' { $sub = [pscustomobject]@{ Title = $heading; Code = $null }; $examples.Add($sub) }
                'PARAMETERS' {
                    if ($heading -like '-*') {
                        $sub = [pscustomobject]@{ Name = $heading.Substring(1); Blocks = [System.Collections.Generic.List[hashtable]]::new() }
                        $parameters.Add($sub)
                    }
                    else { $sub = $null }
                }
                default { $sub = $null }
            }
        }
    }
    [pscustomobject]@{
        Path       = $Path
        Name       = $name
        Sections   = @($sections)
        SyntaxSets = @($syntax)
        Parameters = @($parameters)
        Examples   = @($examples)
    }
}

function Get-QpSyntaxToken {
    <# The parameter tokens of one platyPS syntax line, as written: '-Name <Type>', '[-Name <Type>]', '[-Name] <Type>', '[[-Name] <Type>]', '[-Switch]'. #>
    param([Parameter(Mandatory)][string] $Text)
    $flat = ($Text -replace '\s+', ' ').Trim()
    $flat = $flat.Substring($flat.IndexOf(' ') + 1)   # drop the command name
    [regex]::Matches($flat, '\[\[-\w+\] <[^>]+>\]|\[-\w+\] <[^>]+>|\[-\w+ <[^>]+>\]|\[-\w+\]|-\w+ <[^>]+>|-\w+|\[<CommonParameters>\]') | ForEach-Object Value
}

function Get-QpDocTypeName {
    <# A parameter type as platyPS names it: the .NET short name, a nullable by its underlying type, a generic without its arity. #>
    param([Parameter(Mandatory)][type] $Type)
    $underlying = [Nullable]::GetUnderlyingType($Type)
    if ($underlying) { $Type = $underlying }
    $Type.Name -replace '`\d+', ''
}

function Get-QpExpectedSyntaxToken {
    <# The tokens platyPS writes for one parameter of one set (type names as .NET short names). #>
    param([Parameter(Mandatory)][System.Management.Automation.CommandParameterInfo] $Parameter)
    $type = $Parameter.ParameterType
    $isSwitch = $type -eq [System.Management.Automation.SwitchParameter]
    $typeName = Get-QpDocTypeName -Type $type
    $positional = $Parameter.Position -ge 0
    if ($isSwitch) { if ($Parameter.IsMandatory) { "-$($Parameter.Name)" } else { "[-$($Parameter.Name)]" } }
    elseif ($positional -and $Parameter.IsMandatory) { "[-$($Parameter.Name)] <$typeName>" }
    elseif ($positional) { "[[-$($Parameter.Name)] <$typeName>]" }
    elseif ($Parameter.IsMandatory) { "-$($Parameter.Name) <$typeName>" }
    else { "[-$($Parameter.Name) <$typeName>]" }
}

Export-ModuleMember -Function Get-QpCodeBlock, Read-QpHelpPage, Get-QpSyntaxToken, Get-QpDocTypeName, Get-QpExpectedSyntaxToken
